/*
 * Writes the run's counts where scripts/run-tests.mjs can add them up (VIVA_COUNTS_FILE), and
 * prints them. The plain closing line of `npm test` is printed by that script, over all suites.
 */
import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export default class CountingReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = errors.length;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++;
    }
    const file = process.env['VIVA_COUNTS_FILE'];
    if (file) writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
    console.log(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
