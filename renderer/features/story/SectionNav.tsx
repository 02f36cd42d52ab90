import { SECTION_IDS, SECTION_LABELS, type SectionId } from '../../../shared/model/sections';
import type { Story } from '../../../shared/model/story';
import { sectionCompleteness } from '../../../shared/story/completeness';
import { formatRoute } from '../../navigation/route';

/** The sections of the story, each with how many of its fields hold content. */
export function SectionNav({ story, current }: { story: Story; current: SectionId }) {
  return (
    <nav aria-label="Story sections" className="section-nav">
      <ol>
        {SECTION_IDS.map((section, index) => {
          const { filled, total } = sectionCompleteness(story, section);
          const isDone = total > 0 && filled === total;
          return (
            <li key={section}>
              <a
                href={formatRoute({ name: 'story', storyId: story.id, section })}
                aria-current={section === current ? 'page' : undefined}
              >
                <span className="section-nav-index" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="section-nav-label">{SECTION_LABELS[section]}</span>
                <span className="visually-hidden">
                  , {filled} of {total} filled
                </span>
                <span className={isDone ? 'section-nav-count is-done' : 'section-nav-count'} aria-hidden="true">
                  {filled}/{total}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
