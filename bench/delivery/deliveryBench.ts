/*
 * The delivery analysis of a long recording, timed in Node (the same V8 and the same code the
 * app's worker runs), against a baseline in the same process, alternating: one pass that reads
 * every sample once and takes the RMS of each 10 ms frame, the least any pause finder must do.
 * Usage: node --expose-gc deliveryBench.js <recording.wav> <rounds>; prints JSON.
 */
import { readFileSync } from 'node:fs';
import { analyseDelivery } from '../../shared/delivery/analyseDelivery';
import { readWav } from '../../test/support/readWav';

const [path, roundsArg] = process.argv.slice(2);
if (!path) throw new Error('Usage: deliveryBench.js <recording.wav> [rounds]');
const rounds = Number(roundsArg ?? 3);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const { samples, sampleRate } = readWav(new Uint8Array(readFileSync(path)));
const durationS = samples.length / sampleRate;

function baseline(): number {
  const hop = Math.round(sampleRate / 100);
  let loud = 0;
  for (let start = 0; start + hop <= samples.length; start += hop) {
    let sum = 0;
    for (let i = start; i < start + hop; i += 1) sum += samples[i]! * samples[i]!;
    if (Math.sqrt(sum / hop) > 0.01) loud += 1;
  }
  return loud;
}

function timed(run: () => unknown): number {
  gc();
  const start = performance.now();
  run();
  return performance.now() - start;
}

gc();
const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;
const analysis: number[] = [];
const base: number[] = [];
let words: number | null = null;
for (let round = 0; round < rounds; round += 1) {
  const runAnalysis = () => {
    const result = analyseDelivery(samples, sampleRate);
    words = result.ok ? result.whole.wordsPerMinute : null;
  };
  if (round % 2 === 0) {
    analysis.push(timed(runAnalysis));
    base.push(timed(baseline));
  } else {
    base.push(timed(baseline));
    analysis.push(timed(runAnalysis));
  }
}
console.log(
  JSON.stringify({
    durationS,
    sampleRate,
    analysisMs: analysis,
    baselineMs: base,
    wordsPerMinute: words,
    samplesMb: samples.byteLength / 2 ** 20,
    rssBeforeMb,
    // maxRSS is the process's peak resident memory, in kB.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
