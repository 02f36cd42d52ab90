import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../main/security/appOrigin';
import { isRequestAllowed } from '../../../main/security/requestFilter';

describe('isRequestAllowed', () => {
  const origins = [APP_ORIGIN];

  it('lets the app load its own files and in-memory data', () => {
    expect(isRequestAllowed('app://viva/assets/index.js', origins)).toBe(true);
    expect(isRequestAllowed('blob:app://viva/1234', origins)).toBe(true);
    expect(isRequestAllowed('data:image/png;base64,AAAA', origins)).toBe(true);
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html', origins)).toBe(true);
  });

  it('cancels anything bound for the network or the file system', () => {
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://127.0.0.1:8080/',
      'wss://example.com/',
      'file:///etc/hosts',
      'ftp://x/',
    ]) {
      expect(isRequestAllowed(url, origins)).toBe(false);
    }
  });
});
