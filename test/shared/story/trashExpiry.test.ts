import { describe, expect, it } from 'vitest';
import { describeTrashExpiry, isTrashExpired, trashDaysLeft } from '../../../shared/story/trashExpiry';

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

describe('describeTrashExpiry', () => {
  const deletedAt = Date.UTC(2026, 0, 1);

  it('says the days left in words, with no "1 days"', () => {
    expect(describeTrashExpiry(deletedAt, deletedAt)).toBe('in 30 days');
    expect(describeTrashExpiry(deletedAt, deletedAt + 28 * DAY)).toBe('in 2 days');
    expect(describeTrashExpiry(deletedAt, deletedAt + 29.5 * DAY)).toBe('within a day');
    expect(describeTrashExpiry(deletedAt, deletedAt + 31 * DAY)).toBe('today');
  });
});
