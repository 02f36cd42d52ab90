import { useState } from 'react';
import { CHECKLIST_GUIDANCE } from '../../../../shared/content/guidance/checklistGuidance';
import { CHECK_STATUS_LABELS, newChecklistItem, type ChecklistItem } from '../../../../shared/model/checklist';
import type { Story } from '../../../../shared/model/story';
import { ChecklistItemBody } from '../checklist/ChecklistItemBody';
import { ChecklistSummary } from '../checklist/ChecklistSummary';
import { fieldDomId } from '../fields/fieldDomId';
import { GuidanceDetails } from '../fields/GuidanceDetails';
import { RecordList } from '../records/RecordList';
import { FieldGroup, SectionLayout } from './SectionLayout';

const G = CHECKLIST_GUIDANCE.fields;
/** The schema's limit on checklist items. */
const MAX_ITEMS = 200;

function titleOf(item: ChecklistItem, index: number): string {
  return item.title.trim() || `your check ${index + 1}`;
}

/** Section 5: the built-in rigor items and the user's own, each with a status and evidence; open risks counted. */
export function ChecklistSection({ story }: { story: Story }) {
  const items = story.checklist.items;
  // Folded items, by id; everything starts open. Kept per visit: folding is a reading aid, not data.
  const [folded, setFolded] = useState<ReadonlySet<string>>(() => new Set());
  const setExpanded = (id: string, isExpanded: boolean) =>
    setFolded((previous) => {
      const next = new Set(previous);
      if (isExpanded) next.delete(id);
      else next.add(id);
      return next;
    });

  const jumpTo = (id: string) => {
    setExpanded(id, true);
    // The item's body may only now be rendered: focus after React commits it.
    requestAnimationFrame(() => document.getElementById(fieldDomId(['checklist', 'items', { id }, 'status']))?.focus());
  };

  return (
    <SectionLayout section="checklist" intro={CHECKLIST_GUIDANCE.intro}>
      <ChecklistSummary checklist={story.checklist} titleOf={(index) => titleOf(items[index]!, index)} onJump={jumpTo} />
      <FieldGroup title={G.items.label} description={G.items.expects}>
        <div className="checklist-tools">
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => setFolded(new Set(items.map((i) => i.id)))}
          >
            Fold all
          </button>
          <button type="button" className="button button-small button-quiet" onClick={() => setFolded(new Set())}>
            Unfold all
          </button>
        </div>
        <GuidanceDetails guidance={G.items} isGroup />
        <RecordList
          path={['checklist', 'items']}
          items={items}
          noun="checklist item"
          emptyText="The checklist is empty. Add the checks your field expects."
          titleOf={titleOf}
          create={() => newChecklistItem()}
          firstFieldPath={(item) => ['checklist', 'items', { id: item.id }, 'title']}
          canDelete={(item) => item.builtinKey === null}
          maxItems={MAX_ITEMS}
          collapse={{ isExpanded: (id) => !folded.has(id), setExpanded }}
          renderSummary={(item) => (
            <span className="status-badge" data-status={item.status}>
              {CHECK_STATUS_LABELS[item.status]}
            </span>
          )}
          renderItem={(item, index) => <ChecklistItemBody item={item} title={titleOf(item, index)} />}
        />
      </FieldGroup>
    </SectionLayout>
  );
}
