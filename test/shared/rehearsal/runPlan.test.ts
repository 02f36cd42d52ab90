import { describe, expect, it } from 'vitest';
import { findPreset } from '../../../shared/content/rehearsalPresets';
import { docFromText } from '../../../shared/model/richText';
import { newStory } from '../../../shared/model/story';
import { planRun } from '../../../shared/rehearsal/runPlan';

const talk = findPreset('preset-research-presentation')!;

describe('planRun', () => {
  it('segments a talk by the story’s beats, scaled to the format’s length', () => {
    const story = newStory('Sparse attention', 0);
    story.outline.beats = story.outline.beats.slice(0, 2).map((beat, i) => ({
      ...beat,
      budgetSeconds: 60 * (i + 1),
      bullets: ['One point', ' '],
      notes: docFromText('Say why now.'),
    }));
    const plan = planRun({ ...talk, totalSeconds: 600 }, story);
    expect(plan.segments.map((s) => [s.title, s.budgetSeconds])).toEqual([
      ['Problem and motivation', 200],
      ['Prior work and the gap', 400],
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
    expect(plan.segments.reduce((sum, s) => sum + s.budgetSeconds, 0)).toBe(1200);
    expect(plan.segments.every((s) => s.notes === null && s.beatId === null)).toBe(true);
    expect(plan.outlineWords).toBeNull();
  });

  it('uses a segmented format as it is, with the preset’s prompts on the cue card', () => {
    const plan = planRun(findPreset('preset-research-design')!, newStory('Any', 0));
    expect(plan.segments.map((s) => s.budgetSeconds)).toEqual([900, 1200, 600]);
    expect(plan.segments[0]?.bullets.length).toBeGreaterThan(0);
    expect(plan.segments[0]?.tags).toContain('framing');
  });

  it('gives a beat scaled down to nothing a second, so the run can pass through it', () => {
    const story = newStory('Tiny', 0);
    story.outline.beats = story.outline.beats.slice(0, 2).map((beat, i) => ({ ...beat, budgetSeconds: i === 0 ? 0 : 60 }));
    expect(planRun({ ...talk, totalSeconds: 30 }, story).segments.map((s) => s.budgetSeconds)).toEqual([1, 30]);
  });
});
