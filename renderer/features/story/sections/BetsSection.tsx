import type { Story } from '../../../../shared/model/story';
import { SectionLayout } from './SectionLayout';

/** Section "bets" — being built; see the workspace issue. */
export function BetsSection({ story }: { story: Story }) {
  return <SectionLayout section="bets" intro={story.title} />;
}
