/** One thing wrong (or changed) in a backup file, in plain words, with where it is in the file. */
export interface BackupProblem {
  /** Where in the file: a path such as `stories[3].bets[1].confidence` (lists counted from 1), or a line. */
  where: string;
  message: string;
}

/** A problem as one line for the user: "stories[3].title: a story needs a title". */
export function formatBackupProblem(problem: BackupProblem): string {
  return problem.where === '' ? problem.message : `${problem.where}: ${problem.message}`;
}
