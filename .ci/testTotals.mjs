// After the test command: one plain closing line with the totals of the JUnit reports that the
// unit and browser test steps wrote under reports/, "N passed, N failed" (", N skipped" when any
// were) alone on the line, so that a log reader that knows no particular runner can count the run. The
// steps' own summaries stay the last lines of each step; this line follows the whole command.
import { readFileSync } from 'node:fs';

const REPORTS = ['reports/junit-unit.xml', 'reports/junit-e2e.xml'];

let tests = 0;
let failed = 0;
let skipped = 0;
for (const path of REPORTS) {
  let xml;
  try {
    xml = readFileSync(path, 'utf8');
  } catch {
    console.error(`test totals: ${path} is missing; the test step did not write its report`);
    process.exit(1);
  }
  const root = /<testsuites\b([^>]*)>/.exec(xml);
  if (!root) {
    console.error(`test totals: ${path} has no <testsuites> element`);
    process.exit(1);
  }
  const count = (name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(root[1])?.[1] ?? 0);
  tests += count('tests');
  failed += count('failures') + count('errors');
  // vitest writes skipped counts per suite, not on the root element
  for (const suite of xml.matchAll(/<testsuite\b[^>]*\bskipped="(\d+)"/g)) skipped += Number(suite[1]);
}
if (tests === 0) {
  console.error('test totals: the reports hold no test');
  process.exit(1);
}
const passed = tests - failed - skipped;
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
