import { challengeQuestionSchema, type ChallengeQuestion } from '../../shared/model/challenge';
import { newId } from '../../shared/model/ids';
import { checkQuestionDraft } from '../../shared/rehearsal/questionDraft';
import { describeZodError } from '../../shared/validation/describeZodError';
import type { VivaDatabase } from './database';
import type { Clock } from './storyRepository';

function validated(question: ChallengeQuestion): ChallengeQuestion {
  const result = challengeQuestionSchema.safeParse(question);
  if (!result.success) throw new Error(describeZodError(result.error, 'question'));
  return result.data;
}

function drafted(text: string, tags: readonly string[]) {
  const draft = checkQuestionDraft(text, tags);
  if (!draft.ok) throw new Error(draft.error);
  return draft;
}

/** The user's own challenge questions (the built-in ones live in shared/content/challengeDeck.ts). */
export function createQuestionRepository(db: VivaDatabase, clock: Clock = Date.now) {
  return {
    /** The user's questions, oldest first. */
    async list(): Promise<ChallengeQuestion[]> {
      return (await db.questions.toArray()).sort((a, b) => a.createdAt - b.createdAt);
    },
    /** Add a question; the text is trimmed and must not be empty. */
    async add(text: string, tags: readonly string[]): Promise<ChallengeQuestion> {
      const draft = drafted(text, tags);
      const question = validated({ id: newId(), text: draft.text, tags: draft.tags, createdAt: clock() });
      await db.questions.add(question);
      return question;
    },
    async update(id: string, text: string, tags: readonly string[]): Promise<ChallengeQuestion> {
      const draft = drafted(text, tags);
      return db.transaction('rw', db.questions, async () => {
        const current = await db.questions.get(id);
        if (!current) throw new Error('That question no longer exists.');
        const next = validated({ ...current, text: draft.text, tags: draft.tags });
        await db.questions.put(next);
        return next;
      });
    },
    /** Delete a question and return it, so the deletion can be undone. Its practice is kept. */
    async remove(id: string): Promise<ChallengeQuestion | undefined> {
      return db.transaction('rw', db.questions, async () => {
        const current = await db.questions.get(id);
        await db.questions.delete(id);
        return current;
      });
    },
    /** Put a deleted question back, as it was. */
    async restore(question: ChallengeQuestion): Promise<void> {
      await db.questions.put(validated(question));
    },
  };
}

export type QuestionRepository = ReturnType<typeof createQuestionRepository>;
