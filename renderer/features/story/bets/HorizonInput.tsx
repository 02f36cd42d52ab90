import { BETS_GUIDANCE } from '../../../../shared/content/guidance/betsGuidance';
import type { Path } from '../../../../shared/story/updateAt';
import { Field } from '../fields/Field';
import { useFieldState } from '../fields/useFieldState';

/** The date by which a bet should be settled; the browser's date control only yields real dates. */
export function HorizonInput({ path, value }: { path: Path; value: string | null }) {
  const [local, setLocal] = useFieldState<string | null>(path, value);
  return (
    <Field path={path} guidance={BETS_GUIDANCE.fields.horizon}>
      {(c) => (
        <input
          id={c.id}
          type="date"
          className="input horizon-input"
          aria-describedby={c.describedBy}
          value={local ?? ''}
          // An emptied or half-typed date reads as '': no horizon rather than a broken one.
          onChange={(e) => setLocal(/^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null)}
        />
      )}
    </Field>
  );
}
