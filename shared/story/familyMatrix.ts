/** The families × axes matrix as rows of cells: what the matrix view draws and counts. */
import { ratingOf, type Axis, type FamiliesSection, type Family, type Rating } from '../model/families';
import { axisLabel } from './familyAxes';

export interface MatrixColumn {
  axis: Axis;
  label: string;
}

export interface MatrixRow {
  family: Family;
  label: string;
  /** One rating per column, in column order; unrated cells have a null score. */
  cells: Rating[];
}

export interface FamilyMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Cells with no score yet. */
  unrated: number;
  cellCount: number;
}

/** The name a family shows: its own, or "Family 2" while it has none. */
export function familyLabel(family: Family, index: number): string {
  return family.name.trim() === '' ? `Family ${index + 1}` : family.name.trim();
}

/** The matrix of a families section: a row per family, a column per axis. */
export function familyMatrix(section: FamiliesSection): FamilyMatrix {
  const columns = section.axes.map((axis, i) => ({ axis, label: axisLabel(axis, i) }));
  const rows = section.items.map((family, i) => ({
    family,
    label: familyLabel(family, i),
    cells: section.axes.map((axis) => ratingOf(family, axis.id)),
  }));
  const cellCount = columns.length * rows.length;
  const unrated = rows.reduce((sum, row) => sum + row.cells.filter((cell) => cell.score === null).length, 0);
  return { columns, rows, unrated, cellCount };
}
