import { formatRoute } from '../../navigation/route';

/** What a view of one story shows when that story is not in the library (deleted, or a stale link). */
export function StoryMissing() {
  return (
    <div className="workspace-message">
      <h1>This story is not in your library</h1>
      <p>It may have been deleted. Deleted stories stay in the trash for 30 days.</p>
      <p>
        <a href={formatRoute({ name: 'library' })}>Back to the library</a> ·{' '}
        <a href={formatRoute({ name: 'trash' })}>Open the trash</a>
      </p>
    </div>
  );
}
