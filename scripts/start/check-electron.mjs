#!/usr/bin/env node
/*
 * Run by `npm start` and `npm run dev` before electron-vite: when the Electron binary is missing
 * and cannot be fetched, say so in one sentence instead of Electron's own stack trace. Where
 * Electron is installed it does nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronReadiness } from './electronReadiness.mjs';

function hasElectronBinary() {
  if (process.env['ELECTRON_OVERRIDE_DIST_PATH']) return true;
  let packageDir;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return false;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

function download() {
  const installer = join(dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'install.js');
  console.log('Downloading the Electron program (once, about 100 MB)…');
  return spawnSync(process.execPath, [installer], { stdio: 'inherit' }).status === 0 && hasElectronBinary();
}

let readiness = electronReadiness({ hasBinary: hasElectronBinary(), nodeVersion: process.version });
if (readiness.ok === 'download') {
  readiness = electronReadiness({ hasBinary: download(), nodeVersion: process.version, downloadFailed: true });
}
if (readiness.ok !== true) {
  console.error(readiness.message);
  process.exit(1);
}
