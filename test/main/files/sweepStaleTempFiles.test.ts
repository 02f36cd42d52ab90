import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STALE_TEMP_AGE_MS, sweepStaleTempFiles } from '../../../main/files/sweepStaleTempFiles';

describe('sweepStaleTempFiles', () => {
  it('removes the old temporary files of unfinished writes and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'viva-sweep-'));
    const now = Date.now();
    const old = (now - STALE_TEMP_AGE_MS * 2) / 1000;
    for (const name of ['.backup.json.0123456789ab.tmp', 'backup.json', '.other.tmp', '.fresh.json.abcdefabcdef.tmp']) {
      writeFileSync(join(dir, name), 'x');
    }
    mkdirSync(join(dir, '.folder.json.00000000aaaa.tmp'));
    for (const name of ['.backup.json.0123456789ab.tmp', 'backup.json', '.other.tmp', '.folder.json.00000000aaaa.tmp']) {
      utimesSync(join(dir, name), old, old);
    }
    expect(await sweepStaleTempFiles(dir, now)).toEqual(['.backup.json.0123456789ab.tmp']);
    expect(readdirSync(dir).sort()).toEqual(
      ['.folder.json.00000000aaaa.tmp', '.fresh.json.abcdefabcdef.tmp', '.other.tmp', 'backup.json'].sort(),
    );
  });

  it('finds nothing in a folder that does not exist', async () => {
    expect(await sweepStaleTempFiles(join(tmpdir(), 'viva-no-such-folder-here'), Date.now())).toEqual([]);
  });
});
