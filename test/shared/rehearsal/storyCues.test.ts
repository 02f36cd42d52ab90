import { describe, expect, it } from 'vitest';
import { findPreset, PRESET_CUES } from '../../../shared/content/rehearsalPresets';
import { sampleStory } from '../../../shared/content/sample/sampleStory';
import { newBet } from '../../../shared/model/bets';
import { newFamily } from '../../../shared/model/families';
import { newStarStory } from '../../../shared/model/starStory';
import { docFromText } from '../../../shared/model/richText';
import { newStory } from '../../../shared/model/story';
import { planRun } from '../../../shared/rehearsal/runPlan';
import { MAX_CUE_CHARS, storyCues } from '../../../shared/rehearsal/storyCues';

const vision = findPreset('preset-research-vision')!;

function visionStory() {
  const story = newStory('Vision', 0);
  story.fieldMap.broadField = 'Machine learning';
  story.fieldMap.subArea = 'Speculative decoding for code';
  story.fieldMap.coreTask = docFromText('Complete code as the developer types.');
  story.fieldMap.recentChange = docFromText('Small draft models got good enough to propose whole lines.');
  story.families.items = [newFamily('Draft-and-verify'), newFamily('  ')];
  story.bets = [
    {
      ...newBet(),
      statement: 'Drafting moves into the editor by 2028',
      horizon: '2028-01-01',
      confidence: 70,
      disconfirming: 'Latency stays above 50 ms',
    },
    { ...newBet(), statement: 'Refuted idea', status: 'refuted' },
    { ...newBet(), statement: '   ' },
  ];
  return story;
}

describe('storyCues for the research vision', () => {
  it('opens each cue card on what the story holds, then the preset’s prompts', () => {
    const plan = planRun(vision, visionStory());
    const [problems, field, bets, agenda] = plan.segments;
    expect(problems?.bullets[0]).toBe('The task you chose: Complete code as the developer types.');
    expect(field?.bullets.slice(0, 3)).toEqual([
      'Where you stand: Machine learning → Speculative decoding for code',
      'What changed recently: Small draft models got good enough to propose whole lines.',
      'The families you compare: Draft-and-verify',
    ]);
    // Only the live bets, with horizon and confidence; the refuted and the blank are left out.
    expect(bets?.bullets[0]).toBe('Bet (by 2028-01-01, 70 % sure): Drafting moves into the editor by 2028');
    expect(bets?.bullets.filter((b) => b.startsWith('Bet'))).toHaveLength(1);
    expect(agenda?.bullets[0]).toBe('The observation that would turn you: Latency stays above 50 ms');
    expect(bets?.bullets.slice(1)).toEqual(PRESET_CUES['vision-bets']);
  });

  it('gives only the prompts with no story, or for segments that do not draw on it', () => {
    const plan = planRun(vision, null);
    expect(plan.segments.map((s) => s.bullets)).toEqual(vision.segments.map((s) => PRESET_CUES[s.id]));
    expect(storyCues('design-framing', visionStory())).toEqual([]);
    expect(storyCues('vision-field', newStory('Empty', 0))).toEqual([]);
  });

  it('cuts a long entry short so the card stays readable', () => {
    const story = visionStory();
    story.fieldMap.recentChange = docFromText('word '.repeat(200));
    const cue = storyCues('vision-field', story).find((c) => c.startsWith('What changed'))!;
    expect(cue.length).toBeLessThanOrEqual('What changed recently: '.length + MAX_CUE_CHARS);
    expect(cue.endsWith('…')).toBe(true);
  });

  it('draws on every part of the sample story', () => {
    const plan = planRun(vision, sampleStory(0));
    for (const segment of plan.segments) {
      expect(segment.bullets.length, segment.title).toBeGreaterThan(
        PRESET_CUES[vision.segments[plan.segments.indexOf(segment)]!.id]!.length,
      );
    }
  });
});

describe('storyCues for the behavioural answer', () => {
  const behavioural = findPreset('preset-behavioural')!;
  const withBank = () => {
    const story = newStory('Behavioural', 0);
    story.starStories = [
      { ...newStarStory(), title: '   ' },
      {
        ...newStarStory(),
        title: 'The leaked benchmark',
        situation: 'Three weeks before the deadline the gain vanished on a fresh split.',
        task: 'I owned the evaluation.',
        action: 'I traced it to duplicated test questions and removed them.',
        result: 'It went well in the end.',
      },
      { ...newStarStory(), title: 'The bigger model', result: 'Saved 30 % of the compute budget.' },
    ];
    return story;
  };

  it('puts each part of the first written STAR story on its segment’s card, before the prompts', () => {
    const plan = planRun(behavioural, withBank());
    const [situation, task, action, result] = plan.segments;
    expect(situation?.bullets.slice(0, 2)).toEqual([
      'Telling: The leaked benchmark',
      'Your situation: Three weeks before the deadline the gain vanished on a fresh split.',
    ]);
    expect(task?.bullets[0]).toBe('Your task: I owned the evaluation.');
    expect(action?.bullets[0]).toBe('Your action: I traced it to duplicated test questions and removed them.');
    // A result with no number is flagged on the card itself.
    expect(result?.bullets.slice(0, 2)).toEqual([
      'Your result: It went well in the end.',
      'Find the number: what changed, by how much, against what',
    ]);
    expect(result?.bullets.slice(2)).toEqual(PRESET_CUES['star-result']);
  });

  it('tells the STAR story chosen for the run', () => {
    const story = withBank();
    const plan = planRun(behavioural, story, { starStoryId: story.starStories![2]!.id });
    expect(plan.segments[0]?.bullets[0]).toBe('Telling: The bigger model');
    expect(plan.segments[0]?.bullets[1]).toBe('Your situation: not written yet in this STAR story');
    // A result with a number needs no reminder.
    expect(plan.segments[3]?.bullets).toEqual(['Your result: Saved 30 % of the compute budget.', ...PRESET_CUES['star-result']!]);
  });

  it('falls back on the prompts alone for a story with no bank (one saved before the bank existed)', () => {
    const story = newStory('Old', 0);
    delete story.starStories;
    expect(planRun(behavioural, story).segments.map((s) => s.bullets)).toEqual(
      behavioural.segments.map((s) => PRESET_CUES[s.id]),
    );
  });
});
