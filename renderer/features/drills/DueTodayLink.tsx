import { formatRoute } from '../../navigation/route';
import { useDrillPlan } from './useDrillPlan';
import './drills.css';

/**
 * The library's pointer to today's drills: how many questions are due. Silent until the user has
 * answered a question once (in a drill or a rehearsal): a new install has nothing due yet.
 */
export function DueTodayLink() {
  const { plan, status, practiceById } = useDrillPlan();
  if (status !== 'ready' || practiceById.size === 0) return null;
  const due = plan.queue.length;
  const later = plan.laterToday > 0 && <span className="due-today-later"> · {plan.laterToday} more later today</span>;
  return (
    <a className="due-today" href={formatRoute({ name: 'drills' })} data-testid="due-today">
      {due === 0 ? (
        <span>Drills: nothing due now{later}</span>
      ) : (
        <>
          <span className="due-today-count">{due}</span>{' '}
          <span>
            {due === 1 ? 'question' : 'questions'} due today to drill{later}
          </span>
        </>
      )}
    </a>
  );
}
