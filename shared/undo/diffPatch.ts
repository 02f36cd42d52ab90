/*
 * The patch that turns one tree into another. Lists whose items are all records with distinct
 * ids are compared record by record (removals, an order, insertions, then each kept record's
 * own changes); any other value that differs is set whole.
 */
import type { Path, PathStep } from '../story/updateAt';
import type { PatchOp } from './patch';

type Rec = { id: string } & Record<string, unknown>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRecordList(value: unknown): value is Rec[] {
  if (!Array.isArray(value)) return false;
  const ids = new Set<string>();
  for (const item of value) {
    if (!isPlainObject(item) || typeof item['id'] !== 'string' || ids.has(item['id'])) return false;
    ids.add(item['id']);
  }
  return true;
}

function isSameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function diffLists(a: Rec[], b: Rec[], path: Path, out: PatchOp[]): void {
  const inB = new Set(b.map((item) => item.id));
  const inA = new Set(a.map((item) => item.id));
  // Removals from the end first, so each index is the record's place when it is removed.
  for (let i = a.length - 1; i >= 0; i -= 1) {
    const item = a[i] as Rec;
    if (!inB.has(item.id)) out.push({ kind: 'remove', path, index: i, item });
  }
  const keptFrom = a.filter((item) => inB.has(item.id)).map((item) => item.id);
  const keptTo = b.filter((item) => inA.has(item.id)).map((item) => item.id);
  if (!isSameOrder(keptFrom, keptTo)) out.push({ kind: 'order', path, from: keptFrom, to: keptTo });
  b.forEach((item, index) => {
    if (!inA.has(item.id)) out.push({ kind: 'insert', path, index, item });
  });
  const before = new Map(a.map((item) => [item.id, item]));
  for (const item of b) {
    const old = before.get(item.id);
    if (old) diffInto(old, item, [...path, { id: item.id } satisfies PathStep], out);
  }
}

function diffInto(a: unknown, b: unknown, path: Path, out: PatchOp[]): void {
  if (Object.is(a, b)) return;
  if (isRecordList(a) && isRecordList(b)) return diffLists(a, b, path, out);
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const from = Object.hasOwn(a, key) ? a[key] : undefined;
      const to = Object.hasOwn(b, key) ? b[key] : undefined;
      if (from === undefined || to === undefined) {
        if (from !== to) out.push({ kind: 'set', path: [...path, key], from, to });
      } else diffInto(from, to, [...path, key], out);
    }
    return;
  }
  if (isEqualJson(a, b)) return;
  out.push({ kind: 'set', path, from: a, to: b });
}

function isEqualJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => isEqualJson(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && isEqualJson(a[k], b[k]));
  }
  return false;
}

/** The operations that turn `a` into `b`; empty when they are equal. */
export function diffPatch(a: unknown, b: unknown): PatchOp[] {
  const out: PatchOp[] = [];
  diffInto(a, b, [], out);
  return out;
}
