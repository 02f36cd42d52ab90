import { z } from 'zod';

/** Zod schema of a record id: a short, non-empty token (UUIDs in practice). */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'an id may hold only letters, digits, - and _');

/** A new random id. */
export function newId(): string {
  return crypto.randomUUID();
}
