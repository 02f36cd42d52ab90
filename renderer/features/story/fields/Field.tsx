import type { ReactNode } from 'react';
import type { FieldGuidance } from '../../../../shared/content/guidance/fieldGuidance';
import type { Path } from '../../../../shared/story/updateAt';
import { fieldDomId } from './fieldDomId';
import { GuidanceDetails } from './GuidanceDetails';

export interface FieldControlProps {
  id: string;
  labelId: string;
  describedBy: string;
  placeholder: string | undefined;
}

interface FieldProps {
  path: Path;
  guidance: FieldGuidance;
  children(control: FieldControlProps): ReactNode;
  /** Extra content beside the label (a word count, a timer). */
  aside?: ReactNode;
}

/**
 * One field of a section: its label, what a panel expects there, the control, and on request
 * an example and what a weak answer looks like.
 */
export function Field({ path, guidance, children, aside }: FieldProps) {
  const id = fieldDomId(path);
  const labelId = `${id}-label`;
  const expectsId = `${id}-expects`;
  return (
    <div className="field">
      <div className="field-head">
        <label
          id={labelId}
          htmlFor={id}
          className="field-label"
          onClick={() => document.getElementById(id)?.querySelector<HTMLElement>('[contenteditable]')?.focus()}
        >
          {guidance.label}
        </label>
        {aside}
      </div>
      <p id={expectsId} className="field-expects">
        {guidance.expects}
      </p>
      {children({ id, labelId, describedBy: expectsId, placeholder: guidance.placeholder })}
      <GuidanceDetails guidance={guidance} />
    </div>
  );
}
