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
    expect(migrateBackup({ schemaVersion: 2, analyses: [] })).toEqual({
      ok: true,
      from: 2,
      file: { schemaVersion: 3, analyses: [], critiques: [] },
    });
    expect(migrateBackup({ schemaVersion: 1, sessions: [] })).toEqual({
      ok: true,
      from: 1,
      file: { schemaVersion: 3, sessions: [], analyses: [], critiques: [] },
    });
  });
});
