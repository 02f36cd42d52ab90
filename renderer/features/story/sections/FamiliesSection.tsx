import type { Story } from '../../../../shared/model/story';
import { SectionLayout } from './SectionLayout';

/** Section "families" — being built; see the workspace issue. */
export function FamiliesSection({ story }: { story: Story }) {
  return <SectionLayout section="families" intro={story.title} />;
}
