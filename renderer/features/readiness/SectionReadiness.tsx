import { useRef, useState } from 'react';
import { SECTION_LABELS } from '../../../shared/model/sections';
import type { Finding } from '../../../shared/review/finding';
import type { DismissedFinding } from '../../../shared/review/partitionFindings';
import type { SectionCompleteness } from '../../../shared/story/completeness';
import { formatRoute } from '../../navigation/route';
import { navigate } from '../../navigation/useRoute';
import { DismissedItem } from './DismissedItem';
import { FindingItem } from './FindingItem';
import { focusFieldWhenReady } from './focusField';

interface SectionReadinessProps {
  storyId: string;
  completeness: SectionCompleteness;
  open: readonly Finding[];
  dismissed: readonly DismissedFinding[];
  onDismiss(finding: Finding, reason: string): void;
  onRestore(key: string): void;
}

/** Past this many open findings a section shows the first few and offers the rest. */
const SHOWN_AT_FIRST = 5;

/** One section of the story: how complete it is, its open findings and the ones set aside. */
export function SectionReadiness({ storyId, completeness, open, dismissed, onDismiss, onRestore }: SectionReadinessProps) {
  const { section, filled, total } = completeness;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [isAllShown, setAllShown] = useState(false);
  const shown = isAllShown || open.length <= SHOWN_AT_FIRST + 1 ? open : open.slice(0, SHOWN_AT_FIRST);
  const headingId = `readiness-${section}`;
  const share = total === 0 ? 0 : filled / total;
  return (
    <section className="readiness-section" aria-labelledby={headingId}>
      <header className="readiness-section-head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          <a href={formatRoute({ name: 'story', storyId, section })}>{SECTION_LABELS[section]}</a>
        </h2>
        <span className="readiness-filled">
          {filled} of {total} filled
        </span>
        <span className="readiness-bar" aria-hidden="true">
          <span className="readiness-bar-fill" style={{ width: `${share * 100}%` }} />
        </span>
      </header>
      {open.length === 0 ? (
        <p className="readiness-clear">Nothing open here.</p>
      ) : (
        <ul className="findings" aria-label={`Open findings in ${SECTION_LABELS[section]}`}>
          {shown.map((finding) => {
            const route = { name: 'story', storyId, section: finding.section } as const;
            return (
              <FindingItem
                key={finding.key}
                finding={finding}
                href={formatRoute(route)}
                onFollow={() => {
                  navigate(route);
                  focusFieldWhenReady(finding.path);
                }}
                onDismiss={(reason) => {
                  onDismiss(finding, reason);
                  headingRef.current?.focus();
                }}
              />
            );
          })}
        </ul>
      )}
      {shown.length < open.length && (
        <button type="button" className="button button-small readiness-more" onClick={() => setAllShown(true)}>
          Show {open.length - shown.length} more
        </button>
      )}
      {dismissed.length > 0 && (
        <details className="readiness-dismissed">
          <summary>Dismissed ({dismissed.length})</summary>
          <ul className="findings" aria-label={`Dismissed findings in ${SECTION_LABELS[section]}`}>
            {dismissed.map(({ finding, dismissal }) => (
              <DismissedItem
                key={finding.key}
                finding={finding}
                reason={dismissal.reason}
                onRestore={() => {
                  onRestore(finding.key);
                  headingRef.current?.focus();
                }}
              />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
