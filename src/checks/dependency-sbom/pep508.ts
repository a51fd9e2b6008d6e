/**
 * One PEP 508 requirement string (`torch[cuda]>=2.0,<3; sys_platform == "linux"`,
 * `name @ https://...`) into its parts, as written. Shared by requirements files, pyproject.toml,
 * setup.cfg and conda's pip section, so all four agree on what a version is: only an exact pin
 * (`==1.2.3` without a wildcard, `===x`) gives one; any other specifier stays a specifier.
 * Versions are checked with @renovatebot/pep440 rather than a hand-written PEP 440 grammar.
 */
import { valid as validPep440 } from '@renovatebot/pep440';
import type { PackageRecord, SourceLocation } from './types.js';
import { withoutCredentials } from './lock-util.js';
import { normalizePypiName } from './versions.js';

export interface Pep508 {
  readonly name: string;
  readonly extras: readonly string[];
  /** Comma-joined clauses without spaces (`>=2.0,<3`); undefined when there are none. */
  readonly specifier?: string;
  readonly url?: string;
  readonly marker?: string;
  /** The exact version the specifier pins, if it pins one. */
  readonly version?: string;
}

export type Pep508Result =
  { readonly ok: true; readonly value: Pep508 } | { readonly ok: false; readonly message: string };

export { normalizePypiName };

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const CLAUSE = /^(~=|===|==|!=|<=|>=|<|>)\s*([^\s<>=!~]\S*)$/;

/** `[a, b]` after a name: the extras, or a message. `text` starts at the `[`. */
export function parseExtras(text: string): { extras: string[]; rest: string } | { message: string } {
  const close = text.indexOf(']');
  if (close < 0) return { message: 'an extras list "[" is not closed' };
  const inner = text.slice(1, close).trim();
  const extras = inner === '' ? [] : inner.split(',').map((e) => e.trim());
  for (const extra of extras) {
    if (!NAME.test(extra) || NAME.exec(extra)?.[0] !== extra)
      return { message: `"${extra}" is not a valid extra name` };
  }
  return { extras, rest: text.slice(close + 1) };
}

/**
 * The clauses of a version specifier (`>=2.0, <3`, or PEP 508's parenthesised form), checked
 * clause by clause; the version when exactly one clause pins exactly.
 */
export function parseSpecifier(raw: string): { specifier: string; version?: string } | { message: string } {
  let text = raw.trim();
  if (text.startsWith('(')) {
    if (!text.endsWith(')')) return { message: `the specifier "${raw.trim()}" has an unclosed "("` };
    text = text.slice(1, -1).trim();
  }
  const clauses: string[] = [];
  const pins: string[] = [];
  for (const part of text.split(',')) {
    const match = CLAUSE.exec(part.trim());
    if (match === null) return { message: `"${part.trim()}" is not a version specifier clause` };
    const [, op, version] = match as unknown as [string, string, string];
    if (op === '===') {
      // Arbitrary equality compares strings: whatever is written is the version.
      pins.push(version);
    } else {
      const wildcard = version.endsWith('.*');
      if (wildcard && op !== '==' && op !== '!=')
        return { message: `"${op}${version}": only == and != take a wildcard` };
      const base = wildcard ? version.slice(0, -2) : version;
      if (validPep440(base) === null) return { message: `"${version}" is not a PEP 440 version` };
      if (op === '~=' && !base.includes('.'))
        return { message: `"~=${version}" needs at least two release segments` };
      if (op === '==' && !wildcard) pins.push(version);
    }
    clauses.push(`${op}${version}`);
  }
  const specifier = clauses.join(',');
  return pins.length === 1 ? { specifier, version: pins[0] as string } : { specifier };
}

/** A PEP 508 requirement; the marker is kept as written (trimmed), not evaluated. */
export function parsePep508(requirement: string): Pep508Result {
  const text = requirement.trim();
  const nameMatch = NAME.exec(text);
  if (nameMatch === null) return { ok: false, message: `"${text}" does not start with a package name` };
  const name = nameMatch[0];
  let rest = text.slice(name.length).trimStart();
  let extras: string[] = [];
  if (rest.startsWith('[')) {
    const parsed = parseExtras(rest);
    if ('message' in parsed) return { ok: false, message: parsed.message };
    extras = parsed.extras;
    rest = parsed.rest.trimStart();
  }
  let url: string | undefined;
  let specText = '';
  let marker: string | undefined;
  if (rest.startsWith('@')) {
    rest = rest.slice(1).trimStart();
    // PEP 508: the URL ends at whitespace; a marker after it needs whitespace before the ";".
    const end = rest.search(/\s/);
    url = end < 0 ? rest : rest.slice(0, end);
    rest = end < 0 ? '' : rest.slice(end).trimStart();
    if (url === '') return { ok: false, message: `"${text}" has "@" but no URL` };
    if (rest !== '' && !rest.startsWith(';'))
      return { ok: false, message: `unexpected "${rest}" after the URL` };
  } else {
    const semi = rest.indexOf(';');
    specText = semi < 0 ? rest : rest.slice(0, semi);
    rest = semi < 0 ? '' : rest.slice(semi);
  }
  if (rest.startsWith(';')) {
    marker = rest.slice(1).trim();
    if (marker === '') return { ok: false, message: `"${text}" has ";" but no environment marker` };
  }
  let specifier: string | undefined;
  let version: string | undefined;
  if (specText.trim() !== '') {
    const parsed = parseSpecifier(specText);
    if ('message' in parsed) return { ok: false, message: parsed.message };
    specifier = parsed.specifier;
    version = parsed.version;
  }
  return {
    ok: true,
    value: {
      name,
      extras,
      ...(specifier === undefined ? {} : { specifier }),
      ...(version === undefined ? {} : { version }),
      ...(url === undefined ? {} : { url }),
      ...(marker === undefined ? {} : { marker }),
    },
  };
}

/** What kind of direct reference a URL or path is. */
export function referenceKind(value: string): 'url' | 'path' | 'vcs' {
  if (/^(git|hg|svn|bzr)\+/i.test(value)) return 'vcs';
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value)) return 'url';
  return 'path';
}

/** The record fields a parsed PEP 508 requirement gives, the same wherever it was written. */
export function pep508Fields(
  r: Pep508,
): Pick<
  PackageRecord,
  'name' | 'normalizedName' | 'version' | 'specifier' | 'extras' | 'marker' | 'reference'
> {
  return {
    name: r.name,
    normalizedName: normalizePypiName(r.name),
    ...(r.version === undefined ? {} : { version: r.version }),
    ...(r.specifier === undefined ? {} : { specifier: r.specifier }),
    ...(r.extras.length > 0 ? { extras: r.extras } : {}),
    ...(r.marker === undefined ? {} : { marker: r.marker }),
    ...(r.url === undefined
      ? {}
      : { reference: { kind: referenceKind(r.url), value: withoutCredentials(r.url) } }),
  };
}

/**
 * A PEP 508 string from a manifest (pyproject.toml, setup.cfg, conda's pip list) as a direct
 * pypi record, or the reason it is not one.
 */
export function pep508Record(
  requirement: string,
  source: SourceLocation,
  groups?: readonly string[],
): { readonly record: PackageRecord } | { readonly message: string } {
  const parsed = parsePep508(requirement);
  if (!parsed.ok) return { message: parsed.message };
  return {
    record: {
      ecosystem: 'pypi',
      ...pep508Fields(parsed.value),
      ...(groups === undefined || groups.length === 0 ? {} : { groups }),
      direct: true,
      source,
    },
  };
}
