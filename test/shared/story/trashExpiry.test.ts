import { describe, expect, it } from 'vitest';
import { isTrashExpired, trashDaysLeft } from '../../../shared/story/trashExpiry';

const DAY = 86_400_000;

describe('trash expiry', () => {
  const deletedAt = Date.UTC(2026, 0, 1);

  it('keeps a story for 30 days', () => {
    expect(isTrashExpired(deletedAt, deletedAt + 29 * DAY)).toBe(false);
    expect(isTrashExpired(deletedAt, deletedAt + 30 * DAY)).toBe(false);
    expect(isTrashExpired(deletedAt, deletedAt + 30 * DAY + 1)).toBe(true);
  });

  it('counts the days left, never below zero', () => {
    expect(trashDaysLeft(deletedAt, deletedAt)).toBe(30);
    expect(trashDaysLeft(deletedAt, deletedAt + 29.5 * DAY)).toBe(1);
    expect(trashDaysLeft(deletedAt, deletedAt + 40 * DAY)).toBe(0);
  });
});
