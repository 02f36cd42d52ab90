/*
 * Structure-aware mutations of a valid library backup, for the hostile-import fuzz test: wrong
 * types, reserved and prototype-named keys and ids, extreme lengths, deep nesting, odd Unicode,
 * duplicate ids and truncation, one to three at a time. Each case is the bytes of a file.
 */
import fc from 'fast-check';
import { createBackupFile, serializeBackup } from '../../../shared/backup/createBackupFile';
import { newBet } from '../../../shared/model/bets';
import { newFamily } from '../../../shared/model/families';
import { newEvidenceItem } from '../../../shared/model/fieldMap';
import { newFailureMode } from '../../../shared/model/limitations';
import { docFromText } from '../../../shared/model/richText';
import { newStory, type Story } from '../../../shared/model/story';
import { MAX_RICH_TEXT_DEPTH, MAX_TEXT_NODE } from '../../../shared/model/richText';
import type { RehearsalFormat } from '../../../shared/model/rehearsalFormat';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;

const FORMAT: RehearsalFormat = {
  id: 'format-1',
  name: 'Panel round',
  presetKey: null,
  source: 'segments',
  totalMs: 600_000,
  segments: [
    { id: 'design-framing', title: 'Framing', budgetMs: 300_000, tags: [] },
    { id: 'segment-2', title: 'Questions', budgetMs: 300_000, tags: [] },
  ],
  warnAtFraction: 0.8,
};

/** A small story with a record of every kind, so each section has something to show (and render quickly). */
function baseStory(): Story {
  const story = newStory('Sparse attention at scale', Date.UTC(2026, 0, 2));
  const [speed, quality] = story.families.axes;
  const family = {
    ...newFamily('Sparse kernels'),
    id: 'family-1',
    idea: 'Skip most of the attention matrix.',
    failsWhere: 'Short inputs, where dense attention is cheaper.',
    ratings: {
      [speed!.id]: { score: 4 as const, note: 'faster on long inputs' },
      [quality!.id]: { score: 3 as const, note: '' },
    },
    winsWhen: [{ id: 'wins-1', text: 'inputs pass 8k tokens' }],
  };
  return {
    ...story,
    id: 'story-1',
    fieldMap: {
      ...story.fieldMap,
      broadField: 'Machine learning systems',
      coreTask: docFromText('Make attention cheaper. It is “better” on long inputs.'),
      evidence: [{ ...newEvidenceItem(), id: 'evidence-1' }],
    },
    families: { ...story.families, items: [family] },
    bets: [{ ...newBet(), id: 'bet-1', statement: 'Sparse attention is better than dense by 2027.', confidence: 60 }],
    limitations: { ...story.limitations, failureModes: [{ ...newFailureMode(), id: 'failure-1' }] },
  };
}

/** The valid backup every case starts from: a small story with every kind of record, and a format. */
export function baseBackupJson(): Json {
  const story = baseStory();
  const file = createBackupFile(
    {
      stories: [story],
      sessions: [],
      formats: [FORMAT],
      questions: [],
      practice: [],
      preferences: null,
      recordings: [],
      analyses: [],
      critiques: [],
    },
    { scope: 'library', appVersion: '0.1.0', exportedAt: Date.UTC(2026, 0, 3) },
  );
  return JSON.parse(serializeBackup(file)) as Json;
}

const BASE = baseBackupJson();

/** Every place in the backup, as a path of keys. */
function pathsOf(value: Json, path: Key[] = []): Key[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries: [Key, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [path, ...entries.flatMap(([key, inner]) => pathsOf(inner, [...path, key]))];
}
const PATHS = pathsOf(BASE).filter((path) => path.length > 0);
const ID_PATHS = PATHS.filter((path) => path.at(-1) === 'id');
const OBJECT_PATHS = [[], ...PATHS].filter((path) => {
  const value = getAt(BASE, path);
  return typeof value === 'object' && value !== null && !Array.isArray(value);
});
const RICH_TEXT_PATHS = OBJECT_PATHS.filter((path) => (getAt(BASE, path) as { type?: unknown }).type === 'doc');

function getAt(root: Json, path: readonly Key[]): Json | undefined {
  let current: Json | undefined = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Array.isArray(current) ? current[key as number] : Object.hasOwn(current, key) ? current[key as string] : undefined;
  }
  return current;
}

