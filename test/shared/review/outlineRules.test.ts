import { describe, expect, it } from 'vitest';
import { defaultOutline, type Outline } from '../../../shared/model/outline';
import { docFromText } from '../../../shared/model/richText';
import { beatOverBudget, budgetsOverTalk, talkOverBudget } from '../../../shared/review/rules/outlineRules';
import { notesOfWords } from '../../fixtures/stories/weakStory';
import { runRule, storyWith } from './runRule';

/** The default 20-minute outline with the notes of its first beat set to about `words` words. */
function outlineWithNotes(words: number, parts: Partial<Outline> = {}): Outline {
  const outline = defaultOutline();
  const [first, ...rest] = outline.beats;
  return { ...outline, beats: [{ ...first!, notes: docFromText(notesOfWords(words)) }, ...rest], ...parts };
}

describe('outline.beatOverBudget', () => {
  it('fires on a beat whose notes take longer than its budget, at 140 words a minute', () => {
    // 2 minutes at 140 wpm is 280 words; 400 words take almost 3 minutes.
    const outline = outlineWithNotes(400);
    const hits = runRule(beatOverBudget, storyWith({ outline }));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.path).toEqual(['outline', 'beats', { id: outline.beats[0]!.id }, 'notes']);
    expect(hits[0]!.message).toMatch(/^“Problem and motivation”: about 2:5\d of notes for a 2:00 budget\.$/);
  });

  it('stays quiet on notes that fit and on beats with no notes', () => {
    expect(runRule(beatOverBudget, storyWith({ outline: outlineWithNotes(250) }))).toEqual([]);
    expect(runRule(beatOverBudget, storyWith({}))).toEqual([]);
  });
});

describe('outline.talkOverBudget', () => {
  it('fires when all the notes take longer than the talk', () => {
    const hits = runRule(talkOverBudget, storyWith({ outline: outlineWithNotes(3000) }));
    expect(hits).toEqual([
      {
        path: ['outline', 'talkMs'],
        message: expect.stringMatching(/^The notes take about 2\d:\d\d to say; the talk lasts 20:00\.$/),
      },
    ]);
  });

  it('stays quiet when they fit', () => {
    expect(runRule(talkOverBudget, storyWith({ outline: outlineWithNotes(1000) }))).toEqual([]);
  });
});

describe('outline.budgetsOverTalk', () => {
  it('fires when beat budgets add up to more than the talk', () => {
    expect(runRule(budgetsOverTalk, storyWith({ outline: { ...defaultOutline(), talkMs: 15 * 60_000 } }))[0]!.message).toBe(
      'Beat budgets add up to 20:00 for a 15:00 talk.',
    );
  });

  it('stays quiet on the default outline', () => {
    expect(runRule(budgetsOverTalk, storyWith({}))).toEqual([]);
  });
});
