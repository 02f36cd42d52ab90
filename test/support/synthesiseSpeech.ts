/*
 * Speech whose truth is known, made at test time: espeak-ng speaks SSML (with planted
 * <break>s) at a set rate, sox turns it into mono PCM16 (16 kHz, or the rate asked). Missing tools fail the test
 * with what to install; they are never a reason to skip.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWav, type DecodedWav } from './readWav';

function requireTool(tool: string, probe: string[], pkg: string): void {
  try {
    execFileSync(tool, probe, { stdio: 'ignore' });
  } catch {
    throw new Error(`${tool} is missing: install it with \`apt-get install -y ${pkg}\` to run the delivery accuracy tests.`);
  }
}

/** Fail at once, naming the package, unless espeak-ng and sox are installed. */
export function requireSpeechTools(): void {
  requireTool('espeak-ng', ['--version'], 'espeak-ng');
  requireTool('sox', ['--version'], 'sox');
}

const dir = mkdtempSync(join(tmpdir(), 'viva-speech-'));
let count = 0;

/** Speak `ssml` at `wpm` (espeak's -s) into a mono PCM16 WAV at `sampleRate`; returns its path. */
export function synthesiseWav(ssml: string, wpm: number, extraSox: string[] = [], sampleRate = 16_000): string {
  count += 1;
  const raw = join(dir, `raw-${count}.wav`);
  const out = join(dir, `speech-${count}.wav`);
  execFileSync('espeak-ng', ['-m', '-s', String(wpm), '-v', 'en-us', '-w', raw, ssml]);
  execFileSync('sox', [raw, '-r', String(sampleRate), '-c', '1', '-b', '16', out, ...extraSox]);
  return out;
}

const made = new Map<string, DecodedWav>();

/** Speak `ssml` and decode it (once per set of arguments in a test file: synthesis takes a second). */
export function synthesise(ssml: string, wpm: number, extraSox: string[] = [], sampleRate = 16_000): DecodedWav {
  const key = JSON.stringify([ssml, wpm, extraSox, sampleRate]);
  const cached = made.get(key);
  if (cached) return cached;
  const decoded = readWav(new Uint8Array(readFileSync(synthesiseWav(ssml, wpm, extraSox, sampleRate))));
  made.set(key, decoded);
  return decoded;
}

/** The temporary folder the audio is written to. */
export const speechDir = dir;
