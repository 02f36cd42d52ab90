import { describe, expect, it } from 'vitest';
import { pageKeys, runCommand } from '../../../../renderer/commands/appCommands';
import { COMMAND_SPECS } from '../../../../shared/commands/commandSpecs';
import { matchesChord } from '../../../../renderer/features/shortcuts/shortcutList';
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
    const runs = (command: 'export' | 'import', event: ReturnType<typeof key>) =>
      pageKeys(COMMAND_SPECS[command], false).some((k) => matchesChord(event, k.chord, false));
    expect(runs('export', key('E', true))).toBe(true);
    expect(runs('import', key('o', false))).toBe(true);
  });
});
