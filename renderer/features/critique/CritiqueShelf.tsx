import { useMemo, useState, type FormEvent } from 'react';
import { searchCritiques } from '../../../shared/critique/searchCritiques';
import { MAX_LINE } from '../../../shared/model/text';
import { navigate } from '../../navigation/useRoute';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/StoreProvider';
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
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return setError('Write the title of the paper you will discuss.');
    setBusy(true);
    try {
      const id = await createCritique(title);
      onDone();
      navigate({ name: 'critique', critiqueId: id });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="form-row">
        <label htmlFor="new-critique-title">Paper title</label>
        <input
          id="new-critique-title"
          className="input"
          autoFocus
          data-autofocus
          maxLength={MAX_LINE}
          value={title}
          aria-invalid={error !== null}
          aria-describedby={error ? 'new-critique-error' : undefined}
          placeholder="e.g. Sparse Mixtures of Adapters for Low-Resource Translation"
          onChange={(e) => {
            setTitle(e.target.value.replace(/[\r\n]+/g, ' '));
            setError(null);
          }}
        />
        {error && (
          <p id="new-critique-error" className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isBusy}>
          Create critique
        </button>
      </div>
    </form>
  );
}
