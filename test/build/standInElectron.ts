/*
 * A stand-in for the Electron binary, which cannot be downloaded on the build machines. It
 * carries a real fuse wire (sentinel, version, length, Electron's default fuse states), so
 * electron-builder flips the fuses on it exactly as on the real binary.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const ENABLE = 49;
export const DISABLE = 48;

/** Electron's defaults, fuse by fuse (runAsNode, cookieEncryption, nodeOptions, inspect, asarIntegrity, onlyAsar, v8Snapshot, fileProtocol). */
const DEFAULT_WIRE = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE];

/** Write a stand-in Electron distribution into `dir` and return the folder. */
export function writeStandInElectron(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron"\n#'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, DEFAULT_WIRE.length, ...DEFAULT_WIRE]),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), binary);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
  writeFileSync(join(dir, 'version'), '45.4.1');
  return dir;
}
