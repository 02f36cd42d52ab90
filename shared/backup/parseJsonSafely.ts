import { MAX_JSON_DEPTH } from './backupLimits';
import type { BackupProblem } from './backupProblem';
import { errorMessage } from '../text/errorMessage';

/**
 * The one key that can reach an object's prototype: `obj["__proto__"] = …` replaces the
 * prototype, and zod and Dexie copy objects that way. JSON.parse makes it a harmless own
 * property, so it is removed right after parsing, before any code copies the value. Keys named
 * like other members ("constructor", "toString") are plain data: records keyed by user data
 * are read with own-key lookups only (shared/model/ownValue.ts).
 */
const FORBIDDEN_KEY = '__proto__';

export type JsonParseResult = { ok: true; value: unknown; dropped: BackupProblem[] } | { ok: false; problem: BackupProblem };

/**
 * Parse JSON text without prototype pollution and without recursion: JSON.parse with no reviver
 * (V8 parses any depth without the stack), then one iterative walk that removes `__proto__`
 * keys (reported by line) and refuses nesting deeper than MAX_JSON_DEPTH. A syntax error is
 * reported with its line and column.
 */
export function parseJsonSafely(text: string): JsonParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: describeSyntaxError(text, error) };
  }
  const walked = removeForbiddenKeys(value);
  if (walked.depth > MAX_JSON_DEPTH) {
    return {
      ok: false,
      problem: {
        where: '',
        message: `The data is nested more than ${MAX_JSON_DEPTH.toLocaleString('en')} levels deep, deeper than anything Viva writes or reads. Nothing was read.`,
      },
    };
  }
  return { ok: true, value, dropped: walked.droppedCount === 0 ? [] : locateForbiddenKeys(text) };
}

/** Remove every own `__proto__` key in place, with an explicit stack; stops counting past the depth limit. */
function removeForbiddenKeys(root: unknown): { droppedCount: number; depth: number } {
  let droppedCount = 0;
  let depth = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, level] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    depth = Math.max(depth, level + 1);
    if (depth > MAX_JSON_DEPTH) return { droppedCount, depth };
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push([item, level + 1]);
      continue;
    }
    if (Object.hasOwn(value, FORBIDDEN_KEY)) {
      delete (value as Record<string, unknown>)[FORBIDDEN_KEY];
      droppedCount += 1;
    }
    for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) stack.push([inner, level + 1]);
  }
  return { droppedCount, depth };
}

function describeSyntaxError(text: string, error: unknown): BackupProblem {
  const message = errorMessage(error);
  const position = /position (\d+)/.exec(message)?.[1];
  const isCut = isEndOfInput(error, text);
  const offset = position !== undefined ? Number(position) : isCut ? text.length : findErrorOffset(text);
  return {
    where: lineAndColumn(text, offset),
    message: isCut
      ? 'The file ends in the middle of the data: it was cut short (an interrupted copy or download?).'
      : 'The file is not valid JSON here, so it cannot be read. Was it edited by hand?',
  };
}

/** Whether parsing failed only because the text stops too soon (V8 may name the last position). */
function isEndOfInput(error: unknown, text: string): boolean {
  if (!(error instanceof Error)) return false;
  if (/end of (JSON )?input|unterminated/i.test(error.message)) return true;
  const position = /position (\d+)/.exec(error.message)?.[1];
  return position !== undefined && Number(position) >= text.trimEnd().length;
}

/**
 * Where a syntax error is, when the parser's message does not say (V8 omits it for an
 * unexpected token): the shortest prefix that fails for a reason other than ending too soon.
 */
function findErrorOffset(text: string): number {
  const failsEarly = (end: number): boolean => {
    const prefix = text.slice(0, end);
    try {
      JSON.parse(prefix);
      return false;
    } catch (error) {
      return !isEndOfInput(error, prefix);
    }
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (failsEarly(mid + 1)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Where the forbidden keys sit, found in the text (the parser does not tell). */
function locateForbiddenKeys(text: string): BackupProblem[] {
  const found: BackupProblem[] = [];
  const pattern = /"(__proto__)"\s*:/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push({
      where: lineAndColumn(text, match.index),
      message: `ignored a key named "${match[1]}": Viva never writes one, and it could tamper with the app`,
    });
  }
  return found;
}

/** "line 3, column 14" for an offset into the text. */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
