/*
 * The one module that owns Dexie: the database, its tables and its schema versions. Everything
 * else reaches IndexedDB through the repositories built on it. Versions are append-only: a new
 * version adds a line here and a pure record migration in shared/migrations.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Critique } from '../../shared/model/critique';
import type { ChallengeQuestion, PracticeState } from '../../shared/model/challenge';
import type { DeliveryAnalysis } from '../../shared/model/deliveryAnalysis';
import type { RehearsalFormat } from '../../shared/model/rehearsalFormat';
import type { RehearsalSession } from '../../shared/model/rehearsalSession';
import type { Story } from '../../shared/model/story';
import type { StorySummary } from '../../shared/story/summarizeStory';
import {
  formatTimesToMs,
  practiceTimesToMs,
  sessionTimesToMs,
  storyTimesToMs,
} from '../../shared/migrations/timesInMilliseconds';

export const DATABASE_NAME = 'viva';

/** A key-value record: preferences and app flags such as "the sample story was seeded". */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A recorded rehearsal, kept apart from the session so listing sessions never loads audio. */
export interface RecordingRecord {
  sessionId: string;
  blob: Blob;
  mimeType: string;
}

/**
 * What each schema version changed, oldest first: the tables it added (or re-indexed) and why.
 * Dexie is given every version's full list of tables, built from these below.
 */
const VERSION_CHANGES = [
  {
    version: 1,
    tables: {
      stories: 'id, updatedAt',
      summaries: 'id, updatedAt',
      settings: 'key',
      formats: 'id',
      sessions: 'id, storyId, formatId, startedAt',
      recordings: 'sessionId',
      questions: 'id',
      practice: 'questionId',
    },
  },
  // Version 2 adds the delivery analysis of recorded runs, keyed by session id. A new table holds
  // no old records, so no record needs migrating (shared/migrations/backupMigrations.ts gives
  // backup files their empty list).
  { version: 2, tables: { analyses: 'sessionId' } },
  // Version 3 adds paper critiques, a kind of document beside stories (backup files of version 2
  // get an empty list).
  { version: 3, tables: { critiques: 'id, updatedAt' } },
  // Version 4 stores every duration in milliseconds, in fields named for it (budgetMs, talkMs,
  // totalMs, answerMs). The tables are the same; their records are rewritten once (SCHEMA_UPGRADES).
  { version: 4, tables: {} },
] as const;

/** Every table and its indexes as of `version`: what that version and the ones before it declared. */
function tablesAsOf(version: number): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const change of VERSION_CHANGES) if (change.version <= version) Object.assign(stores, change.tables);
  return stores;
}

/** The tables and indexes of each schema version, oldest first: each version's full list. */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; stores: Readonly<Record<string, string>> }> = VERSION_CHANGES.map(
  ({ version }) => ({ version, stores: tablesAsOf(version) }),
);

/** The record rewrites of a version, by table: each turns a record of the version before into one of this version. */
export const SCHEMA_UPGRADES: Readonly<Record<number, Readonly<Record<string, (record: unknown) => unknown>>>> = {
  4: { stories: storyTimesToMs, formats: formatTimesToMs, sessions: sessionTimesToMs, practice: practiceTimesToMs },
};

export class VivaDatabase extends Dexie {
  stories!: EntityTable<Story, 'id'>;
  summaries!: EntityTable<StorySummary, 'id'>;
  settings!: Table<SettingRecord, string>;
  formats!: EntityTable<RehearsalFormat, 'id'>;
  sessions!: EntityTable<RehearsalSession, 'id'>;
  recordings!: EntityTable<RecordingRecord, 'sessionId'>;
  questions!: EntityTable<ChallengeQuestion, 'id'>;
  practice!: EntityTable<PracticeState, 'questionId'>;
  analyses!: EntityTable<DeliveryAnalysis, 'sessionId'>;
  critiques!: EntityTable<Critique, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    // Strict durability: a write reported done is on disk, at about 1.5 ms per small write.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const { version, stores } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      const rewrites = SCHEMA_UPGRADES[version];
      if (rewrites) declared.upgrade((tx) => rewriteRecords(tx, rewrites));
    }
  }
}

/** Rewrite every record of the listed tables inside the upgrade's transaction. */
async function rewriteRecords(tx: Transaction, rewrites: Readonly<Record<string, (record: unknown) => unknown>>): Promise<void> {
  for (const [table, rewrite] of Object.entries(rewrites)) {
    await tx
      .table(table)
      .toCollection()
      .modify((record: Record<string, unknown>, ref: { value: unknown }) => {
        ref.value = rewrite(record);
      });
  }
}

let instance: VivaDatabase | null = null;

/** The app's database, opened on first use. */
export function getDatabase(): VivaDatabase {
  instance ??= new VivaDatabase();
  return instance;
}
