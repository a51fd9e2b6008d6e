import type { CheckDefinition, OptionSpec } from '../core/check.js';
import type { CheckName } from '../core/findings.js';
import { dependencySbom } from './dependency-sbom/index.js';
import { robustnessCheck } from './robustness-check/index.js';
import { scanModel } from './scan-model/index.js';
import { scanPii } from './scan-pii/index.js';
import { signModel } from './sign-model/index.js';
import { verifyProvenance } from './verify-provenance/index.js';

/** Every check, in the order `mlsec check` runs them. */
export const CHECKS: ReadonlyMap<CheckName, CheckDefinition> = new Map(
  [scanPii, scanModel, signModel, verifyProvenance, robustnessCheck, dependencySbom].map((check) => [
    check.name,
    check,
  ]),
);

export function checkOptionSpecs(): Map<CheckName, readonly OptionSpec[]> {
  return new Map([...CHECKS].map(([name, check]) => [name, check.options]));
}
