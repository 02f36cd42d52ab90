import { useState } from 'react';
import { SECTION_IDS, SECTION_LABELS, type SectionId } from '../../../shared/model/sections';
import type { Story } from '../../../shared/model/story';
import { ExportStoryButton } from '../exchange/ExportStoryButton';
import { SectionNav } from './SectionNav';

/**
 * The story's sections and its export button. On a narrow window they fold into a bar that names
 * the section shown; its toggle opens them, and choosing a section folds them away again.
 */
export function StorySidebar({ story, section }: { story: Story; section: SectionId }) {
  const [isOpen, setOpen] = useState(false);
  const number = SECTION_IDS.indexOf(section) + 1;
  return (
    <aside className={isOpen ? 'workspace-aside is-open' : 'workspace-aside'}>
      <button
        type="button"
        className="sections-toggle"
        aria-expanded={isOpen}
        aria-controls="story-sections-panel"
        onClick={() => setOpen((open) => !open)}
      >
        Sections
        <span className="sections-toggle-current">
          {number} of {SECTION_IDS.length}: {SECTION_LABELS[section]}
        </span>
        <span className="sections-toggle-chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      <div
        id="story-sections-panel"
        className="workspace-aside-panel"
        onClick={(event) => {
          if (event.target instanceof Element && event.target.closest('a')) setOpen(false);
        }}
      >
        <SectionNav story={story} current={section} />
        <ExportStoryButton />
      </div>
    </aside>
  );
}
