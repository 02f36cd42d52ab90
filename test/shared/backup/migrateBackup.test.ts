import { describe, expect, it } from 'vitest';
import { migrateBackup } from '../../../shared/backup/migrateBackup';

describe('migrateBackup', () => {
  // Version 1 is the first released shape; these steps stand in for future rises.
  const steps = {
    1: (file: Record<string, unknown>) => ({ ...file, sessions: [] }),
    2: (file: Record<string, unknown>) => ({ ...file, renamed: file['old'], old: undefined }),
  };

  it('applies each step in turn, from the file’s version to the current one', () => {
    const result = migrateBackup({ schemaVersion: 1, old: 'x' }, steps, 3);
    expect(result).toEqual({ ok: true, from: 1, file: { schemaVersion: 3, sessions: [], renamed: 'x', old: undefined } });
  });

  it('leaves a current file as it is', () => {
    expect(migrateBackup({ schemaVersion: 3, a: 1 }, steps, 3)).toEqual({ ok: true, from: 3, file: { schemaVersion: 3, a: 1 } });
  });

  it('refuses a newer version, naming the app that wrote it', () => {
    const result = migrateBackup({ schemaVersion: 4, appVersion: '2.0.0' }, steps, 3);
    expect(result).toEqual({
      ok: false,
      problem: {
        where: 'schemaVersion',
        message:
          'the file was written by a newer Viva (Viva 2.0.0), in data version 4; this Viva reads versions up to 3. Update Viva, then import it again.',
      },
    });
  });

  it('refuses a version with no upgrade step', () => {
    expect(migrateBackup({ schemaVersion: 1 }, { 1: steps[1] }, 3)).toMatchObject({
      ok: false,
      problem: { message: expect.stringContaining('version 2') },
    });
  });
});

describe('the released upgrade steps', () => {
  it('gives a version-1 file an empty list of delivery analyses', () => {
    const result = migrateBackup({ schemaVersion: 1, sessions: [], recordings: [] }, undefined, 2);
    expect(result).toEqual({ ok: true, from: 1, file: { schemaVersion: 2, sessions: [], recordings: [], analyses: [] } });
  });

  it('gives a version-2 file an empty list of paper critiques, and brings a version-1 file all the way', () => {
    expect(migrateBackup({ schemaVersion: 2, analyses: [] }, undefined, 3)).toEqual({
      ok: true,
      from: 2,
      file: { schemaVersion: 3, analyses: [], critiques: [] },
    });
    expect(migrateBackup({ schemaVersion: 1, sessions: [] })).toEqual({
      ok: true,
      from: 1,
      file: { schemaVersion: 4, sessions: [], analyses: [], critiques: [] },
    });
  });

  it('turns the seconds and minutes of a version-3 file into milliseconds (version 4)', () => {
    const v3 = {
      schemaVersion: 3,
      stories: [{ id: 's', outline: { talkMinutes: 15, beats: [{ id: 'b', budgetSeconds: 90 }] } }],
      formats: [{ id: 'f', totalSeconds: 1800, segments: [{ id: 'g', budgetSeconds: 600 }] }],
      sessions: [{ id: 'r', segments: [{ title: 'Intro', budgetSeconds: 45, actualMs: 50_000 }] }],
      practice: [
        {
          questionId: 'q',
          log: [
            { at: 1, seconds: 42.5 },
            { at: 2, seconds: null },
          ],
        },
      ],
      analyses: [],
      critiques: [],
    };
    expect(migrateBackup(v3)).toEqual({
      ok: true,
      from: 3,
      file: {
        schemaVersion: 4,
        stories: [{ id: 's', outline: { talkMs: 900_000, beats: [{ id: 'b', budgetMs: 90_000 }] } }],
        formats: [{ id: 'f', totalMs: 1_800_000, segments: [{ id: 'g', budgetMs: 600_000 }] }],
        sessions: [{ id: 'r', segments: [{ title: 'Intro', budgetMs: 45_000, actualMs: 50_000 }] }],
        practice: [
          {
            questionId: 'q',
            log: [
              { at: 1, answerMs: 42_500 },
              { at: 2, answerMs: null },
            ],
          },
        ],
        analyses: [],
        critiques: [],
      },
    });
  });
});
