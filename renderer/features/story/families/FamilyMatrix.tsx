import { RATING_LABELS, RATING_VALUES, type FamiliesSection } from '../../../../shared/model/families';
import { familyMatrix } from '../../../../shared/story/familyMatrix';
import { RatingCell } from './RatingCell';

/** Widths in px: the family column (as in families.css), and the narrowest an axis column may get. */
const FAMILY_COLUMN = 140;
// Room for the longest rating, "5 · Excellent", with the select's arrow.
const MIN_AXIS_COLUMN = 124;

/**
 * Families × axes: a row per family, a column per axis, each cell a rating and a note. Columns
 * share the width; past about six axes the matrix scrolls sideways inside its frame, with the family names kept in view.
 */
export function FamilyMatrix({ section }: { section: FamiliesSection }) {
  const matrix = familyMatrix(section);
  if (matrix.rows.length === 0) {
    return <p className="record-empty">The matrix appears once you add a family above.</p>;
  }
  if (matrix.columns.length === 0) {
    return <p className="record-empty">Add an axis above to compare the families on it.</p>;
  }
  const rated = matrix.cellCount - matrix.unrated;
  return (
    <>
      <p className="matrix-legend">
        Scale, for your user on that axis (5 on latency means fast):{' '}
        {RATING_VALUES.map((value) => (
          <span key={value} className="matrix-legend-chip" data-score={value}>
            {value} {RATING_LABELS[value]}
          </span>
        ))}
      </p>
      <p className="matrix-progress" aria-live="polite">
        {rated} of {matrix.cellCount} cells rated
        {matrix.unrated > 0 ? '' : ' — every family is rated on every axis.'}
      </p>
      <div className="matrix-frame" role="region" aria-label="Comparison matrix, families by axes" tabIndex={0}>
        <table className="matrix" style={{ minWidth: `${FAMILY_COLUMN + matrix.columns.length * MIN_AXIS_COLUMN}px` }}>
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">
                Family
              </th>
              {matrix.columns.map((column) => (
                <th key={column.axis.id} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.family.id}>
                <th scope="row">{row.label}</th>
                {row.cells.map((rating, i) => {
                  const column = matrix.columns[i];
                  if (!column) return null;
                  return (
                    <td key={column.axis.id}>
                      <RatingCell
                        familyId={row.family.id}
                        axisId={column.axis.id}
                        rating={rating}
                        isStored={Object.hasOwn(row.family.ratings, column.axis.id)}
                        label={`${row.label} on ${column.label}`}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
