/*
 * The one module that owns Dexie: the database, its tables and its schema versions. Everything
 * else reaches IndexedDB through the repositories built on it. Versions are append-only: a new
 * version adds a line here and a pure record migration in shared/migrations.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Story } from '../../shared/model/story';
import type { StorySummary } from '../../shared/story/summarizeStory';

export const DATABASE_NAME = 'viva';

/** A key-value record: preferences and app flags such as "the sample story was seeded". */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** The tables and indexes of each schema version, oldest first. */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      stories: 'id, updatedAt',
      summaries: 'id, updatedAt',
      settings: 'key',
    },
  },
] as const;

export class VivaDatabase extends Dexie {
  stories!: EntityTable<Story, 'id'>;
  summaries!: EntityTable<StorySummary, 'id'>;
  settings!: Table<SettingRecord, string>;

  constructor(name: string = DATABASE_NAME) {
    // Strict durability: a write reported done is on disk, at about 1.5 ms per small write.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
  }
}

let instance: VivaDatabase | null = null;

/** The app's database, opened on first use. */
export function getDatabase(): VivaDatabase {
  instance ??= new VivaDatabase();
  return instance;
}
