/*
 * Immutable updates by path. A path step is an object key, or `{ id }` to pick the record with
 * that id from a list, so an edit still lands on the right record after the list is reordered,
 * and an edit to a record deleted meanwhile is dropped instead of resurrecting it.
 */
export type PathStep = string | { id: string };
export type Path = readonly PathStep[];

function hasId(item: unknown, id: string): boolean {
  return typeof item === 'object' && item !== null && (item as { id?: unknown }).id === id;
}

/** A copy of `root` with the value at `path` replaced; unchanged when the path leads nowhere. */
export function updateAt<T>(root: T, path: Path, value: unknown): T {
  const [step, ...rest] = path;
  if (step === undefined) return value as T;
  if (typeof step === 'string') {
    if (typeof root !== 'object' || root === null || Array.isArray(root)) return root;
    const record = root as Record<string, unknown>;
    // Own keys only: a path through ratings names an axis id, and "constructor" must not find Object.
    const isOwn = Object.hasOwn(record, step);
    if (rest.length > 0 && !isOwn) return root;
    const child = updateAt(isOwn ? record[step] : undefined, rest, value);
    return isOwn && Object.is(child, record[step]) ? root : ({ ...record, [step]: child } as T);
  }
  if (!Array.isArray(root)) return root;
  const index = root.findIndex((item) => hasId(item, step.id));
  if (index === -1) return root;
  const child = updateAt(root[index], rest, value);
  if (Object.is(child, root[index])) return root;
  const copy = [...root];
  copy[index] = child;
  return copy as T;
}

/** A stable key for a path, to coalesce repeated edits of the same field. */
export function pathKey(path: Path): string {
  return path.map((step) => (typeof step === 'string' ? step : `#${step.id}`)).join('/');
}

/** The value at a path, or undefined when the path leads nowhere. */
export function getAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const step of path) {
    if (typeof step === 'string') {
      if (typeof current !== 'object' || current === null || !Object.hasOwn(current, step)) return undefined;
      current = (current as Record<string, unknown>)[step];
    } else {
      if (!Array.isArray(current)) return undefined;
      current = current.find((item) => hasId(item, step.id));
    }
  }
  return current;
}
