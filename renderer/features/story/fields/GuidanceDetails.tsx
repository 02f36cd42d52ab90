import type { FieldGuidance } from '../../../../shared/content/guidance/fieldGuidance';
import './guidance.css';

/** The example and the weak answer of a guidance entry, folded: under a field, or (`isGroup`) under a group of fields. */
export function GuidanceDetails({ guidance, isGroup = false }: { guidance: FieldGuidance; isGroup?: boolean }) {
  return (
    <details className={isGroup ? 'field-guidance group-guidance' : 'field-guidance'}>
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
