import { describe, expect, it } from 'vitest';
import { describeDiskError, isDiskFullError } from '../../../main/files/describeDiskError';

const errno = (code: string, message = `${code}: failed`) => Object.assign(new Error(message), { code });

describe('describeDiskError', () => {
  it('says plainly that the disk is full, and that nothing saved was changed', () => {
    for (const code of ['ENOSPC', 'EDQUOT']) {
      expect(isDiskFullError(errno(code))).toBe(true);
      expect(describeDiskError(errno(code), 'Viva could not write a backup')).toBe(
        'Viva could not write a backup: the disk is full. Nothing already saved was changed; free some space and try again.',
      );
    }
  });

  it('passes other failures on with their reason', () => {
    expect(isDiskFullError(errno('EACCES'))).toBe(false);
    expect(describeDiskError(errno('EACCES', 'permission denied'), 'Viva could not save “talk.md”')).toBe(
      'Viva could not save “talk.md”: permission denied',
    );
    expect(isDiskFullError(null)).toBe(false);
  });
});
