/*
 * Faults injected between the steps of an atomic write (the write, the flush, the rename): the
 * old file survives whole every time, and no temporary file is left. A plain fs.writeFile fails
 * these tests: it writes over the old file in place.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Step = 'write' | 'sync' | 'rename';
const fault: { at: Step | null; calls: string[] } = { at: null, calls: [] };

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const fail = (step: Step) => {
    if (fault.at === step) throw Object.assign(new Error(`injected fault at ${step}`), { code: 'EIO' });
  };
  /** Write half, then fail: what a full disk or a dying process leaves. */
  const halfThenFail = async (write: (half: string | Uint8Array) => Promise<void>, content: string | Uint8Array) => {
    if (fault.at !== 'write') return write(content);
    await write(content.slice(0, Math.floor(content.length / 2)));
    fail('write');
  };
  return {
    ...real,
    open: async (path: string, flags?: string, mode?: number) => {
      const handle = await real.open(path, flags, mode);
      const isFolder = (await handle.stat()).isDirectory();
      fault.calls.push(isFolder ? 'open folder' : 'open file');
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile') {
            return async (content: string | Uint8Array) => {
              fault.calls.push('write');
              await halfThenFail((part) => target.writeFile(part), content);
            };
          }
          if (key === 'sync') {
            return async () => {
              fault.calls.push(isFolder ? 'sync folder' : 'sync file');
              if (!isFolder) fail('sync');
              await target.sync();
            };
          }
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    writeFile: async (path: string, content: string | Uint8Array) => {
      fault.calls.push('write');
      await halfThenFail((part) => real.writeFile(path, part), content);
    },
    rename: async (from: string, to: string) => {
      fault.calls.push('rename');
      fail('rename');
      await real.rename(from, to);
    },
  };
});

const { writeFileAtomic } = await import('../../../main/files/writeFileAtomic');

const OLD = `${'old line\n'.repeat(2000)}the end of the old file\n`;
const NEW = `${'new line\n'.repeat(3000)}the end of the new file\n`;

function folderWithOldFile(): { dir: string; target: string } {
  const dir = mkdtempSync(join(tmpdir(), 'viva-atomic-fault-'));
  const target = join(dir, 'backup.json');
  writeFileSync(target, OLD);
  return { dir, target };
}

describe('writeFileAtomic under injected faults', () => {
  beforeEach(() => {
    fault.at = null;
    fault.calls = [];
  });

  for (const step of ['write', 'sync', 'rename'] as const) {
    it(`keeps the old file whole when the ${step} fails, and leaves no temporary file`, async () => {
      const { dir, target } = folderWithOldFile();
      fault.at = step;
      await expect(writeFileAtomic(target, NEW)).rejects.toThrow(`injected fault at ${step}`);
      expect(readFileSync(target, 'utf8')).toBe(OLD);
      expect(readdirSync(dir)).toEqual(['backup.json']);
    });
  }

  it('flushes the file before the rename and the folder after it', async () => {
    const { target } = folderWithOldFile();
    await writeFileAtomic(target, NEW);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
    expect(fault.calls).toEqual(['open file', 'write', 'sync file', 'rename', 'open folder', 'sync folder']);
  });
});
