import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../renderer/app/commands';
import '../../../../renderer/features/exchange/exchangeCommands';
import { matchesChord, SHORTCUTS } from '../../../../renderer/features/shortcuts/shortcutList';
import { createTestStore } from '../../store/testStore';

describe('the export and import commands', () => {
  it('export the open story from its pages, and back up the library anywhere else', async () => {
    const { store } = await createTestStore();
    runCommand('export', { store, route: { name: 'library' } });
    expect(store.getState().exchangeDialog).toBe('exportLibrary');

    const id = await store.getState().createStory('Bandits');
    await store.getState().openStory(id);
    runCommand('export', { store, route: { name: 'story', storyId: id, section: 'fieldMap' } });
    expect(store.getState().exchangeDialog).toBe('exportStory');

    runCommand('import', { store, route: { name: 'story', storyId: id, section: 'fieldMap' } });
    expect(store.getState().exchangeDialog).toBe('import');
  });

  it('have browser shortcuts: Ctrl+Shift+E exports, Ctrl+O imports', () => {
    const key = (k: string, shiftKey: boolean) => ({
      key: k,
      code: `Key${k.toUpperCase()}`,
      ctrlKey: true,
      shiftKey,
      metaKey: false,
      altKey: false,
    });
    const chordOf = (command: string) => SHORTCUTS.find((s) => s.command === command)!.chord;
    expect(matchesChord(key('E', true), chordOf('export'), false)).toBe(true);
    expect(matchesChord(key('o', false), chordOf('import'), false)).toBe(true);
  });
});
