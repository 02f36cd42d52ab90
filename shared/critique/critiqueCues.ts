/*
 * What the cue cards of a paper-discussion run show, taken from a critique. The run's segments
 * take the critique's parts in order: the summary (the paper, its claims, the summary as notes),
 * the critique (attacks with the experiment each asks for, then what holds, the strongest and
 * weakest points), and the extensions (the ask, follow-up ideas, the verdict and its condition).
 */
import { LENS_GUIDANCE } from '../content/guidance/critiqueGuidance';
import { RIGOR_LENSES, VERDICT_LABELS, type Critique, type CritiqueLine } from '../model/critique';
import { hasText, plainText, type RichText } from '../model/richText';
import { toOneLine } from '../text/toOneLine';

export const CRITIQUE_PARTS = ['summary', 'critique', 'extensions'] as const;
export type CritiquePart = (typeof CRITIQUE_PARTS)[number];

export interface CritiqueCue {
  bullets: string[];
  notes: RichText | null;
}

const filled = (lines: readonly CritiqueLine[]) => lines.map((l) => toOneLine(l.text).trim()).filter((t) => t !== '');
const oneLine = (text: string) => toOneLine(text).trim();

/** The part of the critique a segment rehearses: by position, the last part for any further segments. */
export function critiquePartAt(segmentIndex: number): CritiquePart {
  return CRITIQUE_PARTS[Math.min(segmentIndex, CRITIQUE_PARTS.length - 1)]!;
}

/** The bullets and notes of one part of a critique. */
export function critiqueCue(critique: Critique, part: CritiquePart): CritiqueCue {
  if (part === 'summary') {
    const { paper } = critique;
    const source = [paper.authors, paper.venue]
      .map(oneLine)
      .filter((t) => t !== '')
      .join(', ');
    const title = oneLine(paper.title);
    return {
      bullets: [
        ...(title ? [source ? `${title} (${source})` : title] : []),
        ...filled(critique.claims).map((claim) => `Claim: ${claim}`),
      ],
      notes: hasText(critique.summary) ? critique.summary : null,
    };
  }
  if (part === 'critique') {
    const attacks = RIGOR_LENSES.filter((lens) => critique.lenses[lens].standing === 'attack').map((lens) => {
      const { finding, experiment } = critique.lenses[lens];
      const ask = oneLine(experiment);
      return `Attack, ${LENS_GUIDANCE[lens].label.toLowerCase()}: ${oneLine(finding) || 'no finding written'}${ask ? ` → ask for: ${ask}` : ''}`;
    });
    const holds = RIGOR_LENSES.filter((lens) => critique.lenses[lens].standing === 'holds').map((lens) => {
      const finding = oneLine(critique.lenses[lens].finding);
      return `Holds, ${LENS_GUIDANCE[lens].label.toLowerCase()}${finding ? `: ${finding}` : ''}`;
    });
    return {
      bullets: [
        ...filled(critique.strengths).map((s) => `Strength: ${s}`),
        ...attacks,
        ...holds,
        ...filled(critique.weaknesses).map((w) => `Weakness: ${w}`),
      ],
      notes: null,
    };
  }
  const { verdict } = critique;
  const ask = oneLine(plainText(critique.askedExperiment));
  const condition = oneLine(verdict.changeCondition);
  return {
    bullets: [
      ...(ask ? [`Ask the authors: ${ask}`] : []),
      ...filled(critique.extensions).map((e) => `Next: ${e}`),
      ...(verdict.call
        ? [`Verdict: ${VERDICT_LABELS[verdict.call]}${condition ? `. What would change it: ${condition}` : ''}`]
        : []),
    ],
    notes: hasText(verdict.reasoning) ? verdict.reasoning : null,
  };
}
