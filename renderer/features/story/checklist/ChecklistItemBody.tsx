import { CHECKLIST_GUIDANCE } from '../../../../shared/content/guidance/checklistGuidance';
import { BUILTIN_CHECKLIST } from '../../../../shared/content/builtinChecklist';
import type { ChecklistItem } from '../../../../shared/model/checklist';
import { fieldDomId } from '../fields/fieldDomId';
import { LineField } from '../fields/StoryText';
import { TextArea } from '../fields/TextArea';
import { StatusControl } from './StatusControl';
import './checklist.css';

const G = CHECKLIST_GUIDANCE.fields;

/** The fields of one checklist item: its status, what "addressed" means, the evidence and the questions it answers. */
export function ChecklistItemBody({ item, title }: { item: ChecklistItem; title: string }) {
  const base = ['checklist', 'items', { id: item.id }] as const;
  const builtin = item.builtinKey === null ? undefined : BUILTIN_CHECKLIST.find((check) => check.key === item.builtinKey);
  const evidenceId = fieldDomId([...base, 'evidence']);
  const questionsId = fieldDomId([...base, 'questions']);
  const questionCount = item.questions.split('\n').filter((line) => line.trim() !== '').length;
  return (
    <>
      {item.builtinKey === null && <LineField path={[...base, 'title']} value={item.title} guidance={G.title} />}
      <StatusControl item={item} title={title} />
      {builtin && (
        <p className="check-expectation">
          <span className="check-expectation-tag">Addressed looks like</span> {builtin.expectation}
        </p>
      )}
      <div className="check-field">
        <label className="check-label" htmlFor={evidenceId}>
          Evidence<span className="visually-hidden"> for {title}</span>
        </label>
        <TextArea
          path={[...base, 'evidence']}
          value={item.evidence}
          id={evidenceId}
          rows={1}
          placeholder={G.evidence.placeholder}
        />
      </div>
      <details className="check-questions">
        <summary>
          Challenge questions it answers ({questionCount})<span className="visually-hidden">: {title}</span>
        </summary>
        <label className="visually-hidden" htmlFor={questionsId}>
          Challenge questions for {title}
        </label>
        <TextArea
          path={[...base, 'questions']}
          value={item.questions}
          id={questionsId}
          rows={2}
          placeholder={G.questions.placeholder}
        />
      </details>
    </>
  );
}
