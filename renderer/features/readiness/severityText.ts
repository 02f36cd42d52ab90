import type { SeverityCounts } from '../../../shared/review/partitionFindings';

/** "2 errors, 5 warnings, 1 hint", leaving out the severities with none; "none" when all are 0. */
export function describeCounts(counts: SeverityCounts): string {
  const parts = [
    [counts.error, 'error', 'errors'],
    [counts.warning, 'warning', 'warnings'],
    [counts.hint, 'hint', 'hints'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return said.length === 0 ? 'none' : said.join(', ');
}
