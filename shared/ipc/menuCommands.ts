/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = [
  'newStory',
  'import',
  'importDeck',
  'export',
  'rehearse',
  'preferences',
  'shortcuts',
  'openSample',
  'library',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
