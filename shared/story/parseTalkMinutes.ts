import { MAX_TALK_MINUTES, MIN_TALK_MINUTES } from '../model/outline';

export type ParsedTalkMinutes = { ok: true; minutes: number } | { ok: false; error: string };

/** The talk length typed by the user, in whole minutes, or a message saying what is wrong. */
export function parseTalkMinutes(input: string): ParsedTalkMinutes {
  const text = input.trim();
  const range = `between ${MIN_TALK_MINUTES} and ${MAX_TALK_MINUTES}`;
  if (text === '') return { ok: false, error: `Enter the length of the talk in minutes, ${range}.` };
  if (!/^\d+$/.test(text)) return { ok: false, error: `Enter a whole number of minutes, ${range} (e.g. 20).` };
  const minutes = Number(text);
  if (minutes < MIN_TALK_MINUTES || minutes > MAX_TALK_MINUTES) {
    return { ok: false, error: `A talk can last ${range} minutes; ${minutes} is outside that.` };
  }
  return { ok: true, minutes };
}
