/*
 * Whether `npm start` can launch Electron, and if not, the one plain sentence that says what is
 * missing and what to do. Pure, so it is tested without a network or an Electron binary.
 */

/** The Node version Electron 45's installer (@electron/get) needs to fetch the binary. */
export const MIN_NODE_FOR_ELECTRON = [22, 12, 0];

/**
 * Whether a Node version string ("v20.19.0") is at least the minimum.
 * @param {string} version
 * @param {number[]} [minimum]
 */
export function isNodeRecentEnough(version, minimum = MIN_NODE_FOR_ELECTRON) {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < minimum.length; i++) {
    const part = parts[i] ?? 0;
    const least = minimum[i] ?? 0;
    if (part !== least) return part > least;
  }
  return true;
}

/**
 * @param {{ hasBinary: boolean, nodeVersion: string, downloadFailed?: boolean }} state
 * @returns {{ ok: true | false | 'download', message?: string }}
 */
export function electronReadiness({ hasBinary, nodeVersion, downloadFailed = false }) {
  if (hasBinary) return { ok: true };
  const minimum = MIN_NODE_FOR_ELECTRON.join('.');
  if (!isNodeRecentEnough(nodeVersion)) {
    return {
      ok: false,
      message: `Viva cannot start: the Electron program is not installed yet, and fetching it needs Node.js ${minimum} or newer (this is ${nodeVersion}); install a newer Node.js and run \`npm start\` again, or run \`npm run web\` to use Viva in your browser.`,
    };
  }
  if (downloadFailed) {
    return {
      ok: false,
      message:
        'Viva cannot start: the Electron program is not installed and could not be downloaded (about 100 MB, once); connect to the internet and run `npm start` again, or run `npm run web` to use Viva in your browser.',
    };
  }
  return { ok: 'download' };
}
