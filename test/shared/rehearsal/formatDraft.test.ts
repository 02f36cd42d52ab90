import { describe, expect, it } from 'vitest';
import { findPreset, PRESET_FORMATS } from '../../../shared/content/rehearsalPresets';
import { rehearsalFormatSchema } from '../../../shared/model/rehearsalFormat';
import { checkFormatDraft, draftFromFormat, type FormatDraft } from '../../../shared/rehearsal/formatDraft';

const draft = (patch: Partial<FormatDraft> = {}): FormatDraft => ({
  name: 'Mock loop',
  source: 'segments',
  total: '',
  warnAtPercent: '80',
  segments: [
    { id: 's1', title: 'Intro', budget: '2:30', tags: ['framing'] },
    { id: 's2', title: 'Deep dive', budget: '10', tags: [] },
  ],
  ...patch,
});

describe('checkFormatDraft', () => {
  it('turns a good form into a valid format whose total is the sum of its segments', () => {
    const result = checkFormatDraft(draft(), 'own-1', null);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toMatchObject({ name: 'Mock loop', totalMs: 750_000, warnAtFraction: 0.8 });
    expect(result.format.segments.map((s) => s.budgetMs)).toEqual([150_000, 600_000]);
    expect(rehearsalFormatSchema.safeParse(result.format).success).toBe(true);
  });

  it('round-trips every preset through the form unchanged, two-thirds warning points included', () => {
    for (const preset of PRESET_FORMATS) {
      const result = checkFormatDraft(draftFromFormat(preset), preset.id, preset.presetKey, preset.warnAtFraction);
      expect(result.ok && result.format).toEqual(preset);
    }
  });

  it('checks the paper discussion’s segments as it checks any format’s: each needs a title', () => {
    const paper = findPreset('preset-paper-discussion')!;
    const draft = draftFromFormat(paper);
    const blank = { ...draft, segments: draft.segments.map((s, i) => (i === 0 ? { ...s, title: ' ' } : s)) };
    const result = checkFormatDraft(blank, paper.id, paper.presetKey, paper.warnAtFraction);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toContainEqual({ field: 'segment-0-title', message: 'Segment 1 needs a title.' });
  });

  it('takes a warning point the user changed as typed', () => {
    const star = findPreset('preset-behavioural')!;
    const result = checkFormatDraft(
      { ...draftFromFormat(star), warnAtPercent: '75%' },
      star.id,
      star.presetKey,
      star.warnAtFraction,
    );
    expect(result.ok && result.format.warnAtFraction).toBe(0.75);
  });

  it('names the field and says what to write for each bad duration', () => {
    const result = checkFormatDraft(
      draft({
        segments: [
          { id: 's1', title: 'Intro', budget: 'soon', tags: [] },
          { id: 's2', title: 'Deep dive', budget: '-2', tags: [] },
          { id: 's3', title: 'Wrap', budget: '0', tags: [] },
          { id: 's4', title: 'Marathon', budget: '5:00:00', tags: [] },
          { id: 's5', title: 'Odd', budget: '1:75', tags: [] },
        ],
      }),
      'x',
      null,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        field: 'segment-0-budget',
        message: expect.stringMatching(/^Segment 1 \(“Intro”\): “soon” is not a time\. Write minutes:seconds/),
      },
      { field: 'segment-1-budget', message: 'Segment 2 (“Deep dive”): A time cannot be negative.' },
      { field: 'segment-2-budget', message: 'Segment 3 (“Wrap”): give it at least one second.' },
      { field: 'segment-3-budget', message: 'Segment 4 (“Marathon”): at most 4:00:00 (four hours).' },
      { field: 'segment-4-budget', message: expect.stringContaining('Seconds go up to 59: write 2:15') },
    ]);
  });

  it('asks for a name, segment titles, a sensible warning point and at least one segment', () => {
    const result = checkFormatDraft(
      draft({ name: '  ', warnAtPercent: '5', segments: [{ id: 's', title: ' ', budget: '1', tags: [] }] }),
      'x',
      null,
    );
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual(['name', 'warnAt', 'segment-0-title']);
    const empty = checkFormatDraft(draft({ segments: [] }), 'x', null);
    expect(!empty.ok && empty.problems).toEqual([{ field: 'segments', message: 'Add at least one segment.' }]);
  });

  it('takes the length of a talk format from its total, not its segments', () => {
    const result = checkFormatDraft(draft({ source: 'outline', total: '30', segments: [] }), 'x', 'researchPresentation');
    expect(result.ok && result.format).toMatchObject({ totalMs: 1_800_000, segments: [] });
    const bad = checkFormatDraft(draft({ source: 'outline', total: 'half an hour', segments: [] }), 'x', null);
    expect(!bad.ok && bad.problems[0]?.field).toBe('total');
  });

  it('refuses segments that add up to more than four hours', () => {
    const segments = [1, 2, 3].map((i) => ({ id: `s${i}`, title: `Part ${i}`, budget: '1:30:00', tags: [] }));
    const result = checkFormatDraft(draft({ segments }), 'x', null);
    expect(!result.ok && result.problems).toEqual([
      { field: 'segments', message: 'The segments add up to 4:30:00; a run lasts at most four hours.' },
    ]);
  });
});
