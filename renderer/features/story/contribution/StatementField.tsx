import { useState } from 'react';
import { CONTRIBUTION_GUIDANCE } from '../../../../shared/content/guidance/contributionGuidance';
import { REVIEW_CONFIG } from '../../../../shared/review/reviewConfig';
import { splitSentences } from '../../../../shared/text/countSentences';
import type { Path } from '../../../../shared/story/updateAt';
import { countWords } from '../../../../shared/text/countWords';
import { Field } from '../fields/Field';
import { TextArea } from '../fields/TextArea';
import './contribution.css';

const PATH: Path = ['contribution', 'statement'];
const MAX_SENTENCES = REVIEW_CONFIG.maxContributionSentences;

function describeCount(text: string): { text: string; isLong: boolean } {
  const words = countWords(text);
  // Counted as the review counts them, so the warning here and the review's finding agree.
  const sentences = splitSentences(text, REVIEW_CONFIG.abbreviations).length;
  const parts = [words === 1 ? '1 word' : `${words} words`, sentences === 1 ? '1 sentence' : `${sentences} sentences`];
  const isLong = sentences > MAX_SENTENCES;
  if (isLong) parts.push(`aim for ${MAX_SENTENCES} at most`);
  return { text: parts.join(' · '), isLong };
}

/** The contribution statement, with a live count that warns when it runs past two sentences. */
export function StatementField({ value }: { value: string }) {
  const [live, setLive] = useState(value);
  // The stored value changes from elsewhere too (a pull, an undo): follow it, during render as
  // React advises for state derived from a prop.
  const [stored, setStored] = useState(value);
  if (value !== stored) {
    setStored(value);
    setLive(value);
  }
  const count = describeCount(live);
  const aside = (
    <span className={count.isLong ? 'statement-count is-long' : 'statement-count'} data-testid="statement-count">
      {count.text}
    </span>
  );
  return (
    <Field path={PATH} guidance={CONTRIBUTION_GUIDANCE.fields.statement} aside={aside}>
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
