import { describe, expect, it, vi } from 'vitest';
import { createBackupRequests } from '../../../main/backups/backupRequests';

/** Timers run by hand, so a test decides when the timeout passes. */
function manualTimers() {
  const timers = new Map<number, () => void>();
  let next = 1;
  return {
    setTimer: (run: () => void) => {
      const id = next++;
      timers.set(id, run);
      return id;
    },
    clearTimer: (id: unknown) => void timers.delete(id as number),
    fireAll: () => [...timers.values()].forEach((run) => run()),
    count: () => timers.size,
  };
}

describe('backup requests', () => {
  it('sends a request with a fresh id and resolves when the renderer settles it', async () => {
    const timers = manualTimers();
    const send = vi.fn(() => true);
    const requests = createBackupRequests({ send, timeoutMs: 5000, ...timers });
    const outcome = requests.request('quit');
    expect(send).toHaveBeenCalledWith('quit', 1);
    expect(requests.pendingCount()).toBe(1);
    expect(requests.settle(1)).toBe(true);
    await expect(outcome).resolves.toBe('settled');
    expect(requests.pendingCount()).toBe(0);
    expect(timers.count()).toBe(0);
  });

  it('gives up after the timeout, so a hung renderer never blocks quitting', async () => {
    const timers = manualTimers();
    const requests = createBackupRequests({ send: () => true, timeoutMs: 5000, ...timers });
    const outcome = requests.request('quit');
    timers.fireAll();
    await expect(outcome).resolves.toBe('timedOut');
    expect(requests.settle(1)).toBe(false);
  });

  it('resolves at once when there is no window to ask', async () => {
    const timers = manualTimers();
    const requests = createBackupRequests({ send: () => false, timeoutMs: 5000, ...timers });
    await expect(requests.request('interval')).resolves.toBe('noWindow');
    expect(requests.pendingCount()).toBe(0);
  });

  it('ignores an answer to an unknown request and keeps requests apart', async () => {
    const timers = manualTimers();
    const send = vi.fn(() => true);
    const requests = createBackupRequests({ send, timeoutMs: 5000, ...timers });
    const first = requests.request('interval');
    const second = requests.request('quit');
    expect(requests.settle(99)).toBe(false);
    expect(requests.settle(2)).toBe(true);
    await expect(second).resolves.toBe('settled');
    expect(requests.pendingCount()).toBe(1);
    requests.settle(1);
    await expect(first).resolves.toBe('settled');
  });
});
