import { BEAT_KIND_GUIDANCE, OUTLINE_GUIDANCE } from '../../../../shared/content/guidance/outlineGuidance';
import { BEAT_KINDS, type Beat, type BeatKind } from '../../../../shared/model/outline';
import { updateAt, type Path } from '../../../../shared/story/updateAt';
import { useApp } from '../../../store/StoreProvider';
import { fieldDomId } from '../fields/fieldDomId';
import { LineField } from '../fields/StoryText';
import { BudgetInput } from './BudgetInput';
import { BulletsField } from './BulletsField';
import { NotesField } from './NotesField';
import { PullControl } from './PullControl';

const G = OUTLINE_GUIDANCE.fields;

/** Everything of one beat: what it does, its slide, what is said, how long it may take. */
export function BeatEditor({ beat, path }: { beat: Beat; path: Path }) {
  const changeStory = useApp((s) => s.changeStory);
  const kindId = fieldDomId([...path, 'kind']);
  return (
    <div className="beat">
      <LineField path={[...path, 'title']} value={beat.title} guidance={G.title} />
      <div className="beat-meta">
        <div className="field beat-kind">
          <label className="field-label" htmlFor={kindId}>
            {G.kind.label}
          </label>
          <select
            id={kindId}
            className="select select-inline"
            value={beat.kind}
            aria-describedby={`${kindId}-purpose`}
            onChange={(e) => {
              const kind = e.target.value as BeatKind;
              changeStory((s) => updateAt(s, [...path, 'kind'], kind), 'changed the kind of a beat');
            }}
          >
            {BEAT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {BEAT_KIND_GUIDANCE[kind].label}
              </option>
            ))}
          </select>
        </div>
        <BudgetInput beat={beat} path={path} />
        <PullControl beat={beat} path={path} />
      </div>
      <p id={`${kindId}-purpose`} className="beat-purpose">
        {BEAT_KIND_GUIDANCE[beat.kind].purpose}
      </p>
      <BulletsField bullets={beat.bullets} path={path} />
      <NotesField beat={beat} path={path} />
    </div>
  );
}
