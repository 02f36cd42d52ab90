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
import { STAR_PARTS, starStoriesOf } from '../model/starStory';
import type { Story } from '../model/story';
import { BETS_GUIDANCE } from '../content/guidance/betsGuidance';
import { CONTRIBUTION_GUIDANCE } from '../content/guidance/contributionGuidance';
import { FAMILIES_GUIDANCE } from '../content/guidance/familiesGuidance';
import { CONSTRAINT_GUIDANCE, FIELD_MAP_GUIDANCE } from '../content/guidance/fieldMapGuidance';
import { LIMITATIONS_GUIDANCE } from '../content/guidance/limitationsGuidance';
import { STAR_GUIDANCE } from '../content/guidance/starGuidance';
import { OUTLINE_GUIDANCE } from '../content/guidance/outlineGuidance';
import { formatDuration, wholeMinutes } from '../time/duration';
import { bullet, heading, joinBlocks, labelled, labelledProse, table, task } from './markdownBlocks';

const NOTHING = '*Nothing written yet.*';

/** The section's heading and blocks, or a note that it is empty. */
function section(title: string, blocks: readonly string[]): string {
  const body = joinBlocks(blocks);
  return joinBlocks([heading(2, title), body === '' ? NOTHING : body]);
}

/* Every field is headed with the label the screen shows (its guidance), so the two never drift. */
const FM = FIELD_MAP_GUIDANCE.fields;
const FA = FAMILIES_GUIDANCE.fields;
const BE = BETS_GUIDANCE.fields;
const CO = CONTRIBUTION_GUIDANCE.fields;
const LI = LIMITATIONS_GUIDANCE.fields;

export function fieldMapMarkdown({ fieldMap }: Story): string {
  const constraints = CONSTRAINT_KEYS.filter((key) => fieldMap.constraints[key].trim() !== '');
  return section(SECTION_LABELS.fieldMap, [
    labelled(FM.broadField.label, fieldMap.broadField),
    labelled(FM.subArea.label, fieldMap.subArea),
    labelledProse(FM.coreTask.label, fieldMap.coreTask),
    labelledProse(FM.challenge.label, fieldMap.challenge),
    labelledProse(FM.recentChange.label, fieldMap.recentChange),
    fieldMap.evidence.length === 0 ? '' : `**${FM.evidence.label}**`,
    fieldMap.evidence
      .map((item) =>
        bullet(`${EVIDENCE_KIND_LABELS[item.kind]}: ${item.done}${item.learned.trim() ? `\nLearned: ${item.learned}` : ''}`),
      )
      .join('\n'),
    labelledProse(FM.productUser.label, fieldMap.productUser),
    constraints.length === 0
      ? ''
      : table(
          ['Constraint', 'What it demands'],
          constraints.map((key) => [CONSTRAINT_GUIDANCE[key].label, fieldMap.constraints[key]]),
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
      labelled(FA.idea.label, family.idea),
      labelled(FA.methods.label, family.methods),
      labelled(FA.solves.label, family.solves),
      labelled(FA.whyWorks.label, family.whyWorks),
      labelled(FA.failsWhere.label, family.failsWhere),
      labelled(FA.assumes.label, family.assumes),
      labelled(FA.experience.label, family.experience),
      family.winsWhen.some((w) => w.text.trim()) ? `**${FA.winsWhen.label}**` : '',
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
        labelled(BE.statement.label, bet.statement),
        labelled(BE.confidence.label, bet.confidence === null ? 'not set' : `${bet.confidence} %`),
        labelled(BE.horizon.label, bet.horizon ?? 'not set'),
        labelled(BE.status.label, BET_STATUS_LABELS[bet.status]),
        labelled(BE.evidence.label, bet.evidence),
        labelled(BE.disconfirming.label, bet.disconfirming),
        bet.reviews
          .filter((r) => r.note.trim())
          .map((r) => bullet(`${r.date ?? 'Undated'}: ${r.note}`))
          .join('\n'),
      ]),
    ),
  );
}

export function contributionMarkdown(story: Story): string {
  const { contribution } = story;
  const stars = starStoriesOf(story);
  return section(SECTION_LABELS.contribution, [
    labelled(CO.statement.label, contribution.statement),
    labelled(CO.myPart.label, contribution.myPart),
    labelled(CO.teamPart.label, contribution.teamPart),
    labelled(CO.gap.label, contribution.gap),
    labelled(CO.mainIdea.label, contribution.mainIdea),
    ...ALTITUDE_KEYS.filter((key) => hasText(contribution.altitudes[key].text) || contribution.altitudes[key].why.trim()).map(
      (key) =>
        joinBlocks([
          heading(3, ALTITUDE_LABELS[key]),
          labelledProse('At this altitude', contribution.altitudes[key].text),
          labelled('Why this choice', contribution.altitudes[key].why),
        ]),
    ),
    stars.length === 0 ? '' : heading(3, STAR_GUIDANCE.bank.label),
    ...stars.map((star, i) =>
      joinBlocks([
        heading(4, star.title.trim() === '' ? `STAR story ${i + 1}` : star.title),
        ...STAR_PARTS.map((part) => labelled(STAR_GUIDANCE[part].label, star[part])),
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
    l.failureModes.length === 0 ? '' : `**${LI.failureModes.label}**`,
    l.failureModes.map((f) => bullet(`${f.where}${f.evidence.trim() ? `\nEvidence: ${f.evidence}` : ''}`)).join('\n'),
    labelledProse(LI.assumptions.label, l.assumptions),
    labelledProse(LI.tradeoffs.label, l.tradeoffs),
    labelled(LI.nextExperiment.label, l.nextExperiment),
    labelled(LI.nextExpected.label, l.nextExpected),
    labelledProse(LI.doDifferently.label, l.doDifferently),
    labelledProse(LI.measured.label, l.measured),
    labelledProse(LI.believed.label, l.believed),
    labelled(LI.computeUp.label, l.computeUp),
    labelled(LI.computeDown.label, l.computeDown),
    labelled(LI.deployWatch.label, l.deployWatch),
    labelled(LI.deployGuard.label, l.deployGuard),
  ]);
}

export function outlineMarkdown({ outline }: Story): string {
  const beats = outline.beats.map((beat, i) =>
    joinBlocks([
      heading(3, `${i + 1}. ${beat.title} (${formatDuration(beat.budgetMs)})`),
      beat.bullets
        .filter((b) => b.trim())
        .map((b) => bullet(b))
        .join('\n'),
      labelledProse('Speaker notes', beat.notes),
    ]),
  );
  return section(SECTION_LABELS.outline, [
    outline.beats.length === 0 ? '' : labelled(OUTLINE_GUIDANCE.fields.talkMs.label, `${wholeMinutes(outline.talkMs)} minutes`),
    ...beats,
  ]);
}
