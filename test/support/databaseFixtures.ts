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

/** Recreate a fixture as a real (fake-indexeddb) database under the given name. */
export async function restoreFixture(name: string, fixture: DatabaseFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkPut(rows);
  });
  old.close();
}
