import type { Story } from '../../../../shared/model/story';
import { SectionLayout } from './SectionLayout';

/** Section "checklist" — being built; see the workspace issue. */
export function ChecklistSection({ story }: { story: Story }) {
  return <SectionLayout section="checklist" intro={story.title} />;
}
