import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_INTERVAL_MS, FIRST_BACKUP_DELAY_MS } from '../../../shared/backup/backupPolicy';
import { createRollingBackups } from '../../../renderer/store/rollingBackups';
import { createTestStore } from './testStore';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(backUp = vi.fn(async () => undefined)) {
  const rolling = createRollingBackups({
    clock: () => Date.now(),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    backUp,
  });
  return { rolling, backUp };
}

describe('rolling backups', () => {
  it('take the first backup soon after the first change, then one per interval while changes go on', async () => {
    const { rolling, backUp } = setup();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(backUp).not.toHaveBeenCalled();
    rolling.noteChange();
    await vi.advanceTimersByTimeAsync(FIRST_BACKUP_DELAY_MS);
    expect(backUp).toHaveBeenCalledTimes(1);
    // Changes keep coming: the next waits for the interval.
    rolling.noteChange();
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS - 1000);
    expect(backUp).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(backUp).toHaveBeenCalledTimes(2);
    // No more changes: no more backups.
    await vi.advanceTimersByTimeAsync(3 * BACKUP_INTERVAL_MS);
    expect(backUp).toHaveBeenCalledTimes(2);
  });

  it('back up at once when the window hides, only if something changed', async () => {
    const { rolling, backUp } = setup();
    await rolling.backUpPending();
    expect(backUp).not.toHaveBeenCalled();
    rolling.noteChange();
    await rolling.backUpPending();
    expect(backUp).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2 * BACKUP_INTERVAL_MS);
    expect(backUp).toHaveBeenCalledTimes(1);
  });

  it('count the interval from a backup the user asked for', async () => {
    const { rolling, backUp } = setup();
    rolling.noteChange();
    rolling.noteBackedUp();
    rolling.noteChange();
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS - 1000);
    expect(backUp).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(backUp).toHaveBeenCalledTimes(1);
  });

  it('keep the changes for the next try when a backup fails', async () => {
    const backUp = vi.fn(async () => undefined).mockRejectedValueOnce(new Error('disk full'));
    const { rolling } = setup(backUp);
    rolling.noteChange();
    await vi.advanceTimersByTimeAsync(FIRST_BACKUP_DELAY_MS);
    expect(backUp).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS);
    expect(backUp).toHaveBeenCalledTimes(2);
  });
});

describe('rolling backups in the store', () => {
  it('a short session with one edit gets a backup, written soon after the edit', async () => {
    vi.useRealTimers();
    const { store, time, services } = await createTestStore();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stop = store.getState().startRollingBackups();
    const id = await store.getState().createStory('Short session');
    await store.getState().openStory(id);
    store.getState().setField(['fieldMap', 'broadField'], () => 'NLP');
    await store.getState().flushSave();
    time.now += FIRST_BACKUP_DELAY_MS;
    await vi.advanceTimersByTimeAsync(FIRST_BACKUP_DELAY_MS);
    vi.useRealTimers();
    await vi.waitFor(async () => expect(await services.backups.list()).toHaveLength(1));
    stop();
  });
});
