import { describe, expect, it } from 'vitest';
import { sampleStory } from '../../../shared/content/sample/sampleStory';
import { ratingOf } from '../../../shared/model/families';
import { DEFAULT_WPM } from '../../../shared/model/preferences';
import { plainText } from '../../../shared/model/richText';
import { storySchema } from '../../../shared/model/story';
import { reviewStory } from '../../../shared/review/reviewStory';
import { overallCompleteness, storyCompleteness } from '../../../shared/story/completeness';
import { outlineTiming } from '../../../shared/story/outlineTiming';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const today = (now: number) => new Date(now).toISOString().slice(0, 10);

describe('the sample story', () => {
  it('is a valid story, marked as the sample', () => {
    const story = sampleStory(NOW);
    expect(storySchema.parse(story)).toEqual(story);
    expect(story.isSample).toBe(true);
    expect(story.createdAt).toBe(NOW);
  });

  it('fills every field of every section, so Viva calls it complete (100 %)', () => {
    const sections = storyCompleteness(sampleStory(NOW));
    for (const section of sections) expect(section.filled, section.section).toBe(section.total);
    expect(overallCompleteness(sections)).toBe(1);
  });

  it('rates at least three families on every axis, each with a note and conditions it wins under', () => {
    const { axes, items } = sampleStory(NOW).families;
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const family of items) {
      expect(family.winsWhen.length, family.name).toBeGreaterThan(0);
      for (const axis of axes) {
        const rating = ratingOf(family, axis.id);
        expect(rating.score, `${family.name} × ${axis.name}`).not.toBeNull();
        expect(rating.note.trim(), `${family.name} × ${axis.name}`).not.toBe('');
      }
    }
  });

  it('holds resolved bets for calibration, and open bets that are not yet due', () => {
    const bets = sampleStory(NOW).bets;
    expect(bets.map((b) => b.status)).toEqual(expect.arrayContaining(['confirmed', 'refuted', 'holding', 'open']));
    for (const bet of bets.filter((b) => b.status === 'open' || b.status === 'holding')) {
      expect(bet.horizon! > today(NOW), bet.statement).toBe(true);
    }
  });

  it('has a talk whose notes fit every beat’s budget and the talk length at the default pace', () => {
    const timing = outlineTiming(sampleStory(NOW).outline, DEFAULT_WPM);
    expect(timing.beats.length).toBe(10);
    expect(timing.beats.every((b) => b.status === 'within')).toBe(true);
    expect(timing.totalBudgetMs).toBe(timing.talkMs);
    expect(timing.isEstimateOver).toBe(false);
  });

  it('draws no error from the review, when created or a year later', () => {
    const story = sampleStory(NOW);
    for (const when of [NOW, NOW + 365 * 24 * 3600 * 1000]) {
      const errors = reviewStory(story, { today: today(when) }).filter((f) => f.severity === 'error');
      expect(errors.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    }
  });

  it('draws no warning from the review either: the sample is a story Viva has nothing to say against', () => {
    const findings = reviewStory(sampleStory(NOW), { today: today(NOW) });
    expect(findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  it('is a fresh copy each time: no id is shared between two copies', () => {
    const ids = (text: string) => new Set(text.match(/"id":"[^"]+"/g));
    const first = ids(JSON.stringify(sampleStory(NOW)));
    const second = ids(JSON.stringify(sampleStory(NOW)));
    expect([...first].filter((id) => second.has(id))).toEqual([]);
    expect(plainText(sampleStory(NOW).outline.beats[0]!.notes)).toMatch(/^Picture a developer at a bank/);
  });
});
