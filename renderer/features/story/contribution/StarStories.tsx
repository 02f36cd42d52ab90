import { STAR_GUIDANCE } from '../../../../shared/content/guidance/starGuidance';
import { MAX_STAR_STORIES, newStarStory, STAR_PARTS, starStoriesOf } from '../../../../shared/model/starStory';
import type { Story } from '../../../../shared/model/story';
import { GuidanceDetails } from '../fields/GuidanceDetails';
import { LineField, TextField } from '../fields/StoryText';
import { RecordList } from '../records/RecordList';
import { FieldGroup } from '../sections/SectionLayout';

/** The story's bank of behavioural answers, each told as situation, task, action and result. */
export function StarStories({ story }: { story: Story }) {
  const stories = starStoriesOf(story);
  return (
    <FieldGroup title={STAR_GUIDANCE.bank.label} description={STAR_GUIDANCE.bank.expects}>
      <GuidanceDetails guidance={STAR_GUIDANCE.bank} />
      <RecordList
        path={['starStories']}
        items={stories}
        noun="STAR story"
        nounPlural="STAR stories"
        maxItems={MAX_STAR_STORIES}
        emptyText="No behavioural stories yet. Add one for each kind of question you expect: a conflict, a failure, a deadline."
        titleOf={(item, i) => (item.title.trim() === '' ? `STAR story ${i + 1}` : `“${item.title.trim()}”`)}
        create={newStarStory}
        firstFieldPath={(item) => ['starStories', { id: item.id }, 'title']}
        renderItem={(item) => (
          <>
            <LineField path={['starStories', { id: item.id }, 'title']} value={item.title} guidance={STAR_GUIDANCE.title} />
            {STAR_PARTS.map((part) => (
              <TextField
                key={part}
                path={['starStories', { id: item.id }, part]}
                value={item[part]}
                guidance={STAR_GUIDANCE[part]}
                rows={part === 'action' ? 3 : 2}
              />
            ))}
          </>
        )}
      />
    </FieldGroup>
  );
}
