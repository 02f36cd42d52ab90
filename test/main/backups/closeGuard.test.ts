import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard } from '../../../main/backups/closeGuard';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('close guard', () => {
  it('holds the first close until the final backup is done, then closes the window', async () => {
    const backup = deferred();
    const finish = vi.fn();
    const guard = createCloseGuard({ finalBackup: () => backup.promise, finish, isQuitting: () => false });
    const preventDefault = vi.fn();
    guard.onClose(preventDefault);
    expect(preventDefault).toHaveBeenCalledOnce();
    expect(guard.phase()).toBe('backingUp');
    expect(finish).not.toHaveBeenCalled();
    backup.resolve();
    await vi.waitFor(() => expect(finish).toHaveBeenCalledWith(false));
    expect(guard.phase()).toBe('closing');
    // The close that follows goes through.
    const second = vi.fn();
    guard.onClose(second);
    expect(second).not.toHaveBeenCalled();
  });

  it('asks for one backup only, however often the user clicks close meanwhile', () => {
    const finalBackup = vi.fn(() => new Promise<void>(() => undefined));
    const guard = createCloseGuard({ finalBackup, finish: vi.fn(), isQuitting: () => false });
    const preventDefault = vi.fn();
    guard.onClose(preventDefault);
    guard.onClose(preventDefault);
    guard.onClose(preventDefault);
    expect(finalBackup).toHaveBeenCalledOnce();
    expect(preventDefault).toHaveBeenCalledTimes(3);
  });

  it('still closes (and quits) when the backup fails', async () => {
    const backup = deferred();
    const finish = vi.fn();
    const guard = createCloseGuard({ finalBackup: () => backup.promise, finish, isQuitting: () => true });
    guard.onClose(vi.fn());
    backup.reject(new Error('disk full'));
    await vi.waitFor(() => expect(finish).toHaveBeenCalledWith(true));
  });
});
