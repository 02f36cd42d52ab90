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
      // Not Ctrl+E: in the editor that is inline code, and a menu accelerator would take it.
      command('Export…', 'export', send, 'CmdOrCtrl+Shift+E'),
      { type: 'separator' },
      ...(isMac
        ? [{ role: 'close' } as const]
        : [command('Preferences…', 'preferences', send, 'Ctrl+,'), { type: 'separator' } as const, { role: 'quit' } as const]),
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
    { role: 'editMenu' },
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
