import type { z } from 'zod';
import { backupPath } from './backupPath';
import type { BackupProblem } from './backupProblem';

const KIND_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  null: 'empty (null)',
  undefined: 'missing',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function words(kind: string): string {
  return KIND_WORDS[kind] ?? kind;
}

function describeSize(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, isBig: boolean): string {
  const limit = Number(isBig ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum);
  switch (issue.origin) {
    case 'string':
      if (!isBig && limit === 1) return 'must not be empty';
      return isBig ? `is too long: at most ${limit} characters` : `is too short: at least ${limit} characters`;
    case 'array':
      return isBig ? `has too many entries: at most ${limit}` : `needs at least ${limit} entries`;
    default:
      return isBig ? `is too large: at most ${limit}` : `is too small: at least ${limit}`;
  }
}

const isMissing = (issue: z.core.$ZodIssue) => issue.code === 'invalid_type' && issue.input === undefined;

/**
 * Every zod issue in plain words; several fields missing from one record are told once
 * ("stories[1]: is missing 12 fields: event, createdAt, …"), not as a wall of lines.
 */
export function describeBackupIssues(issues: readonly z.core.$ZodIssue[]): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const missingByParent = new Map<string, { index: number; names: string[] }>();
  for (const issue of issues) {
    if (!isMissing(issue) || issue.path.length === 0) {
      problems.push(describeBackupIssue(issue));
      continue;
    }
    const parent = backupPath(issue.path.slice(0, -1));
    const group = missingByParent.get(parent);
    if (group) group.names.push(String(issue.path.at(-1)));
    else {
      missingByParent.set(parent, { index: problems.length, names: [String(issue.path.at(-1))] });
      problems.push(describeBackupIssue(issue));
    }
  }
  for (const [parent, { index, names }] of missingByParent) {
    if (names.length > 1) problems[index] = { where: parent, message: `is missing ${names.length} fields: ${names.join(', ')}` };
  }
  return problems;
}

/** A zod issue in plain words, placed at its path in the file. */
export function describeBackupIssue(issue: z.core.$ZodIssue): BackupProblem {
  return { where: backupPath(issue.path), message: describeMessage(issue) };
}

function describeMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is missing (it should be ${words(issue.expected)})`;
      return `should be ${words(issue.expected)}, not ${words(kindOf(issue.input))}`;
    case 'too_big':
      return describeSize(issue, true);
    case 'too_small':
      return describeSize(issue, false);
    case 'unrecognized_keys':
      return `holds field${issue.keys.length > 1 ? 's' : ''} Viva does not know: ${issue.keys.map((k) => `“${k}”`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'is not in any form Viva accepts here';
    case 'invalid_format':
      return issue.format === 'datetime' ? 'is not a valid date and time' : issue.message;
    case 'invalid_key':
      return 'has a key that is not a valid id';
    default:
      return issue.message;
  }
}
