/**
 * pip requirements files (`requirements.txt`, `-r`/`-c` includes), read the way pip's
 * req_file.py reads them: backslash continuations are joined first, then comments are removed,
 * then a line is either options (`-r`, `--index-url`, ...) or a requirement followed by its
 * per-requirement options (`--hash`). What pip would install from a range is not knowable here,
 * so a range stays a specifier; only an exact pin, or a constraints file's exact pin, gives a
 * version. Environment variables (`${VAR}`) are left as written: pip expands them from the
 * environment at install time, and a reader must not depend on the machine it runs on.
 */
import { satisfies } from '@renovatebot/pep440';
import type { PackageRecord, ReadProblem, ReadResult } from './types.js';
import { withoutCredentials } from './lock-util.js';
import { normalizePypiName, parseExtras, parsePep508, pep508Fields, referenceKind } from './pep508.js';

/**
 * Reads a file named by `-r`/`-c` (the path as written, and the display path of the file that
 * names it, so the caller can resolve it relative to that file and refuse paths outside the
 * project or URLs). `file` is the display path of what was read; includes are cycle-checked by it.
 */
export type RequirementsInclude = (
  path: string,
  from: string,
) => { readonly text: string; readonly file: string } | { readonly problem: string };

export interface RequirementsResult extends ReadResult {
  /**
   * Packages named in constraints files (`-c`): they are not dependencies, but an exact pin there
   * gives the matching requirement its version (that is what pip installs).
   */
  readonly constraints: readonly PackageRecord[];
}

/** How deep `-r` may nest before it is refused (a guard against generated chains). */
const MAX_DEPTH = 32;

/** All the text one requirements file may pull in through `-r`/`-c`. */
const MAX_INCLUDED_BYTES = 64 * 1024 * 1024;

/** Options pip accepts in a requirements file, and whether each takes a value. */
const OPTIONS: ReadonlyMap<string, { readonly canonical: string; readonly value: boolean }> = new Map(
  (
    [
      ['-r', '--requirement', true],
      ['-c', '--constraint', true],
      ['-e', '--editable', true],
      ['-i', '--index-url', true],
      ['', '--extra-index-url', true],
      ['', '--no-index', false],
      ['-f', '--find-links', true],
      ['', '--trusted-host', true],
      ['', '--no-binary', true],
      ['', '--only-binary', true],
      ['', '--prefer-binary', false],
      ['', '--pre', false],
      ['', '--require-hashes', false],
      ['', '--use-feature', true],
      ['', '--hash', true],
      ['-C', '--config-settings', true],
      ['', '--global-option', true],
    ] as const
  ).flatMap(([short, long, value]): [string, { canonical: string; value: boolean }][] => {
    const entry = { canonical: long, value };
    return short === ''
      ? [[long, entry]]
      : [
          [short, entry],
          [long, entry],
        ];
  }),
);

/** Options pip allows after a requirement on the same line. */
const PER_REQUIREMENT = new Set(['--hash', '--config-settings', '--global-option']);

const HASH = /^(sha256|sha384|sha512|sha224|sha1|md5):[0-9a-fA-F]+$/;

/** pip's COMMENT_RE: `#` at the start or after whitespace starts a comment. */
const COMMENT = /(^|\s+)#.*$/;

interface LogicalLine {
  readonly line: number;
  readonly text: string;
}

/** pip's join_lines + ignore_comments: continuations joined, comments removed, blanks dropped. */
function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let pending: string[] = [];
  let first = 0;
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  physical.forEach((raw, index) => {
    const number = index + 1;
    // A comment line ending in "\" does not continue (pip checks the comment first).
    if (!raw.endsWith('\\') || COMMENT.test(raw) || index === physical.length - 1) {
      const piece = COMMENT.test(raw) ? ` ${raw}` : raw.endsWith('\\') ? raw.slice(0, -1) : raw;
      if (pending.length > 0) {
        pending.push(piece);
        out.push({ line: first, text: pending.join('') });
        pending = [];
      } else {
        out.push({ line: number, text: piece });
      }
    } else {
      if (pending.length === 0) first = number;
      pending.push(raw.slice(0, -1));
    }
  });
  return out
    .map((l) => ({ line: l.line, text: l.text.replace(COMMENT, '').trim() }))
    .filter((l) => l.text !== '');
}

