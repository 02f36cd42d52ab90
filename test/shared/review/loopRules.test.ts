/*
 * The rules added for the full interview loop: each one fires on the weakness it names and stays
 * quiet when the field is done well; the guidance's weak examples trip the rules they illustrate;
 * the sample story and a strong story set off no error or warning.
 */
import { describe, expect, it } from 'vitest';
import { ALTITUDE_GUIDANCE } from '../../../shared/content/guidance/contributionGuidance';
import { BETS_GUIDANCE } from '../../../shared/content/guidance/betsGuidance';
import { FIELD_MAP_GUIDANCE } from '../../../shared/content/guidance/fieldMapGuidance';
import { STAR_GUIDANCE } from '../../../shared/content/guidance/starGuidance';
import { sampleStory } from '../../../shared/content/sample/sampleStory';
import { newBet } from '../../../shared/model/bets';
import { emptyFieldMap } from '../../../shared/model/fieldMap';
import { newFamily } from '../../../shared/model/families';
import { docFromText } from '../../../shared/model/richText';
import type { Story } from '../../../shared/model/story';
import { reviewStory } from '../../../shared/review/reviewStory';
import { betNoEvidence } from '../../../shared/review/rules/betRules';
import { gainsWithOpenBaselines, notApplicableWithoutReason } from '../../../shared/review/rules/checklistRules';
import { altitudeWhyByAuthority, starResultWithoutNumber } from '../../../shared/review/rules/contributionRules';
import { newStarStory } from '../../../shared/model/starStory';
import { familyNameWithoutIdea, familyWhyByAuthority } from '../../../shared/review/rules/familyRules';
import {
  blankFraming,
  noMonitoringPlan,
  noProductConstraints,
  subAreaNotNarrower,
} from '../../../shared/review/rules/fieldMapRules';
import { noFirstGuard } from '../../../shared/review/rules/limitationsRules';
import { noLimitationsBeat } from '../../../shared/review/rules/outlineRules';
import { runRule, storyWith } from './runRule';

/** The first quoted example inside a guidance sentence: “NLP for QA” → NLP for QA. */
function quoted(weak: string | undefined): string {
  const match = /“([^”]+)”/.exec(weak ?? '');
  if (!match?.[1]) throw new Error(`No quoted example in: ${weak}`);
  return match[1];
}

const NOW = Date.UTC(2026, 2, 1);

describe('checklist.notApplicableWithoutReason', () => {
  const story = (evidence: string) => {
    const s = storyWith({});
    s.checklist.items[0] = { ...s.checklist.items[0]!, status: 'notApplicable', evidence };
    return s;
  };
  it('fires on an item marked not applicable with no reason written', () => {
    const hits = runRule(notApplicableWithoutReason, story('  '));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toMatch(/marked not applicable with no reason/);
    expect(hits[0]!.path.at(-1)).toBe('evidence');
  });
  it('stays quiet when the reason is written, and for items in any other status', () => {
    expect(runRule(notApplicableWithoutReason, story('No test set: the evaluation is a live user study.'))).toEqual([]);
    expect(runRule(notApplicableWithoutReason, storyWith({}))).toEqual([]);
  });
});

describe('fieldMap.blankFraming', () => {
  it('fires once for each of the core task, the challenge and the recent change left blank', () => {
    const hits = runRule(
      blankFraming,
      storyWith({ fieldMap: { ...emptyFieldMap(), coreTask: docFromText('In: code. Out: a line.') } }),
    );
    expect(hits.map((h) => h.path)).toEqual([
      ['fieldMap', 'challenge'],
      ['fieldMap', 'recentChange'],
    ]);
  });
  it('stays quiet when all three are written', () => {
    const fieldMap = {
      ...emptyFieldMap(),
      coreTask: docFromText('In: code. Out: a line.'),
      challenge: docFromText('Latency at batch size one.'),
      recentChange: docFromText('Draft models shrank to 100M parameters in 2025.'),
    };
    expect(runRule(blankFraming, storyWith({ fieldMap }))).toEqual([]);
  });
});

describe('fieldMap.noProductConstraints and fieldMap.noMonitoringPlan', () => {
  it('fire when every product constraint and the monitoring plan are blank', () => {
    const story = storyWith({});
    expect(runRule(noProductConstraints, story)).toHaveLength(1);
    expect(runRule(noMonitoringPlan, story)[0]!.path).toEqual(['fieldMap', 'constraints', 'monitoring']);
  });
  it('stay quiet once one constraint binds and the monitoring plan is written', () => {
    const fieldMap = emptyFieldMap();
    fieldMap.constraints = {
      ...fieldMap.constraints,
      latency: 'Under 50 ms per token',
      monitoring: 'Acceptance rate; roll back below 40 %',
    };
    const story = storyWith({ fieldMap });
    expect(runRule(noProductConstraints, story)).toEqual([]);
    expect(runRule(noMonitoringPlan, story)).toEqual([]);
  });
});

