import type { OptionSpec } from './check.js';
import { FAIL_ON } from './findings.js';

/** Options every check takes, on the CLI and as action inputs alike. */

const spec = (option: OptionSpec) => option;

export const CONFIG_OPTION = spec({
  name: 'config',
  type: 'string',
  description: 'Config file, relative to the repository root. Default: .github/mlsec.yml when it exists.',
});

export const FAIL_ON_OPTION = spec({
  name: 'fail-on',
  type: 'string',
  description:
    'Fail (exit 1, or a failed step) on findings at this level or above: error, warning, note or never. Default: error (or the config file).',
  choices: FAIL_ON,
});

export const BASELINE_OPTION = spec({
  name: 'baseline',
  type: 'string',
  description:
    'Baseline file of accepted finding fingerprints. Default: .mlsec-baseline.json when it exists.',
});

export const EXCLUDE_OPTION = spec({
  name: 'exclude',
  type: 'list',
  description:
    "Globs of paths to leave out (comma separated, or repeated). Added to the config file's `exclude` list, never replacing it.",
});

export const FINGERPRINT_KEY_OPTION = spec({
  name: 'fingerprint-key',
  type: 'string',
  secret: true,
  description:
    'Secret for keyed fingerprints of sensitive values (16+ characters, from a secret; MLSEC_FINGERPRINT_KEY for the CLI). Without it a per-run random key is used and baselines of sensitive findings cannot match.',
});

export const INLINE_SUPPRESSIONS_OPTION = spec({
  name: 'inline-suppressions',
  type: 'boolean',
  description:
    'Honour `mlsec-ignore: <rule>` comments in scanned files. Turn off when the people who write the scanned files should not be the ones who decide what is reported.',
  default: 'true',
});
