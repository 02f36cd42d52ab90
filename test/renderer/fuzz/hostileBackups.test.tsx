/*
 * Fuzzing the import with mutated library backups (backupMutations.ts). Each case is either
 * refused, with a specific message and the database exactly as it was, or imported so that the
 * review, the families matrix, every export flavour and every screen of the story work.
 * `npm test` runs 500 cases; `npm run fuzz` runs 10,000 (VIVA_FUZZ_RUNS, VIVA_FUZZ_SEED).
 *
 * Rendering the eight screens of a story takes about 2 s in happy-dom, so `npm test` renders
 * them for the first VIVA_FUZZ_SCREENS imported cases (10) and checks the rest through data,
 * review, matrix and exports only; `npm run fuzz` renders the screens of every imported case.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/App';
import type { VivaDatabase } from '../../../renderer/data/database';
import { StoreProvider } from '../../../renderer/store/StoreProvider';
import { EXPORT_FORMATS } from '../../../shared/export/formats/exportFormats';
import { SECTION_IDS, SECTION_LABELS } from '../../../shared/model/sections';
import type { Story } from '../../../shared/model/story';
import { planRun } from '../../../shared/rehearsal/runPlan';
import { reviewStory } from '../../../shared/review/reviewStory';
import { familyMatrix } from '../../../shared/story/familyMatrix';
import { createTestStore } from '../store/testStore';
import { mutatedBackupArb, type BackupCase } from './backupMutations';

const RUNS = Number(process.env['VIVA_FUZZ_RUNS'] ?? 500);
const SCREENS = Number(process.env['VIVA_FUZZ_SCREENS'] ?? 10);
const SEED = process.env['VIVA_FUZZ_SEED'] === undefined ? undefined : Number(process.env['VIVA_FUZZ_SEED']);
/** Zod's own fallback words: a refusal must say what is wrong in Viva's words instead. */
const GENERIC = /^(Invalid input|Invalid|Unknown error)/;

async function contents(db: VivaDatabase): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(entries);
}

/**
 * Every text export of a story, with notes and without: markdown, the notes script, Beamer and
 * each markdown slide tool. (PowerPoint, a zip, has its own hostile-text property tests.)
 */
async function exportAll(story: Story): Promise<string[]> {
  const texts = EXPORT_FORMATS.filter((format) => format.isText).flatMap((format) =>
    [true, false].map((includeNotes) => format.build(story, { includeNotes })),
  );
  return (await Promise.all(texts)).map(String);
}

/** Go to `hash` in the rendered app and wait until `isThere` holds; a render that throws fails the case. */
async function visit(hash: string, isThere: () => boolean): Promise<void> {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  await waitFor(() => expect(isThere()).toBe(true), { interval: 5 });
}

/** Every screen of a story: each section (the matrix among them), then its readiness review. */
async function renderEveryScreen(setup: Awaited<ReturnType<typeof createTestStore>>, story: Story): Promise<void> {
  window.location.hash = `#/story/${story.id}/fieldMap`;
  render(
    <StoreProvider store={setup.store}>
      <App />
    </StoreProvider>,
  );
  await screen.findByLabelText('Story title');
  for (const section of SECTION_IDS) {
    await visit(`#/story/${story.id}/${section}`, () => document.title.startsWith(`${SECTION_LABELS[section]} · `));
  }
  await visit(`#/readiness/${story.id}`, () => screen.queryByRole('heading', { level: 1, name: 'Readiness review' }) !== null);
  cleanup();
}

async function checkCase({ labels, bytes }: BackupCase, shouldRender: boolean): Promise<'refused' | 'imported'> {
  const setup = await createTestStore();
  try {
    const before = await contents(setup.db);
    const outcome = await setup.services.backupFiles.importBytes(bytes);
    expect(({} as Record<string, unknown>)['polluted'], labels.join('; ')).toBeUndefined();
    if (!outcome.ok) {
      expect(outcome.problems.length, labels.join('; ')).toBeGreaterThan(0);
      for (const problem of outcome.problems) {
        expect(problem.message.length, labels.join('; ')).toBeGreaterThan(8);
        expect(problem.message, labels.join('; ')).not.toMatch(GENERIC);
      }
      expect(await contents(setup.db), labels.join('; ')).toEqual(before);
      return 'refused';
    }
    const stories = await setup.db.stories.toArray();
    const formats = await setup.db.formats.toArray();
    for (const story of stories) {
      reviewStory(story);
      const matrix = familyMatrix(story.families);
      for (const row of matrix.rows) for (const cell of row.cells) expect(typeof cell.note, labels.join('; ')).toBe('string');
      for (const text of await exportAll(story)) expect(text, labels.join('; ')).not.toContain('[native code]');
      for (const format of formats) planRun(format, story);
      if (!shouldRender) continue;
      await setup.store.getState().loadLibrary();
      await renderEveryScreen(setup, story);
    }
    return 'imported';
  } finally {
    cleanup();
    setup.db.close();
  }
}

describe('importing mutated backups', () => {
  it(
    `refuses each of ${RUNS} mutated backups with a specific message and nothing written, or imports it so that every screen and export works`,
    async () => {
      const tally = { refused: 0, imported: 0 };
      await fc.assert(
        fc.asyncProperty(mutatedBackupArb, async (backup) => {
          tally[await checkCase(backup, tally.imported < SCREENS)] += 1;
        }),
        { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
      );
      // Both outcomes must be exercised, or the mutations have drifted away from the format.
      expect(tally.refused).toBeGreaterThan(RUNS / 10);
      expect(tally.imported).toBeGreaterThan(RUNS / 20);
      console.info(`fuzz: ${tally.refused} refused, ${tally.imported} imported`);
    },
    30 * 60_000,
  );
});