describe('families.nameWithoutIdea', () => {
  it('fires on a family that has a name but no underlying idea', () => {
    const story = storyWith({ families: { axes: [], items: [newFamily('Draft-and-verify')] } });
    expect(runRule(familyNameWithoutIdea, story)[0]!.message).toBe('“Draft-and-verify” has a name but no underlying idea.');
  });
  it('stays quiet when the idea is written, and for a family not started', () => {
    const written = {
      ...newFamily('Draft-and-verify'),
      idea: 'A cheap model guesses ahead; the large one checks the guesses in one pass.',
    };
    expect(runRule(familyNameWithoutIdea, storyWith({ families: { axes: [], items: [written, newFamily('')] } }))).toEqual([]);
  });
});

describe('bets.noEvidence', () => {
  const withBet = (evidence: string) =>
    storyWith({ bets: [{ ...newBet(), statement: 'Drafting reaches phones by 2028.', evidence }] });
  it('fires on a stated bet with no evidence, and on one that rests on hearsay', () => {
    expect(runRule(betNoEvidence, withBet(''))[0]!.message).toMatch(/gives no evidence/);
    expect(runRule(betNoEvidence, withBet('Everyone says so.'))[0]!.message).toMatch(/rests on “everyone says”/);
  });
  it('stays quiet on evidence with a trend, and on a bet with no statement yet', () => {
    expect(runRule(betNoEvidence, withBet('Phone NPUs doubled their throughput twice since 2023.'))).toEqual([]);
    expect(runRule(betNoEvidence, storyWith({ bets: [newBet()] }))).toEqual([]);
  });
});

describe('limitations.noFirstGuard', () => {
  it('fires when no failure is named to guard against first', () => {
    expect(runRule(noFirstGuard, storyWith({}))[0]!.path).toEqual(['limitations', 'deployGuard']);
  });
  it('stays quiet once the guard is written', () => {
    const story = storyWith({});
    story.limitations.deployGuard = 'Fall back to the target model alone when acceptance drops under 30 %.';
    expect(runRule(noFirstGuard, story)).toEqual([]);
  });
});

describe('outline.noLimitationsBeat', () => {
  it('fires on a talk with no limitations beat', () => {
    const story = storyWith({});
    story.outline.beats = story.outline.beats.filter((beat) => beat.kind !== 'limitations');
    expect(runRule(noLimitationsBeat, story)).toEqual([
      { path: ['outline', 'beats'], message: 'None of the talk’s beats is about limitations.' },
    ]);
  });
  it('stays quiet on the default talk, which has one, and on a talk with no beats yet', () => {
    expect(runRule(noLimitationsBeat, storyWith({}))).toEqual([]);
    const empty = storyWith({});
    empty.outline.beats = [];
    expect(runRule(noLimitationsBeat, empty)).toEqual([]);
  });
});

describe('checklist.gainsWithOpenBaselines', () => {
  const claiming = (statement: string) => {
    const story = storyWith({});
    story.contribution.statement = statement;
    return story;
  };
  it('fires on each open baseline item when the story claims a gain', () => {
    const hits = runRule(gainsWithOpenBaselines, claiming('Hybrid drafting improves throughput by 2.4× on a laptop.'));
    expect(hits).toHaveLength(2);
    expect(hits[0]!.message).toMatch(/claims “improves”, yet “.*” is not yet addressed/);
  });
  it('reads the results beat of the talk too', () => {
    const story = storyWith({});
    const results = story.outline.beats.find((beat) => beat.kind === 'results')!;
    results.bullets = ['We outperform every baseline'];
    expect(runRule(gainsWithOpenBaselines, story).length).toBeGreaterThan(0);
  });
  it('stays quiet once the baseline items are addressed, or when no gain is claimed', () => {
    const story = claiming('Hybrid drafting improves throughput by 2.4× on a laptop.');
    story.checklist.items = story.checklist.items.map((item) =>
      item.builtinKey === 'strongBaselines' || item.builtinKey === 'equalTuning' ? { ...item, status: 'addressed' } : item,
    );
    expect(runRule(gainsWithOpenBaselines, story)).toEqual([]);
    expect(runRule(gainsWithOpenBaselines, claiming('We study drafting for code completion on laptops.'))).toEqual([]);
  });
});

