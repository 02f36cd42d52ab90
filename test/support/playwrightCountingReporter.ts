/* Playwright's side of the counting (see countingReporter.ts). */
import { writeFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class PlaywrightCountingReporter implements Reporter {
  private readonly outcomes = new Map<string, TestResult['status']>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.outcomes.set(test.id, result.status);
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const status of this.outcomes.values()) {
      if (status === 'passed') passed++;
      else if (status === 'skipped') skipped++;
      else failed++;
    }
    if (result.status !== 'passed' && failed === 0) failed = 1;
    const file = process.env['VIVA_COUNTS_FILE'];
    if (file) writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
    console.log(`playwright: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
