import { describe, expect, it } from 'vitest';
import { VivaDatabase } from '../../../renderer/data/database';
import { createSessionRepository } from '../../../renderer/data/sessionRepository';
import type { DeliveryAnalysis } from '../../../shared/model/deliveryAnalysis';
import { fixtureLibrary } from '../../support/fixtureLibrary';

const SESSION = '3c9e7a5b-6d21-4f8e-a0b4-7e5d3c1a9f41';

async function repository() {
  const db = new VivaDatabase(`sessions-${crypto.randomUUID()}`);
  await db.open();
  await fixtureLibrary(db);
  return { db, sessions: createSessionRepository(db) };
}

const refused: DeliveryAnalysis = {
  sessionId: SESSION,
  method: 1,
  analysedAt: 1,
  result: { ok: false, problem: 'silent', message: 'The recording is silent.' },
};

describe('delivery analyses live and die with their recording', () => {
  it('stores an analysis beside its recording', async () => {
    const { sessions } = await repository();
    expect(await sessions.saveAnalysis(refused)).toBe(true);
    expect(await sessions.getAnalysis(SESSION)).toEqual(refused);
    expect(await sessions.listAnalyses()).toEqual([refused]);
  });

  it('refuses an analysis that does not match the schema', async () => {
    const { sessions } = await repository();
    await expect(sessions.saveAnalysis({ ...refused, method: 0 })).rejects.toThrow();
  });

  it('deletes the analysis when the recording is deleted, and keeps none for a recording gone meanwhile', async () => {
    const { db, sessions } = await repository();
    await sessions.removeRecording(SESSION);
    expect(await db.analyses.get(SESSION)).toBeUndefined();
    expect((await sessions.get(SESSION))?.recording).toBeNull();
    expect(await sessions.saveAnalysis(refused)).toBe(false);
    expect(await db.analyses.count()).toBe(0);
  });

  it('deletes it with its session, and undo brings both back', async () => {
    const { db, sessions } = await repository();
    const stored = await sessions.getAnalysis(SESSION);
    expect(stored).toBeDefined();
    const removed = await sessions.remove(SESSION);
    expect(await db.analyses.count()).toBe(0);
    await sessions.restore(removed!);
    expect(await sessions.getAnalysis(SESSION)).toEqual(stored);
  });
});
