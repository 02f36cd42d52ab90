import type { ReactNode } from 'react';
import { SECTION_LABELS, type SectionId } from '../../../../shared/model/sections';

/** A section of the story: title, what the section is for, then its fields. */
export function SectionLayout({
  section,
  intro,
  children,
  aside,
}: {
  section: SectionId;
  intro: string;
  children?: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <section className="section" aria-labelledby={`section-${section}`}>
      <header className="section-header">
        <h2 id={`section-${section}`}>{SECTION_LABELS[section]}</h2>
        {aside}
      </header>
      <p className="section-intro">{intro}</p>
      {children}
    </section>
  );
}

/** A group of related fields inside a section, with a heading. */
export function FieldGroup({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <div className="field-group">
      <h3 className="field-group-title">{title}</h3>
      {description && <p className="field-group-description">{description}</p>}
      {children}
    </div>
  );
}
