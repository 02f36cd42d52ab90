import type { Story } from '../../../../shared/model/story';
import { SectionLayout } from './SectionLayout';

/** Section "contribution" — being built; see the workspace issue. */
export function ContributionSection({ story }: { story: Story }) {
  return <SectionLayout section="contribution" intro={story.title} />;
}
