import { FAMILIES_GUIDANCE } from '../../../../shared/content/guidance/familiesGuidance';
import { ratingOf, type Axis, type Family } from '../../../../shared/model/families';
import { LineField, TextField } from '../fields/StoryText';
import { fieldDomId } from '../fields/fieldDomId';
import { WinsWhenList } from './WinsWhenList';

const G = FAMILIES_GUIDANCE.fields;

/** Every field of one method family, in the order a panel would probe them. */
export function FamilyFields({ family, label, axes }: { family: Family; label: string; axes: readonly Axis[] }) {
  const base = ['families', 'items', { id: family.id }] as const;
  const unrated = axes.filter((axis) => ratingOf(family, axis.id).score === null);
  const firstUnrated = unrated[0];
  return (
    <>
      <LineField path={[...base, 'name']} value={family.name} guidance={G.name} />
      <TextField path={[...base, 'idea']} value={family.idea} guidance={G.idea} />
      <TextField path={[...base, 'methods']} value={family.methods} guidance={G.methods} />
      <div className="field-pair">
        <TextField path={[...base, 'solves']} value={family.solves} guidance={G.solves} />
        <TextField path={[...base, 'whyWorks']} value={family.whyWorks} guidance={G.whyWorks} />
      </div>
      <div className="field-pair">
        <TextField path={[...base, 'failsWhere']} value={family.failsWhere} guidance={G.failsWhere} />
        <TextField path={[...base, 'assumes']} value={family.assumes} guidance={G.assumes} />
      </div>
      <TextField path={[...base, 'experience']} value={family.experience} guidance={G.experience} rows={3} />
      <WinsWhenList family={family} familyLabel={label} />
      {axes.length > 0 && (
        <p className="family-rating-status">
          {firstUnrated ? (
            <>
              Rated on {axes.length - unrated.length} of {axes.length} axes.{' '}
              <button
                type="button"
                className="button-link"
                onClick={() => document.getElementById(fieldDomId([...base, 'ratings', firstUnrated.id, 'score']))?.focus()}
              >
                Rate it in the matrix
              </button>
            </>
          ) : (
            <>Rated on every axis in the matrix below.</>
          )}
        </p>
      )}
    </>
  );
}
