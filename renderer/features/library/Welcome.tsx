import { useState } from 'react';
import { readWelcomeDismissed, writeWelcomeDismissed } from '../../data/localStore';
import { useAppStoreApi } from '../../store/StoreProvider';
import { formatRoute } from '../../navigation/route';
import { openSampleStory } from '../sample/openSampleStory';

/**
 * A short word of welcome while the library holds nothing of the user's own: what Viva is for,
 * and the three ways in — the sample, a story of one's own through the guided sections, and the
 * rehearsal. It goes once the user closes it or makes a story.
 */
export function Welcome({ onNewStory }: { onNewStory: () => void }) {
  const store = useAppStoreApi();
  const [isDismissed, setDismissed] = useState(readWelcomeDismissed);
  if (isDismissed) return null;
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <div className="welcome-head">
        <h2 id="welcome-title">Welcome to Viva</h2>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            writeWelcomeDismissed();
            setDismissed(true);
          }}
        >
          Close the welcome
        </button>
      </div>
      <p className="welcome-lead">
        Build the story of your research, check it the way a panel would, and rehearse it against the clock. Everything stays on
        this computer.
      </p>
      <ol className="welcome-steps">
        <li>
          <strong>See a finished story.</strong> The sample shows every section filled in for one project.{' '}
          <button type="button" className="link-button" onClick={() => void openSampleStory(store)}>
            Open the sample
          </button>
        </li>
        <li>
          <strong>Write your own.</strong> Seven guided sections take you from the field map to the talk outline, each with
          examples and the usual pitfalls.{' '}
          <button type="button" className="link-button" onClick={onNewStory}>
            Start a story
          </button>
        </li>
        <li>
          <strong>Rehearse.</strong> Run your talk or a panel round against the clock, with questions thrown at you.{' '}
          <a href={formatRoute({ name: 'rehearse', storyId: null })}>Go to rehearsal</a>
        </li>
      </ol>
    </section>
  );
}
