import { hasText, plainText } from '../../../shared/model/richText';
import type { Beat } from '../../../shared/model/outline';
import { formatDuration } from '../../../shared/time/duration';
import { RichTextView } from '../rehearsal/run/RichTextView';

interface PrintCardProps {
  beat: Beat;
  /** 1-based place of the beat in the talk. */
  number: number;
  count: number;
  /** How far into the talk this beat starts (ms), by the budgets before it. */
  startsAt: number;
}

/** Characters of text past which a card's print size steps down, so most beats fit one A5 page. */
const DENSE_AT = 1300;
const DENSER_AT = 2200;

/** The print density of a card with this much text. */
function density(characters: number): string {
  if (characters > DENSER_AT) return ' print-card-denser';
  return characters > DENSE_AT ? ' print-card-dense' : '';
}

/** One printable cue card: the beat's title, bullets, notes and time. */
export function PrintCard({ beat, number, count, startsAt }: PrintCardProps) {
  const bullets = beat.bullets.filter((bullet) => bullet.trim() !== '');
  const titleId = `print-card-title-${beat.id}`;
  return (
    <article
      className={`print-card${density(plainText(beat.notes).length + bullets.join(' ').length)}`}
      aria-labelledby={titleId}
    >
      <header className="print-card-head">
        <span className="print-card-number">
          {number} / {count}
        </span>
        <h2 id={titleId} className="print-card-title">
          {beat.title.trim() === '' ? '(untitled beat)' : beat.title}
        </h2>
        <span className="print-card-time">
          {formatDuration(beat.budgetMs)} <span className="print-card-start">· starts at {formatDuration(startsAt)}</span>
        </span>
      </header>
      {bullets.length > 0 && (
        <ul className="print-card-bullets">
          {bullets.map((bullet, i) => (
            <li key={i}>{bullet}</li>
          ))}
        </ul>
      )}
      {hasText(beat.notes) ? (
        <RichTextView doc={beat.notes} className="print-card-notes" />
      ) : (
        <p className="print-card-empty">No notes for this beat.</p>
      )}
    </article>
  );
}
