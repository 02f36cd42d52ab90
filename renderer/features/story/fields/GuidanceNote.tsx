import type { FieldGuidance } from '../../../../shared/content/guidance/fieldGuidance';
import './guidanceNote.css';

/** A field group's example of a strong answer and its pitfall, folded until asked for (as under each field). */
export function GuidanceNote({ guidance }: { guidance: FieldGuidance }) {
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
