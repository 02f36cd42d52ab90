import { describe, expect, it } from 'vitest';
import { electronReadiness, isNodeRecentEnough } from '../../scripts/start/electronReadiness.mjs';

describe('the start check for the Electron program', () => {
  it('lets npm start go on where Electron is installed, whatever the Node version', () => {
    expect(electronReadiness({ hasBinary: true, nodeVersion: 'v20.19.0' })).toEqual({ ok: true });
  });

  it('says in one sentence that a newer Node is needed to fetch Electron', () => {
    const message = electronReadiness({ hasBinary: false, nodeVersion: 'v20.19.0' }).message ?? '';
    expect(message).toMatch(
      /^Viva cannot start: the Electron program is not installed yet, and fetching it needs Node\.js 22\.12\.0 or newer \(this is v20\.19\.0\);/,
    );
    expect(message).toContain('`npm run web`');
    expect(message.split(/[.;] [A-Z]/)).toHaveLength(1);
  });

  it('asks to download with a recent Node, and says what to do when the download fails', () => {
    expect(electronReadiness({ hasBinary: false, nodeVersion: 'v22.12.0' })).toEqual({ ok: 'download' });
    const message = electronReadiness({ hasBinary: false, nodeVersion: 'v24.1.0', downloadFailed: true }).message;
    expect(message).toMatch(/could not be downloaded .*connect to the internet and run `npm start` again/);
  });

  it('compares Node versions part by part', () => {
    expect(isNodeRecentEnough('v22.11.9')).toBe(false);
    expect(isNodeRecentEnough('v22.12.0')).toBe(true);
    expect(isNodeRecentEnough('v23.0.0')).toBe(true);
    expect(isNodeRecentEnough('v20.99.99')).toBe(false);
  });
});
