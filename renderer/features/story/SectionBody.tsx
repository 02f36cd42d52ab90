import { SECTION_LABELS, type SectionId } from '../../../shared/model/sections';
import type { Story } from '../../../shared/model/story';

/** The body of the current section. */
export function SectionBody({ section }: { story: Story; section: SectionId }) {
  return (
    <section className="section" aria-labelledby={`section-${section}`}>
      <h2 id={`section-${section}`}>{SECTION_LABELS[section]}</h2>
    </section>
  );
}
