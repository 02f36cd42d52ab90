import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { externalUrlToOpen } from '../../../shared/security/externalUrl';

describe('externalUrlToOpen', () => {
  it('passes https URLs that parse, normalized', () => {
    expect(externalUrlToOpen('https://openreview.net/forum?id=abc')).toBe('https://openreview.net/forum?id=abc');
    expect(externalUrlToOpen('HTTPS://Example.COM')).toBe('https://example.com/');
  });

  it('refuses every other scheme', () => {
    for (const url of [
      'http://example.com',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'mailto:a@b.c',
      'data:text/html,x',
      'app://viva/',
    ]) {
      expect(externalUrlToOpen(url)).toBeNull();
    }
  });

  it('refuses URLs with credentials, no host, or absurd length, and non-strings', () => {
    expect(externalUrlToOpen('https://user:pass@example.com/')).toBeNull();
    expect(externalUrlToOpen('https://')).toBeNull();
    expect(externalUrlToOpen(`https://example.com/${'a'.repeat(3000)}`)).toBeNull();
    expect(externalUrlToOpen(42)).toBeNull();
    expect(externalUrlToOpen('not a url')).toBeNull();
  });

  it('only ever returns https URLs, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (candidate) => {
        const result = externalUrlToOpen(candidate);
        return result === null || result.startsWith('https://');
      }),
    );
  });
});
