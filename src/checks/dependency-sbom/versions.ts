/**
 * Version helpers for dependency-sbom: PEP 503 names, PEP 440 versions and specifiers (through
 * @renovatebot/pep440, which implements epochs, pre/post/dev releases and local versions as
 * packaging does), and semver for npm (through `semver`, the parser npm itself uses).
 *
 * @renovatebot/pep440 is held at 4.x: 5.x requires Node ^22.11 || >=24.10 and the project
 * supports Node >=20.19.
 */
import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';

/** PEP 503: lowercase, every run of `-`, `_` and `.` becomes one `-`. */
export function normalizePypiName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** True when `version` is a PEP 440 version (public or local, any epoch; `v` prefix allowed as PEP 440 does). */
export function isValidPep440(version: string): boolean {
  return typeof version === 'string' && pep440.valid(version) !== null;
}

/**
 * True when comparePep440 orders `version` exactly: a valid PEP 440 version whose numbers all
 * fit a double. The library compares numbers as JavaScript numbers, so `10000000000000000001`
 * and `10000000000000000000` would compare equal; such a version is reported, not misordered.
 */
export function isOrderablePep440(version: string): boolean {
  return isValidPep440(version) && !/\d{16,}/.test(version);
}

/**
 * PEP 440 ordering: negative, zero or positive. `1.0 == 1.0.0`; `1.0.dev1 < 1.0a1 < 1.0rc1 <
 * 1.0 < 1.0+local < 1.0.post1`; any epoch `1!` sorts after no epoch. Throws a TypeError when
 * either is not a PEP 440 version (the library returns nonsense, not an error, for invalid
 * input) and a RangeError when one has a number of 16 or more digits (see isOrderablePep440).
 */
export function comparePep440(a: string, b: string): number {
  for (const version of [a, b]) {
    if (!isValidPep440(version)) throw new TypeError(`not a PEP 440 version: ${JSON.stringify(version)}`);
    if (!isOrderablePep440(version)) {
      throw new RangeError(`PEP 440 version with a number too large to order: ${JSON.stringify(version)}`);
    }
  }
  return Math.sign(pep440.compare(a, b));
}

/**
 * Whether `version` satisfies a PEP 440 specifier set (`>=2.0,<3`, `~=1.4`, `==1.*`).
 * Pre-releases follow PEP 440: excluded unless the specifier names one or `prereleases` is set.
 * Undefined (not false) when the version or the specifier is not valid: the caller must say so,
 * not treat it as "does not match".
 */
export function pep440InSpecifier(
  version: string,
  specifier: string,
  options: { prereleases?: boolean } = {},
): boolean | undefined {
  if (!isValidPep440(version) || typeof specifier !== 'string') return undefined;
  const spec = specifier.trim();
  if (spec === '') return true;
  if (!pep440.validRange(spec)) return undefined;
  // Without the option the library applies PEP 440's default (a specifier naming a pre-release
  // admits pre-releases); an explicit false would exclude them even then.
  return options.prereleases === undefined
    ? pep440.satisfies(version, spec)
    : pep440.satisfies(version, spec, { prereleases: options.prereleases });
}

/** True when `version` is a strict semver 2.0 version (no `v` prefix, no loose forms). */
export function isValidSemver(version: string): boolean {
  // semver.parse accepts a leading `v` or `=` and surrounding spaces; OSV and npm locks use neither.
  return typeof version === 'string' && /^\d/.test(version) && semver.parse(version)?.raw === version;
}

/**
 * semver 2.0 precedence, with build metadata ignored (`1.0.0-rc.1 < 1.0.0`, `1.0.0+a == 1.0.0`).
 * Throws a TypeError when either is not a strict semver version.
 */
export function compareSemver(a: string, b: string): number {
  if (!isValidSemver(a)) throw new TypeError(`not a semver version: ${JSON.stringify(a)}`);
  if (!isValidSemver(b)) throw new TypeError(`not a semver version: ${JSON.stringify(b)}`);
  return semver.compare(a, b);
}

/**
 * The version an exact PEP 440 pin names: `==1.2` gives `1.2`, `===anything` gives `anything`
 * (arbitrary equality). Undefined for a range, a wildcard (`==1.*`), several clauses, or an
 * invalid version: never a guess.
 */
export function exactPinVersion(specifier: string): string | undefined {
  if (typeof specifier !== 'string') return undefined;
  const spec = specifier.trim();
  if (spec.includes(',')) return undefined;
  const arbitrary = /^===\s*([^\s=]\S*)$/.exec(spec);
  if (arbitrary) return arbitrary[1];
  const equal = /^==\s*(\S+)$/.exec(spec);
  if (!equal?.[1] || equal[1].startsWith('=') || equal[1].includes('*')) return undefined;
  return isValidPep440(equal[1]) ? equal[1] : undefined;
}

/** True when the specifier pins one exact version (see exactPinVersion). */
export function isExactPin(specifier: string): boolean {
  return exactPinVersion(specifier) !== undefined;
}
