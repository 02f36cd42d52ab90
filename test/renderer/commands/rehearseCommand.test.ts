import { describe, expect, it } from 'vitest';
import { APP_COMMANDS, pageKeys, runCommand } from '../../../renderer/commands/appCommands';
import { shortcutRows } from '../../../renderer/features/shortcuts/ShortcutSheet';
import { MENU_COMMANDS } from '../../../shared/ipc/menuCommands';
import { COMMAND_SPECS } from '../../../shared/commands/commandSpecs';
import { matchesChord } from '../../../renderer/features/shortcuts/shortcutList';
import { createTestStore } from '../store/testStore';

describe('the rehearse command', () => {
  it('rehearses the open story from its workspace, and lets the user choose from anywhere else', async () => {
    const { store } = await createTestStore();
    runCommand('rehearse', { store, route: { name: 'story', storyId: 'abc', section: 'outline' } });
    expect(window.location.hash).toBe('#/rehearse/abc');
    runCommand('rehearse', { store, route: { name: 'library' } });
    expect(window.location.hash).toBe('#/rehearse');
  });

  it('has the desktop menu’s chord, Ctrl+Shift+R, in the shortcut list', () => {
    const event = { key: 'R', code: 'KeyR', ctrlKey: true, shiftKey: true, metaKey: false, altKey: false };
    expect(COMMAND_SPECS.rehearse.keys.some((k) => matchesChord(event, k.chord, false))).toBe(true);
  });
});

describe('the command list', () => {
  it('lists every command the menu can send exactly once, each with something to run', () => {
    expect(APP_COMMANDS.map((c) => c.id).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('puts every command with a key on the shortcut sheet, with the keys that run it here', () => {
    const everywhere = shortcutRows(APP_COMMANDS, false, false).get('Everywhere') ?? [];
    expect(everywhere.find((row) => row.description === 'New story')?.chords).toEqual([{ key: 'n', alt: true }]);
    // The desktop menu's Ctrl+N is on the desktop shell's sheet only: a browser keeps Ctrl+N for itself.
    const desktop = shortcutRows(APP_COMMANDS, false, true).get('Everywhere') ?? [];
    expect(desktop.find((row) => row.description === 'New story')?.chords).toEqual([
      { key: 'n', alt: true },
      { key: 'n', mod: true },
    ]);
    for (const command of APP_COMMANDS.filter((c) => pageKeys(c, false).length > 0)) {
      expect(everywhere.map((row) => row.description)).toContain(command.label);
    }
  });
});
