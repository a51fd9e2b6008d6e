import * as core from '@actions/core';
import { neutralizeCommands, printable } from '../core/escape.js';

/**
 * The only way mlsec writes to the job log. Every line starts with `mlsec` so nothing that came
 * from a scanned file can begin a line and be read by the runner as a `::command::`; `##[`, which
 * the runner reads anywhere in a line, is neutralized; control characters are made visible.
 */
export function log(text: string): void {
  for (const line of text.split('\n')) core.info(neutralizeCommands(`mlsec: ${printable(line)}`));
}

/**
 * One warning annotation without a file, for reporting problems that must not fail the run.
 * Several problems share one annotation: the runner shows only ten warnings per step, and those
 * belong to findings.
 */
export function warn(...texts: string[]): void {
  if (texts.length === 0) return;
  core.warning(texts.map((text) => neutralizeCommands(printable(text))).join('\n'));
}

/** Fails the step with one error annotation, escaped like every other line. */
export function fail(text: string): void {
  core.setFailed(neutralizeCommands(printable(text)));
}

export function debug(text: string): void {
  core.debug(neutralizeCommands(text));
}
