import { beforeAll, describe, expect, it } from 'vitest';
import { analyseDelivery } from '../../../shared/delivery/analyseDelivery';
import { DELIVERY_PROBLEM_MESSAGES } from '../../../shared/delivery/checkSignal';
import type { DeliveryResult } from '../../../shared/model/deliveryAnalysis';
import { requireSpeechTools, synthesise } from '../../support/synthesiseSpeech';
import { PLANTED_MS, SENTENCES, BREAKS_SSML } from './speechText';

const RATE = 8000;
const SLOW = 60_000;
const TWO = `${SENTENCES[0]} ${SENTENCES[1]}`;

function ok(result: DeliveryResult) {
  if (!result.ok) throw new Error(`analysis refused: ${result.message}`);
  return result;
}

/** A deterministic noise in [-1, 1). */
function noise(length: number, level: number): Float32Array {
  let seed = 42;
  return Float32Array.from({ length }, () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return (seed / 4294967296 - 0.5) * 2 * level;
  });
}

beforeAll(() => requireSpeechTools());

describe('analyseDelivery: recordings it must not put numbers on', () => {
  it('says a recording under five seconds is too short', () => {
    const short = synthesise('<speak>Thank you.</speak>', 150, [], RATE);
    expect(analyseDelivery(short.samples, short.sampleRate)).toEqual({
      ok: false,
      problem: 'tooShort',
      message: DELIVERY_PROBLEM_MESSAGES.tooShort,
    });
  });

  it('says digital silence and a dead microphone’s hiss are silent', () => {
    expect(analyseDelivery(new Float32Array(RATE * 20), RATE)).toMatchObject({ ok: false, problem: 'silent' });
    expect(analyseDelivery(noise(RATE * 20, 0.001), RATE)).toMatchObject({ ok: false, problem: 'silent' });
  });

  it(
    'says speech driven into the converter’s limit is clipped',
    () => {
      const speech = synthesise(`<speak>${TWO}</speak>`, 150, [], RATE);
      const clipped = speech.samples.map((v) => Math.max(-1, Math.min(1, v * 30)));
      expect(analyseDelivery(clipped, RATE)).toMatchObject({ ok: false, problem: 'clipped' });
    },
    SLOW,
  );

  it(
    'says noise and a steady hum hold no speech',
    () => {
      expect(analyseDelivery(noise(RATE * 20, 0.2), RATE)).toMatchObject({ ok: false, problem: 'noSpeech' });
      const hum = Float32Array.from({ length: RATE * 20 }, (_, i) => 0.3 * Math.sin((2 * Math.PI * 120 * i) / RATE));
      expect(analyseDelivery(hum, RATE)).toMatchObject({ ok: false, problem: 'noSpeech' });
    },
    SLOW,
  );

  it('gives every problem a sentence of its own', () => {
    const messages = Object.values(DELIVERY_PROBLEM_MESSAGES);
    expect(new Set(messages).size).toBe(messages.length);
    for (const message of messages) expect(message).toMatch(/^[A-Z].*\.$/);
  });
});

describe('analyseDelivery: segments, pitch and fading', () => {
  it(
    'cuts the run at its markers, and the segments add up to the whole',
    () => {
      const audio = synthesise(BREAKS_SSML, 150, [], RATE);
      const markers = [
        { segmentIndex: 0, atMs: 0 },
        { segmentIndex: 1, atMs: 11_000 },
        { segmentIndex: 2, atMs: 21_000 },
      ];
      const result = ok(analyseDelivery(audio.samples, audio.sampleRate, { markers }));
      expect(result.segments.map((s) => s.segmentIndex)).toEqual([0, 1, 2]);
      expect(result.segments.at(-1)!.endMs).toBe(result.durationMs);
      const sum = (pick: (s: (typeof result.segments)[number]) => number) => result.segments.reduce((t, s) => t + pick(s), 0);
      expect(sum((s) => s.syllables)).toBe(result.whole.syllables);
      expect(Math.abs(sum((s) => s.speakingMs) - result.whole.speakingMs)).toBeLessThanOrEqual(3);
      expect(sum((s) => s.pauses.length)).toBe(PLANTED_MS.length);
      for (const segment of result.segments)
        expect(segment.speakingMs + segment.silenceMs).toBeCloseTo(segment.endMs - segment.startMs, -1);
      expect(result.pace.length).toBeGreaterThan(5);
      expect(result.pace.some((p) => p.wordsPerMinute !== null)).toBe(true);
    },
    SLOW,
  );

  it(
    'flags a flat voice and not a lively one',
    () => {
      const flat = synthesise(`<speak><prosody range="x-low">${TWO}</prosody></speak>`, 160, [], RATE);
      const lively = synthesise(`<speak><prosody range="x-high">${TWO}</prosody></speak>`, 160, [], RATE);
      const a = ok(analyseDelivery(flat.samples, RATE)).whole;
      const b = ok(analyseDelivery(lively.samples, RATE)).whole;
      expect(a.isFlat).toBe(true);
      expect(b.isFlat).toBe(false);
      expect(a.pitch!.spreadSemitones).toBeLessThan(b.pitch!.spreadSemitones);
      // espeak-ng's en-us voice speaks at about 100 Hz.
      expect(a.pitch!.medianHz).toBeGreaterThan(80);
      expect(a.pitch!.medianHz).toBeLessThan(130);
    },
    SLOW,
  );

  it(
    'finds the sentence that fades out, and not the ones that do not',
    () => {
      const steady = ok(analyseDelivery(synthesise(`<speak>${TWO}</speak>`, 160, [], RATE).samples, RATE)).whole;
      expect(steady.sentences).toBe(2);
      expect(steady.fadingEndsMs).toEqual([]);
      const faded = synthesise(`<speak>${TWO}</speak>`, 160, ['fade', 't', '0', '-0', '1.2'], RATE);
      const result = ok(analyseDelivery(faded.samples, RATE));
      expect(result.whole.fadingEndsMs).toHaveLength(1);
      expect(result.whole.fadingEndsMs[0]).toBeGreaterThan(result.durationMs - 1500);
    },
    SLOW,
  );

  it(
    'reports progress from 0 to 1, never going back',
    () => {
      const audio = synthesise(`<speak>${TWO}</speak>`, 160, [], RATE);
      const seen: number[] = [];
      analyseDelivery(audio.samples, RATE, { onProgress: (share) => seen.push(share) });
      expect(seen.length).toBeGreaterThan(10);
      expect(seen.at(-1)).toBe(1);
      for (let k = 1; k < seen.length; k += 1) expect(seen[k]).toBeGreaterThanOrEqual(seen[k - 1]!);
    },
    SLOW,
  );
});
