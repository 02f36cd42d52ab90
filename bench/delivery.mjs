#!/usr/bin/env node
/*
 * The delivery-analysis benchmark (also part of `npm run bench`; alone: `node bench/delivery.mjs`).
 * Builds a 20-minute recording from espeak-ng speech with planted pauses, then analyses it in a
 * Node process of its own (so its peak memory is the analysis's), alternating with a baseline.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './stats.mjs';

const MINUTES = Number(process.env['VIVA_BENCH_RECORDING_MINUTES'] ?? 20);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const SENTENCES = [
  'Retrieval models answer questions over very long documents by first finding the passages that matter and then reading only those passages carefully.',
  'We trained three families of models on the same data with the same budget and measured how often each one found the right passage.',
  'The dense retriever wins when latency binds, but the sparse one is more robust when the vocabulary of the question differs from the vocabulary of the document.',
  'Our ablation removes one component at a time, and the largest drop comes from the reranker, not from the encoder.',
];

/**
 * A WAV of about `minutes` of speech at 8 kHz (the rate the app analyses at), in `dir`.
 * @param {string} dir @param {number} minutes
 */
function makeRecording(dir, minutes) {
  const parts = [130, 150, 170, 190].map((rate, k) => {
    const path = join(dir, `part-${k}.wav`);
    const ssml = `<speak>${SENTENCES.map((s, i) => `${s} <break time="${1000 + 500 * ((i + k) % 4)}ms"/>`).join(' ')}</speak>`;
    execFileSync('espeak-ng', ['-m', '-s', String(rate), '-v', 'en-us', '-w', path, ssml]);
    return path;
  });
  const chunk = join(dir, 'chunk.wav');
  execFileSync('sox', [...parts, '-r', '8000', '-c', '1', '-b', '16', chunk]);
  const chunkS = Number(execFileSync('soxi', ['-D', chunk]).toString());
  const out = join(dir, 'recording.wav');
  execFileSync('sox', [chunk, out, 'repeat', String(Math.max(0, Math.ceil((minutes * 60) / chunkS) - 1))]);
  return out;
}

/**
 * Run the delivery benchmark; returns rows in run.mjs's shape.
 * @param {number} rounds
 * @returns {{ name: string, viva: string, baseline: string, ratio: number | null, target: string, met: boolean }[]}
 */
export function deliveryBench(rounds = 3) {
  const dir = mkdtempSync(join(tmpdir(), 'viva-bench-delivery-'));
  try {
    const wav = makeRecording(dir, MINUTES);
    const build = spawnSync(npx, ['vite', 'build', '--logLevel', 'warn', '--config', 'bench/delivery/vite.config.ts'], {
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('Build of the delivery benchmark failed.');
    const run = spawnSync(process.execPath, ['--expose-gc', 'out-bench/delivery/deliveryBench.js', wav, String(rounds)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (run.status !== 0) throw new Error(`The delivery benchmark failed: ${run.stderr}`);
    const result = JSON.parse(run.stdout);
    const analysis = median(result.analysisMs);
    const baseline = median(result.baselineMs);
    const minutes = (result.durationS / 60).toFixed(1);
    const budget = (result.durationS * 1000) / 30;
    return [
      {
        name: `Delivery analysis of a ${minutes}-minute recording`,
        viva: `${(analysis / 1000).toFixed(2)} s`,
        baseline: `${(baseline / 1000).toFixed(2)} s`,
        ratio: analysis / baseline,
        target: 'reported',
        met: true,
      },
      {
        name: 'Delivery analysis, share of the recording’s length',
        viva: `1/${Math.round((result.durationS * 1000) / analysis)}`,
        baseline: '—',
        ratio: null,
        target: `≤ 1/30 (${(budget / 1000).toFixed(0)} s)`,
        met: analysis <= budget,
      },
      {
        name: 'Delivery analysis, peak memory (process)',
        viva: `${result.peakRssMb.toFixed(0)} MB (samples ${result.samplesMb.toFixed(0)} MB, before ${result.rssBeforeMb.toFixed(0)} MB)`,
        baseline: '—',
        ratio: null,
        target: 'reported',
        met: true,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = deliveryBench(Number(process.env['VIVA_BENCH_ROUNDS'] ?? 3));
  console.log('| Benchmark | Viva | Baseline | Ratio | Target | Met |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const ratio = row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`;
    console.log(`| ${row.name} | ${row.viva} | ${row.baseline} | ${ratio} | ${row.target} | ${row.met ? 'yes' : 'NO'} |`);
  }
  process.exit(rows.every((row) => row.met) ? 0 : 1);
}
