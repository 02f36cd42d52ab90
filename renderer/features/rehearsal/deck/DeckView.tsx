import { useEffect, useMemo, useState } from 'react';
import { listDeck } from '../../../../shared/content/challengeDeck';
import { CHALLENGE_TAG_LABELS, TAG_GROUPS } from '../../../../shared/content/challengeTags';
import { useApp } from '../../../store/StoreProvider';
import { QuestionForm } from './QuestionForm';
import { QuestionItem } from './QuestionItem';
import '../rehearsal.css';
import '../formats/formatEditor.css';
import './deck.css';

type Source = 'all' | 'builtin' | 'own';

/** The challenge deck: the built-in questions and the user's own, with answer notes. */
export function DeckView() {
  const ownQuestions = useApp((s) => s.ownQuestions);
  const practice = useApp((s) => s.practice);
  const status = useApp((s) => s.rehearsalStatus);
  const error = useApp((s) => s.rehearsalError);
  const loadRehearsal = useApp((s) => s.loadRehearsal);
  const addQuestion = useApp((s) => s.addQuestion);
  const [tag, setTag] = useState('');
  const [source, setSource] = useState<Source>('all');
  const [query, setQuery] = useState('');

  useEffect(() => {
    void loadRehearsal();
  }, [loadRehearsal]);

  const deck = useMemo(() => listDeck(ownQuestions), [ownQuestions]);
  const practiceById = useMemo(() => new Map(practice.map((p) => [p.questionId, p])), [practice]);
  const needle = query.trim().toLowerCase();
  const shown = deck.filter(
    (q) =>
      (source === 'all' || (source === 'own') !== q.isBuiltin) &&
      (tag === '' || q.tags.some((t) => t === tag)) &&
      (needle === '' || q.text.toLowerCase().includes(needle)),
  );

  return (
    <div className="rehearse deck">
      <header className="rehearse-header">
        <h1>Challenge deck</h1>
        <p className="chooser-help">
          {deck.length} follow-up questions a panel might ask: {deck.length - ownQuestions.length} built in, {ownQuestions.length}{' '}
          of your own. Rehearsals throw them at you, weighted towards the segment at hand and the ones you handle worst.
        </p>
      </header>
      {status === 'error' && <p className="library-error">{error}</p>}
      <section className="chooser-group" aria-label="Add a question">
        <QuestionForm title="Add your own question" submitLabel="Add question" onSubmit={addQuestion} />
      </section>
      <div className="deck-filters" role="search" aria-label="Filter the deck">
        <label className="deck-filter">
          <span>Search</span>
          <input className="input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label className="deck-filter">
          <span>Fits</span>
          <select className="select" value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">Any segment or section</option>
            {TAG_GROUPS.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.tags.map((t) => (
                  <option key={t} value={t}>
                    {CHALLENGE_TAG_LABELS[t]}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="deck-filter">
          <span>Show</span>
          <select className="select" value={source} onChange={(e) => setSource(e.target.value as Source)}>
            <option value="all">All questions</option>
            <option value="builtin">Built in</option>
            <option value="own">Yours</option>
          </select>
        </label>
      </div>
      <p className="chooser-help" role="status">
        {shown.length === deck.length
          ? `Showing all ${deck.length} questions.`
          : `Showing ${shown.length} of ${deck.length} questions.`}
      </p>
      {shown.length === 0 && (
        <p className="library-no-match">
          No question matches these filters. Clear the search or choose “Any segment or section”.
        </p>
      )}
      <ul className="question-list">
        {shown.map((question) => (
          <QuestionItem key={question.id} question={question} practice={practiceById.get(question.id)} />
        ))}
      </ul>
    </div>
  );
}
