import { BET_STATUS_LABELS, type Bet } from '../../../../shared/model/bets';
import { daysBetween } from '../../../../shared/text/formatRelativeTime';

/** What a bet's bar shows when read at a glance: how sure, by when, and where it stands. */
export function BetSummary({ bet, today }: { bet: Bet; today: string }) {
  const isUnsettled = bet.status === 'open' || bet.status === 'holding';
  const isOverdue = isUnsettled && bet.horizon !== null && daysBetween(today, bet.horizon) < 0;
  return (
    <>
      {bet.confidence !== null && <span className="bet-confidence">{bet.confidence} %</span>}
      {bet.horizon && <span>by {bet.horizon}</span>}
      {isOverdue && <span className="bet-overdue">past its horizon</span>}
      <span className={`bet-status bet-status-${bet.status}`}>{BET_STATUS_LABELS[bet.status]}</span>
    </>
  );
}