describe('a why that appeals to authority', () => {
  it.each([
    'It is the standard formulation.',
    'Everyone uses it.',
    'Because it is SOTA.',
    'It is state of the art on HumanEval.',
  ])('fires on “%s” as the reason for a choice or for why a family works', (why) => {
    const story = storyWith({ families: { axes: [], items: [{ ...newFamily('Draft-and-verify'), whyWorks: why }] } });
    story.contribution.altitudes.formal.why = why;
    expect(runRule(altitudeWhyByAuthority, story)).toHaveLength(1);
    expect(runRule(familyWhyByAuthority, story)).toHaveLength(1);
  });
  it('stays quiet on a reason that names the mechanism, even when it mentions the standard', () => {
    const why =
      'A loss per hop gives a signal at every step, where the standard loss on the final answer gave none for the first 10k steps of training in our runs.';
    const story = storyWith({
      families: {
        axes: [],
        items: [{ ...newFamily('Draft-and-verify'), whyWorks: 'Verification of k tokens costs one forward pass.' }],
      },
    });
    story.contribution.altitudes.formal.why = why;
    expect(runRule(altitudeWhyByAuthority, story)).toEqual([]);
    expect(runRule(familyWhyByAuthority, story)).toEqual([]);
  });
});

describe('contribution.starResultWithoutNumber', () => {
  it('fires on a STAR story that ends on no number, or that is started but has no result', () => {
    const story = storyWith({
      starStories: [
        { ...newStarStory(), title: 'The leaked benchmark', result: 'It went well.' },
        { ...newStarStory(), situation: 'A deadline three weeks out.' },
      ],
    });
    expect(runRule(starResultWithoutNumber, story).map((h) => h.message)).toEqual([
      '“The leaked benchmark” ends on a result with no number.',
      'STAR story 2 has no result yet.',
    ]);
  });
  it('stays quiet on a measured result, a blank new story, and a story with no bank', () => {
    const story = storyWith({
      starStories: [{ ...newStarStory(), result: 'Cut the eval time from 9 hours to 40 minutes.' }, newStarStory()],
    });
    expect(runRule(starResultWithoutNumber, story)).toEqual([]);
    expect(runRule(starResultWithoutNumber, storyWith({}))).toEqual([]);
  });
});

describe('the guidance’s weak examples trip the rules they illustrate', () => {
  it('“NLP for QA” under “Natural language processing” is not a narrower sub-area', () => {
    const fieldMap = {
      ...emptyFieldMap(),
      broadField: FIELD_MAP_GUIDANCE.fields.broadField.example.replace(/\.$/, ''),
      subArea: quoted(FIELD_MAP_GUIDANCE.fields.subArea.weak),
    };
    expect(fieldMap.subArea).toBe('NLP for QA');
    const hits = runRule(subAreaNotNarrower, storyWith({ fieldMap }));
    expect(hits[0]!.message).toBe('“NLP for QA” joins whole fields; it does not name a corner of one.');
    // The guidance's own good example passes.
    expect(
      runRule(subAreaNotNarrower, storyWith({ fieldMap: { ...fieldMap, subArea: FIELD_MAP_GUIDANCE.fields.subArea.example } })),
    ).toEqual([]);
  });
  it('“It is the standard formulation” trips the appeal to authority', () => {
    const story = storyWith({});
    story.contribution.altitudes.formal.why = quoted(ALTITUDE_GUIDANCE.formal.why.weak);
    expect(runRule(altitudeWhyByAuthority, story)).toHaveLength(1);
    story.contribution.altitudes.formal.why = ALTITUDE_GUIDANCE.formal.why.example;
    expect(runRule(altitudeWhyByAuthority, story)).toEqual([]);
  });
  it('the STAR guidance’s weak result (“It went well”) trips the result rule, its example does not', () => {
    const star = (result: string) => storyWith({ starStories: [{ ...newStarStory(), result }] });
    expect(runRule(starResultWithoutNumber, star(quoted(STAR_GUIDANCE.result.weak)))).toHaveLength(1);
    expect(runRule(starResultWithoutNumber, star(STAR_GUIDANCE.result.example))).toEqual([]);
  });
  it('“everyone says so” as a bet’s evidence trips the no-evidence rule', () => {
    const story = storyWith({
      bets: [{ ...newBet(), statement: 'Small models close the gap.', evidence: quoted(BETS_GUIDANCE.fields.evidence.weak) }],
    });
    expect(runRule(betNoEvidence, story)).toHaveLength(1);
    story.bets[0]!.evidence = BETS_GUIDANCE.fields.evidence.example;
    expect(runRule(betNoEvidence, story)).toEqual([]);
  });
});

describe('strong stories', () => {
  const serious = (story: Story) =>
    reviewStory(story, { today: '2026-03-01' })
      .filter((f) => f.severity !== 'hint')
      .map((f) => `${f.ruleId}: ${f.message}`);

  it('the sample story, complete by Viva’s own measure, raises no error or warning', () => {
    expect(serious(sampleStory(NOW))).toEqual([]);
  });

  it('the sample with one checklist item reopened raises only that open risk', () => {
    const reopened = sampleStory(NOW);
    reopened.checklist.items = reopened.checklist.items.map((item, i) =>
      i === 0 ? { ...item, status: 'notYet', evidence: '' } : item,
    );
    expect(serious(reopened)).toEqual([expect.stringMatching(/^checklist\.openRisk: /)]);
  });
});
