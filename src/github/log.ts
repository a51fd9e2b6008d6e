import * as core from '@actions/core';
import { printable } from '../core/escape.js';

/**
 * The only way mlsec writes to the job log. Every line starts with `mlsec` so nothing that came
 * from a scanned file can ever begin a line, and so never be read by the runner as a workflow
 * command (`::add-mask::`, `::stop-commands::`, `##[...]`); control characters are made visible.
 */
export function log(text: string): void {
  for (const line of text.split('\n')) core.info(`mlsec: ${printable(line)}`);
}

/** A warning annotation without a file: for reporting problems that must not fail the run. */
export function warn(text: string): void {
  core.warning(printable(text));
}
