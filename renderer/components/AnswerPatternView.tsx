import { ANSWER_PATTERN_LABELS, type AnswerPattern } from '../../shared/content/answerPatternMoves';
import './answerPattern.css';

const MOVES = ['concede', 'bound', 'settle'] as const;

/**
 * How a strong answer to a built-in question is built, in three moves; shown once the user has
 * rated their own answer, so it is a check afterwards rather than a script beforehand.
 */
export function AnswerPatternView({ pattern, label }: { pattern: AnswerPattern; label: string }) {
  return (
    <details className="answer-pattern">
      <summary>{label}</summary>
      <ol className="answer-pattern-moves">
        {MOVES.map((move) => (
          <li key={move}>
            <strong>{ANSWER_PATTERN_LABELS[move]}.</strong> {pattern[move]}
          </li>
        ))}
      </ol>
    </details>
  );
}
