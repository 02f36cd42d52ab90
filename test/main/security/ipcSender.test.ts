import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../main/security/appOrigin';
import { isTrustedSender } from '../../../main/security/ipcSender';

const origins = [APP_ORIGIN];

describe('isTrustedSender', () => {
  it('trusts the app main frame', () => {
    expect(isTrustedSender({ url: 'app://viva/index.html#/trash', isMainFrame: true }, origins)).toBe(true);
  });

  it('refuses sub-frames, foreign pages and missing frames', () => {
    expect(isTrustedSender({ url: 'app://viva/index.html', isMainFrame: false }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', isMainFrame: true }, origins)).toBe(false);
    expect(isTrustedSender(null, origins)).toBe(false);
    expect(isTrustedSender(undefined, origins)).toBe(false);
  });
});
