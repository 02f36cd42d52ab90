/*
 * Values cross between Chromium and Node as JSON through a Playwright binding; Electron's IPC
 * uses the structured clone, which keeps byte arrays. Bytes are carried as base64 both ways.
 * The page side of this encoding is in pageBootstrap.ts.
 */
const BYTES = '__standInBytes';

/** A value from the page, with its byte arrays restored. */
export function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record[BYTES] === 'string') return new Uint8Array(Buffer.from(record[BYTES], 'base64'));
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, fromWire(item)]));
  }
  return value;
}

/** A value for the page, its byte arrays in base64. */
export function toWire(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES]: Buffer.from(value).toString('base64') };
  if (value instanceof ArrayBuffer) return { [BYTES]: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(toWire);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toWire(item)]));
  }
  return value;
}
