import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../main/menu/menuTemplate';
import { COMMAND_SPECS, isKeyOnPlatform, toAccelerator } from '../../../shared/commands/commandSpecs';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/ipc/menuCommands';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function itemLabelled(items: MenuItemConstructorOptions[], label: string) {
  const item = flatten(items).find((i) => i.label === label);
  if (!item) throw new Error(`no menu item "${label}"`);
  return item;
}

describe('buildMenuTemplate', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('sends every app command to the renderer on %s', (platform) => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const template = buildMenuTemplate({ platform, appName: 'Viva', isDevelopment: false }, send);
    const commands = new Set<MenuCommand>();
    for (const item of flatten(template)) {
      if (!item.click) continue;
      send.mockClear();
      (item.click as () => void)();
      commands.add(send.mock.calls[0]![0]);
    }
    for (const command of [
      'newStory',
      'import',
      'importDeck',
      'export',
      'rehearse',
      'preferences',
      'shortcuts',
      'openSample',
      'undo',
      'redo',
    ] as const) {
      expect(commands.has(command), command).toBe(true);
    }
  });

  it('gives the usual accelerators', () => {
    const template = buildMenuTemplate({ platform: 'linux', appName: 'Viva', isDevelopment: false }, vi.fn());
    expect(itemLabelled(template, 'New Story').accelerator).toBe('CmdOrCtrl+N');
    expect(itemLabelled(template, 'Import Backup…').accelerator).toBe('CmdOrCtrl+O');
    expect(itemLabelled(template, 'Export…').accelerator).toBe('CmdOrCtrl+Shift+E');
    // CmdOrCtrl is Ctrl on Windows and Linux, Cmd on macOS.
    expect(itemLabelled(template, 'Preferences…').accelerator).toBe('CmdOrCtrl+,');
  });

  it('follows macOS conventions: an app menu with About, Settings and Quit', () => {
    const template = buildMenuTemplate({ platform: 'darwin', appName: 'Viva', isDevelopment: false }, vi.fn());
    const appMenu = template[0]!;
    expect(appMenu.label).toBe('Viva');
    const roles = flatten([appMenu]).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    expect(itemLabelled(template, 'Settings…').accelerator).toBe('CmdOrCtrl+,');
  });

  it('offers zoom, full screen and the standard edit and window menus', () => {
    const roles = flatten(buildMenuTemplate({ platform: 'win32', appName: 'Viva', isDevelopment: false }, vi.fn())).map(
      (i) => i.role,
    );
    expect(roles).toEqual(
      expect.arrayContaining(['editMenu', 'windowMenu', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit']),
    );
  });

  it.each(['darwin', 'win32', 'linux'] as const)(
    'puts Undo and Redo first in the Edit menu on %s, sent to the app',
    (platform) => {
      const send = vi.fn<(command: MenuCommand) => void>();
      const template = buildMenuTemplate({ platform, appName: 'Viva', isDevelopment: false }, send);
      const edit = template.find((item) => item.role === 'editMenu');
      const items = edit?.submenu as MenuItemConstructorOptions[];
      expect(items.slice(0, 2).map((i) => i.label)).toEqual(['Undo', 'Redo']);
      expect(items.map((i) => i.role)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
      expect(items.map((i) => i.role)).not.toContain('undo');
      (items[0]!.click as () => void)();
      (items[1]!.click as () => void)();
      expect(send.mock.calls.map(([command]) => command)).toEqual(['undo', 'redo']);
      expect(items[0]!.accelerator).toBe('CmdOrCtrl+Z');
      expect(items[1]!.accelerator).toBe(platform === 'darwin' ? 'CmdOrCtrl+Shift+Z' : 'CmdOrCtrl+Y');
      // On Windows and Linux the page gets the keys, so a text field keeps its own undo.
      expect(items[0]!.registerAccelerator).toBe(platform === 'darwin');
    },
  );

  it('shows reload and developer tools only in development', () => {
    const roles = (isDevelopment: boolean) =>
      flatten(buildMenuTemplate({ platform: 'linux', appName: 'Viva', isDevelopment }, vi.fn())).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it.each(['darwin', 'win32', 'linux'] as const)(
    'names and keys every command item on %s as the command list does, so menu and keys cannot drift',
    (platform) => {
      const send = vi.fn<(command: MenuCommand) => void>();
      const items = flatten(buildMenuTemplate({ platform, appName: 'Viva', isDevelopment: false }, send)).filter(
        (item) => typeof item.click === 'function',
      );
      const sent = items.map((item) => {
        send.mockClear();
        (item.click as () => void)();
        const id = send.mock.calls[0]![0];
        const spec = COMMAND_SPECS[id];
        if (item.label !== 'Settings…') expect(item.label).toBe(spec.menuLabel);
        const chords = spec.keys.filter((k) => isKeyOnPlatform(k, platform === 'darwin')).map((k) => toAccelerator(k.chord));
        if (item.accelerator !== undefined) expect(chords).toContain(item.accelerator);
        return id;
      });
      expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
    },
  );
});
