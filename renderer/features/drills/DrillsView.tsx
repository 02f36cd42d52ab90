import { useEffect, useState } from 'react';
import type { DeckQuestion } from '../../../shared/content/challengeDeck';
import { NEW_QUESTIONS_PER_DAY, nextDueAt, type DrillPlan } from '../../../shared/drills/planDrills';
import { ANSWER_RATING_LABELS, type AnswerRating } from '../../../shared/model/challenge';
import { formatRelativeTime } from '../../../shared/text/formatRelativeTime';
import { AnswerPatternView } from '../../components/AnswerPatternView';
import { useAnswerPatterns } from '../../components/useAnswerPatterns';
import { useApp } from '../../store/StoreProvider';
import { DrillCard } from './DrillCard';
import { DrillSettings } from './DrillSettings';
import { EXTRA_NEW, NothingDue } from './NothingDue';
import { useDrillPlan } from './useDrillPlan';
import './drills.css';

/** "10 due now (3 to review, 7 new) · 2 more later today · 57 questions, 40 never practised". */
function describePlan(plan: DrillPlan, deckSize: number): string {
  const parts = [
    plan.reviewsDue > 0 ? `${plan.reviewsDue} to review` : '',
    plan.newToday > 0 ? `${plan.newToday} new` : '',
  ].filter(Boolean);
  const due = `${plan.queue.length} due now${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
  const later = plan.laterToday > 0 ? ` · ${plan.laterToday} more later today` : '';
  return `${due}${later} · ${deckSize} questions in the deck, ${plan.unseen} never practised`;
}

/** Spaced-repetition practice over the challenge deck: the questions due now, one at a time. */
export function DrillsView() {
  const [extraNew, setExtraNew] = useState(0);
  const { deck, plan, practiceById, now, status, error } = useDrillPlan(NEW_QUESTIONS_PER_DAY + extraNew);
  const rateDrill = useApp((s) => s.rateDrill);
  const [limitMs, setLimitMs] = useState<number | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [lastResult, setLastResult] = useState<string | null>(null);
  const [lastRated, setLastRated] = useState<DeckQuestion | null>(null);
  // Loaded as the view opens, so the pattern is there the moment the first answer is rated.
  const answerPatternOf = useAnswerPatterns();

  useEffect(() => {
    document.title = 'Drills · Viva';
  }, []);

  if (status === 'error') {
    return (
      <div className="drills">
        <h1>Drills</h1>
        <p role="alert">{error}</p>
      </div>
    );
  }
  if (status !== 'ready') return <p className="workspace-loading">Reading your practice…</p>;

  // Stay on the question shown until it is rated, even if another comes due meanwhile.
  const current = plan.queue.find((q) => q.id === currentId) ?? plan.queue[0] ?? null;
  const rate = async (rating: AnswerRating, answerMs: number | null) => {
    if (!current) return;
    const state = await rateDrill(current.id, rating, answerMs);
    if (!state?.card) return;
    setLastResult(
      `Saved as “${ANSWER_RATING_LABELS[rating]}”. This question comes back ${formatRelativeTime(state.card.due, Date.now())}.`,
    );
    setLastRated(current);
    setCurrentId(null);
  };
  const next = nextDueAt(deck, [...practiceById.values()], now);
  const lastPattern = lastRated ? answerPatternOf(lastRated.id) : undefined;

  return (
    <div className="drills">
      <header className="drills-head">
        <div>
          <h1>Drills</h1>
          <p className="drills-summary">{describePlan(plan, deck.length)}</p>
        </div>
        <DrillSettings limitMs={limitMs} onChange={setLimitMs} />
      </header>
      <p className="drills-status" role="status">
        {lastResult}
      </p>
      {lastRated && lastPattern && (
        <section className="drill-pattern" aria-label="How a strong answer to the last question is built">
          <p className="drill-pattern-question">
            Last question: <q>{lastRated.text}</q>
          </p>
          <AnswerPatternView key={lastRated.id} pattern={lastPattern} label="How a strong answer to it is built" />
        </section>
      )}
      {current ? (
        <DrillCard
          key={current.id}
          question={current}
          practice={practiceById.get(current.id)}
          limitMs={limitMs}
          now={now}
          shouldFocus={lastResult !== null}
          onRate={rate}
        />
      ) : (
        <NothingDue
          next={next}
          now={now}
          unseen={plan.unseen}
          shouldFocus={lastResult !== null}
          onMore={() => setExtraNew((n) => n + EXTRA_NEW)}
        />
      )}
    </div>
  );
}
