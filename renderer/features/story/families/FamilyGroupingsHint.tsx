import { FAMILY_GROUPINGS } from '../../../../shared/content/guidance/familiesGuidance';

/** The usual ways ML methods group, folded by default: a starting point, not a rule. */
export function FamilyGroupingsHint() {
  return (
    <details className="groupings-hint">
      <summary>Not sure how to group? The usual families of ML methods</summary>
      <p className="groupings-lead">
        Most areas split along these lines. Use the ones that fit yours, merge or split them, and name each family after the idea
        its members share.
      </p>
      <dl className="groupings-list">
        {FAMILY_GROUPINGS.map((grouping) => (
          <div key={grouping.name} className="groupings-item">
            <dt>{grouping.name}</dt>
            <dd>{grouping.description}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
