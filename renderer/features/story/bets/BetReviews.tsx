import { BETS_GUIDANCE } from '../../../../shared/content/guidance/betsGuidance';
import { newBetReview, type Bet } from '../../../../shared/model/bets';
import { localDate } from '../../../../shared/text/formatRelativeTime';
import { fieldDomId } from '../fields/fieldDomId';
import { TextArea } from '../fields/TextArea';
import { useFieldState } from '../fields/useFieldState';
import { RecordList } from '../records/RecordList';
import type { Path } from '../../../../shared/story/updateAt';

const G = BETS_GUIDANCE.fields.reviews;

function ReviewDate({ path, value, label }: { path: Path; value: string | null; label: string }) {
  const [local, setLocal] = useFieldState<string | null>(path, value);
  return (
    <input
      id={fieldDomId(path)}
      type="date"
      className="input review-date"
      aria-label={label}
      value={local ?? ''}
      onChange={(e) => setLocal(/^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null)}
    />
  );
}

/** Dated notes each time a bet is checked against the world; a new one is dated today. */
export function BetReviews({ bet, betLabel }: { bet: Bet; betLabel: string }) {
  const listPath: Path = ['bets', { id: bet.id }, 'reviews'];
  return (
    <div className="bet-reviews">
      <h4 className="field-label">{G.label}</h4>
      <p className="field-expects">{G.expects}</p>
      <RecordList
        path={listPath}
        items={bet.reviews}
        noun="review note"
        maxItems={200}
        emptyText="No review notes yet."
        titleOf={(review, i) => `review ${i + 1} of ${betLabel}${review.date ? ` (${review.date})` : ''}`}
        create={() => newBetReview(localDate(Date.now()))}
        firstFieldPath={(review) => [...listPath, { id: review.id }, 'note']}
        renderItem={(review, i) => {
          const base: Path = [...listPath, { id: review.id }];
          return (
            <div className="review-row">
              <ReviewDate path={[...base, 'date']} value={review.date} label={`Date of review ${i + 1}`} />
              <TextArea
                path={[...base, 'note']}
                value={review.note}
                id={fieldDomId([...base, 'note'])}
                aria-label={`Review ${i + 1}: what you saw and what it changed`}
                placeholder="What you saw, and what it changed"
              />
            </div>
          );
        }}
      />
    </div>
  );
}
