import type { Story } from '../../../../shared/model/story';
import { SectionLayout } from './SectionLayout';

/** Section "outline" — being built; see the workspace issue. */
export function OutlineSection({ story }: { story: Story }) {
  return <SectionLayout section="outline" intro={story.title} />;
}
