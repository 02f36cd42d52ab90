/*
 * The one way Viva reads and writes a length of time. Inside the model and the logic every
 * duration is in milliseconds, stored data included; a duration becomes text only here, and
 * text becomes a duration only here. File formats that count in seconds (a deck's slide timings)
 * convert at their own boundary with secondsToMs and msToSeconds.
 */

export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;

/** How a duration that is not a whole number of seconds is shown. */
export type Rounding = 'nearest' | 'down' | 'up';

const ROUND: Record<Rounding, (seconds: number) => number> = {
  nearest: Math.round,
  down: Math.floor,
  up: Math.ceil,
};

/** Seconds, as a file format counts them, in milliseconds. */
export function secondsToMs(seconds: number): number {
  return Math.round(seconds * 1000);
}

/** Milliseconds as the whole seconds a file format counts. */
export function msToSeconds(ms: number): number {
  return Math.round(ms / 1000);
}

/**
 * The whole seconds a duration shows as. Nearest by default; elapsed time on a running clock
 * counts down (0:59 until a full minute has passed) and time left counts up, so that "0:00 left"
 * means the time is really spent.
 */
export function shownSeconds(ms: number, rounding: Rounding = 'nearest'): number {
  const sign = ms < 0 ? -1 : 1;
  return sign * ROUND[rounding](Math.abs(ms) / 1000) || 0;
}

/** "2:05" for 125 000 ms; "1:02:03" past an hour; "−0:05" below zero. */
export function formatDuration(ms: number, rounding: Rounding = 'nearest'): string {
  const whole = shownSeconds(ms, rounding);
  const sign = whole < 0 ? '−' : '';
  const s = Math.abs(whole);
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${sign}${minutes}:${seconds}`;
}

/** The whole minutes a duration comes to, for what is counted in minutes (a talk's length). */
export function wholeMinutes(ms: number): number {
  return Math.round(ms / MINUTE_MS);
}

/** A short span to a tenth of a second, as pauses are told: "2.4 s" for 2 400 ms. */
export function formatTenths(ms: number): string {
  return `${(Math.round(ms / 100) / 10).toFixed(1)} s`;
}

export type ParsedDuration = { ok: true; ms: number } | { ok: false; error: string };

const EXAMPLE = 'Write minutes:seconds, e.g. 2:30, or minutes, e.g. 2.';
const CLOCK = /^(?:(\d{1,3}):)?(\d{1,4}):(\d{1,2})$/;
const MINUTES = /^(\d{1,4}(?:\.\d+)?|\.\d+)$/;
const UNITS =
  /^(?:(\d{1,4}(?:\.\d+)?)\s*(?:h|hr|hrs|hours?))?\s*(?:(\d{1,4}(?:\.\d+)?)\s*(?:m|min|mins|minutes?))?\s*(?:(\d{1,5})\s*(?:s|sec|secs|seconds?))?$/i;

function fail(error: string): ParsedDuration {
  return { ok: false, error };
}

function within(seconds: number, maxMs: number): ParsedDuration {
  const ms = secondsToMs(seconds);
  if (ms > maxMs) return fail(`That is longer than the most a beat can last, ${formatDuration(maxMs)}.`);
  return { ok: true, ms };
}

/**
 * The duration a user typed, in whole seconds' worth of milliseconds, or a message saying what is
 * wrong with it. Accepted: minutes:seconds ("2:30"), hours:minutes:seconds ("1:05:00"), whole or
 * decimal minutes ("2", "1.5"), and units ("90s", "2m 30s", "3 min"). Everything formatDuration
 * writes reads back to the same duration.
 */
export function parseDuration(input: string, maxMs: number): ParsedDuration {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return fail(`Enter a time. ${EXAMPLE}`);
  if (/^[-−]/.test(text)) return fail('A time cannot be negative.');

  const clock = CLOCK.exec(text);
  if (clock) {
    const [, hours = '0', minutes = '0', seconds = '0'] = clock;
    if (Number(seconds) > 59) {
      const total = Number(minutes) * 60 + Number(seconds);
      return fail(`Seconds go up to 59: write ${formatDuration(secondsToMs(total))} rather than ${text}.`);
    }
    if (clock[1] !== undefined && Number(minutes) > 59) return fail(`Minutes go up to 59 after the hours, as in 1:05:00.`);
    return within(Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds), maxMs);
  }

  if (MINUTES.test(text)) return within(Math.round(Number(text) * 60), maxMs);

  const units = UNITS.exec(text);
  if (units && (units[1] ?? units[2] ?? units[3]) !== undefined) {
    const [, hours = '0', minutes = '0', seconds = '0'] = units;
    return within(Math.round(Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)), maxMs);
  }
  return fail(`“${input.trim().slice(0, 40)}” is not a time. ${EXAMPLE}`);
}
