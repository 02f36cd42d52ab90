/*
 * Paper critiques in the database (table `critiques`, schema version 3). Every write is checked
 * against the critique schema; a save based on a revision is refused when the stored critique
 * has moved on (another window wrote it), as for stories.
 */
import { critiqueSchema, newCritique, type Critique } from '../../shared/model/critique';
import { describeZodError } from '../../shared/validation/describeZodError';
import type { VivaDatabase } from './database';
import { StoryConflictError, type Clock } from './storyRepository';

/** A critique in the database fails validation; the message says where. */
export class CritiqueInvalidError extends Error {
  override name = 'CritiqueInvalidError';
}

function validated(critique: Critique): Critique {
  const result = critiqueSchema.safeParse(critique);
  if (!result.success) throw new CritiqueInvalidError(describeZodError(result.error, 'critique'));
  return result.data;
}

export function createCritiqueRepository(db: VivaDatabase, clock: Clock = Date.now) {
  async function write(critique: Critique, basedOn?: number): Promise<Critique> {
    const checked = validated(critique);
    await db.transaction('rw', db.critiques, async () => {
      if (basedOn !== undefined) {
        const stored = await db.critiques.get(checked.id);
        if (stored && stored.updatedAt !== basedOn) throw new StoryConflictError('The critique was changed in another window.');
      }
      await db.critiques.put(checked);
    });
    return checked;
  }

  async function require(id: string): Promise<Critique> {
    const critique = await db.critiques.get(id);
    if (!critique) throw new Error('That critique no longer exists. It may have been deleted for good.');
    return critique;
  }

  return {
    /** Live critiques, most recently edited first. */
    async listLive(): Promise<Critique[]> {
      const all = await db.critiques.orderBy('updatedAt').reverse().toArray();
      return all.filter((c) => c.deletedAt === null);
    },
    /** Critiques in the trash, most recently deleted first. */
    async listTrash(): Promise<Critique[]> {
      const trashed = (await db.critiques.toArray()).filter((c) => c.deletedAt !== null);
      return trashed.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
    },
    async get(id: string): Promise<Critique | undefined> {
      const critique = await db.critiques.get(id);
      return critique && validated(critique);
    },
    async create(title: string): Promise<Critique> {
      return write(newCritique(title, clock()));
    },
    /** Save an edited critique, stamped with the time of the edit (its revision), never over a newer one. */
    async save(critique: Critique, basedOn?: number): Promise<Critique> {
      return write({ ...critique, updatedAt: Math.max(clock(), (basedOn ?? 0) + 1) }, basedOn);
    },
    async rename(id: string, title: string): Promise<Critique> {
      const critique = await require(id);
      return write({ ...critique, paper: { ...critique.paper, title }, updatedAt: clock() });
    },
    async trash(id: string): Promise<void> {
      await write({ ...(await require(id)), deletedAt: clock() });
    },
    async restore(id: string): Promise<void> {
      await write({ ...(await require(id)), deletedAt: null });
    },
    async purge(id: string): Promise<void> {
      await db.critiques.delete(id);
    },
  };
}

export type CritiqueRepository = ReturnType<typeof createCritiqueRepository>;
