import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type SaveState } from '../../../renderer/data/autosaver';
import { noteJournal } from '../../../renderer/data/journal';

afterEach(() => localStorage.clear());

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup(write: (value: string) => Promise<void>) {
  let text = '';
  const states: SaveState[] = [];
  const saver = createAutosaver<string>({
    id: 'session-1',
    delayMs: 400,
    retryMs: 5000,
    take: () => text,
    peek: () => text,
    write,
    journal: noteJournal,
    onState: (state) => states.push(state),
  });
  return {
    saver,
    states,
    type: (value: string) => {
      text = value;
      saver.changed();
    },
  };
}

describe('the autosave', () => {
  it('keeps the snapshot being written in the journal until the database commits it', async () => {
    const commit = deferred();
    const { saver, type } = setup(() => commit.promise);
    type('Cut the related-work beat');
    const flushed = saver.flush();
    // In flight: an unload now finds the words in the journal.
    expect(noteJournal.read('session-1')).toBe('Cut the related-work beat');
    expect(saver.hasUnsaved()).toBe(true);
    commit.resolve();
    await expect(flushed).resolves.toBe(true);
    expect(noteJournal.read('session-1')).toBeNull();
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('journals at unload what is typed during a write, with what is in flight', async () => {
    const commit = deferred();
    const { saver, type } = setup(() => commit.promise);
    type('First words');
    void saver.flush();
    type('First words, and more');
    saver.journalUnsaved();
    expect(noteJournal.read('session-1')).toBe('First words, and more');
    commit.resolve();
  });

  it('keeps the words and says so when a write fails, and saves them on the retry', async () => {
    vi.useFakeTimers();
    const write = vi.fn(async () => undefined).mockRejectedValueOnce(new Error('QuotaExceededError'));
    const { saver, states, type } = setup(write);
    type('Kept through a full disk');
    await expect(saver.flush()).resolves.toBe(false);
    expect(states.at(-1)).toBe('error');
    expect(noteJournal.read('session-1')).toBe('Kept through a full disk');
    await vi.advanceTimersByTimeAsync(5000);
    expect(write).toHaveBeenLastCalledWith('Kept through a full disk');
    expect(states.at(-1)).toBe('saved');
    expect(noteJournal.read('session-1')).toBeNull();
    vi.useRealTimers();
  });

  it('saves changes made while a write was in flight before saying everything is saved', async () => {
    const written: string[] = [];
    let release = deferred();
    const { saver, type } = setup(async (value) => {
      written.push(value);
      await release.promise;
    });
    type('one');
    const flushed = saver.flush();
    type('one two');
    release.resolve();
    release = deferred();
    setTimeout(() => release.resolve(), 10);
    await expect(flushed).resolves.toBe(true);
    expect(written).toEqual(['one', 'one two']);
  });
});
