import { LIMITATIONS_GUIDANCE } from '../../../../shared/content/guidance/limitationsGuidance';
import { newFailureMode, type FailureMode } from '../../../../shared/model/limitations';
import { TextField } from '../fields/StoryText';
import { FoldAllButton } from '../records/FoldAllButton';
import { RecordList } from '../records/RecordList';
import { useFoldedRecords } from '../records/useFoldedRecords';

const G = LIMITATIONS_GUIDANCE.fields;
/** The schema's limit on failure modes. */
const MAX_FAILURE_MODES = 100;

function titleOf(mode: FailureMode, index: number): string {
  const where = mode.where.trim().split('\n')[0] ?? '';
  const short = where.length > 60 ? `${where.slice(0, 57)}…` : where;
  return short ? `failure mode ${index + 1}: ${short}` : `failure mode ${index + 1}`;
}

/** Where the method breaks, each with the evidence that shows it; each folds to its bar like the other records. */
export function FailureModes({ modes }: { modes: readonly FailureMode[] }) {
  const { collapse, isAllFolded, toggleAll } = useFoldedRecords(modes.map((mode) => mode.id));
  return (
    <>
      {modes.length > 1 && <FoldAllButton isAllFolded={isAllFolded} onToggle={toggleAll} plural="failure modes" />}
      <RecordList
        path={['limitations', 'failureModes']}
        items={modes}
        noun="failure mode"
        emptyText="No failure mode yet. Name the inputs or settings where the method stops working."
        titleOf={titleOf}
        create={() => newFailureMode()}
        firstFieldPath={(mode) => ['limitations', 'failureModes', { id: mode.id }, 'where']}
        maxItems={MAX_FAILURE_MODES}
        collapse={collapse}
        renderItem={(mode) => {
          const base = ['limitations', 'failureModes', { id: mode.id }] as const;
          return (
            <div className="field-pair">
              <TextField path={[...base, 'where']} value={mode.where} guidance={G.failureWhere} />
              <TextField path={[...base, 'evidence']} value={mode.evidence} guidance={G.failureEvidence} />
            </div>
          );
        }}
      />
    </>
  );
}
