import { z } from 'zod';
import { BUILTIN_CHECKLIST } from '../content/builtinChecklist';
import { idSchema, newId } from './ids';
import { lineSchema, textSchema } from './text';

export const CHECK_STATUSES = ['notYet', 'partly', 'addressed', 'notApplicable'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const CHECK_STATUS_LABELS: Record<CheckStatus, string> = {
  notYet: 'Not yet',
  partly: 'Partly',
  addressed: 'Addressed',
  notApplicable: 'Not applicable',
};

export const checklistItemSchema = z.strictObject({
  id: idSchema,
  /** The key of the built-in item this record answers, or null for the user's own item. */
  builtinKey: z.string().max(64).nullable(),
  title: lineSchema,
  status: z.enum(CHECK_STATUSES),
  evidence: textSchema,
  questions: textSchema,
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSchema = z.strictObject({ items: z.array(checklistItemSchema).max(200) });
export type Checklist = z.infer<typeof checklistSchema>;

/** A user's own checklist item. */
export function newChecklistItem(title = ''): ChecklistItem {
  return { id: newId(), builtinKey: null, title, status: 'notYet', evidence: '', questions: '' };
}

/** The checklist of a new story: every built-in rigor item, not yet addressed. */
export function defaultChecklist(): Checklist {
  return {
    items: BUILTIN_CHECKLIST.map((item) => ({
      id: newId(),
      builtinKey: item.key,
      title: item.title,
      status: 'notYet',
      evidence: '',
      questions: item.questions.join('\n'),
    })),
  };
}

/** Items still "not yet" addressed: the open risks a panel will find. */
export function openRisks(checklist: Checklist): ChecklistItem[] {
  return checklist.items.filter((item) => item.status === 'notYet');
}
