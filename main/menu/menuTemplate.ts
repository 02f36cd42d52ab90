/*
 * The application menu as data: the platform's standard roles plus Viva's commands, which are
 * sent to the renderer. Pure, so the layout on each platform is tested without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/menuCommands';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  isDevelopment: boolean;
}

type Send = (command: MenuCommand) => void;

function command(label: string, name: MenuCommand, send: Send, accelerator?: string): MenuItemConstructorOptions {
  return { label, click: () => send(name), ...(accelerator ? { accelerator } : {}) };
}

function fileMenu(isMac: boolean, send: Send): MenuItemConstructorOptions {
  return {
    label: '&File',
    submenu: [
      command('New Story', 'newStory', send, 'CmdOrCtrl+N'),
      command('Library', 'library', send, 'CmdOrCtrl+L'),
      { type: 'separator' },
      command('Import Backup…', 'import', send, 'CmdOrCtrl+O'),
      command('Import Slide Deck…', 'importDeck', send, 'CmdOrCtrl+Shift+O'),
      // Not Ctrl+E: in the editor that is inline code, and a menu accelerator would take it.
      command('Export…', 'export', send, 'CmdOrCtrl+Shift+E'),
      { type: 'separator' },
      ...(isMac
        ? [{ role: 'close' } as const]
        : [command('Preferences…', 'preferences', send, 'Ctrl+,'), { type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
}

/*
 * Undo and Redo go to the renderer, which hands them to the focused text field (its own typing
 * history) or to the app's history of changes. On Windows and Linux the keys are left to the
 * page (registerAccelerator: false), which routes them the same way; on macOS key equivalents
 * go through the menu, so the menu takes them.
 */
function editMenu(isMac: boolean, send: Send): MenuItemConstructorOptions {
  const undoRedo: MenuItemConstructorOptions[] = [
    { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: isMac, click: () => send('undo') },
    { label: 'Redo', accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y', registerAccelerator: isMac, click: () => send('redo') },
  ];
  return {
    role: 'editMenu',
    submenu: [
      ...undoRedo,
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
}

function viewMenu(isDevelopment: boolean): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = isDevelopment
    ? [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return {
    label: '&View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

/** The menu template for a platform; `send` delivers app commands to the renderer. */
export function buildMenuTemplate(options: MenuOptions, send: Send): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            command('Settings…', 'preferences', send, 'Cmd+,'),
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    fileMenu(isMac, send),
    editMenu(isMac, send),
    viewMenu(options.isDevelopment),
    { label: '&Story', submenu: [command('Rehearse', 'rehearse', send, 'CmdOrCtrl+Shift+R')] },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        command('Keyboard Shortcuts', 'shortcuts', send, 'CmdOrCtrl+/'),
        command('Open the Sample Story', 'openSample', send),
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'about' } as const]),
      ],
    },
  ];
}
