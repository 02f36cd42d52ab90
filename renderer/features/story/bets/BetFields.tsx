import { BETS_GUIDANCE } from '../../../../shared/content/guidance/betsGuidance';
import type { Bet } from '../../../../shared/model/bets';
import { TextField } from '../fields/StoryText';
import { BetReviews } from './BetReviews';
import { ConfidenceInput } from './ConfidenceInput';
import { HorizonInput } from './HorizonInput';
import { StatusSelect } from './StatusSelect';

const G = BETS_GUIDANCE.fields;

/** Every field of one bet: the claim, when and how sure, why, what would refute it, and how it went. */
export function BetFields({ bet, label }: { bet: Bet; label: string }) {
  const base = ['bets', { id: bet.id }] as const;
  return (
    <>
      <TextField path={[...base, 'statement']} value={bet.statement} guidance={G.statement} />
      <div className="bet-facts">
        <HorizonInput path={[...base, 'horizon']} value={bet.horizon} />
        <ConfidenceInput path={[...base, 'confidence']} value={bet.confidence} />
        <StatusSelect path={[...base, 'status']} value={bet.status} />
      </div>
      <TextField path={[...base, 'evidence']} value={bet.evidence} guidance={G.evidence} />
      <TextField path={[...base, 'disconfirming']} value={bet.disconfirming} guidance={G.disconfirming} />
      <BetReviews bet={bet} betLabel={label} />
    </>
  );
}
