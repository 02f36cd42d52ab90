import { useState } from 'react';
import { CONTRIBUTION_GUIDANCE } from '../../../../shared/content/guidance/contributionGuidance';
import type { Path } from '../../../../shared/story/updateAt';
import { countWords } from '../../../../shared/text/countWords';
import { Field } from '../fields/Field';
import { TextArea } from '../fields/TextArea';
import './contribution.css';

const PATH: Path = ['contribution', 'statement'];
/** Past this many words a statement rarely fits in the two sentences a panel remembers. */
const LONG_WORDS = 60;

/** The contribution statement, with a live word count that warns when it grows past two sentences' worth. */
export function StatementField({ value }: { value: string }) {
  const [live, setLive] = useState(value);
  // The stored value changes from elsewhere too (a pull, an undo): follow it, during render as
  // React advises for state derived from a prop.
  const [stored, setStored] = useState(value);
  if (value !== stored) {
    setStored(value);
    setLive(value);
  }
  const words = countWords(live);
  const isLong = words > LONG_WORDS;
  const count = (
    <span className={isLong ? 'statement-count is-long' : 'statement-count'} data-testid="statement-count">
      {words === 1 ? '1 word' : `${words} words`}
      {isLong && ' · aim for one or two sentences'}
    </span>
  );
  return (
    <Field path={PATH} guidance={CONTRIBUTION_GUIDANCE.fields.statement} aside={count}>
      {(c) => (
        <TextArea
          path={PATH}
          value={value}
          id={c.id}
          rows={3}
          className="textarea statement-input"
          aria-describedby={c.describedBy}
          placeholder={c.placeholder}
          onInput={(e) => setLive(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}
