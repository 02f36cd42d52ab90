/*
 * Accuracy on speech whose truth is known: espeak-ng speaks the same text at four rates, once
 * straight through and once with silences planted between sentences. True pace = words over the
 * duration of the straight-through file. Runs at the app's rate (8 kHz) and at 16 kHz.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseDelivery } from '../../../shared/delivery/analyseDelivery';
import type { DeliveryResult } from '../../../shared/model/deliveryAnalysis';
import { requireSpeechTools, synthesise } from '../../support/synthesiseSpeech';
import { BREAKS_SSML, PLAIN_SSML, PLANTED_MS, SENTENCES, WORDS } from './speechText';

const RATES = [110, 150, 190, 230] as const;
/** Synthesis and analysis take seconds each on a busy two-core machine. */
const SLOW = 60_000;

function ok(result: DeliveryResult) {
  if (!result.ok) throw new Error(`analysis refused the speech: ${result.message}`);
  return result;
}

/** Seconds from the start to the last sample louder than −40 dBFS. */
function speechEndS(samples: Float32Array, sampleRate: number): number {
  for (let i = samples.length - 1; i >= 0; i -= 1) if (Math.abs(samples[i]!) > 0.01) return i / sampleRate;
  return 0;
}

beforeAll(() => requireSpeechTools());

describe.each([8000, 16000])('delivery accuracy at %i Hz', (sampleRate) => {
  describe.each(RATES)('espeak-ng at -s %i', (rate) => {
    const plain = () => synthesise(PLAIN_SSML, rate, [], sampleRate);
    const withBreaks = () => synthesise(BREAKS_SSML, rate, [], sampleRate);
    const analysed = new Map<string, ReturnType<typeof ok>>();
    const analyse = (kind: 'plain' | 'breaks') => {
      const audio = kind === 'plain' ? plain() : withBreaks();
      if (!analysed.has(kind)) analysed.set(kind, ok(analyseDelivery(audio.samples, audio.sampleRate)));
      return analysed.get(kind)!;
    };

    it(
      'estimates the pace within 15 % of the true words per minute, with and without pauses',
      () => {
        const audio = plain();
        const trueWpm = (WORDS / (audio.samples.length / audio.sampleRate)) * 60;
        const straight = analyse('plain').whole.wordsPerMinute!;
        const paused = analyse('breaks').whole.wordsPerMinute!;
        console.log(
          `pace ${sampleRate} Hz -s ${rate}: true ${trueWpm.toFixed(1)}, estimated ${straight} (no pauses), ${paused} (with pauses)`,
        );
        expect(Math.abs(straight / trueWpm - 1)).toBeLessThanOrEqual(0.15);
        expect(Math.abs(paused / trueWpm - 1)).toBeLessThanOrEqual(0.15);
      },
      SLOW,
    );

    it(
      'finds every planted pause within 0.25 s of its length, and no other',
      () => {
        const { pauses } = analyse('breaks').whole;
        console.log(
          `pauses ${sampleRate} Hz -s ${rate}: planted ${PLANTED_MS.join(', ')} ms, found ${pauses.map((p) => p.durationMs).join(', ')} ms`,
        );
        expect(pauses).toHaveLength(PLANTED_MS.length);
        pauses.forEach((pause, k) => expect(Math.abs(pause.durationMs - PLANTED_MS[k]!)).toBeLessThanOrEqual(250));
      },
      SLOW,
    );

    it(
      'reports no pause inside continuous speech',
      () => {
        const result = analyse('plain');
        expect(result.whole.pauses).toEqual([]);
        expect(result.whole.silenceMs).toBeLessThan(0.25 * result.durationMs);
      },
      SLOW,
    );
  });
});

describe('where the pauses are', () => {
  it(
    'puts each planted pause where its sentence ends',
    () => {
      const audio = synthesise(BREAKS_SSML, 150, [], 8000);
      const { pauses } = ok(analyseDelivery(audio.samples, audio.sampleRate)).whole;
      let elapsedS = 0;
      PLANTED_MS.forEach((planted, k) => {
        // Each sentence spoken alone gives how long the speech before the pause lasts.
        const sentence = synthesise(`<speak>${SENTENCES[k]}</speak>`, 150, [], 8000);
        const endS = elapsedS + speechEndS(sentence.samples, sentence.sampleRate);
        expect(Math.abs(pauses[k]!.atMs / 1000 - endS)).toBeLessThanOrEqual(0.25);
        elapsedS = pauses[k]!.atMs / 1000 + pauses[k]!.durationMs / 1000;
        expect(pauses[k]!.durationMs).toBeGreaterThan(planted - 250);
      });
    },
    SLOW,
  );
});
