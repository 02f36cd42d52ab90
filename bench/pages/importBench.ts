/*
 * Importing a 5 MB backup through the app's own backup repository (read, check everything,
 * write in one transaction) into a fresh database, against the least an import must do: parse
 * the JSON and bulk-write its stories with Dexie. Also the time to refuse a file over the limit.
 */
import Dexie from 'dexie';
import { MAX_BACKUP_BYTES } from '../../shared/backup/backupLimits';
import { createBackupFile, serializeBackup } from '../../shared/backup/createBackupFile';
import type { Story } from '../../shared/model/story';
import { createBackupRepository } from '../../renderer/data/backupRepository';
import { VivaDatabase } from '../../renderer/data/database';
import { markReady } from './benchPage';
import { heavySession, heavyStory } from './heavyLibrary';

const TARGET_BYTES = 5 * 1024 * 1024;

function fiveMegabyteBackup(): Uint8Array {
  const now = Date.now();
  const stories: Story[] = [];
  let size = 0;
  // About 12 kB a story: add stories until the file passes 5 MB.
  while (size < TARGET_BYTES) {
    const batch = Array.from({ length: 50 }, (_, i) => heavyStory(1 + ((stories.length + i) % 49), now));
    stories.push(...batch);
    size = new TextEncoder().encode(serializeBackup(file(stories, now))).length;
  }
  return new TextEncoder().encode(serializeBackup(file(stories, now)));
}

function file(stories: Story[], now: number) {
  const ids = stories.map((story) => story.id);
  const sessions = Array.from({ length: 200 }, (_, i) => heavySession(i, ids, 'bench-format', now));
  return createBackupFile(
    {
      stories,
      sessions,
      formats: [],
      questions: [],
      practice: [],
      preferences: null,
      recordings: [],
      analyses: [],
      critiques: [],
    },
    { scope: 'library', appVersion: 'bench', exportedAt: now },
  );
}

let run = 0;

async function vivaImport(bytes: Uint8Array): Promise<number> {
  const db = new VivaDatabase(`viva-bench-import-${run++}`);
  const start = performance.now();
  const outcome = await createBackupRepository(db).importBytes(bytes);
  const ms = performance.now() - start;
  if (!outcome.ok) throw new Error(`Import refused: ${outcome.problems.map((p) => p.message).join('; ')}`);
  db.close();
  await Dexie.delete(db.name);
  return ms;
}

async function baselineImport(bytes: Uint8Array): Promise<number> {
  const db = new Dexie(`viva-bench-baseline-${run++}`, { chromeTransactionDurability: 'strict' });
  db.version(1).stores({ stories: 'id', sessions: 'id' });
  const start = performance.now();
  const parsed = JSON.parse(new TextDecoder().decode(bytes)) as { stories: unknown[]; sessions: unknown[] };
  await db.transaction('rw', db.table('stories'), db.table('sessions'), async () => {
    await db.table('stories').bulkAdd(parsed.stories);
    await db.table('sessions').bulkAdd(parsed.sessions);
  });
  const ms = performance.now() - start;
  db.close();
  await Dexie.delete(db.name);
  return ms;
}

async function oversizeRefusal(): Promise<number> {
  const bytes = new Uint8Array(MAX_BACKUP_BYTES + 1).fill(32);
  const db = new VivaDatabase(`viva-bench-oversize-${run++}`);
  const start = performance.now();
  const outcome = await createBackupRepository(db).importBytes(bytes);
  const ms = performance.now() - start;
  if (outcome.ok) throw new Error('A file over the size limit was imported.');
  db.close();
  await Dexie.delete(db.name);
  return ms;
}

declare global {
  interface Window {
    benchImport: (rounds: number) => Promise<{ viva: number[]; baseline: number[]; oversize: number[]; bytes: number }>;
  }
}

window.benchImport = async (rounds) => {
  const bytes = fiveMegabyteBackup();
  const viva: number[] = [];
  const baseline: number[] = [];
  const oversize: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      viva.push(await vivaImport(bytes));
      baseline.push(await baselineImport(bytes));
    } else {
      baseline.push(await baselineImport(bytes));
      viva.push(await vivaImport(bytes));
    }
    oversize.push(await oversizeRefusal());
  }
  return { viva, baseline, oversize, bytes: bytes.length };
};

markReady();
