/*
 * One function per story section, each returning its markdown blocks (heading first). Empty
 * fields are left out so the document reads like what the user wrote, not like a form.
 */
import { BET_STATUS_LABELS } from '../model/bets';
import { CHECK_STATUS_LABELS } from '../model/checklist';
import { ALTITUDE_KEYS, ALTITUDE_LABELS } from '../model/contribution';
import { RATING_LABELS, ratingOf } from '../model/families';
import { CONSTRAINT_KEYS, EVIDENCE_KIND_LABELS } from '../model/fieldMap';
import { hasText } from '../model/richText';
import { SECTION_LABELS } from '../model/sections';
import type { Story } from '../model/story';
import { formatDuration, secondsToMs } from '../time/duration';
import { bullet, heading, joinBlocks, labelled, labelledProse, table, task } from './markdownBlocks';

const NOTHING = '*Nothing written yet.*';

/** The section's heading and blocks, or a note that it is empty. */
function section(title: string, blocks: readonly string[]): string {
  const body = joinBlocks(blocks);
  return joinBlocks([heading(2, title), body === '' ? NOTHING : body]);
}

const CONSTRAINT_LABELS: Record<(typeof CONSTRAINT_KEYS)[number], string> = {
  quality: 'Quality bar',
  latency: 'Latency',
  cost: 'Cost',
  privacy: 'Privacy',
  monitoring: 'Monitoring',
};

export function fieldMapMarkdown({ fieldMap }: Story): string {
  const constraints = CONSTRAINT_KEYS.filter((key) => fieldMap.constraints[key].trim() !== '');
  return section(SECTION_LABELS.fieldMap, [
    labelled('Broad field', fieldMap.broadField),
    labelled('Scoped sub-area', fieldMap.subArea),
    labelledProse('Core task', fieldMap.coreTask),
    labelledProse('Central technical challenge', fieldMap.challenge),
    labelledProse('What changed recently', fieldMap.recentChange),
    fieldMap.evidence.length === 0 ? '' : '**First-hand evidence**',
    fieldMap.evidence
      .map((item) =>
        bullet(`${EVIDENCE_KIND_LABELS[item.kind]}: ${item.done}${item.learned.trim() ? `\nLearned: ${item.learned}` : ''}`),
      )
      .join('\n'),
    labelledProse('Product bridge: the real user', fieldMap.productUser),
    constraints.length === 0
      ? ''
      : table(
          ['Constraint', 'What it demands'],
          constraints.map((key) => [CONSTRAINT_LABELS[key], fieldMap.constraints[key]]),
        ),
  ]);
}

export function familiesMarkdown({ families }: Story): string {
  const { axes, items } = families;
  const cell = (rating: ReturnType<typeof ratingOf>) => {
    const score = rating.score === null ? '' : `${rating.score}/5 ${RATING_LABELS[rating.score]}`;
    return [score, rating.note.trim()].filter(Boolean).join(' — ') || '—';
  };
  const matrix =
    items.length === 0
      ? ''
      : table(
          ['Family', ...axes.map((a) => a.name)],
          items.map((f) => [f.name, ...axes.map((a) => cell(ratingOf(f, a.id)))]),
        );
  const details = items.map((family) =>
    joinBlocks([
      heading(3, family.name),
      labelled('Underlying idea', family.idea),
      labelled('Representative methods', family.methods),
      labelled('What it solves', family.solves),
      labelled('Why it works', family.whyWorks),
      labelled('Where it fails', family.failsWhere),
      labelled('What it assumes', family.assumes),
      labelled('My experience', family.experience),
      family.winsWhen.some((w) => w.text.trim()) ? '**Wins when:**' : '',
      family.winsWhen
        .filter((w) => w.text.trim())
        .map((w) => bullet(w.text))
        .join('\n'),
    ]),
  );
  return section(SECTION_LABELS.families, [matrix, ...details]);
}

export function betsMarkdown({ bets }: Story): string {
  return section(
    SECTION_LABELS.bets,
    bets.map((bet, i) =>
      joinBlocks([
        heading(3, `Bet ${i + 1}`),
        labelled('Statement', bet.statement),
        labelled('Confidence', bet.confidence === null ? 'not set' : `${bet.confidence} %`),
        labelled('Horizon', bet.horizon ?? 'not set'),
        labelled('Status', BET_STATUS_LABELS[bet.status]),
        labelled('Evidence', bet.evidence),
        labelled('What would prove it wrong', bet.disconfirming),
        bet.reviews
          .filter((r) => r.note.trim())
          .map((r) => bullet(`${r.date ?? 'Undated'}: ${r.note}`))
          .join('\n'),
      ]),
    ),
  );
}

export function contributionMarkdown({ contribution }: Story): string {
  return section(SECTION_LABELS.contribution, [
    labelled('Statement', contribution.statement),
    labelled('My part', contribution.myPart),
    labelled('The team’s part', contribution.teamPart),
    labelled('Gap in prior work', contribution.gap),
    labelled('Main idea', contribution.mainIdea),
    ...ALTITUDE_KEYS.filter((key) => hasText(contribution.altitudes[key].text) || contribution.altitudes[key].why.trim()).map(
      (key) =>
        joinBlocks([
          heading(3, ALTITUDE_LABELS[key]),
          labelledProse('At this altitude', contribution.altitudes[key].text),
          labelled('Why this choice', contribution.altitudes[key].why),
        ]),
    ),
  ]);
}

export function checklistMarkdown({ checklist }: Story): string {
  const items = checklist.items.map((item) => {
    const evidence = item.evidence.trim() ? `\nEvidence: ${item.evidence}` : '';
    return task(
      item.status === 'addressed' || item.status === 'notApplicable',
      `${item.title} (${CHECK_STATUS_LABELS[item.status]})${evidence}`,
    );
  });
  return section(SECTION_LABELS.checklist, [items.join('\n')]);
}

export function limitationsMarkdown({ limitations: l }: Story): string {
  return section(SECTION_LABELS.limitations, [
    l.failureModes.length === 0 ? '' : '**Failure modes**',
    l.failureModes.map((f) => bullet(`${f.where}${f.evidence.trim() ? `\nEvidence: ${f.evidence}` : ''}`)).join('\n'),
    labelledProse('Assumptions', l.assumptions),
    labelledProse('Trade-offs', l.tradeoffs),
    labelled('Most informative experiment not yet run', l.nextExperiment),
    labelled('Expected outcome', l.nextExpected),
    labelledProse('What I would do differently', l.doDifferently),
    labelledProse('Measured', l.measured),
    labelledProse('Believed', l.believed),
    labelled('With 10× the compute', l.computeUp),
    labelled('With 1/10 of the compute', l.computeDown),
    labelled('What to watch online', l.deployWatch),
    labelled('First failure mode to guard against', l.deployGuard),
  ]);
}

export function outlineMarkdown({ outline }: Story): string {
  const beats = outline.beats.map((beat, i) =>
    joinBlocks([
      heading(3, `${i + 1}. ${beat.title} (${formatDuration(secondsToMs(beat.budgetSeconds))})`),
      beat.bullets
        .filter((b) => b.trim())
        .map((b) => bullet(b))
        .join('\n'),
      labelledProse('Speaker notes', beat.notes),
    ]),
  );
  return section(SECTION_LABELS.outline, [
    outline.beats.length === 0 ? '' : labelled('Talk length', `${outline.talkMinutes} minutes`),
    ...beats,
  ]);
}