/** Set an own property, even one named "__proto__" (plain assignment would change the prototype). */
function defineOwn(target: { [key: string]: Json } | Json[], key: Key, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function setAt(root: Json, path: readonly Key[], value: Json): void {
  const parent = getAt(root, path.slice(0, -1));
  if (typeof parent !== 'object' || parent === null) return;
  defineOwn(parent, path.at(-1)!, value);
}

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf'];

const oddStrings = fc.constantFrom(
  ...PROTOTYPE_NAMES,
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\udfff x',
  'a\u202eb',
  '\u200b\u200d\ufeff',
  '\u2028\u2029',
  'e\u0301',
  '👩‍🔬🧪',
  '<script>alert(1)</script>',
  '"}],"x":{',
  '--> <!-- ``` ~~~ \n---\nnotes: x',
  'javascript:alert(1)',
);
const longStrings = fc
  .constantFrom('.', '“', ' ', 'é', '😀', 'word ')
  .chain((unit) =>
    fc
      .constantFrom(500, 501, MAX_TEXT_NODE, MAX_TEXT_NODE + 1, 30_000)
      .map((length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
  );
const wrongValues: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e308, -0, [], {}, [null], { type: 'doc' }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  oddStrings,
);

/*
 * Deep values are written as text (JSON.stringify recurses and would overflow): the mutation
 * stores a marker string, replaced by the nested text once the rest is serialized.
 */

function nestedArraysText(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** A document whose deepest node is `depth` levels down: lists in list items, a word at the bottom. */
function nestedDocText(depth: number): string {
  const lists = Math.max(0, Math.floor((depth - 2) / 2));
  const open =
    '{"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"item"}]},';
  const bottom = '{"type":"paragraph","content":[{"type":"text","text":"deep"}]}';
  return `{"type":"doc","content":[${open.repeat(lists)}${bottom}${']}]}'.repeat(lists)}]}`;
}

/** One mutation, applied in place to a copy of the backup; `truncate` cuts the final text. */
type Mutation =
  { kind: 'edit'; apply: (root: Json) => void; label: string } | { kind: 'truncate'; fraction: number; label: string };

const pathArb = fc.constantFrom(...PATHS);
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(pathArb, wrongValues).map(([path, value]) => ({
    kind: 'edit' as const,
    label: `wrong value at ${path.join('.')}`,
    apply: (root: Json) => setAt(root, path, value),
  })),
  fc.tuple(pathArb, fc.oneof(oddStrings, longStrings)).map(([path, value]) => ({
    kind: 'edit' as const,
    label: `string at ${path.join('.')}`,
    apply: (root: Json) => setAt(root, path, value),
  })),
  fc.tuple(fc.constantFrom(...OBJECT_PATHS), fc.constantFrom(...PROTOTYPE_NAMES), wrongValues).map(([path, key, value]) => ({
    kind: 'edit' as const,
    label: `key ${key} at ${path.join('.')}`,
    apply: (root: Json) => {
      const target = path.length === 0 ? root : getAt(root, path);
      if (typeof target === 'object' && target !== null) defineOwn(target, key, value);
    },
  })),
  fc.tuple(fc.constantFrom(...PROTOTYPE_NAMES), fc.nat()).map(([name, which]) => ({
    kind: 'edit' as const,
    label: `axis id ${name}`,
    // A consistent rename: the axis and every rating on it, as a file Viva could have written.
    apply: (root: Json) => renameAxis(root, which, name),
  })),
  fc.tuple(fc.constantFrom(...ID_PATHS), fc.constantFrom(...ID_PATHS)).map(([from, to]) => ({
    kind: 'edit' as const,
    label: `duplicate id ${to.join('.')}`,
    apply: (root: Json) => setAt(root, to, getAt(root, from) ?? null),
  })),
  fc
    .tuple(
      fc.constantFrom(...RICH_TEXT_PATHS), // Up to 300 levels imports here: fake-indexeddb's clone of a record overflows the test's stack near
      // 1,000 (Chromium's IndexedDB holds 1,000: test/e2e/hostileImport.spec.ts). Deeper ones are refused.
      fc.constantFrom(10, 300, MAX_RICH_TEXT_DEPTH + 2, 5_000),
    )
    .map(([path, depth]) => ({
      kind: 'edit' as const,
      label: `rich text ${depth} deep at ${path.join('.')}`,
      apply: (root: Json) => setAt(root, path, `@@deep:doc:${depth}@@`),
    })),
  fc.tuple(pathArb, fc.constantFrom(50, 3_000, 100_000)).map(([path, depth]) => ({
    kind: 'edit' as const,
    label: `arrays ${depth} deep at ${path.join('.')}`,
    apply: (root: Json) => setAt(root, path, `@@deep:arrays:${depth}@@`),
  })),
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((fraction) => ({ kind: 'truncate' as const, fraction, label: `cut at ${fraction.toFixed(3)}` })),
);

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function renameAxis(root: Json, which: number, name: string): void {
  // An earlier mutation may have broken the shape: then there is nothing to rename.
  const axes = getAt(root, ['stories', 0, 'families', 'axes']);
  const items = getAt(root, ['stories', 0, 'families', 'items']);
  if (!Array.isArray(axes) || axes.length === 0 || !Array.isArray(items)) return;
  const axis = axes[which % axes.length];
  if (!isObject(axis)) return;
  const old = String(axis['id']);
  axis['id'] = name;
  for (const family of items) {
    const ratings = isObject(family) ? family['ratings'] : undefined;
    if (!isObject(ratings) || !Object.hasOwn(ratings, old)) continue;
    const rating = ratings[old]!;
    delete ratings[old];
    defineOwn(ratings, name, rating);
  }
}

export interface BackupCase {
  labels: string[];
  bytes: Uint8Array;
  [fc.toStringMethod]: () => string;
}

/** A mutated backup: one to three mutations of the base, as the bytes of a file. */
export const mutatedBackupArb: fc.Arbitrary<BackupCase> = fc
  .array(mutationArb, { minLength: 1, maxLength: 3 })
  .map((mutations) => {
    const root = structuredCloneJson(BASE);
    for (const mutation of mutations) if (mutation.kind === 'edit') mutation.apply(root);
    let text = JSON.stringify(root).replace(/"@@deep:(doc|arrays):(\d+)@@"/g, (_marker, kind: string, depth: string) =>
      kind === 'doc' ? nestedDocText(Number(depth)) : nestedArraysText(Number(depth)),
    );
    const cut = mutations.find((m) => m.kind === 'truncate');
    if (cut && cut.kind === 'truncate') text = text.slice(0, Math.floor(text.length * cut.fraction));
    const labels = mutations.map((m) => m.label);
    // A counterexample is reported by its mutations, not as megabytes of bytes.
    return { labels, bytes: new TextEncoder().encode(text), [fc.toStringMethod]: () => labels.join('; ') };
  });

/** A deep copy that keeps own "__proto__" keys (JSON.parse makes them own properties). */
function structuredCloneJson(value: Json): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}
