import { describe, expect, it } from 'vitest';
import { findPreset, listFormats, PRESET_CUES, PRESET_FORMATS } from '../../../shared/content/rehearsalPresets';
import { rehearsalFormatSchema } from '../../../shared/model/rehearsalFormat';

const total = (id: string) => findPreset(id)?.segments.reduce((sum, s) => sum + s.budgetMs, 0);

describe('rehearsal presets', () => {
  it('are all valid formats with distinct ids', () => {
    for (const format of PRESET_FORMATS) expect(rehearsalFormatSchema.safeParse(format).success, format.name).toBe(true);
    expect(new Set(PRESET_FORMATS.map((f) => f.id)).size).toBe(PRESET_FORMATS.length);
  });

  it('have the budgets of the brief', () => {
    expect(findPreset('preset-research-presentation')).toMatchObject({ source: 'outline', totalMs: 1_200_000 });
    expect(findPreset('preset-research-design')?.segments.map((s) => [s.title, s.budgetMs])).toEqual([
      ['Framing', 900_000],
      ['Solution sketch', 1_200_000],
      ['Research-impact deep dive', 600_000],
    ]);
    expect(findPreset('preset-state-of-the-art')?.segments.map((s) => s.title)).toEqual([
      'Field map',
      'Method families',
      'First-hand evidence',
      'Bets',
      'Product',
    ]);
    expect(total('preset-state-of-the-art')).toBe(900_000);
    expect(total('preset-hypothesis-pitch')).toBe(30_000);
    // A research-vision round runs 30 to 45 minutes.
    expect(total('preset-research-vision')).toBe(35 * 60_000);
    expect(total('preset-behavioural')).toBe(180_000);
    expect(Math.round(180 * (findPreset('preset-behavioural')?.warnAtFraction ?? 0))).toBe(120);
  });

  it('give every segment of a segmented preset its cue prompts and its totals', () => {
    for (const format of PRESET_FORMATS.filter((f) => f.source === 'segments')) {
      expect(format.segments.reduce((sum, s) => sum + s.budgetMs, 0)).toBe(format.totalMs);
      for (const segment of format.segments) expect(PRESET_CUES[segment.id]?.length, segment.id).toBeGreaterThan(0);
    }
  });

  it('lists an edited preset in place of the shipped one, then the user’s formats by name', () => {
    const edited = { ...findPreset('preset-hypothesis-pitch')!, name: 'Elevator pitch' };
    const own = (name: string) => ({ ...edited, id: `own-${name}`, presetKey: null, name });
    const list = listFormats([own('Zeta'), edited, own('Alpha')]);
    expect(list.map((f) => f.name)).toEqual([
      'Research presentation',
      'Research-design round',
      'State-of-the-art discussion',
      'Research vision',
      'Elevator pitch',
      'Behavioural answer (STAR)',
      'Paper discussion',
      'Alpha',
      'Zeta',
    ]);
  });
});
