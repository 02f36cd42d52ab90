/*
 * The upgrade harness: every stored database of a released schema version is opened with the
 * current code, and every record must come through valid. To add the fixture of a new version,
 * run this file once with VIVA_WRITE_FIXTURE=1 on the version being released.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS, VivaDatabase } from '../../../renderer/data/database';
import { storySchema } from '../../../shared/model/story';
import { critiqueSchema } from '../../../shared/model/critique';
import { practiceStateSchema } from '../../../shared/model/challenge';
import { createCritiqueRepository } from '../../../renderer/data/critiqueRepository';
import { dumpTables, FIXTURE_DIR, loadFixtures, restoreFixture, type DatabaseFixture } from '../../support/databaseFixtures';
import { fixtureLibrary } from '../../support/fixtureLibrary';

const current = SCHEMA_VERSIONS.at(-1)!;

describe('schema upgrades', async () => {
  if (process.env['VIVA_WRITE_FIXTURE'] === '1') {
    const file = join(FIXTURE_DIR, `v${current.version}.json`);
    if (!existsSync(file)) {
      const db = new VivaDatabase(`fixture-${crypto.randomUUID()}`);
      await db.open();
      await fixtureLibrary(db);
      const tables = await dumpTables(db);
      const fixture: DatabaseFixture = { version: current.version, stores: { ...current.stores }, tables };
      writeFileSync(file, `${JSON.stringify(fixture, null, 1)}\n`);
    }
  }

  const fixtures = loadFixtures();

  it('has a stored database for every released version', () => {
    expect(fixtures.map((f) => f.name)).toEqual(SCHEMA_VERSIONS.map((v) => `v${v.version}.json`));
    // Every stored recording kept its bytes (a dump that lost them would pass the checks below).
    for (const { name, fixture } of fixtures) {
      for (const row of fixture.tables['recordings'] ?? [])
        expect((row as { blob: { $blob?: string } }).blob.$blob, name).toBeTruthy();
    }
    // Each version declares the tables that version of Viva really had.
    expect(fixtures.map((f) => f.fixture.stores)).toEqual(SCHEMA_VERSIONS.map((v) => v.stores));
  });

  for (const { name, fixture } of fixtures) {
    it(`opens ${name} with the current code and keeps every record`, async () => {
      const dbName = `upgrade-${name}-${crypto.randomUUID()}`;
      await restoreFixture(dbName, fixture);
      const db = new VivaDatabase(dbName);
      await db.open();
      expect(db.verno).toBe(current.version);
      const stories = await db.stories.toArray();
      expect(stories).toHaveLength(fixture.tables['stories']?.length ?? 0);
      for (const story of stories) expect(storySchema.safeParse(story).error).toBeUndefined();
      expect(await db.summaries.count()).toBe(stories.length);
      for (const [table, rows] of Object.entries(fixture.tables)) expect(await db.table(table).count(), table).toBe(rows.length);
      db.close();
    });
  }

  it('turns the stored seconds and minutes of a version-3 database into milliseconds (version 4)', async () => {
    const v3 = fixtures.find((f) => f.name === 'v3.json')!.fixture;
    type Old = Record<string, unknown> & { outline?: { talkMinutes: number; beats: Array<{ budgetSeconds: number }> } };
    const oldStories = v3.tables['stories'] as Old[];
    const oldFormats = v3.tables['formats'] as Array<{
      id: string;
      totalSeconds: number;
      segments: Array<{ budgetSeconds: number }>;
    }>;
    const oldSessions = v3.tables['sessions'] as Array<{ id: string; segments: Array<{ budgetSeconds: number }> }>;
    const oldPractice = v3.tables['practice'] as Array<{ questionId: string; log: Array<{ seconds: number | null }> }>;
    expect(oldStories.some((s) => (s.outline?.beats.length ?? 0) > 0)).toBe(true);
    expect(oldPractice.some((p) => p.log.some((entry) => entry.seconds !== null))).toBe(true);

    const dbName = `upgrade-times-${crypto.randomUUID()}`;
    await restoreFixture(dbName, v3);
    const db = new VivaDatabase(dbName);
    await db.open();
    for (const old of oldStories) {
      const story = await db.stories.get(old['id'] as string);
      expect(story?.outline.talkMs).toBe(old.outline!.talkMinutes * 60_000);
      expect(story?.outline.beats.map((b) => b.budgetMs)).toEqual(old.outline!.beats.map((b) => b.budgetSeconds * 1000));
    }
    for (const old of oldFormats) {
      const format = await db.formats.get(old.id);
      expect(format?.totalMs).toBe(old.totalSeconds * 1000);
      expect(format?.segments.map((s) => s.budgetMs)).toEqual(old.segments.map((s) => s.budgetSeconds * 1000));
    }
    for (const old of oldSessions) {
      const session = await db.sessions.get(old.id);
      expect(session?.segments.map((s) => s.budgetMs)).toEqual(old.segments.map((s) => s.budgetSeconds * 1000));
    }
    for (const old of oldPractice) {
      const practice = await db.practice.get(old.questionId);
      expect(practice?.log.map((e) => e.answerMs)).toEqual(old.log.map((e) => (e.seconds === null ? null : e.seconds * 1000)));
      expect(practiceStateSchema.safeParse(practice).success).toBe(true);
    }
    db.close();
  });

  it('gives a version-1 database an empty critiques table that takes a critique (version 3)', async () => {
    const v1 = fixtures.find((f) => f.name === 'v1.json')!.fixture;
    expect(Object.keys(v1.stores)).not.toContain('critiques');
    const dbName = `upgrade-critiques-${crypto.randomUUID()}`;
    await restoreFixture(dbName, v1);
    const db = new VivaDatabase(dbName);
    await db.open();
    expect(await db.critiques.count()).toBe(0);
    const critiques = createCritiqueRepository(db, () => 1_000);
    const created = await critiques.create('A paper');
    expect((await critiques.listLive()).map((c) => c.paper.title)).toEqual(['A paper']);
    expect(critiqueSchema.safeParse(await critiques.get(created.id)).success).toBe(true);
    expect(await db.stories.count()).toBe(v1.tables['stories']?.length ?? 0);
    db.close();
  });
});
