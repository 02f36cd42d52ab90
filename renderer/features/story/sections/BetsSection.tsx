import { useState } from 'react';
import { BETS_GUIDANCE } from '../../../../shared/content/guidance/betsGuidance';
import { newBet, type Bet } from '../../../../shared/model/bets';
import type { Story } from '../../../../shared/model/story';
import { localDate } from '../../../../shared/text/formatRelativeTime';
import { BetFields } from '../bets/BetFields';
import { BetSummary } from '../bets/BetSummary';
import { CalibrationPanel } from '../bets/CalibrationPanel';
import '../bets/bets.css';
import { GuidanceDetails } from '../fields/GuidanceDetails';
import { FoldAllButton } from '../records/FoldAllButton';
import { RecordList } from '../records/RecordList';
import { useFoldedRecords } from '../records/useFoldedRecords';
import { FieldGroup, SectionLayout } from './SectionLayout';

const G = BETS_GUIDANCE.fields;
/** The schema's limit on bets. */
const MAX_BETS = 200;

/** "bet 2 (“Open models under 10B…”)": the number, and the claim while it is short enough to read. */
function betTitle(bet: Bet, index: number): string {
  const claim = bet.statement.trim().replace(/\s+/g, ' ');
  if (claim === '') return `bet ${index + 1}`;
  return `bet ${index + 1} (“${claim.length > 48 ? `${claim.slice(0, 47)}…` : claim}”)`;
}

/** Section 3: forecasts the world can settle, and how well past ones were calibrated. */
export function BetsSection({ story }: { story: Story }) {
  // Read once per visit: whether a horizon has passed does not need to tick while the page is open.
  const [today] = useState(() => localDate(Date.now()));
  const { collapse, isAllFolded, toggleAll } = useFoldedRecords(story.bets.map((bet) => bet.id));
  return (
    <SectionLayout section="bets" intro={BETS_GUIDANCE.intro}>
      <FieldGroup title={G.bets.label} description={G.bets.expects}>
        <GuidanceDetails guidance={G.bets} isGroup />
        {story.bets.length > 1 && <FoldAllButton isAllFolded={isAllFolded} onToggle={toggleAll} plural="bets" />}
        <RecordList
          path={['bets']}
          items={story.bets}
          noun="bet"
          maxItems={MAX_BETS}
          collapse={collapse}
          emptyText="No bets yet. Write down where you think your area is heading, and what would prove you wrong."
          titleOf={betTitle}
          create={() => newBet()}
          firstFieldPath={(bet) => ['bets', { id: bet.id }, 'statement']}
          renderSummary={(bet) => <BetSummary bet={bet} today={today} />}
          renderItem={(bet, i) => <BetFields bet={bet} label={`bet ${i + 1}`} />}
        />
      </FieldGroup>
      <FieldGroup title="Calibration" description="How close your stated confidence came to what happened.">
        <CalibrationPanel bets={story.bets} />
      </FieldGroup>
    </SectionLayout>
  );
}
