import { parseCsv } from './parseCsv.mjs';

/**
 * @typedef {{ check: string, severity: string, confidence: string, file: string, location: string, sample: string, description: string }} Finding
 * @typedef {{ check: string, files: string[], sample?: string, fragment?: string, reason: string, scan?: string }} ReviewedFinding
 */

/**
 * Whether a finding's file is one a reviewed entry names: the entry's path ends it, where a `*`
 * stands for the part of a bundle's name that changes with its content hash.
 * @param {string} pattern
 * @param {string} file
 */
function isNamedFile(pattern, file) {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(^|/)${escaped.join('[\\w-]*')}$`).test(file.replaceAll('\\', '/'));
}

/**
 * Whether a finding's code is the reviewed code: the whole sampled line, or, in a minified
 * bundle whose one line holds a whole library, an exact fragment of it.
 * @param {ReviewedFinding} entry
 * @param {string} sample
 */
function isReviewedCode(entry, sample) {
  if (entry.fragment !== undefined) return sample.includes(entry.fragment);
  return sample.trim() === (entry.sample ?? '').trim();
}

const COLUMNS = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url'];

/**
 * Read electronegativity's CSV report.
 * @param {string} csv
 * @returns {Finding[]}
 */
export function readFindings(csv) {
  const [header, ...rows] = parseCsv(csv);
  const names = (header ?? []).map((name) => name.trim());
  if (COLUMNS.some((name, i) => names[i] !== name)) {
    throw new Error(`Unexpected electronegativity report header: ${names.join(', ')}`);
  }
  return rows.map(([check, severity, confidence, file, location, sample, description]) => ({
    check: check ?? '',
    severity: severity ?? '',
    confidence: confidence ?? '',
    file: file ?? '',
    location: location ?? '',
    sample: sample ?? '',
    description: description ?? '',
  }));
}

/**
 * The findings that fail the audit: every HIGH or MEDIUM one (the scanner says INFORMATIONAL
 * and LOW for notes) that no reviewed entry explains. A reviewed entry names the check, the files
 * (source and bundle) and the exact code, so a new use of a reviewed API elsewhere still fails; it may be limited to
 * one scan.
 * @param {Finding[]} findings
 * @param {ReviewedFinding[]} reviewed
 * @param {string} scan which scan the findings come from
 * @returns {Finding[]}
 */
export function blockingFindings(findings, reviewed, scan) {
  return findings.filter(
    (finding) =>
      ['HIGH', 'MEDIUM'].includes(finding.severity.toUpperCase()) &&
      !reviewed.some(
        (entry) =>
          (entry.scan === undefined || entry.scan === scan) &&
          entry.check === finding.check &&
          entry.files.some((file) => isNamedFile(file, finding.file)) &&
          isReviewedCode(entry, finding.sample),
      ),
  );
}
