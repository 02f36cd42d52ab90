/*
 * The application menu as data: the platform's standard roles plus Viva's commands, which are
 * sent to the renderer. Pure, so the layout on each platform is tested without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_SPECS, menuAccelerator } from '../../shared/commands/commandSpecs';
import type { MenuCommand } from '../../shared/ipc/menuCommands';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  isDevelopment: boolean;
}

type Send = (command: MenuCommand) => void;

/** A menu item for one of the app's commands, named and keyed as the command list says. */
function command(name: MenuCommand, isMac: boolean, send: Send, label?: string): MenuItemConstructorOptions {
  const spec = COMMAND_SPECS[name];
  const accelerator = menuAccelerator(spec, isMac);
  return { label: label ?? spec.menuLabel, click: () => send(name), ...(accelerator ? { accelerator } : {}) };
}

function fileMenu(isMac: boolean, send: Send): MenuItemConstructorOptions {
  return {
    label: '&File',
    submenu: [
      command('newStory', isMac, send),
      command('library', isMac, send),
      { type: 'separator' },
      command('import', isMac, send),
      command('importDeck', isMac, send),
      command('export', isMac, send),
      { type: 'separator' },
      ...(isMac
        ? [{ role: 'close' } as const]
        : [command('preferences', isMac, send), { type: 'separator' } as const, { role: 'quit' } as const]),
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
    { ...command('undo', isMac, send), registerAccelerator: isMac },
    { ...command('redo', isMac, send), registerAccelerator: isMac },
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
            command('preferences', isMac, send, 'Settings…'),
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
    { label: '&Story', submenu: [command('rehearse', isMac, send)] },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        command('shortcuts', isMac, send),
        command('openSample', isMac, send),
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'about' } as const]),
      ],
    },
  ];
}
