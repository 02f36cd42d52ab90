import { useState } from 'react';
import { BEAT_KIND_GUIDANCE, OUTLINE_GUIDANCE } from '../../../../shared/content/guidance/outlineGuidance';
import { MAX_BEATS, newBeat } from '../../../../shared/model/outline';
import type { Story } from '../../../../shared/model/story';
import { BeatEditor } from '../outline/BeatEditor';
import { BeatSummary } from '../outline/BeatTiming';
import { createLiveWords, LiveWordsContext } from '../outline/liveWords';
import { OutlineTotals } from '../outline/OutlineTotals';
import { TalkLengthInput } from '../outline/TalkLengthInput';
import { RecordList } from '../records/RecordList';
import { FieldGroup, SectionLayout } from './SectionLayout';
import '../outline/outline.css';

/** Section 7: the talk, beat by beat, with how long each takes to say against its budget. */
export function OutlineSection({ story }: { story: Story }) {
  const outline = story.outline;
  // One store of live word counts per outline on screen, so timings follow typing.
  const [live] = useState(createLiveWords);
  const [folded, setFolded] = useState<ReadonlySet<string>>(() => new Set());
  const isAllFolded = outline.beats.length > 0 && outline.beats.every((b) => folded.has(b.id));

  const setExpanded = (id: string, isExpanded: boolean) =>
    setFolded((current) => {
      const next = new Set(current);
      if (isExpanded) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <LiveWordsContext.Provider value={live}>
      <SectionLayout section="outline" intro={OUTLINE_GUIDANCE.intro}>
        <FieldGroup title="The talk" description={OUTLINE_GUIDANCE.fields.talkMs.expects}>
          <div className="outline-head">
            <TalkLengthInput talkMs={outline.talkMs} />
            <OutlineTotals outline={outline} />
          </div>
        </FieldGroup>

        <FieldGroup
          title="Beats"
          description="One beat per slide, in the order you will speak. Reorder with the arrows, by dragging the handle, or with Alt+↑ and Alt+↓ anywhere inside a beat."
        >
          {outline.beats.length > 1 && (
            <div className="outline-toolbar">
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => setFolded(isAllFolded ? new Set() : new Set(outline.beats.map((b) => b.id)))}
              >
                {isAllFolded ? 'Unfold all beats' : 'Fold all beats'}
              </button>
            </div>
          )}
          <RecordList
            path={['outline', 'beats']}
            items={outline.beats}
            noun="beat"
            maxItems={MAX_BEATS}
            emptyText="No beats yet. Add one per slide, from the problem to the impact."
            titleOf={(beat, i) => `beat ${i + 1}: ${beat.title.trim() || BEAT_KIND_GUIDANCE[beat.kind].label}`}
            create={() => newBeat()}
            firstFieldPath={(beat) => ['outline', 'beats', { id: beat.id }, 'title']}
            collapse={{ isExpanded: (id) => !folded.has(id), setExpanded }}
            renderSummary={(beat) => <BeatSummary beat={beat} />}
            renderItem={(beat) => <BeatEditor beat={beat} path={['outline', 'beats', { id: beat.id }]} />}
          />
        </FieldGroup>
      </SectionLayout>
    </LiveWordsContext.Provider>
  );
}