/** POSIX shlex.split, as pip applies it to the options part of a line; undefined if a quote is open. */
function shellSplit(text: string): string[] | undefined {
  const tokens: string[] = [];
  let current = '';
  let inToken = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else current += c;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) current += text[++i];
      else current += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inToken = true;
    } else if (c === '\\' && i + 1 < text.length) {
      current += text[++i];
      inToken = true;
    } else if (/\s/.test(c)) {
      if (inToken) tokens.push(current);
      current = '';
      inToken = false;
    } else {
      current += c;
      inToken = true;
    }
  }
  if (quote !== undefined) return undefined;
  if (inToken) tokens.push(current);
  return tokens;
}

interface ParsedOption {
  readonly name: string;
  readonly value?: string;
}

/** Options tokens into (canonical name, value) pairs, or the message for the first bad one. */
function parseOptions(tokens: readonly string[]): ParsedOption[] | { message: string } {
  const out: ParsedOption[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    let key: string;
    let inline: string | undefined;
    if (token.startsWith('--')) {
      const eq = token.indexOf('=');
      key = eq < 0 ? token : token.slice(0, eq);
      inline = eq < 0 ? undefined : token.slice(eq + 1);
    } else if (token.startsWith('-') && token.length > 1) {
      key = token.slice(0, 2);
      inline = token.length > 2 ? token.slice(2) : undefined;
    } else {
      return { message: `unexpected "${token}" among the options` };
    }
    const option = OPTIONS.get(key);
    if (option === undefined) return { message: `unknown option "${key}"` };
    if (!option.value) {
      if (inline !== undefined) return { message: `option "${key}" takes no value` };
      out.push({ name: option.canonical });
      continue;
    }
    let value = inline;
    if (value === undefined) {
      if (i + 1 >= tokens.length) return { message: `option "${key}" needs a value` };
      value = tokens[++i] as string;
    }
    out.push({ name: option.canonical, value });
  }
  return out;
}

/** pip's break_args_options: words up to the first that starts with "-" are the requirement. */
function splitRequirement(text: string): { requirement: string; options: string } {
  const words = text.split(' ');
  const index = words.findIndex((w) => w.startsWith('-'));
  return index < 0
    ? { requirement: text, options: '' }
    : { requirement: words.slice(0, index).join(' ').trim(), options: words.slice(index).join(' ') };
}

const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
const NAMED_URL = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\s*(\[[^\]]*\])?\s*@/;
const ARCHIVE = /\.(whl|zip|tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz|tar)$/i;

/** pip's test for a requirement that is a URL or a path rather than a name. */
function isBareReference(requirement: string): boolean {
  if (NAMED_URL.test(requirement)) return false;
  if (URL_SCHEME.test(requirement) || /^(git|hg|svn|bzr)\+/i.test(requirement)) return true;
  const head = requirement.split(';')[0]?.trim() ?? '';
  return /[/\\]/.test(head) || head.startsWith('.') || ARCHIVE.test(head.replace(/\[[^\]]*\]$/, ''));
}

