import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKLIST } from '../../../shared/content/builtinChecklist';
import { DEFAULT_AXIS_NAMES } from '../../../shared/model/families';
import { newStory, storySchema } from '../../../shared/model/story';
import { describeZodError } from '../../../shared/validation/describeZodError';

describe('newStory', () => {
  const story = newStory('Contrastive pretraining for tabular data', 1_700_000_000_000);

  it('is valid as created', () => {
    expect(storySchema.safeParse(story).success).toBe(true);
  });

  it('starts with the default axes, every built-in check and the 20-minute talk', () => {
    expect(story.families.axes.map((a) => a.name)).toEqual([...DEFAULT_AXIS_NAMES]);
    expect(story.checklist.items.map((i) => i.builtinKey)).toEqual(BUILTIN_CHECKLIST.map((c) => c.key));
    expect(story.checklist.items.every((i) => i.status === 'notYet')).toBe(true);
    expect(story.outline.beats.reduce((sum, b) => sum + b.budgetMs, 0)).toBe(20 * 60_000);
    expect(story.outline.talkMs).toBe(20 * 60_000);
  });

  it('gives every record a distinct id', () => {
    const ids = [...story.families.axes, ...story.checklist.items, ...story.outline.beats].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('storySchema', () => {
  const valid = newStory('A', 0);

  it('refuses a blank or multi-line title, saying where', () => {
    const blank = storySchema.safeParse({ ...valid, title: '   ' });
    expect(blank.success).toBe(false);
    if (!blank.success) expect(describeZodError(blank.error, 'story')).toBe('story.title: a story needs a title');
    expect(storySchema.safeParse({ ...valid, title: 'a\nb' }).success).toBe(false);
  });

  it('refuses a confidence outside 0–100 and a date that does not exist', () => {
    const bet = {
      id: 'b1',
      statement: 's',
      horizon: '2027-02-30',
      confidence: 120,
      evidence: '',
      disconfirming: '',
      status: 'open',
      reviews: [],
    };
    const result = storySchema.safeParse({ ...valid, bets: [bet] });
    expect(result.success).toBe(false);
    if (!result.success) {
      const message = describeZodError(result.error, 'story');
      expect(message).toContain('story.bets[1].horizon: is not a real date');
      expect(message).toContain('story.bets[1].confidence');
    }
  });

  it('refuses unknown fields, which is how a hostile file would smuggle data in', () => {
    expect(storySchema.safeParse({ ...valid, extra: 1 }).success).toBe(false);
    expect(storySchema.safeParse({ ...valid, fieldMap: { ...valid.fieldMap, __proto__x: 1 } }).success).toBe(false);
  });
});
