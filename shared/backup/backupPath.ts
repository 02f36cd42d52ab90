import { formatIssuePath } from '../validation/describeZodError';

/** A location in a backup file, as the report shows it: `stories[3].bets[1].confidence`. */
export function backupPath(path: readonly PropertyKey[]): string {
  return formatIssuePath('', path).replace(/^\./, '');
}
