import { describe, expect, it } from 'vitest';
import * as rules from '../../../shared/critique/critiqueRules';
import { CRITIQUE_RULES, type CritiqueRule } from '../../../shared/critique/critiqueRules';
import { partitionCritiqueFindings, reviewCritique } from '../../../shared/critique/reviewCritique';
import { critiqueSchema, newCritique, type RIGOR_LENSES, type Critique } from '../../../shared/model/critique';
import { emptyDoc } from '../../../shared/model/richText';
import { strongCritique } from './strongCritique';

function fires(rule: CritiqueRule, critique: Critique) {
  return rule.check(critique);
}

function withLens(
  critique: Critique,
  lens: (typeof RIGOR_LENSES)[number],
  patch: Partial<Critique['lenses']['baselines']>,
): Critique {
  return { ...critique, lenses: { ...critique.lenses, [lens]: { ...critique.lenses[lens], ...patch } } };
}

describe('critique review rules', () => {
  it('say nothing about a strong critique, which is itself valid', () => {
    const strong = strongCritique();
    expect(critiqueSchema.safeParse(strong).success).toBe(true);
    expect(reviewCritique(strong)).toEqual([]);
  });

  it('find the gaps of a new, empty critique, errors first', () => {
    const findings = reviewCritique(newCritique('', 0));
    const ids = findings.map((f) => f.ruleId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'critique.noPaperTitle',
        'critique.noClaims',
        'critique.noStrength',
        'critique.fewLensesChecked',
        'critique.noVerdict',
      ]),
    );
    const severities = findings.map((f) => f.severity);
    expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('error'));
  });

  it('every rule has a distinct id, a reason and a fix', () => {
    expect(new Set(CRITIQUE_RULES.map((r) => r.id)).size).toBe(CRITIQUE_RULES.length);
    for (const rule of CRITIQUE_RULES) {
      expect(rule.why.length).toBeGreaterThan(20);
      expect(rule.fix.length).toBeGreaterThan(10);
    }
  });

  describe('an attack with no proposed experiment', () => {
    it('fires on the lens, at its experiment field', () => {
      const critique = withLens(strongCritique(), 'baselines', {
        standing: 'attack',
        finding: 'Untuned baseline.',
        experiment: ' ',
      });
      expect(fires(rules.attackWithoutExperiment, critique)).toEqual([
        {
          path: ['lenses', 'baselines', 'experiment'],
          message: 'The attack on baselines and their tuning proposes no experiment.',
        },
      ]);
    });
    it('does not fire when the lens holds or names its experiment', () => {
      expect(
        fires(rules.attackWithoutExperiment, withLens(strongCritique(), 'baselines', { standing: 'holds', experiment: '' })),
      ).toEqual([]);
      expect(fires(rules.attackWithoutExperiment, strongCritique())).toEqual([]);
    });
  });

  describe('an attack with no finding', () => {
    it('fires when an attack says nothing about what was found', () => {
      const critique = withLens(strongCritique(), 'metric', { standing: 'attack', finding: '', experiment: 'Human rating.' });
      expect(fires(rules.attackWithoutFinding, critique)[0]?.path).toEqual(['lenses', 'metric', 'finding']);
    });
    it('does not fire on an attack with its finding', () => {
      expect(fires(rules.attackWithoutFinding, strongCritique())).toEqual([]);
    });
  });

  describe('a lens that holds with no reason', () => {
    it('fires', () => {
      const critique = withLens(strongCritique(), 'generality', { standing: 'holds', finding: '' });
      expect(fires(rules.holdsWithoutReason, critique)[0]?.message).toBe(
        'Generality is marked “Holds up” with nothing to show why.',
      );
    });
    it('does not fire on a lens not checked yet', () => {
      expect(
        fires(rules.holdsWithoutReason, withLens(strongCritique(), 'generality', { standing: 'notChecked', finding: '' })),
      ).toEqual([]);
    });
  });

  describe('few lenses checked', () => {
    it('fires below the minimum and names the lenses left', () => {
      let critique = strongCritique();
      for (const lens of ['baselines', 'metric', 'ablations', 'contamination'] as const) {
        critique = withLens(critique, lens, { standing: 'notChecked' });
      }
      const [hit] = fires(rules.fewLensesChecked, critique);
      expect(hit?.message).toBe(
        'Only 3 of 7 lenses checked; not yet: baselines and their tuning, metric and its blind spots, ablations, contamination.',
      );
      expect(hit?.path).toEqual(['lenses', 'baselines', 'standing']);
    });
    it('does not fire at the minimum', () => {
      let critique = strongCritique();
      for (const lens of ['baselines', 'metric', 'ablations'] as const)
        critique = withLens(critique, lens, { standing: 'notChecked' });
      expect(fires(rules.fewLensesChecked, critique)).toEqual([]);
    });
  });

  describe('no strength named', () => {
    it('fires when every strength is blank', () => {
      const critique = { ...strongCritique(), strengths: [{ id: 's1', text: '   ' }] };
      expect(fires(rules.noStrength, critique)).toEqual([
        { path: ['strengths', { id: 's1' }, 'text'], message: 'No strength of the paper is named.' },
      ]);
      expect(fires(rules.noStrength, { ...critique, strengths: [] })[0]?.path).toEqual(['strengths']);
    });
    it('does not fire with one strength', () => {
      expect(fires(rules.noStrength, strongCritique())).toEqual([]);
    });
  });

  describe('no weakness named', () => {
    it('fires on praise alone and not otherwise', () => {
      expect(fires(rules.noWeakness, { ...strongCritique(), weaknesses: [] })).toHaveLength(1);
      expect(fires(rules.noWeakness, strongCritique())).toEqual([]);
    });
  });

  describe('a verdict with no condition', () => {
    it('fires when a call is made with nothing that would change it', () => {
      const strong = strongCritique();
      const critique = { ...strong, verdict: { ...strong.verdict, changeCondition: '' } };
      expect(fires(rules.verdictWithoutCondition, critique)).toEqual([
        { path: ['verdict', 'changeCondition'], message: 'The verdict says nothing about what would change it.' },
      ]);
    });
    it('does not fire with a condition, nor before any call is made (noVerdict covers that)', () => {
      const strong = strongCritique();
      expect(fires(rules.verdictWithoutCondition, strong)).toEqual([]);
      const noCall = { ...strong, verdict: { ...strong.verdict, call: null, changeCondition: '' } };
      expect(fires(rules.verdictWithoutCondition, noCall)).toEqual([]);
      expect(fires(rules.noVerdict, noCall)).toHaveLength(1);
      expect(fires(rules.noVerdict, strong)).toEqual([]);
    });
  });

  describe('a rejection with no attack', () => {
    it('fires when leaning to reject while no lens is attacked', () => {
      const strong = withLens(strongCritique(), 'variance', { standing: 'holds' });
      const critique = { ...strong, verdict: { ...strong.verdict, call: 'reject' as const } };
      expect(fires(rules.rejectWithoutAttack, critique)).toHaveLength(1);
    });
    it('does not fire when an attack backs it, or when the call accepts', () => {
      const strong = strongCritique();
      expect(fires(rules.rejectWithoutAttack, { ...strong, verdict: { ...strong.verdict, call: 'weakReject' } })).toEqual([]);
      expect(fires(rules.rejectWithoutAttack, withLens(strong, 'variance', { standing: 'holds' }))).toEqual([]);
    });
  });

  describe('the paper, its summary and claims', () => {
    it('fire on a blank title, a blank summary, no claims, a claim wider than a paper shows, and a link Viva will not open', () => {
      const strong = strongCritique();
      expect(fires(rules.noPaperTitle, { ...strong, paper: { ...strong.paper, title: ' ' } })).toHaveLength(1);
      expect(fires(rules.noSummary, { ...strong, summary: emptyDoc() })).toHaveLength(1);
      expect(fires(rules.noClaims, { ...strong, claims: [{ id: 'c1', text: '' }] })).toHaveLength(1);
      expect(fires(rules.sweepingClaim, { ...strong, claims: [{ id: 'c1', text: 'The method is better.' }] })).toEqual([
        { path: ['claims', { id: 'c1' }, 'text'], message: '“The method is better.” says better with no condition.' },
      ]);
      expect(fires(rules.unsafeLink, { ...strong, paper: { ...strong.paper, link: 'javascript:alert(1)' } })[0]?.message).toBe(
        '“javascript:alert(1)” is not a web address starting with https://.',
      );
      expect(fires(rules.noAskedExperiment, { ...strong, askedExperiment: emptyDoc() })).toHaveLength(1);
    });
    it('do not fire on the strong critique, on a blank link, or on a claim with its condition', () => {
      const strong = strongCritique();
      for (const rule of [
        rules.noPaperTitle,
        rules.noSummary,
        rules.noClaims,
        rules.sweepingClaim,
        rules.unsafeLink,
        rules.noAskedExperiment,
      ]) {
        expect(fires(rule, strong)).toEqual([]);
      }
      expect(fires(rules.unsafeLink, { ...strong, paper: { ...strong.paper, link: '' } })).toEqual([]);
      expect(
        fires(rules.sweepingClaim, { ...strong, claims: [{ id: 'c1', text: 'The method is better on long documents.' }] }),
      ).toEqual([]);
    });
  });

  it('keeps a dismissed finding apart with its reason, under a key that survives edits of the text', () => {
    const strong = strongCritique();
    const critique = { ...strong, weaknesses: [{ id: 'w1', text: '' }] };
    const [finding] = reviewCritique(critique);
    expect(finding?.key).toBe('critique.noWeakness@weaknesses/#w1/text');
    const dismissals = [{ key: finding!.key, reason: 'The paper is a short note.', at: 0 }];
    expect(partitionCritiqueFindings(reviewCritique(critique), dismissals)).toEqual({
      open: [],
      dismissed: [{ finding, reason: 'The paper is a short note.' }],
    });
    const edited = { ...critique, paper: { ...critique.paper, venue: 'Workshop' } };
    expect(partitionCritiqueFindings(reviewCritique(edited), dismissals).open).toEqual([]);
  });
});
