import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BULLETS } from '../../../shared/model/outline';
import { MAX_LINE } from '../../../shared/model/text';
import { bulletText, parseBulletLines } from '../../../shared/story/bulletLines';

describe('slide bullets typed one a line', () => {
  it('drops blank lines and list markers, keeps the order', () => {
    expect(parseBulletLines('  - +18 points at 200k tokens\n\n• same compute\n* one seed\nplain')).toEqual({
      bullets: ['+18 points at 200k tokens', 'same compute', 'one seed', 'plain'],
      overflow: 0,
    });
    expect(parseBulletLines('-3 % error')).toEqual({ bullets: ['-3 % error'], overflow: 0 });
  });

  it('reports the lines past the slide limit instead of hiding them', () => {
    const text = Array.from({ length: MAX_BULLETS + 2 }, (_, i) => `line ${i}`).join('\n');
    const parsed = parseBulletLines(text);
    expect(parsed.bullets).toHaveLength(MAX_BULLETS);
    expect(parsed.overflow).toBe(2);
  });

  it('round-trips any stored bullets through the text an editor shows', () => {
    const bullet = fc
      .string({ maxLength: 60 })
      .map((s) => s.replace(/\n/g, ' ').trim())
      .filter((s) => s !== '' && !/^[-*•]\s/.test(s));
    fc.assert(
      fc.property(fc.array(bullet, { maxLength: MAX_BULLETS }), (bullets) => {
        expect(parseBulletLines(bulletText(bullets)).bullets).toEqual(bullets);
      }),
    );
  });

  it('keeps every line within the longest a line may be', () => {
    expect(parseBulletLines('x'.repeat(MAX_LINE + 10)).bullets[0]).toHaveLength(MAX_LINE);
  });
});
