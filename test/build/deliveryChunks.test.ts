/*
 * The delivery analysis (meyda, pitchfinder and shared/delivery) must reach the app only with the
 * first review of a recording: it lives in the worker's own file, which only the lazily imported
 * analyser names, and no chunk the app starts with or routes to holds its code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ASSETS = 'out/renderer/assets';
const files = () => readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
const read = (file: string) => readFileSync(join(ASSETS, file), 'utf8');
// Markers of the libraries' code that survive minification: pitchfinder's YIN buffer, meyda's extractor table.
const ANALYSIS_CODE = /yinBuffer|YINDetector|featureExtractors/;

describe('the built delivery analysis', () => {
  it('is one worker file holding meyda and pitchfinder', () => {
    const workers = files().filter((f) => f.startsWith('deliveryWorker-'));
    expect(workers).toHaveLength(1);
    expect(read(workers[0]!)).toMatch(/featureExtractors/);
  });

  it('is in no other chunk', () => {
    const holders = files().filter((f) => !f.startsWith('deliveryWorker-') && ANALYSIS_CODE.test(read(f)));
    expect(holders).toEqual([]);
  });

  it('is started only by the analyser chunk, which the app imports lazily', () => {
    const starters = files().filter((f) => /deliveryWorker-[\w-]+\.js/.test(read(f)));
    expect(starters).toHaveLength(1);
    expect(starters[0]).toMatch(/^analyseRecording-/);
    const entry = readFileSync('out/renderer/index.html', 'utf8');
    expect(entry).not.toMatch(/analyseRecording|deliveryWorker/);
    // The entry chunk names the analyser only inside a dynamic import().
    const main = /<script[^>]*\bsrc="[^"]*\/([\w-]+\.js)"/.exec(entry)![1]!;
    expect(read(main)).toMatch(/import\(\s*[`"']\.\/analyseRecording-[\w-]+\.js/);
  });
});
