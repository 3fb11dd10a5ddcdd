// Command-line entry: wires argv, stdout, stderr and exit codes to the pure pieces
// (parseArgs, computeGradients, the formatters, the dump writer).

import { computeGradients, WeightCache } from '../core';
import { writeDump } from './dump';
import { formatCsv } from './formatCsv';
import { formatJson } from './formatJson';
import { helpText } from './help';
import { parseArgs } from './parseArgs';

/** Exit codes: 0 success, 1 the run itself failed, 2 the command line was rejected. */
function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const options = parsed.options;
  if (options.help) {
    process.stdout.write(helpText());
    return 0;
  }
  try {
    // One cache, so the dump and the computation generate each weight matrix once.
    const cache = new WeightCache();
    // The dump goes first: if the file cannot be written, stdout stays empty.
    if (options.dump !== null) writeDump(options.dump, options, cache);
    const result = computeGradients(options.config, options.arch, { ensemble: options.ensemble, cache });
    process.stdout.write(options.format === 'csv' ? formatCsv(result) : formatJson(result, options));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

// exitCode rather than process.exit(): exit() can cut off output still queued on a pipe.
process.exitCode = main(process.argv.slice(2));
