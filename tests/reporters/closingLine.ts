// Ends each test run with one plain line, "unit: 1557 passed, 0 failed", free of colour codes,
// so a reader (or a CI log scanner) sees the count without parsing the default reporter's table.
import type { Reporter, TestModule } from 'vitest/node';

export default class ClosingLine implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const projects = new Set<string>();
    for (const module of testModules) {
      projects.add(module.project.name || 'tests');
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') failedHere += 1;
        else counts.skipped += 1;
      }
      // a file that failed outside its tests (an import, a hook) counts as one failure
      counts.failed += failedHere > 0 || module.state() !== 'failed' ? failedHere : 1;
    }
    counts.failed += unhandledErrors.length;
    const label = projects.size === 1 ? [...projects][0] : 'tests';
    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
    process.stdout.write(`\n${label}: ${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
  }
}
