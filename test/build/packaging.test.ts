/*
 * What goes into the desktop package. electron-builder runs for real (--dir, Linux) against a
 * stand-in Electron folder; the test then reads app.asar and the flipped fuses of the binary.
 * Needs the build output: `npm test` builds first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { beforeAll, describe, expect, it } from 'vitest';
import { DISABLE, ENABLE, FUSE_SENTINEL, writeStandInElectron } from './standInElectron';

const work = mkdtempSync(join(tmpdir(), 'viva-package-'));
const appDir = join(work, 'release', 'linux-unpacked');
let entries: string[] = [];

beforeAll(() => {
  if (!existsSync('out/main/index.js')) throw new Error('No build output: run `npm run build` before this test.');
  const electronDist = writeStandInElectron(join(work, 'electron'));
  execFileSync(
    'npx',
    [
      'electron-builder',
      '--dir',
      '--linux',
      '--config',
      'electron-builder.yml',
      `-c.electronDist=${electronDist}`,
      '-c.electronVersion=45.4.1',
      `-c.directories.output=${join(work, 'release')}`,
    ],
    { stdio: 'pipe', env: { ...process.env, ELECTRON_BUILDER_CACHE: join(work, 'cache') } },
  );
  entries = listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
}, 120_000);

describe('the packaged app', () => {
  it('holds the main, preload and renderer bundles', () => {
    expect(entries).toEqual(
      expect.arrayContaining(['/out/main/index.js', '/out/preload/preload.cjs', '/out/renderer/index.html', '/package.json']),
    );
    expect(entries.some((e) => /^\/out\/renderer\/assets\/index-.*\.js$/.test(e))).toBe(true);
  });

  it('holds nothing from sources, tests, configs or node_modules', () => {
    const leaked = entries.filter(
      (e) =>
        /^\/(main|renderer|shared|test|bench|scripts|resources|node_modules)\//.test(e) ||
        /\.(tsx?|map)$/.test(e) ||
        /^\/(tsconfig|vite|electron\.vite|vitest|playwright)/.test(e),
    );
    expect(leaked).toEqual([]);
  });

  it('names the executable after the product and flips every fuse to its hardened value', () => {
    const binary = readFileSync(join(appDir, 'viva'));
    const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    const wire = [...binary.subarray(at + 2, at + 2 + binary[at + 1]!)];
    // runAsNode off, cookie encryption on, NODE_OPTIONS off, --inspect off, asar integrity on,
    // only load from asar on, browser-specific snapshot off, extra file:// privileges off.
    expect(wire).toEqual([DISABLE, ENABLE, DISABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE]);
  });
});
