import { z } from 'zod';

/**
 * Zod schema of a record id: a short, non-empty token (UUIDs in practice). Ids named like
 * built-in members ("constructor", "toString") work like any other: records keyed by ids are
 * read by own key only (ownValue.ts). "__proto__" alone is refused: JavaScript gives that key a
 * meaning of its own, and the libraries that copy records (zod, Dexie) drop it or turn it into
 * a prototype, so ratings under such an axis could not be kept. Viva never makes one.
 */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'an id may hold only letters, digits, - and _')
  .refine((id) => id !== '__proto__', 'an id may not be “__proto__”: JavaScript reserves that name');

/** A new random id. */
export function newId(): string {
  return crypto.randomUUID();
}
