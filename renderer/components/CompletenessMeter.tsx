import { SECTION_LABELS } from '../../shared/model/sections';
import type { SectionCompleteness } from '../../shared/story/completeness';
import { overallCompleteness } from '../../shared/story/completeness';

/** One small bar per section, filled by its share of completed fields. */
export function CompletenessMeter({ sections }: { sections: readonly SectionCompleteness[] }) {
  const percent = Math.round(overallCompleteness(sections) * 100);
  const detail = sections.map((s) => `${SECTION_LABELS[s.section]} ${s.filled} of ${s.total}`).join(', ');
  return (
    <div className="completeness" role="img" aria-label={`${percent}% complete. ${detail}.`}>
      {sections.map((s) => (
        <span key={s.section} className="completeness-bar" title={`${SECTION_LABELS[s.section]}: ${s.filled} of ${s.total}`}>
          <span className="completeness-fill" style={{ width: `${s.total === 0 ? 0 : (s.filled / s.total) * 100}%` }} />
        </span>
      ))}
      <span className="completeness-percent" aria-hidden="true">
        {percent}%
      </span>
    </div>
  );
}
