#!/usr/bin/env node
import { isSmallRun } from '../cli/small-run.js';
import { versionAnswer } from '../cli/version.js';
import { runBounded } from '../runtime/bounded.js';

await runBounded(
  import.meta.url,
  async ({ stderrIsTty, args }) => {
    const { runCli } = await import('../cli/main.js');
    return runCli(args, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      cwd: process.cwd(),
      env: process.env,
      stderrIsTty,
    });
  },
  (message) => process.stderr.write(`mlsec: internal error (please report it): ${message}\n`),
  { immediate: versionAnswer, small: (args) => isSmallRun(args, process.cwd()) },
);
