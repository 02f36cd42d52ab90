import { describe, expect, it } from 'vitest';
import { findPreset } from '../../../shared/content/rehearsalPresets';
import { docFromText } from '../../../shared/model/richText';
import { newStory } from '../../../shared/model/story';
import { planRun } from '../../../shared/rehearsal/runPlan';

const talk = findPreset('preset-research-presentation')!;

describe('planRun', () => {
  it('segments a talk by the story’s beats, scaled to the story’s talk length', () => {
    const story = newStory('Sparse attention', 0);
    story.outline.talkMs = 10 * 60_000;
    story.outline.beats = story.outline.beats.slice(0, 2).map((beat, i) => ({
      ...beat,
      budgetMs: 60_000 * (i + 1),
      bullets: ['One point', ' '],
      notes: docFromText('Say why now.'),
    }));
    // The format's own length (20:00) is not what the talk lasts.
    const plan = planRun(talk, story);
    expect(plan.segments.map((s) => [s.title, s.budgetMs])).toEqual([
      ['Problem and motivation', 200_000],
      ['Prior work and the gap', 400_000],
    ]);
    expect(plan.segments[0]).toMatchObject({
      beatId: story.outline.beats[0]?.id,
      bullets: ['One point'],
      tags: ['problem', 'outline'],
    });
    expect(plan.outlineWords).toBe(6);
  });

  it('falls back to the default 20-minute talk, without notes, when no story is chosen', () => {
    const plan = planRun(talk, null);
    expect(plan.segments).toHaveLength(10);
    expect(plan.segments.reduce((sum, s) => sum + s.budgetMs, 0)).toBe(20 * 60_000);
    expect(plan.segments.every((s) => s.notes === null && s.beatId === null)).toBe(true);
    expect(plan.outlineWords).toBeNull();
  });

  it('uses a segmented format as it is, with the preset’s prompts on the cue card', () => {
    const plan = planRun(findPreset('preset-research-design')!, newStory('Any', 0));
    expect(plan.segments.map((s) => s.budgetMs)).toEqual([900_000, 1_200_000, 600_000]);
    expect(plan.segments[0]?.bullets.length).toBeGreaterThan(0);
    expect(plan.segments[0]?.tags).toContain('framing');
  });

  it('gives a beat scaled down to nothing a second, so the run can pass through it', () => {
    const story = newStory('Tiny', 0);
    story.outline.talkMs = 1 * 60_000;
    story.outline.beats = story.outline.beats.slice(0, 2).map((beat, i) => ({ ...beat, budgetMs: i === 0 ? 0 : 60_000 }));
    expect(planRun(talk, story).segments.map((s) => s.budgetMs)).toEqual([1000, 60_000]);
  });

  it('lasts as long as the story’s talk, whatever length the format was saved with', () => {
    const story = newStory('Short talk', 0);
    story.outline.talkMs = 12 * 60_000;
    const total = (totalMs: number) => planRun({ ...talk, totalMs }, story).segments.reduce((sum, s) => sum + s.budgetMs, 0);
    expect(total(20 * 60_000)).toBe(12 * 60_000);
    expect(total(45 * 60_000)).toBe(12 * 60_000);
  });

  it('adds a question period after the talk, with every talk tag and the rate the user set', () => {
    const story = newStory('Questions', 0);
    story.outline.talkMs = 30 * 60_000;
    const plan = planRun(talk, story, { questionPeriod: { lengthMs: 15 * 60_000, everyMs: 3 * 60_000 } });
    const last = plan.segments.at(-1)!;
    expect(plan.segments).toHaveLength(story.outline.beats.length + 1);
    expect(last).toMatchObject({ title: 'Questions', budgetMs: 900_000, questionEveryMs: 180_000, beatId: null });
    expect(last.tags).toEqual(expect.arrayContaining(['general', 'results', 'limitations']));
    expect(plan.segments.slice(0, -1).reduce((sum, s) => sum + s.budgetMs, 0)).toBe(30 * 60_000);
    expect(plan.segments.slice(0, -1).every((s) => s.questionEveryMs === undefined)).toBe(true);
  });

  it('adds no question period when none is asked for, nor to a format of fixed segments', () => {
    const story = newStory('None', 0);
    expect(planRun(talk, story, { questionPeriod: null }).segments.some((s) => s.title === 'Questions')).toBe(false);
    const design = planRun(findPreset('preset-research-design')!, story, {
      questionPeriod: { lengthMs: 10 * 60_000, everyMs: 2 * 60_000 },
    });
    expect(design.segments).toHaveLength(3);
  });
});
