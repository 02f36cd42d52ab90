/*
 * Reading a time budget typed by the user. Accepted: minutes:seconds ("2:30"), hours:minutes:
 * seconds ("1:05:00"), whole or decimal minutes ("2", "1.5"), and units ("90s", "2m 30s",
 * "3 min"). Everything formatDuration writes reads back to the same number of seconds.
 */
import { formatDuration } from './speakingTime';

export type ParsedDuration = { ok: true; seconds: number } | { ok: false; error: string };

const EXAMPLE = 'Write minutes:seconds, e.g. 2:30, or minutes, e.g. 2.';
const CLOCK = /^(?:(\d{1,3}):)?(\d{1,4}):(\d{1,2})$/;
const MINUTES = /^(\d{1,4}(?:\.\d+)?|\.\d+)$/;
const UNITS =
  /^(?:(\d{1,4}(?:\.\d+)?)\s*(?:h|hr|hrs|hours?))?\s*(?:(\d{1,4}(?:\.\d+)?)\s*(?:m|min|mins|minutes?))?\s*(?:(\d{1,5})\s*(?:s|sec|secs|seconds?))?$/i;

function fail(error: string): ParsedDuration {
  return { ok: false, error };
}

function within(seconds: number, maxSeconds: number): ParsedDuration {
  if (seconds > maxSeconds) return fail(`That is longer than the most a beat can last, ${formatDuration(maxSeconds)}.`);
  return { ok: true, seconds };
}

/** The number of seconds a typed duration names, or a message saying what is wrong with it. */
export function parseDuration(input: string, maxSeconds: number): ParsedDuration {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return fail(`Enter a time. ${EXAMPLE}`);
  if (/^[-−]/.test(text)) return fail('A time cannot be negative.');

  const clock = CLOCK.exec(text);
  if (clock) {
    const [, hours = '0', minutes = '0', seconds = '0'] = clock;
    if (Number(seconds) > 59) {
      const total = Number(minutes) * 60 + Number(seconds);
      return fail(`Seconds go up to 59: write ${formatDuration(total)} rather than ${text}.`);
    }
    if (clock[1] !== undefined && Number(minutes) > 59) return fail(`Minutes go up to 59 after the hours, as in 1:05:00.`);
    return within(Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds), maxSeconds);
  }

  if (MINUTES.test(text)) return within(Math.round(Number(text) * 60), maxSeconds);

  const units = UNITS.exec(text);
  if (units && (units[1] ?? units[2] ?? units[3]) !== undefined) {
    const [, hours = '0', minutes = '0', seconds = '0'] = units;
    return within(Math.round(Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)), maxSeconds);
  }
  return fail(`“${input.trim().slice(0, 40)}” is not a time. ${EXAMPLE}`);
}