/** The project name a URL states: `#egg=name`, or a wheel's file name. */
function nameFromReference(value: string): string | undefined {
  const hash = value.indexOf('#');
  if (hash >= 0) {
    for (const pair of value.slice(hash + 1).split('&')) {
      const [key, name] = pair.split('=', 2);
      if (key === 'egg' && name !== undefined && /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(name)) {
        return name;
      }
    }
  }
  const path = (hash >= 0 ? value.slice(0, hash) : value).split('?')[0] ?? '';
  const base = path.split(/[/\\]/).pop() ?? '';
  // A wheel's file name is `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`.
  const wheel = /^([A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?)-[^-]+(-[^-]+)?-[^-]+-[^-]+-[^-]+\.whl$/i.exec(
    base,
  );
  return wheel?.[1];
}

interface Requirement {
  readonly record: PackageRecord;
  readonly named: boolean;
}

/**
 * A requirement (without its options) as a record, or a message. `editable` is `-e`'s value,
 * which pip allows only as a path or a URL.
 */
function requirementRecord(
  text: string,
  file: string,
  line: number,
  editable: boolean,
  hashes: readonly string[],
  constraint: boolean,
): Requirement | { message: string } {
  const common = {
    ecosystem: 'pypi' as const,
    // A constraint is not a dependency of the project, only a limit on one.
    ...(constraint ? {} : { direct: true }),
    source: { file, line },
    ...(hashes.length > 0 ? { hashes } : {}),
  };
  if (editable || isBareReference(text)) {
    let value = text;
    let marker: string | undefined;
    // A marker after a URL needs whitespace before ";" (a URL may contain ";"); after a path it need not.
    const isUrl = URL_SCHEME.test(value) || /^(git|hg|svn|bzr)\+/i.test(value);
    const semi = isUrl ? value.search(/\s;/) : value.indexOf(';');
    if (semi >= 0) {
      marker = value.slice(semi).replace(/^\s*;/, '').trim();
      value = value.slice(0, semi).trim();
      if (marker === '') return { message: `"${text}" has ";" but no environment marker` };
    }
    let extras: string[] = [];
    const bracket = /\[[^\]]*\]$/.exec(value);
    if (bracket !== null && !isUrl) {
      const parsed = parseExtras(bracket[0]);
      if ('message' in parsed) return parsed;
      extras = parsed.extras;
      value = value.slice(0, bracket.index);
    }
    // A token in the URL (`https://user:token@host/...`) never goes further than this line.
    value = withoutCredentials(value);
    if (value === '') return { message: `"${withoutCredentials(text)}" names no path or URL` };
    if (/\s/.test(value)) return { message: `"${value}" is not a URL or a path (it contains whitespace)` };
    const stated = nameFromReference(value);
    // An unnamed reference (`./localpkg`) has no project name until it is built; its name is the
    // reference as written, so nothing downstream mistakes it for a PyPI package.
    const name = stated ?? value;
    return {
      named: stated !== undefined,
      record: {
        ...common,
        name,
        normalizedName: stated === undefined ? value : normalizePypiName(stated),
        ...(extras.length > 0 ? { extras } : {}),
        ...(marker === undefined ? {} : { marker }),
        reference: { kind: referenceKind(value), value, ...(editable ? { editable: true } : {}) },
      },
    };
  }
  const parsed = parsePep508(text);
  if (!parsed.ok) return { message: parsed.message };
  return { named: true, record: { ...common, ...pep508Fields(parsed.value) } };
}

interface State {
  readonly include: RequirementsInclude | undefined;
  /**
   * Files already read (as requirements or as constraints): one named twice is read once, so a
   * chain that names each file twice costs its length, not two to the power of it.
   */
  readonly read: Set<string>;
  /** Bytes of included text read so far, against MAX_INCLUDED_BYTES. */
  includedBytes: number;
  readonly packages: PackageRecord[];
  readonly constraints: PackageRecord[];
  readonly problems: ReadProblem[];
}

function readFile(
  state: State,
  text: string,
  file: string,
  constraint: boolean,
  stack: readonly string[],
): void {
  const problem = (line: number, message: string): void => {
    state.problems.push({ source: { file, line }, message });
  };
  for (const { line, text: logical } of logicalLines(text)) {
    const { requirement, options } = splitRequirement(logical);
    const tokens = shellSplit(options);
    if (tokens === undefined) {
      problem(line, 'a quote in the options is not closed');
      continue;
    }
    const parsed = parseOptions(tokens);
    if ('message' in parsed) {
      problem(line, parsed.message);
      continue;
    }
    const hashes: string[] = [];
    let bad = false;
    for (const option of parsed) {
      if (option.name !== '--hash') continue;
      const value = option.value ?? '';
      if (HASH.test(value)) hashes.push(value);
      else {
        problem(line, `"--hash=${value}" is not algorithm:hex`);
        bad = true;
      }
    }
    if (bad) continue;
    const add = (req: string, editable: boolean): void => {
      const result = requirementRecord(req, file, line, editable, hashes, constraint);
      if ('message' in result) {
        problem(line, result.message);
      } else if (constraint) {
        if (!result.named) problem(line, `a constraint must name a package; "${req}" does not`);
        else state.constraints.push(result.record);
      } else {
        state.packages.push(result.record);
      }
    };
    if (requirement !== '') {
      const misplaced = parsed.find((o) => !PER_REQUIREMENT.has(o.name));
      if (misplaced !== undefined) {
        problem(line, `"${misplaced.name}" cannot follow a requirement on the same line`);
        continue;
      }
      add(requirement, false);
      continue;
    }
    if (hashes.length > 0 && !parsed.some((o) => o.name === '--editable')) {
      problem(line, '"--hash" must follow a requirement on the same line');
      continue;
    }
    for (const option of parsed) {
      if (option.name === '--editable') {
        add(option.value ?? '', true);
      } else if (option.name === '--requirement' || option.name === '--constraint') {
        // pip reads a file named by -r inside a constraints file as requirements again.
        includeFile(state, option.value ?? '', file, line, option.name === '--constraint', stack);
      }
      // Index, find-links, binary and feature options change where pip looks, not what it installs.
    }
  }
}

