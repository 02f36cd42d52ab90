import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../main/files/writeFileAtomic';

describe('writeFileAtomic', () => {
  it('replaces an existing file and leaves no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'viva-atomic-'));
    const target = join(dir, 'library.json');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new content');
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['library.json']);
  });

  it('removes its temporary file and leaves the target as it was when the final rename fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'viva-atomic-fail-'));
    // A non-empty folder where the file should go: the rename over it must fail.
    const target = join(dir, 'library.json');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'old');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['library.json']);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('old');
  });

  it('fails on a missing folder without creating anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'viva-atomic-missing-'));
    await expect(writeFileAtomic(join(dir, 'nope', 'file.json'), 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
