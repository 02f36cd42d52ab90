/*
 * Stored databases of every released schema version, as JSON dumps: the Dexie version, its
 * table definitions, and every record. `restoreFixture` recreates such a database exactly as
 * that version of Viva would have left it, so the current code can be opened over it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';

export interface DatabaseFixture {
  /** The Dexie version number the database was written with. */
  version: number;
  stores: Record<string, string>;
  tables: Record<string, unknown[]>;
}

export const FIXTURE_DIR = join('test', 'fixtures', 'databases');

/** Every stored database fixture, oldest first, by file name (v1.json, v2.json…). */
export function loadFixtures(): Array<{ name: string; fixture: DatabaseFixture }> {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => /^v\d+\.json$/.test(file))
    .sort((a, b) => Number(a.slice(1, -5)) - Number(b.slice(1, -5)))
    .map((file) => ({ name: file, fixture: JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as DatabaseFixture }));
}

/** A Blob (a recording) as JSON can hold it. */
interface EncodedBlob {
  $blob: string;
  type: string;
}

function isEncodedBlob(value: unknown): value is EncodedBlob {
  return typeof value === 'object' && value !== null && '$blob' in value && typeof value.$blob === 'string';
}

/**
 * A Blob by what it does, not by its class: fake-indexeddb hands back Node's Blob, which is not
 * an instance of the test DOM's Blob, and a check by class would dump a recording as {type} only.
 */
function isBlobLike(value: unknown): value is Blob {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Blob).arrayBuffer === 'function' &&
    typeof (value as Blob).type === 'string'
  );
}

/** Every record of a database, with Blobs turned into base64 so the dump is plain JSON. */
export async function dumpTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const encode = async (record: unknown): Promise<unknown> => {
    if (typeof record !== 'object' || record === null) return record;
    const entries = await Promise.all(
      Object.entries(record).map(async ([key, value]) => {
        if (!isBlobLike(value)) return [key, value] as const;
        const bytes = new Uint8Array(await value.arrayBuffer());
        return [key, { $blob: Buffer.from(bytes).toString('base64'), type: value.type } satisfies EncodedBlob] as const;
      }),
    );
    return Object.fromEntries(entries);
  };
  const tables = await Promise.all(
    db.tables.map(async (t) => [t.name, await Promise.all((await t.toArray()).map(encode))] as const),
  );
  return Object.fromEntries(tables);
}

/** A dumped record with its Blobs back. */
export function decodeRecord(record: unknown): unknown {
  if (typeof record !== 'object' || record === null) return record;
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) =>
      isEncodedBlob(value) ? [key, new Blob([Buffer.from(value.$blob, 'base64')], { type: value.type })] : [key, value],
    ),
  );
}

/** Recreate a fixture as a real (fake-indexeddb) database under the given name. */
export async function restoreFixture(name: string, fixture: DatabaseFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkPut(rows.map(decodeRecord));
  });
  old.close();
}
