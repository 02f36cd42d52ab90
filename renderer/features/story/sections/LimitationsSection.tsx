import type { Story } from '../../../../shared/model/story';
import { SectionLayout } from './SectionLayout';

/** Section "limitations" — being built; see the workspace issue. */
export function LimitationsSection({ story }: { story: Story }) {
  return <SectionLayout section="limitations" intro={story.title} />;
}
