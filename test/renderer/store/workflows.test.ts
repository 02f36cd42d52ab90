/*
 * The workflows that span slices, and the hooks through which one slice's work sets off another's
 * (createSliceHooks in renderer/store/workflows.ts), tested by what the user sees.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freeDocumentLocks } from '../../../renderer/data/documentLocks';
import type { BackupFile } from '../../../shared/backup/backupFile';
import type { DeliveryResult } from '../../../shared/model/deliveryAnalysis';
import { makeSession } from '../../shared/rehearsal/sessionFixture';
import { createTestStore } from './testStore';

const bridge = vi.hoisted(() => ({ saved: [] as { kind: string; name: string; content: string }[] }));

vi.mock('../../../renderer/bridge/bridge', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  saveFile: async (kind: string, name: string, content: string) => {
    bridge.saved.push({ kind, name, content });
    return { status: 'saved', fileName: name };
  },
}));

beforeEach(() => {
  bridge.saved = [];
});

type Setup = Awaited<ReturnType<typeof createTestStore>>;

const titles = ({ store }: Setup) => store.getState().summaries.map((s) => s.title);

describe('a story’s writes in the library list', () => {
  it('shows a story saved by the autosave under its new title', async () => {
    const setup = await createTestStore();
    const { store } = setup;
    const id = await store.getState().createStory('Draft');
    await store.getState().openStory(id);
    store.getState().setField(['title'], () => 'Typed into the title');
    await store.getState().flushSave();
    await vi.waitFor(() => expect(titles(setup)).toEqual(['Typed into the title']));
  });

  it('undoes a change to a story no longer open in the database, and the list shows it', async () => {
    const setup = await createTestStore();
    const { store, db } = setup;
    const id = await store.getState().createStory('First title');
    await store.getState().openStory(id);
    store.getState().changeStory((story) => ({ ...story, title: 'Second title' }), 'renamed the story');
    await store.getState().closeStory();
    await vi.waitFor(() => expect(titles(setup)).toEqual(['Second title']));
    await store.getState().undo();
    expect((await db.stories.get(id))?.title).toBe('First title');
    await vi.waitFor(() => expect(titles(setup)).toEqual(['First title']));
    await store.getState().redo();
    expect((await db.stories.get(id))?.title).toBe('Second title');
  });

  it('undoes a change to the open story in the story itself', async () => {
    const { store } = await createTestStore();
    const id = await store.getState().createStory('Open');
    await store.getState().openStory(id);
    store
      .getState()
      .changeStory((story) => ({ ...story, outline: { ...story.outline, talkMs: 45 * 60_000 } }), 'changed the talk length');
    await store.getState().undo();
    expect(store.getState().story?.outline.talkMs).not.toBe(45 * 60_000);
    expect(store.getState().notices.at(-1)?.message).toBe('Undone: changed the talk length.');
  });
});

describe('refreshLibrary', () => {
  it('lists the paper critiques beside the stories', async () => {
    const setup = await createTestStore();
    await setup.services.stories.create('A story', 'researchInterview');
    await setup.services.critiques.create('A paper');
    await setup.store.getState().refreshLibrary();
    expect(titles(setup)).toEqual(['A story']);
    expect(setup.store.getState().critiques.map((c) => c.paper.title)).toEqual(['A paper']);
    expect(setup.store.getState().libraryStatus).toBe('ready');
  });

  it('says the database cannot be read when the critiques cannot be', async () => {
    const { store, services } = await createTestStore();
    vi.spyOn(services.critiques, 'listLive').mockRejectedValueOnce(new Error('the table is gone'));
    await store.getState().refreshLibrary();
    expect(store.getState().libraryStatus).toBe('error');
    expect(store.getState().libraryError).toBe('Viva could not read its database: the table is gone');
  });
});

describe('another window’s writes', () => {
  it('show here at once: in the library, beside it the critiques, and in a trash already read', async () => {
    let changedElsewhere: (storyId: string | null) => void = () => undefined;
    const locks = {
      ...freeDocumentLocks(),
      onChangeElsewhere: (listener: (storyId: string | null) => void) => {
        changedElsewhere = listener;
        return () => undefined;
      },
    };
    const setup = await createTestStore(undefined, { locks });
    const { store, services } = setup;
    await store.getState().trashStory(await store.getState().createStory('Trashed here'));
    // The trash was opened here.
    await store.getState().loadTrash();
    expect(store.getState().trash.map((s) => s.title)).toEqual(['Trashed here']);

    // The other window writes straight to the shared database, then says so.
    const elsewhere = await services.stories.create('Written elsewhere', 'researchInterview');
    await services.stories.create('Trashed elsewhere', 'researchInterview').then((s) => services.stories.trash(s.id));
    await services.critiques.create('Paper from elsewhere');
    changedElsewhere(elsewhere.id);

    await vi.waitFor(() => {
      expect(titles(setup)).toEqual(['Written elsewhere']);
      expect(store.getState().critiques.map((c) => c.paper.title)).toEqual(['Paper from elsewhere']);
      expect(
        store
          .getState()
          .trash.map((s) => s.title)
          .sort(),
      ).toEqual(['Trashed elsewhere', 'Trashed here']);
    });
  });
});

describe('backups with pending edits', () => {
  it('a backup main asks for holds the edits the autosave has not written yet', async () => {
    const setup = await createTestStore();
    const { store, services } = setup;
    const id = await store.getState().createStory('Draft');
    await store.getState().openStory(id);
    store.getState().setField(['title'], () => 'Typed just before quitting');
    await store.getState().answerBackupDue(1);
    const [newest] = await services.backups.list();
    const file = JSON.parse((await services.backups.read(newest!.name)).content) as BackupFile;
    expect(file.stories.map((s) => s.title)).toEqual(['Typed just before quitting']);
  });
});

describe('deleting rehearsals', () => {
  const sound = { blob: new Blob(['sound'], { type: 'audio/webm' }), mimeType: 'audio/webm' };
  const recorded = (id: string) =>
    makeSession([['Opening', 60, 50]], {
      id,
      recording: { mimeType: 'audio/webm', durationMs: 50_000, markers: [{ segmentIndex: 0, atMs: 0 }] },
    });
  const silent: DeliveryResult = { ok: false, problem: 'silent', message: 'The recording is silent.' };

  async function withAnalysedRuns() {
    const setup = await createTestStore(undefined, { analyseRecording: async () => silent });
    const runs = [recorded('run-1'), recorded('run-2')];
    for (const run of runs) await setup.services.sessions.save(run, sound);
    await setup.store.getState().loadDeliveryAnalyses();
    await setup.store.getState().openDelivery(runs[1]!);
    await setup.store.getState().openDelivery(runs[0]!);
    expect(setup.store.getState().delivery).toMatchObject({ sessionId: 'run-1', status: 'ready' });
    return setup;
  }

  const analysedIds = ({ store }: Setup) =>
    store
      .getState()
      .deliveryAnalyses?.map((a) => a.sessionId)
      .sort();

  it('deleting a rehearsal drops its delivery analysis from the review and from History', async () => {
    const setup = await withAnalysedRuns();
    expect(analysedIds(setup)).toEqual(['run-1', 'run-2']);
    await setup.store.getState().deleteSession('run-1');
    expect(setup.store.getState().delivery).toBeNull();
    expect(analysedIds(setup)).toEqual(['run-2']);
  });

  it('deleting a recording drops its delivery analysis, and so does redoing it', async () => {
    const setup = await withAnalysedRuns();
    const { store } = setup;
    await store.getState().deleteRecording('run-1');
    expect(store.getState().delivery).toBeNull();
    expect(analysedIds(setup)).toEqual(['run-2']);
    await store.getState().undo();
    await store.getState().loadDeliveryAnalyses();
    expect(analysedIds(setup)).toEqual(['run-1', 'run-2']);
    await store.getState().redo();
    expect(analysedIds(setup)).toEqual(['run-2']);
  });
});

describe('exportCritiqueMarkdown', () => {
  it('saves the open critique as markdown, with the edits the autosave has not written yet', async () => {
    const { store } = await createTestStore();
    const id = await store.getState().createCritique('Sparse adapters');
    await store.getState().openCritique(id);
    store.getState().setCritiqueField(['paper', 'venue'], () => 'EMNLP');
    expect(await store.getState().exportCritiqueMarkdown()).toBe('sparse-adapters-critique.md');
    expect(bridge.saved).toHaveLength(1);
    expect(bridge.saved[0]).toMatchObject({ kind: 'markdown', name: 'sparse-adapters-critique.md' });
    expect(bridge.saved[0]!.content).toContain('EMNLP');
    expect(store.getState().critiqueSaveState).toBe('saved');
  });

  it('saves nothing when no critique is open', async () => {
    const { store } = await createTestStore();
    expect(await store.getState().exportCritiqueMarkdown()).toBeNull();
    expect(bridge.saved).toEqual([]);
  });
});
