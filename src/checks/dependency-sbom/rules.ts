import type { Rule } from '../../core/findings.js';

/**
 * Rule metadata of dependency-sbom (public contract: ids never change). Everything here is the
 * supply chain: OWASP ML06 (AI supply chain attacks) and MITRE ATLAS AML.T0010 (ML supply chain
 * compromise); an unsafe model format adds AML.T0011.000 (user execution: unsafe ML artifacts).
 */
const SUPPLY_CHAIN = { owaspMl: ['ML06' as const], atlas: ['AML.T0010'] };

export type SbomRuleId =
  | 'sbom/vulnerable-package'
  | 'sbom/unpinned-requirement'
  | 'sbom/pickle-model'
  | 'sbom/unreadable'
  | 'sbom/vulnerabilities-not-checked'
  | 'sbom/license-denied';

export const SBOM_RULES: Readonly<Record<SbomRuleId, Rule>> = {
  'sbom/vulnerable-package': {
    id: 'sbom/vulnerable-package',
    title: 'A pinned or locked dependency has a known vulnerability',
    help:
      'The exact version this repository pins or locks is affected by a published vulnerability (an OSV ' +
      'record: GitHub advisories, PyPI advisories, npm). The level follows the CVSS base score (7 or more is ' +
      'an error, 4 or more a warning) or, without one, the database severity. Upgrade to a version the ' +
      'record says is fixed, regenerate the lock file, and re-run. If the vulnerable code is unreachable in ' +
      'your use, record why in the baseline rather than suppressing it silently.',
    defaultLevel: 'error',
    securitySeverity: 8.0,
    ...SUPPLY_CHAIN,
  },
  'sbom/unpinned-requirement': {
    id: 'sbom/unpinned-requirement',
    title: 'A requirement is a range or a direct reference, so it cannot be checked',
    help:
      'The requirement names a range (`torch>=2.0,<3`), no version at all, or a URL or VCS reference, and no ' +
      'lock file of the project locks it. Which version gets installed depends on the day and the index, so ' +
      'it cannot be matched against known vulnerabilities and a compromised release would be picked up ' +
      'silently. Pin it (`==`, with `--hash` for pip), or commit the lock file of your tool (poetry.lock, ' +
      'uv.lock, pdm.lock, pylock.toml, Pipfile.lock).',
    defaultLevel: 'warning',
    securitySeverity: 3.0,
    ...SUPPLY_CHAIN,
  },
  'sbom/pickle-model': {
    id: 'sbom/pickle-model',
    title: 'A model is stored in a pickle-based format',
    help:
      'Loading this model unpickles it (PyTorch `.pt`/`.bin`/`.ckpt`, joblib, pickle, NumPy object arrays), ' +
      'and unpickling runs whatever code the file names: a replaced model file is code execution wherever ' +
      'it is loaded. Convert it to safetensors or ONNX, or load it with `torch.load(weights_only=True)` and ' +
      'verify its signature first. When scan-model ran in the same run, its verdict is in the message: an ' +
      'unsafe global found there makes this an error.',
    defaultLevel: 'warning',
    securitySeverity: 6.0,
    owaspMl: ['ML06'],
    atlas: ['AML.T0010.003', 'AML.T0011.000'],
  },
  'sbom/unreadable': {
    id: 'sbom/unreadable',
    title: 'A manifest, lock file or model could not be read completely',
    help:
      'A dependency manifest, lock file, model or advisory could not be read, or part of it was not ' +
      'understood, so the SBOM may miss what it declares. The message names the file and line and what ' +
      'was wrong. Fix the file (or regenerate the lock file with its tool) so the inventory is complete.',
    defaultLevel: 'warning',
    securitySeverity: 4.0,
    ...SUPPLY_CHAIN,
  },
  'sbom/vulnerabilities-not-checked': {
    id: 'sbom/vulnerabilities-not-checked',
    title: 'Known vulnerabilities were not checked',
    help:
      'The packages could not be matched against known vulnerabilities: the OSV API could not be reached ' +
      '(a timeout, an error, no network), it was turned off with `osv-api-url: off`, or the packages are of ' +
      'an ecosystem OSV does not cover (conda). The SBOM was still written. Re-run when the service is back, ' +
      'or give a local copy of the database with `osv-dir` (a directory of OSV JSON files or `all.zip`).',
    defaultLevel: 'warning',
    securitySeverity: 3.0,
    ...SUPPLY_CHAIN,
  },
  'sbom/license-denied': {
    id: 'sbom/license-denied',
    title: 'A dependency or model has a license the policy denies',
    help:
      'The license recorded for this package (its lock entry) or model (its model card) is one of ' +
      '`deny-licenses`. Replace the dependency or model, or change the policy if the license is acceptable ' +
      'for this use.',
    defaultLevel: 'error',
    securitySeverity: 4.0,
    ...SUPPLY_CHAIN,
  },
};

export const allSbomRules = (): Rule[] => Object.values(SBOM_RULES);
