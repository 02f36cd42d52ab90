import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackupFile, serializeBackup } from '../../../shared/backup/createBackupFile';
import { parseBackupBytes, parseBackupText } from '../../../shared/backup/parseBackup';
import { storyArb } from '../arbitraries/storyArbitrary';
import { validBackup } from './badBackupCorpus';

const header = { scope: 'library' as const, appVersion: '0.1.0', exportedAt: Date.UTC(2026, 5, 1) };

describe('backup round trip', () => {
  it('reads back every story exactly as it was exported', () => {
    fc.assert(
      fc.property(fc.array(storyArb, { maxLength: 3 }), (stories) => {
        const unique = stories.map((story, i) => ({ ...story, id: `story-${i}` }));
        const file = createBackupFile(
          {
            stories: unique,
            sessions: [],
            formats: [],
            questions: [],
            practice: [],
            preferences: null,
            recordings: [],
            analyses: [],
            critiques: [],
          },
          header,
        );
        const result = parseBackupBytes(new TextEncoder().encode(serializeBackup(file)));
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.file).toEqual(file);
        expect(result.notes).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

/** Every place in a JSON value, as a path of keys. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [path, ...entries.flatMap(([key, inner]) => pathsOf(inner, [...path, key]))];
}

function setAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, replacement);
  return copy;
}

describe('hostile backups', () => {
  const base = JSON.parse(serializeBackup(validBackup())) as unknown;
  const paths = pathsOf(base);
  const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'x');
  const hostileValue = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    hostileKey.map((key) => ({ [key]: { polluted: true } })),
    fc.constant({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'paragraph' }] }] }),
  );

  it('never throws, never pollutes a prototype, and either refuses with located problems or returns a valid file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), hostileValue, (path, replacement) => {
        const text = JSON.stringify(setAt(base, path, replacement)).replace('"x":', '"__proto__":');
        const result = parseBackupText(text);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(5);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('refuses arbitrary bytes and text without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(parseBackupBytes(bytes).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(parseBackupText(text).ok).toBe(false);
      }),
    );
  });
});
