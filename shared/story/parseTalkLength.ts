import { MAX_TALK_MS, MIN_TALK_MS } from '../model/outline';
import { MINUTE_MS } from '../time/duration';

export type ParsedTalkLength = { ok: true; ms: number } | { ok: false; error: string };

/** The talk length the user typed in whole minutes, as a duration, or a message saying what is wrong. */
export function parseTalkLength(input: string): ParsedTalkLength {
  const text = input.trim();
  const min = MIN_TALK_MS / MINUTE_MS;
  const max = MAX_TALK_MS / MINUTE_MS;
  const range = `between ${min} and ${max}`;
  if (text === '') return { ok: false, error: `Enter the length of the talk in minutes, ${range}.` };
  if (!/^\d+$/.test(text)) return { ok: false, error: `Enter a whole number of minutes, ${range} (e.g. 20).` };
  const minutes = Number(text);
  if (minutes < min || minutes > max) {
    return { ok: false, error: `A talk can last ${range} minutes; ${minutes} is outside that.` };
  }
  return { ok: true, ms: minutes * MINUTE_MS };
}
