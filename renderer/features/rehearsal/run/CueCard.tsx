import { hasText } from '../../../../shared/model/richText';
import type { PlannedSegment } from '../../../../shared/rehearsal/runPlan';
import { RichTextView } from './RichTextView';

/** What to say in the current segment: its title, the slide's bullets and the speaker notes. */
export function CueCard({ segment, isNotesHidden }: { segment: PlannedSegment; isNotesHidden: boolean }) {
  const hasNotes = segment.notes !== null && hasText(segment.notes);
  return (
    <section className="cue-card" aria-labelledby="cue-title">
      <h2 id="cue-title" className="cue-title">
        {segment.title}
      </h2>
      {isNotesHidden ? (
        <p className="cue-hidden">Notes hidden: a no-notes run. Press H to show them.</p>
      ) : (
        <>
          {segment.bullets.length > 0 && (
            <ul className="cue-bullets">
              {segment.bullets.map((bullet, i) => (
                <li key={i}>{bullet}</li>
              ))}
            </ul>
          )}
          {hasNotes && segment.notes && <RichTextView doc={segment.notes} className="cue-notes" />}
          {segment.bullets.length === 0 && !hasNotes && (
            <p className="cue-empty">
              {segment.beatId === null && segment.notes === null
                ? 'No notes for this segment: speak from what you know.'
                : 'This beat has no bullets or notes yet. Add them in the talk outline.'}
            </p>
          )}
        </>
      )}
    </section>
  );
}
