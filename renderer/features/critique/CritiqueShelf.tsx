import { useMemo, useState } from 'react';
import { searchCritiques } from '../../../shared/critique/searchCritiques';
import { MAX_LINE } from '../../../shared/model/text';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/StoreProvider';
import { CreateWithTitleForm } from '../library/CreateWithTitleForm';
import { CritiqueCard } from './CritiqueCard';

/**
 * The paper critiques in the library, under the stories: listed most recently edited first,
 * filtered by the library's search, with a way to start a new one.
 */
export function CritiqueShelf({ now }: { now: number }) {
  const critiques = useApp((s) => s.critiques);
  const query = useApp((s) => s.searchQuery);
  const [isCreating, setCreating] = useState(false);
  const shown = useMemo(() => {
    if (query.trim() === '') return critiques.map((critique) => ({ critique, snippet: null as string | null }));
    const byId = new Map(critiques.map((c) => [c.id, c]));
    return searchCritiques(critiques, query).flatMap((hit) => {
      const critique = byId.get(hit.id);
      return critique ? [{ critique, snippet: hit.snippet }] : [];
    });
  }, [critiques, query]);

  return (
    <section className="critique-shelf" aria-labelledby="critique-shelf-title">
      <header className="library-header">
        <div>
          <h2 id="critique-shelf-title">Paper critiques</h2>
          <p className="library-subtitle">
            {critiques.length === 0
              ? 'Prepare a paper-discussion round: read someone else’s paper the way a panel will ask you to.'
              : `${critiques.length} ${critiques.length === 1 ? 'paper' : 'papers'}, most recently edited first.`}
          </p>
        </div>
        <div className="library-actions">
          <button type="button" className="button" onClick={() => setCreating(true)}>
            New paper critique
          </button>
        </div>
      </header>
      {query.trim() !== '' && critiques.length > 0 && shown.length === 0 && (
        <p className="library-no-match">No critique mentions “{query}”.</p>
      )}
      {shown.length > 0 && (
        <ul className="story-list" aria-label="Paper critiques">
          {shown.map(({ critique, snippet }) => (
            <CritiqueCard key={critique.id} critique={critique} snippet={snippet} now={now} />
          ))}
        </ul>
      )}
      <Dialog isOpen={isCreating} title="New paper critique" onClose={() => setCreating(false)}>
        {isCreating && <NewCritiqueForm onDone={() => setCreating(false)} />}
      </Dialog>
    </section>
  );
}

function NewCritiqueForm({ onDone }: { onDone(): void }) {
  const createCritique = useApp((s) => s.createCritique);
  return (
    <CreateWithTitleForm
      idPrefix="new-critique"
      label="Paper title"
      maxLength={MAX_LINE}
      placeholder="e.g. Sparse Mixtures of Adapters for Low-Resource Translation"
      missingTitle="Write the title of the paper you will discuss."
      submitLabel="Create critique"
      create={async (title) => ({ name: 'critique', critiqueId: await createCritique(title) })}
      onDone={onDone}
    />
  );
}
