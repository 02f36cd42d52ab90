/** How long a deleted story stays restorable. */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a story deleted at `deletedAt` has been in the trash longer than the retention period. */
export function isTrashExpired(deletedAt: number, now: number, days = TRASH_DAYS): boolean {
  return now - deletedAt > days * DAY_MS;
}

/** Whole days left before a trashed story is deleted for good (0 when due). */
export function trashDaysLeft(deletedAt: number, now: number, days = TRASH_DAYS): number {
  return Math.max(0, Math.ceil((deletedAt + days * DAY_MS - now) / DAY_MS));
}

/** When a trashed story goes for good, in words: "in 12 days", "tomorrow", "today". */
export function describeTrashExpiry(deletedAt: number, now: number, days = TRASH_DAYS): string {
  const left = trashDaysLeft(deletedAt, now, days);
  if (left <= 0) return 'today';
  if (left === 1) return 'within a day';
  return `in ${left} days`;
}
