import { CHALLENGE_TAGS, MAX_QUESTION, type ChallengeTag } from '../model/challenge';

export type QuestionDraft = { ok: true; text: string; tags: ChallengeTag[] } | { ok: false; error: string };

function isTag(value: string): value is ChallengeTag {
  return (CHALLENGE_TAGS as readonly string[]).includes(value);
}

/**
 * A question the user wrote, checked and tidied: trimmed, tags deduplicated, and "anywhere"
 * when no tag is chosen, so the question can still be thrown. Errors say what to do.
 */
export function checkQuestionDraft(text: string, tags: readonly string[]): QuestionDraft {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Write the question first.' };
  if (trimmed.length > MAX_QUESTION) {
    return {
      ok: false,
      error: `A question can hold at most ${MAX_QUESTION} characters; this one has ${trimmed.length}. Shorten it.`,
    };
  }
  const unknown = tags.find((tag) => !isTag(tag));
  if (unknown !== undefined) return { ok: false, error: `“${unknown.slice(0, 40)}” is not a tag Viva knows.` };
  const unique = [...new Set(tags.filter(isTag))];
  return { ok: true, text: trimmed, tags: unique.length === 0 ? ['general'] : unique };
}
