/**
 * Whether an error is the engine running out of stack ("Maximum call stack size exceeded" in
 * V8), not a RangeError a library throws on purpose (ProseMirror throws RangeError for content
 * its schema does not allow).
 */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
