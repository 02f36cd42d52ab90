/*
 * Reading a bet's confidence as the user types it: a whole percentage from 0 to 100, with or
 * without a trailing "%". An empty field clears the confidence. Anything else is refused with a
 * message that says what to type instead, and is never stored.
 */
export type ParsedConfidence = { ok: true; value: number | null } | { ok: false; error: string };

const NUMBER = /^[-+−]?(\d+(\.\d*)?|\.\d+)$/;

function fail(error: string): ParsedConfidence {
  return { ok: false, error };
}

/** The confidence a typed text names (null when empty), or a message saying what is wrong. */
export function parseConfidence(input: string): ParsedConfidence {
  const trimmed = input.trim();
  // endsWith, not /\s*%$/: that pattern retries from every space of a long run (quadratic).
  const text = (trimmed.endsWith('%') ? trimmed.slice(0, -1) : trimmed).trim();
  if (text === '') return input.trim() === '' ? { ok: true, value: null } : fail('Type a number before the %, like 70.');
  if (!NUMBER.test(text)) return fail(`“${text.slice(0, 20)}” is not a number. Type a percentage from 0 to 100, like 70.`);
  const value = Number(text.replace('−', '-'));
  if (value < 0) return fail('Confidence cannot be below 0 %. Use a number from 0 to 100.');
  if (value > 100) return fail('Confidence cannot be above 100 %. Use a number from 0 to 100.');
  if (Number.isInteger(value)) return { ok: true, value: Math.abs(value) };
  return fail(`Use a whole percentage, like ${Math.round(value)}: finer steps than 1 % claim a precision no one has.`);
}

/** How a stored confidence is written in the field. */
export function formatConfidence(value: number | null): string {
  return value === null ? '' : String(value);
}
