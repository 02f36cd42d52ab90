import { useEffect, useMemo, useRef } from 'react';
import { useNow } from '../../platform/useNow';
import { SampleLink } from '../sample/SampleLink';
import { isEditableTarget } from '../shortcuts/isEditableTarget';
import { useApp } from '../../store/StoreProvider';
import { DueTodayLink } from '../drills/DueTodayLink';
import { LibraryExchangeButtons } from '../exchange/LibraryExchangeButtons';
import { CritiqueShelf } from '../critique/CritiqueShelf';
import { useDeckDrop } from '../exchange/useDeckDrop';
import { StoryCard } from './StoryCard';
import { Welcome } from './Welcome';
import './library.css';

/** The library: every live story, most recently edited first, with search. */
export function LibraryView() {
  const summaries = useApp((s) => s.summaries);
  const status = useApp((s) => s.libraryStatus);
  const error = useApp((s) => s.libraryError);
  const query = useApp((s) => s.searchQuery);
  const hits = useApp((s) => s.searchHits);
  const setSearchQuery = useApp((s) => s.setSearchQuery);
  const openDialog = useApp((s) => s.openDialog);
  const hasCritiques = useApp((s) => s.critiques.length > 0);
  const searchRef = useRef<HTMLInputElement>(null);
  const now = useNow();
  const deckDrop = useDeckDrop();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditableTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      searchRef.current?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const shown = useMemo(() => {
    if (!hits) return summaries.map((summary) => ({ summary, snippet: null }));
    const byId = new Map(summaries.map((s) => [s.id, s]));
    return hits.flatMap((hit) => {
      const summary = byId.get(hit.id);
      return summary ? [{ summary, snippet: hit.snippet }] : [];
    });
  }, [summaries, hits]);

  return (
    <div className={deckDrop.isOver ? 'library library-drop-active' : 'library'} {...deckDrop.handlers} data-testid="library">
      <header className="library-header">
        <div>
          <h1>Your stories</h1>
          {/* Nothing is said about what the library holds before it is read (and, on first launch, seeded). */}
          {status === 'ready' && (
            <p className="library-subtitle">
              {summaries.length === 0
                ? 'Nothing here yet.'
                : `${summaries.length} ${summaries.length === 1 ? 'story' : 'stories'}, most recently edited first.`}
            </p>
          )}
        </div>
        <div className="library-actions">
          <DueTodayLink />
          <LibraryExchangeButtons />
          <button type="button" className="button button-primary" onClick={() => openDialog('newStory')}>
            New story
          </button>
        </div>
      </header>

      {status === 'ready' && summaries.length > 0 && summaries.every((s) => s.isSample) && (
        <Welcome onNewStory={() => openDialog('newStory')} />
      )}

      {(summaries.length > 0 || hasCritiques) && (
        <div className="library-search" role="search">
          <label htmlFor="library-search" className="visually-hidden">
            Search stories
          </label>
          <input
            id="library-search"
            ref={searchRef}
            className="input"
            type="search"
            placeholder="Search titles and text  ( / )"
            value={query}
            onChange={(e) => void setSearchQuery(e.target.value)}
          />
        </div>
      )}

      {status === 'error' && (
        <p className="library-error" role="alert">
          {error}
        </p>
      )}

      {status === 'ready' && summaries.length === 0 && (
        <div className="library-empty">
          <h2>Start with the story of one project</h2>
          <p>
            A story holds everything a panel will ask about one piece of research: the field, the methods you weighed, your bets,
            your contribution, the rigor of your experiments, the limits, and the talk itself.
          </p>
          <button type="button" className="button button-primary" onClick={() => openDialog('newStory')}>
            Create your first story
          </button>
          <SampleLink lead="Or see what a finished story looks like first:" />
        </div>
      )}

      {hits && shown.length === 0 && <p className="library-no-match">No story mentions “{query}”.</p>}

      {shown.length > 0 && (
        <ul className="story-list" aria-label="Stories">
          {shown.map(({ summary, snippet }) => (
            <StoryCard key={summary.id} summary={summary} snippet={snippet} now={now} />
          ))}
        </ul>
      )}

      {status === 'ready' && <CritiqueShelf now={now} />}
      <p className="library-drop-hint">You can also drop a slide deck (.pptx, .md or .tex) anywhere here to import it.</p>

      {status === 'ready' && summaries.length > 0 && !summaries.some((s) => s.isSample) && (
        <SampleLink lead="Want to see what a finished story looks like?" />
      )}
    </div>
  );
}
