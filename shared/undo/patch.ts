/*
 * A patch is a list of id-aware operations on a story (or any JSON tree whose lists hold records
 * with ids): set a value at a path, insert a record at an index, remove a record, put a list's
 * records in an order. Each operation carries what it replaced, so it can be inverted without
 * the tree it came from, and paths pick records by id, so an undone delete or reorder lands on
 * the right records after other edits, and never reverts text typed since in other fields.
 */
import type { Path } from '../story/updateAt';

export type PatchOp =
  /** The value at `path` was `from` and becomes `to`; undefined means the key is absent. */
  | { kind: 'set'; path: Path; from: unknown; to: unknown }
  /** The record `item` is inserted into the list at `path`, at `index`. */
  | { kind: 'insert'; path: Path; index: number; item: { id: string } }
  /** The record `item` (at `index` before) is removed from the list at `path`. */
  | { kind: 'remove'; path: Path; index: number; item: { id: string } }
  /** The records of the list at `path` go from the order `from` to the order `to` (ids). */
  | { kind: 'order'; path: Path; from: readonly string[]; to: readonly string[] };

export type Patch = readonly PatchOp[];

function invertOp(op: PatchOp): PatchOp {
  switch (op.kind) {
    case 'set':
      return { kind: 'set', path: op.path, from: op.to, to: op.from };
    case 'insert':
      return { kind: 'remove', path: op.path, index: op.index, item: op.item };
    case 'remove':
      return { kind: 'insert', path: op.path, index: op.index, item: op.item };
    case 'order':
      return { kind: 'order', path: op.path, from: op.to, to: op.from };
  }
}

/** The patch that undoes `patch`: each operation inverted, in reverse order. */
export function invertPatch(patch: Patch): Patch {
  return patch.map(invertOp).reverse();
}