function includeFile(
  state: State,
  path: string,
  from: string,
  line: number,
  constraint: boolean,
  stack: readonly string[],
): void {
  const problem = (message: string): void => {
    state.problems.push({ source: { file: from, line }, message });
  };
  if (state.include === undefined) {
    problem(`"${path}" is not read: no includes are followed here`);
    return;
  }
  if (stack.length >= MAX_DEPTH) {
    problem(`"${path}" is not read: requirements files nest more than ${MAX_DEPTH} deep`);
    return;
  }
  let read: ReturnType<RequirementsInclude>;
  try {
    read = state.include(path, from);
  } catch (error) {
    problem(`"${path}" could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if ('problem' in read) {
    problem(`"${path}" could not be read: ${read.problem}`);
    return;
  }
  if (stack.includes(read.file)) {
    problem(`"${path}" is not read again: it includes itself (${[...stack, read.file].join(' -> ')})`);
    return;
  }
  const key = `${constraint ? 'c' : 'r'}\0${read.file}`;
  if (state.read.has(key)) return;
  state.read.add(key);
  state.includedBytes += read.text.length;
  if (state.includedBytes > MAX_INCLUDED_BYTES) {
    problem(`"${path}" is not read: the included files hold more than ${MAX_INCLUDED_BYTES} characters`);
    return;
  }
  readFile(state, read.text, read.file, constraint, [...stack, read.file]);
}

/**
 * Gives each requirement without a version the version a constraints file pins it to: only an
 * unconditional exact pin (no marker, no URL), only one such version, and only if it satisfies
 * the requirement's own specifier (else pip would refuse, and that is reported).
 */
function applyConstraints(state: State): PackageRecord[] {
  const pins = new Map<string, Set<string>>();
  for (const c of state.constraints) {
    if (c.version === undefined || c.marker !== undefined || c.reference !== undefined) continue;
    const set = pins.get(c.normalizedName) ?? new Set<string>();
    set.add(c.version);
    pins.set(c.normalizedName, set);
  }
  return state.packages.map((p) => {
    const versions = pins.get(p.normalizedName);
    if (versions === undefined || p.reference !== undefined) return p;
    const problem = (message: string): void => {
      state.problems.push({ source: p.source, message });
    };
    if (versions.size > 1) {
      problem(
        `constraints pin ${p.name} to more than one version (${[...versions].join(', ')}); none is used`,
      );
      return p;
    }
    const version = [...versions][0] as string;
    if (p.version !== undefined) {
      if (p.version !== version)
        problem(`${p.name} is pinned to ${p.version} but a constraint pins ${version}`);
      return p;
    }
    if (p.specifier !== undefined && !safeSatisfies(version, p.specifier)) {
      problem(`the constraint ${p.name}==${version} does not satisfy the requirement's ${p.specifier}`);
      return p;
    }
    return { ...p, version };
  });
}

/**
 * Reads one requirements file and every file it includes with `-r`/`-c` (through `include`;
 * without it, includes are reported and not followed). Never throws on malformed text: each bad
 * line becomes a problem naming the file and line, and the other lines are still read.
 */
export function parseRequirements(
  text: string,
  file: string,
  include?: RequirementsInclude,
): RequirementsResult {
  const state: State = {
    include,
    read: new Set([`r\0${file}`]),
    includedBytes: 0,
    packages: [],
    constraints: [],
    problems: [],
  };
  readFile(state, text, file, false, [file]);
  const packages = applyConstraints(state);
  return { packages, constraints: state.constraints, problems: state.problems };
}

/** The library's answer, or true when it cannot judge (`===`): a refusal needs certainty. */
function safeSatisfies(version: string, specifier: string): boolean {
  try {
    return specifier.includes('===') || satisfies(version, specifier);
  } catch {
    return true;
  }
}
