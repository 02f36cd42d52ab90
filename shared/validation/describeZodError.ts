import type { z } from 'zod';

/** A dotted path for a validation issue, with list positions counted from 1 as people do. */
export function formatIssuePath(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key + 1}]` : `${acc}.${String(key)}`), root);
}

/** Every problem in a zod error, one per line, each with the path where it was found. */
export function describeZodError(error: z.ZodError, root: string): string {
  return error.issues.map((issue) => `${formatIssuePath(root, issue.path)}: ${issue.message}`).join('\n');
}
