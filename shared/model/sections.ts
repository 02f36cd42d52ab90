/** The sections of a story, in the order the workspace shows them. */
export const SECTION_IDS = ['fieldMap', 'families', 'bets', 'contribution', 'checklist', 'limitations', 'outline'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_LABELS: Record<SectionId, string> = {
  fieldMap: 'Field map',
  families: 'Method families',
  bets: 'Falsifiable bets',
  contribution: 'Contribution',
  checklist: 'Experiment checklist',
  limitations: 'Limitations',
  outline: 'Talk outline',
};

/** Whether a string names a section. */
export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}
