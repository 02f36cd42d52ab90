import { useEffect } from 'react';
import { SECTION_LABELS, type SectionId } from '../../../shared/model/sections';
import { HeldElsewhere } from '../../components/HeldElsewhere';
import { useApp } from '../../store/StoreProvider';
import { SectionBody } from './SectionBody';
import { StoryHeader } from './StoryHeader';
import { StorySidebar } from './StorySidebar';
import { StoryMissing } from './StoryMissing';
import { UnsavedElsewhere } from './UnsavedElsewhere';
import { useAutosaveTriggers } from './useAutosaveTriggers';
import './story.css';

/** The workspace of one story: its sections on the left, the current one on the right. */
export function StoryView({ storyId, section }: { storyId: string; section: SectionId }) {
  const story = useApp((s) => (s.story?.id === storyId ? s.story : null));
  const status = useApp((s) => s.storyStatus);
  const error = useApp((s) => s.storyError);
  const openStory = useApp((s) => s.openStory);
  const closeStory = useApp((s) => s.closeStory);
  const flushSave = useApp((s) => s.flushSave);
  const takeOver = useApp((s) => s.takeOverStory);
  const heldTitle = useApp((s) => s.summaries.find((summary) => summary.id === s.heldElsewhere)?.title);
  useAutosaveTriggers();

  useEffect(() => {
    void openStory(storyId);
    return () => void closeStory();
  }, [storyId, openStory, closeStory]);

  useEffect(() => {
    document.title = story ? `${SECTION_LABELS[section]} · ${story.title} · Viva` : 'Viva';
  }, [story, section]);

  if (status === 'missing') return <StoryMissing />;
  if (status === 'blocked') return <UnsavedElsewhere />;
  if (status === 'heldElsewhere') return <HeldElsewhere noun="story" title={heldTitle} onTakeOver={() => void takeOver()} />;
  if (status === 'error') {
    return (
      <div className="workspace-message" role="alert">
        <h1>Viva could not open this story</h1>
        <p>{error}</p>
      </div>
    );
  }
  if (!story) return <p className="workspace-loading">Opening the story…</p>;

  return (
    <div className="workspace" onBlur={() => void flushSave()}>
      <StorySidebar story={story} section={section} />
      <div className="workspace-main">
        <StoryHeader story={story} />
        <SectionBody key={section} story={story} section={section} />
      </div>
    </div>
  );
}
