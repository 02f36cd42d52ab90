/* The IPC contract limits file content in UTF-8 bytes, the unit reading a file back counts in. */
import { describe, expect, it } from 'vitest';
import { invokeRequestSchemas, MAX_FILE_BYTES } from '../../../shared/ipc/contract';

describe('file content limit', () => {
  // A dash is one UTF-16 unit and three UTF-8 bytes: this text passes a character count.
  const dashes = '—'.repeat(Math.floor(MAX_FILE_BYTES / 3) + 1);

  it('refuses a backup to write whose bytes pass 64 MB though its characters do not', () => {
    expect(dashes.length).toBeLessThan(MAX_FILE_BYTES);
    const result = invokeRequestSchemas['backup:write'].safeParse({ content: dashes });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('the content is larger than the 64 MB a file may be');
  });

  it('takes content of exactly 64 MB', () => {
    const content = 'a'.repeat(MAX_FILE_BYTES - 3) + '—';
    const result = invokeRequestSchemas['file:save'].safeParse({ kind: 'backup', suggestedName: 'b.json', content });
    expect(result.success).toBe(true);
  });
});
