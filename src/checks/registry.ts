import type { CheckDefinition, OptionSpec } from '../core/check.js';
import type { CheckName } from '../core/findings.js';
import { dependencySbom } from './dependency-sbom/definition.js';
import { robustnessCheck } from './robustness-check/definition.js';
import { scanModel } from './scan-model/definition.js';
import { scanPii } from './scan-pii/definition.js';
import { signModel } from './sign-model/definition.js';
import { verifyProvenance } from './verify-provenance/definition.js';

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
