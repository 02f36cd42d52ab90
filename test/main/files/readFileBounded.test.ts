import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileBounded } from '../../../main/files/readFileBounded';

const dir = mkdtempSync(join(tmpdir(), 'viva-read-'));

describe('readFileBounded', () => {
  it('reads a file within the limit, byte for byte', async () => {
    const path = join(dir, 'small.json');
    const content = new Uint8Array(3 * 1024 * 1024 + 7).map((_, i) => i % 251);
    writeFileSync(path, content);
    const result = await readFileBounded(path, 4 * 1024 * 1024);
    expect(result.status).toBe('read');
    if (result.status === 'read') expect(Buffer.from(result.bytes).equals(Buffer.from(content))).toBe(true);
  });

  it('refuses a file above the limit, saying its size', async () => {
    const path = join(dir, 'big.json');
    writeFileSync(path, new Uint8Array(2048));
    expect(await readFileBounded(path, 2047)).toEqual({ status: 'tooLarge', size: 2048 });
  });

  it('reads a file exactly at the limit', async () => {
    const path = join(dir, 'exact.json');
    writeFileSync(path, new Uint8Array(2048));
    expect((await readFileBounded(path, 2048)).status).toBe('read');
  });
});
