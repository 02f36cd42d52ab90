/*
 * Applying a patch to a tree that may have changed since the patch was made. Every operation
 * finds its records by id and touches nothing else: a record already there is not inserted
 * twice, a record gone is not removed or edited (so an edit never resurrects it), an order
 * moves only the records it names, and a set under a path that no longer exists is dropped.
 */
import type { Path } from '../story/updateAt';
import type { Patch, PatchOp } from './patch';

type Rec = { id: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function hasId(item: unknown, id: string): boolean {
  return isObject(item) && (item as { id?: unknown }).id === id;
}

/** A copy of `root` with `change` applied to the value at `path`; unchanged when the path leads nowhere. */
function updateIn(root: unknown, path: Path, change: (value: unknown) => unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return change(root);
  if (typeof step === 'string') {
    if (!isObject(root) || Array.isArray(root)) return root;
    const hasKey = Object.hasOwn(root, step);
    if (rest.length > 0 && !hasKey) return root;
    const child = updateIn(hasKey ? root[step] : undefined, rest, change);
    if (hasKey && Object.is(child, root[step])) return root;
    const copy: Record<string, unknown> = { ...root };
    if (child === undefined) delete copy[step];
    else copy[step] = child;
    return copy;
  }
  if (!Array.isArray(root)) return root;
  const index = root.findIndex((item) => hasId(item, step.id));
  if (index === -1 || rest.length === 0) return root;
  const child = updateIn(root[index], rest, change);
  if (Object.is(child, root[index])) return root;
  const copy = [...root];
  copy[index] = child;
  return copy;
}

/** The list with the named records put in `order`, in the places those records hold now. */
function reorder(list: readonly Rec[], order: readonly string[]): Rec[] {
  const named = new Set(order);
  const byId = new Map(list.filter((item) => named.has(item.id)).map((item) => [item.id, item]));
  const queue = order.filter((id) => byId.has(id));
  return list.map((item) => (named.has(item.id) ? (byId.get(queue.shift() as string) as Rec) : item));
}

function applyToList(list: unknown, op: Exclude<PatchOp, { kind: 'set' }>): unknown {
  if (!Array.isArray(list)) return list;
  const items = list as Rec[];
  switch (op.kind) {
    case 'insert': {
      if (items.some((item) => hasId(item, op.item.id))) return list;
      const copy = [...items];
      copy.splice(Math.max(0, Math.min(copy.length, op.index)), 0, structuredClone(op.item));
      return copy;
    }
    case 'remove':
      return items.some((item) => hasId(item, op.item.id)) ? items.filter((item) => !hasId(item, op.item.id)) : list;
    case 'order':
      return reorder(items, op.to);
  }
}

function applyOp<T>(root: T, op: PatchOp): T {
  if (op.kind === 'set') {
    const value = op.to === undefined ? undefined : structuredClone(op.to);
    return updateIn(root, op.path, () => value) as T;
  }
  return updateIn(root, op.path, (list) => applyToList(list, op)) as T;
}

/** `root` with the patch applied, sharing every part it did not change. */
export function applyPatch<T>(root: T, patch: Patch): T {
  return patch.reduce<T>((tree, op) => applyOp(tree, op), root);
}
