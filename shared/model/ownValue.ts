/**
 * The value stored under `key` in a record keyed by user data (ratings by axis id, cues by
 * segment id), or undefined. A plain `record[key]` would find inherited members: an axis whose
 * id is "constructor" or "toString" would read a built-in function as its rating.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
