import { describe, expect, it } from 'vitest';
import { dateStamp, fileStem } from '../../../shared/export/exportFileName';

describe('fileStem', () => {
  it.each([
    ['Retrieval at Scale: a Study', 'retrieval-at-scale-a-study'],
    ['Équipe “naïve” / test', 'equipe-naive-test'],
    ['../../etc/passwd', 'etc-passwd'],
    ['漢字', 'story'],
    ['x'.repeat(100), 'x'.repeat(60)],
  ])('%j → %j', (title, stem) => expect(fileStem(title)).toBe(stem));

  it('dates in UTC', () => expect(dateStamp(Date.UTC(2026, 10, 23, 23, 59))).toBe('2026-11-23'));
});
