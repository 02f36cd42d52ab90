import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isTrustedUrl, trustedOrigins } from '../../../main/security/appOrigin';

describe('trustedOrigins', () => {
  it('trusts only the app scheme when packaged, even if a dev server is announced', () => {
    expect(trustedOrigins('http://localhost:5173', true)).toEqual([APP_ORIGIN]);
  });

  it('adds the dev server origin and its hot-reload socket in development', () => {
    expect(trustedOrigins('http://localhost:5173/', false)).toEqual([APP_ORIGIN, 'http://localhost:5173', 'ws://localhost:5173']);
  });

  it('ignores a dev server on a scheme other than http(s)', () => {
    expect(trustedOrigins('file:///tmp/index.html', false)).toEqual([APP_ORIGIN]);
  });

  it('ignores a dev server URL that does not parse', () => {
    expect(trustedOrigins('not a url', false)).toEqual([APP_ORIGIN]);
  });
});

describe('isTrustedUrl', () => {
  const origins = [APP_ORIGIN];

  it('accepts pages of the app scheme', () => {
    expect(isTrustedUrl('app://viva/index.html#/story/a', origins)).toBe(true);
  });

  it('rejects other hosts on the same scheme, other schemes and garbage', () => {
    expect(isTrustedUrl('app://evil/index.html', origins)).toBe(false);
    expect(isTrustedUrl('file:///etc/passwd', origins)).toBe(false);
    expect(isTrustedUrl('https://viva/index.html', origins)).toBe(false);
    expect(isTrustedUrl('', origins)).toBe(false);
  });

  it('does not trust a look-alike host that merely starts with the app host', () => {
    expect(isTrustedUrl('app://viva.evil.com/', origins)).toBe(false);
  });
});
