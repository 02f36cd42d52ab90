import { z } from 'zod';

/** Longest single-line field, in characters: generous, but bounded so a bad import cannot bloat the database. */
export const MAX_LINE = 500;
/** Longest multi-line plain-text field, in characters. */
export const MAX_TEXT = 20_000;

/** Zod schema of a one-line plain-text field. */
export const lineSchema = z
  .string()
  .max(MAX_LINE)
  .refine((s) => !s.includes('\n'), 'must be a single line');
/** Zod schema of a multi-line plain-text field. */
export const textSchema = z.string().max(MAX_TEXT);
/** Zod schema of a calendar date, YYYY-MM-DD, or null when unset. */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real date')
  .nullable();

/** Whether YYYY-MM-DD names a day that exists (no 30 February). */
function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
