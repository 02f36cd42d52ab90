import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../renderer/app/commands';
import { matchesChord, SHORTCUTS } from '../../../renderer/features/shortcuts/shortcutList';
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
    const shortcut = SHORTCUTS.find((s) => s.command === 'rehearse');
    const event = { key: 'R', code: 'KeyR', ctrlKey: true, shiftKey: true, metaKey: false, altKey: false };
    expect(shortcut && matchesChord(event, shortcut.chord, false)).toBe(true);
  });
});
