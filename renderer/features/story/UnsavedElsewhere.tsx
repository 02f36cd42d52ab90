import { formatRoute } from '../../navigation/route';
import { useApp } from '../../store/StoreProvider';

/**
 * Shown instead of a story when the one open before it has edits that could not be saved (a
 * full disk): it stays open and Viva keeps retrying, until the user goes back to it, the save
 * succeeds, or the user says to discard those edits.
 */
export function UnsavedElsewhere() {
  const blocked = useApp((s) => s.blockedBy);
  const saveError = useApp((s) => s.saveError);
  const flushSave = useApp((s) => s.flushSave);
  const openStory = useApp((s) => s.openStory);
  const discard = useApp((s) => s.discardUnsavedAndOpen);
  if (!blocked) return null;
  const retry = async () => {
    await flushSave();
    await openStory(blocked.wantedId);
  };
  return (
    <div className="workspace-message" role="alert">
      <h1>Your latest edits to “{blocked.title}” are not saved yet</h1>
      <p>{saveError ?? 'Viva could not save them.'} Viva keeps them open and keeps trying.</p>
      <p className="workspace-message-actions">
        <a className="button button-primary" href={formatRoute({ name: 'story', storyId: blocked.id, section: 'fieldMap' })}>
          Go back to “{blocked.title}”
        </a>{' '}
        <button type="button" className="button" onClick={() => void retry()}>
          Try saving again
        </button>{' '}
        <button type="button" className="button button-danger" onClick={() => void discard()}>
          Discard those edits and open this story
        </button>
      </p>
    </div>
  );
}
