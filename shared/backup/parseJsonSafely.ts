import type { BackupProblem } from './backupProblem';

/** Keys that could reach an object's prototype if the parsed value were later merged or spread. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonParseResult = { ok: true; value: unknown; dropped: BackupProblem[] } | { ok: false; problem: BackupProblem };

/**
 * Parse JSON text without prototype pollution: keys named `__proto__`, `constructor` or
 * `prototype` are dropped while parsing (Viva never writes them) and reported by line. A syntax
 * error is reported with its line and column.
 */
export function parseJsonSafely(text: string): JsonParseResult {
  let droppedCount = 0;
  let value: unknown;
  try {
    value = JSON.parse(text, function reviver(key, inner: unknown) {
      if (FORBIDDEN_KEYS.has(key) && !Array.isArray(this)) {
        droppedCount += 1;
        return undefined;
      }
      return inner;
    });
  } catch (error) {
    return { ok: false, problem: describeSyntaxError(text, error) };
  }
  return { ok: true, value, dropped: droppedCount === 0 ? [] : locateForbiddenKeys(text) };
}

function describeSyntaxError(text: string, error: unknown): BackupProblem {
  const message = error instanceof Error ? error.message : String(error);
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
  const pattern = /"(__proto__|constructor|prototype)"\s*:/g;
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
