/*
 * A paper critique as one GitHub-flavoured markdown document. Every piece of user text goes
 * through the escaping builders (markdownBlocks.ts), and the paper's link is written as a link
 * only when it is a safe web address; otherwise it stays literal text.
 */
import { LENS_GUIDANCE } from '../content/guidance/critiqueGuidance';
import {
  critiqueTitle,
  LENS_STANDING_LABELS,
  RIGOR_LENSES,
  VERDICT_LABELS,
  type Critique,
  type CritiqueLine,
} from '../model/critique';
import { isSafeHref } from '../model/safeHref';
import { escapeInline, escapeUrl } from './escapeMarkdown';
import { bullet, heading, joinBlocks, labelled, labelledProse } from './markdownBlocks';
import { proseToMarkdown } from './proseMarkdown';
import { hasText } from '../model/richText';

function lines(items: readonly CritiqueLine[], empty: string): string {
  const filled = items.filter((item) => item.text.trim() !== '');
  return filled.length === 0 ? `_${empty}_` : filled.map((item) => bullet(item.text)).join('\n');
}

function linkBlock(link: string): string {
  const trimmed = link.trim();
  if (trimmed === '') return '';
  if (!isSafeHref(trimmed)) return labelled('Link', trimmed);
  return `**Link:** [${escapeInline(trimmed, false)}](${escapeUrl(trimmed)})`;
}

function lensesBlock(critique: Critique): string {
  return joinBlocks(
    RIGOR_LENSES.map((lens) => {
      const reading = critique.lenses[lens];
      return joinBlocks([
        heading(3, `${LENS_GUIDANCE[lens].label}: ${LENS_STANDING_LABELS[reading.standing].toLowerCase()}`),
        labelled('Finding', reading.finding),
        reading.standing === 'attack' ? labelled('Experiment to settle it', reading.experiment) : '',
      ]);
    }),
  );
}

/** The whole critique as markdown, ending with a newline. */
export function critiqueMarkdown(critique: Critique): string {
  const { paper, verdict } = critique;
  const text = joinBlocks([
    heading(1, `Critique: ${critiqueTitle(critique)}`),
    [labelled('Authors', paper.authors), labelled('Venue', paper.venue), linkBlock(paper.link)]
      .filter((line) => line !== '')
      .join('\\\n'),
    heading(2, 'Summary'),
    hasText(critique.summary) ? proseToMarkdown(critique.summary) : '_No summary yet._',
    heading(2, 'Claims'),
    lines(critique.claims, 'No claims written yet.'),
    heading(2, 'Rigor lenses'),
    lensesBlock(critique),
    heading(2, 'Strongest points'),
    lines(critique.strengths, 'None named yet.'),
    heading(2, 'Weakest points'),
    lines(critique.weaknesses, 'None named yet.'),
    heading(2, 'The experiment to ask the authors for'),
    hasText(critique.askedExperiment) ? proseToMarkdown(critique.askedExperiment) : '_Not chosen yet._',
    heading(2, 'Where to take it next'),
    lines(critique.extensions, 'No follow-up ideas yet.'),
    heading(2, 'Verdict'),
    verdict.call === null ? '_No call yet._' : `**Call:** ${VERDICT_LABELS[verdict.call]}`,
    labelledProse('Why', verdict.reasoning),
    labelled('What would change it', verdict.changeCondition),
  ]);
  return `${text}\n`;
}
