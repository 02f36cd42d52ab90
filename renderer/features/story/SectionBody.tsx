import type { ComponentType } from 'react';
import type { SectionId } from '../../../shared/model/sections';
import type { Story } from '../../../shared/model/story';
import { BetsSection } from './sections/BetsSection';
import { ChecklistSection } from './sections/ChecklistSection';
import { ContributionSection } from './sections/ContributionSection';
import { FamiliesSection } from './sections/FamiliesSection';
import { FieldMapSection } from './sections/FieldMapSection';
import { LimitationsSection } from './sections/LimitationsSection';
import { OutlineSection } from './sections/OutlineSection';

const SECTIONS: Record<SectionId, ComponentType<{ story: Story }>> = {
  fieldMap: FieldMapSection,
  families: FamiliesSection,
  bets: BetsSection,
  contribution: ContributionSection,
  checklist: ChecklistSection,
  limitations: LimitationsSection,
  outline: OutlineSection,
};

/** The body of the current section. */
export function SectionBody({ story, section }: { story: Story; section: SectionId }) {
  const Section = SECTIONS[section];
  return <Section story={story} />;
}
