import { CONSTRAINT_GUIDANCE, FIELD_MAP_GUIDANCE } from '../../../../shared/content/guidance/fieldMapGuidance';
import {
  CONSTRAINT_KEYS,
  EVIDENCE_KIND_LABELS,
  EVIDENCE_KINDS,
  newEvidenceItem,
  type EvidenceKind,
} from '../../../../shared/model/fieldMap';
import type { Story } from '../../../../shared/model/story';
import { useApp } from '../../../store/StoreProvider';
import { updateAt } from '../../../../shared/story/updateAt';
import { fieldDomId } from '../fields/fieldDomId';
import { LineField, ProseField, TextField } from '../fields/StoryText';
import { RecordList } from '../records/RecordList';
import { FieldGroup, SectionLayout } from './SectionLayout';

const G = FIELD_MAP_GUIDANCE.fields;

/** Section 1: where the work sits, what is hard, what changed, what you did, who would use it. */
export function FieldMapSection({ story }: { story: Story }) {
  const map = story.fieldMap;
  const changeStory = useApp((s) => s.changeStory);
  return (
    <SectionLayout section="fieldMap" intro={FIELD_MAP_GUIDANCE.intro}>
      <FieldGroup title="Scope">
        <div className="field-pair">
          <LineField path={['fieldMap', 'broadField']} value={map.broadField} guidance={G.broadField} />
          <LineField path={['fieldMap', 'subArea']} value={map.subArea} guidance={G.subArea} />
        </div>
        <ProseField path={['fieldMap', 'coreTask']} value={map.coreTask} guidance={G.coreTask} />
        <ProseField path={['fieldMap', 'challenge']} value={map.challenge} guidance={G.challenge} />
        <ProseField path={['fieldMap', 'recentChange']} value={map.recentChange} guidance={G.recentChange} />
      </FieldGroup>

      <FieldGroup title={G.evidence.label} description={G.evidence.expects}>
        <RecordList
          path={['fieldMap', 'evidence']}
          items={map.evidence}
          noun="evidence item"
          emptyText="No first-hand evidence yet. Add what you built, trained or debugged yourself."
          titleOf={(item, i) => `evidence ${i + 1} (${EVIDENCE_KIND_LABELS[item.kind].toLowerCase()})`}
          create={() => newEvidenceItem()}
          firstFieldPath={(item) => ['fieldMap', 'evidence', { id: item.id }, 'kind']}
          renderItem={(item) => {
            const base = ['fieldMap', 'evidence', { id: item.id }] as const;
            const kindId = fieldDomId([...base, 'kind']);
            return (
              <>
                <div className="field">
                  <label className="field-label" htmlFor={kindId}>
                    Kind
                  </label>
                  <select
                    id={kindId}
                    className="select select-inline"
                    value={item.kind}
                    onChange={(e) => {
                      const kind = e.target.value as EvidenceKind;
                      changeStory((s) => updateAt(s, [...base, 'kind'], kind), 'changed the kind of an evidence item');
                    }}
                  >
                    {EVIDENCE_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {EVIDENCE_KIND_LABELS[kind]}
                      </option>
                    ))}
                  </select>
                </div>
                <TextField path={[...base, 'done']} value={item.done} guidance={G.evidenceDone} />
                <TextField path={[...base, 'learned']} value={item.learned} guidance={G.evidenceLearned} />
              </>
            );
          }}
        />
      </FieldGroup>

      <FieldGroup
        title="Product bridge"
        description="Who would use this, and the constraints that decide whether the research survives contact with them."
      >
        <ProseField path={['fieldMap', 'productUser']} value={map.productUser} guidance={G.productUser} />
        <div className="constraint-grid">
          {CONSTRAINT_KEYS.map((key) => (
            <TextField
              key={key}
              path={['fieldMap', 'constraints', key]}
              value={map.constraints[key]}
              guidance={CONSTRAINT_GUIDANCE[key]}
            />
          ))}
        </div>
      </FieldGroup>
    </SectionLayout>
  );
}
