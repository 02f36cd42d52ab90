import { formatRoute } from '../../app/route';
import { useDrillPlan } from './useDrillPlan';
import './drills.css';

/** The library's pointer to today's drills: how many questions are due. */
export function DueTodayLink() {
  const { plan, status } = useDrillPlan();
  if (status !== 'ready') return null;
  const due = plan.queue.length;
  return (
    <a className="due-today" href={formatRoute({ name: 'drills' })} data-testid="due-today">
      <span className="due-today-count">{due}</span>{' '}
      <span>
        {due === 1 ? 'question' : 'questions'} due today to drill
        {plan.laterToday > 0 && <span className="due-today-later"> · {plan.laterToday} more later today</span>}
      </span>
    </a>
  );
}
