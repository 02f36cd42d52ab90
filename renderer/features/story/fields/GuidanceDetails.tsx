import type { FieldGuidance } from '../../../../shared/content/guidance/fieldGuidance';
import './guidance.css';

/** The example and the weak answer of a guidance entry, folded, for a group rather than one field. */
export function GuidanceDetails({ guidance }: { guidance: FieldGuidance }) {
  return (
    <details className="field-guidance group-guidance">
      <summary>Example and pitfall</summary>
      <p>
        <span className="guidance-tag guidance-good">Strong</span> {guidance.example}
      </p>
      <p>
        <span className="guidance-tag guidance-weak">Weak</span> {guidance.weak}
      </p>
    </details>
  );
}
