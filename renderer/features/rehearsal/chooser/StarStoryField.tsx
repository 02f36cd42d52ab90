import type { StarChoice } from './RunChooser';

interface Props {
  stories: readonly StarChoice[] | null;
  value: string | null;
  hasStory: boolean;
  onChange(id: string | null): void;
}

/** Which STAR story of the chosen story a behavioural run puts on its cue cards. */
export function StarStoryField({ stories, value, hasStory, onChange }: Props) {
  if (!hasStory) {
    return <p className="chooser-help">Choose a story to put one of its STAR stories on the cue cards.</p>;
  }
  if (stories === null) return <p className="chooser-help">Reading the story’s STAR stories…</p>;
  if (stories.length === 0) {
    return (
      <p className="chooser-help" data-testid="no-star-stories">
        This story has no STAR stories yet: add them under Contribution, and the cue cards will show the one you choose.
      </p>
    );
  }
  const chosen = stories.some((s) => s.id === value) ? value : stories[0]!.id;
  return (
    <div className="question-period-field star-story-field">
      <label htmlFor="run-star-story">STAR story to tell</label>
      <select id="run-star-story" className="select" value={chosen ?? ''} onChange={(e) => onChange(e.target.value)}>
        {stories.map((story, i) => (
          <option key={story.id} value={story.id}>
            {story.title.trim() || `STAR story ${i + 1}`}
          </option>
        ))}
      </select>
    </div>
  );
}
