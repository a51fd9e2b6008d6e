/**
 * pyproject.toml: PEP 621 `[project] dependencies` and `optional-dependencies` (groups are the
 * extra names), PEP 735 `[dependency-groups]` (with `include-group`), and Poetry's
 * `[tool.poetry.dependencies]` / `[tool.poetry.group.<name>.dependencies]`. TOML is parsed by
 * smol-toml, which gives values but not their positions, so each record's line is found by
 * searching the table's text for the string or key (falling back to the table's header line):
 * a finding should point at the line, and a wrong line is worse than the table's.
 * Runtime dependencies carry no `groups`; everything else names its group or extra.
 */
import { parse, TomlError } from 'smol-toml';
import type { PackageRecord, ReadProblem, ReadResult } from './types.js';
import { normalizePypiName, parseSpecifier, pep508Record, referenceKind } from './pep508.js';
import { valid as validPep440 } from '@renovatebot/pep440';

type Table = Record<string, unknown>;

/** Matches nothing: `find` then answers the table header line. */
const NEVER = /(?!)/;

function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Where things are in the text, by search: table headers, then strings and keys inside them. */
class Locator {
  private readonly starts: number[] = [0];
  private readonly headers: { path: string; offset: number }[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
    const header = /^[ \t]*\[([^[\]\n]+)\][ \t]*(?:#.*)?$/gm;
    for (let m = header.exec(text); m !== null; m = header.exec(text)) {
      this.headers.push({ path: keyPath(m[1] as string), offset: m.index });
    }
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The line of exactly this table's header, if it has one. */
  headerLine(path: readonly string[]): number | undefined {
    const header = this.headers.find((h) => h.path === path.join('.'));
    return header === undefined ? undefined : this.lineAt(header.offset);
  }

  /** The table's text span (header to next header), or its nearest declared parent's. */
  region(path: readonly string[]): { start: number; end: number } | undefined {
    for (let n = path.length; n > 0; n--) {
      const wanted = path.slice(0, n).join('.');
      const index = this.headers.findIndex((h) => h.path === wanted);
      if (index >= 0) {
        const start = this.headers[index]?.offset as number;
        const end = this.headers[index + 1]?.offset ?? this.text.length;
        return { start, end };
      }
    }
    return undefined;
  }

  /** The line of the first match of `pattern` in the span at or after `from`, else the span's first line. */
  find(
    span: { start: number; end: number } | undefined,
    pattern: RegExp,
    cursor?: { at: number },
  ): number | undefined {
    if (span === undefined) return undefined;
    const slice = this.text.slice(span.start, span.end);
    const from = Math.max(0, (cursor?.at ?? span.start) - span.start);
    const global = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
    );
    global.lastIndex = from;
    let m = global.exec(slice);
    if (m === null && from > 0) {
      global.lastIndex = 0;
      m = global.exec(slice);
    }
    if (m === null) return this.lineAt(span.start);
    if (cursor !== undefined) cursor.at = span.start + m.index + m[0].length;
    return this.lineAt(span.start + m.index);
  }
}

/** A header's dotted key as a comparable path (`tool . "poetry"` -> `tool.poetry`). */
function keyPath(raw: string): string {
  return raw
    .split('.')
    .map((k) => k.trim().replace(/^"(.*)"$|^'(.*)'$/, '$1$2'))
    .join('.');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A string literal with that content, in either quote style. */
function stringPattern(value: string): RegExp {
  const e = escapeRegExp(value);
  return new RegExp(`"${e}"|'${e}'`);
}

/** A key at the start of a line (`torch =`, `"torch" =`). */
function keyPattern(key: string): RegExp {
  const e = escapeRegExp(key);
  return new RegExp(`^[ \\t]*(?:${e}|"${e}"|'${e}')[ \\t]*=`, 'm');
}

interface Context {
  readonly file: string;
  readonly locator: Locator;
  readonly packages: PackageRecord[];
  readonly problems: ReadProblem[];
}

function problem(ctx: Context, line: number | undefined, message: string): void {
  ctx.problems.push({ source: { file: ctx.file, ...(line === undefined ? {} : { line }) }, message });
}

/** A list of PEP 508 strings under `path` (for messages) and the table whose text holds it. */
function readStrings(
  ctx: Context,
  value: unknown,
  where: string,
  tablePath: readonly string[],
  cursor: { at: number },
): { text: string; line: number | undefined }[] {
  const span = ctx.locator.region(tablePath);
  if (!Array.isArray(value)) {
    problem(ctx, ctx.locator.find(span, NEVER), `${where} is not a list of requirement strings`);
    return [];
  }
  const out: { text: string; line: number | undefined }[] = [];
  for (const item of value) {
    if (typeof item === 'string') {
      out.push({ text: item, line: ctx.locator.find(span, stringPattern(item), cursor) });
    } else if (!isTable(item) || !('include-group' in item)) {
      problem(
        ctx,
        ctx.locator.find(span, NEVER),
        `${where} holds a ${describe(item)}, not a requirement string`,
      );
    }
  }
  return out;
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'list' : isTable(value) ? 'table' : typeof value;
}

function addPep508(ctx: Context, text: string, line: number | undefined, groups: readonly string[]): void {
  const result = pep508Record(text, { file: ctx.file, ...(line === undefined ? {} : { line }) }, groups);
  if ('message' in result) problem(ctx, line, `"${text}": ${result.message}`);
  else ctx.packages.push(result.record);
}

/**
 * Which groups reach each group through references (`include-group`, or an extra naming the
 * project itself): `closure(g)` is g and every group that includes it, directly or not. Cycles
 * are reported once and cut.
 */
function includers(
  ctx: Context,
  edges: ReadonlyMap<string, readonly string[]>,
  kind: string,
  line: number | undefined,
): (group: string) => string[] {
  const reverse = new Map<string, string[]>();
  for (const [from, tos] of edges) {
    for (const to of tos) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  }
  const reported = new Set<string>();
  return (group) => {
    const seen = [group];
    const walk = (g: string, path: readonly string[]): void => {
      for (const parent of reverse.get(g) ?? []) {
        if (path.includes(parent)) {
          const key = [...path, parent].sort().join(',');
          if (!reported.has(key)) {
            reported.add(key);
            problem(
              ctx,
              line,
              `${kind} "${parent}" includes itself (${[...path, parent].reverse().join(' -> ')})`,
            );
          }
          continue;
        }
        if (!seen.includes(parent)) seen.push(parent);
        walk(parent, [...path, parent]);
      }
    };
    walk(group, [group]);
    return seen;
  };
}

function readProject(ctx: Context, project: Table): void {
  const name = typeof project.name === 'string' ? normalizePypiName(project.name) : undefined;
  const dynamic = Array.isArray(project.dynamic) ? project.dynamic : [];
  const headerLine = ctx.locator.find(ctx.locator.region(['project']), NEVER);
  for (const field of ['dependencies', 'optional-dependencies']) {
    if (dynamic.includes(field) && project[field] === undefined) {
      problem(
        ctx,
        headerLine,
        `[project] ${field} are dynamic (set by the build backend at build time) and not read`,
      );
    }
  }
  const cursor = { at: 0 };
  if (project.dependencies !== undefined) {
    for (const s of readStrings(ctx, project.dependencies, '[project] dependencies', ['project'], cursor)) {
      addPep508(ctx, s.text, s.line, []);
    }
  }
  const optional = project['optional-dependencies'];
  if (optional === undefined) return;
  const path = ['project', 'optional-dependencies'];
  if (!isTable(optional)) {
    problem(ctx, headerLine, '[project.optional-dependencies] is not a table');
    return;
  }
  // An extra may name the project itself (`all = ["mypkg[cuda,dev]"]`): that is a reference to
  // other extras, not a dependency.
  const lists = new Map<string, { text: string; line: number | undefined }[]>();
  const edges = new Map<string, string[]>();
  const optCursor = { at: 0 };
  for (const [extra, value] of Object.entries(optional)) {
    const strings = readStrings(ctx, value, `[project.optional-dependencies] ${extra}`, path, optCursor);
    const own: { text: string; line: number | undefined }[] = [];
    for (const s of strings) {
      const parsed = pep508Record(s.text, { file: ctx.file });
      if (name !== undefined && 'record' in parsed && parsed.record.normalizedName === name) {
        edges.set(extra, [...(edges.get(extra) ?? []), ...(parsed.record.extras ?? [])]);
      } else {
        own.push(s);
      }
    }
    lists.set(extra, own);
  }
  const closure = includers(ctx, edges, 'extra', ctx.locator.headerLine(path));
  for (const [extra, strings] of lists) {
    for (const s of strings) addPep508(ctx, s.text, s.line, closure(extra));
  }
}

/**
 * PEP 735 `[dependency-groups]`, or pdm's older `[tool.pdm.dev-dependencies]` of the same shape
 * (group name to PEP 508 strings), named by `label` in problems.
 */
function readDependencyGroups(
  ctx: Context,
  groups: unknown,
  path: string[] = ['dependency-groups'],
  label = '[dependency-groups]',
): void {
  const span = ctx.locator.region(path);
  if (!isTable(groups)) {
    problem(ctx, ctx.locator.find(span, NEVER), `${label} is not a table`);
    return;
  }
  const lists = new Map<string, { text: string; line: number | undefined }[]>();
  const edges = new Map<string, string[]>();
  const byNormal = new Map(Object.keys(groups).map((g) => [normalizePypiName(g), g]));
  const cursor = { at: 0 };
  for (const [group, value] of Object.entries(groups)) {
    lists.set(group, readStrings(ctx, value, `${label} ${group}`, path, cursor));
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      if (!isTable(item) || !('include-group' in item)) continue;
      const target = item['include-group'];
      // PEP 735 compares group names normalised.
      const resolved = typeof target === 'string' ? byNormal.get(normalizePypiName(target)) : undefined;
      if (resolved === undefined) {
        problem(
          ctx,
          ctx.locator.find(span, keyPattern(group)),
          `${label} ${group} includes ${typeof target === 'string' ? `"${target}", which is not a group` : 'a non-string group'}`,
        );
      } else {
        edges.set(group, [...(edges.get(group) ?? []), resolved]);
      }
    }
  }
  const closure = includers(ctx, edges, 'dependency group', ctx.locator.headerLine(path));
  for (const [group, strings] of lists) {
    for (const s of strings) addPep508(ctx, s.text, s.line, closure(group));
  }
}

/** A Poetry version constraint: kept as written; a version only for a bare exact version or `==x`. */
function poetryVersion(spec: string): { specifier?: string; version?: string } {
  const text = spec.trim();
  if (text === '' || text === '*') return text === '*' ? { specifier: '*' } : {};
  if (validPep440(text) !== null && /^[0-9vV]/.test(text) && !text.includes('*')) {
    return { specifier: text, version: text };
  }
  const exact = parseSpecifier(text);
  if (!('message' in exact) && exact.version !== undefined && !exact.specifier.includes(',')) {
    return { specifier: text, version: exact.version };
  }
  return { specifier: text };
}

function readPoetryTable(
  ctx: Context,
  deps: unknown,
  path: readonly string[],
  groups: readonly string[],
  extrasOf: ReadonlyMap<string, readonly string[]>,
  skip: ReadonlySet<string>,
): void {
  const span = ctx.locator.region(path);
  const where = `[${path.join('.')}]`;
  if (!isTable(deps)) {
    problem(ctx, ctx.locator.find(span, NEVER), `${where} is not a table`);
    return;
  }
  const cursor = { at: 0 };
  for (const [name, value] of Object.entries(deps)) {
    // `[tool.poetry.dependencies.torch]` is a table of its own; else the key is in this table.
    const line = ctx.locator.headerLine([...path, name]) ?? ctx.locator.find(span, keyPattern(name), cursor);
    // `python` is the interpreter constraint, not a package.
    if (name.toLowerCase() === 'python') continue;
    const normalizedName = normalizePypiName(name);
    if (skip.has(normalizedName)) continue;
    // Several constraints for one package (`[{version=..., python=...}, ...]`): one record each.
    const entries = Array.isArray(value) ? value : [value];
    for (const entry of entries) {
      const record = poetryRecord(name, normalizedName, entry, groups, extrasOf, { file: ctx.file, line });
      if ('message' in record) problem(ctx, line, `${where} ${name}: ${record.message}`);
      else ctx.packages.push(record);
    }
  }
}

function poetryRecord(
  name: string,
  normalizedName: string,
  entry: unknown,
  groups: readonly string[],
  extrasOf: ReadonlyMap<string, readonly string[]>,
  source: { file: string; line: number | undefined },
): PackageRecord | { message: string } {
  const base = {
    ecosystem: 'pypi' as const,
    name,
    normalizedName,
    direct: true,
    source: { file: source.file, ...(source.line === undefined ? {} : { line: source.line }) },
  };
  if (typeof entry === 'string') {
    return { ...base, ...poetryVersion(entry), ...(groups.length > 0 ? { groups } : {}) };
  }
  if (!isTable(entry)) return { message: `a ${describe(entry)} is neither a version nor a table` };
  const str = (key: string): string | undefined => (typeof entry[key] === 'string' ? entry[key] : undefined);
  for (const key of ['version', 'path', 'git', 'url', 'markers', 'rev', 'tag', 'branch', 'subdirectory']) {
    if (entry[key] !== undefined && typeof entry[key] !== 'string')
      return { message: `"${key}" is not a string` };
  }
  let extras: string[] = [];
  if (entry.extras !== undefined) {
    if (!Array.isArray(entry.extras) || !entry.extras.every((e) => typeof e === 'string')) {
      return { message: '"extras" is not a list of strings' };
    }
    extras = entry.extras as string[];
  }
  let reference: PackageRecord['reference'];
  const git = str('git');
  const path = str('path');
  const url = str('url');
  if ([git, path, url].filter((v) => v !== undefined).length > 1) {
    return { message: 'more than one of "git", "path" and "url"' };
  }
  if (git !== undefined) {
    const ref = str('rev') ?? str('tag') ?? str('branch');
    const value = `git+${git}${ref === undefined ? '' : `@${ref}`}`;
    reference = { kind: 'vcs', value };
  } else if (path !== undefined) {
    reference = { kind: 'path', value: path, ...(entry.develop === true ? { editable: true } : {}) };
  } else if (url !== undefined) {
    reference = { kind: referenceKind(url), value: url };
  }
  const version = str('version');
  // An optional dependency is installed only with an extra ([tool.poetry.extras]) that names it.
  // One that no extra names is never installed: it is marked `optional`, not left looking like a
  // runtime dependency.
  const optionalGroups = entry.optional === true ? (extrasOf.get(normalizedName) ?? ['optional']) : [];
  const allGroups = [...groups, ...optionalGroups];
  const marker = str('markers');
  return {
    ...base,
    ...(version === undefined ? {} : poetryVersion(version)),
    ...(extras.length > 0 ? { extras } : {}),
    ...(marker === undefined ? {} : { marker }),
    ...(reference === undefined ? {} : { reference }),
    ...(allGroups.length > 0 ? { groups: allGroups } : {}),
  };
}

function readPoetry(ctx: Context, poetry: Table, projectNames: ReadonlySet<string>): void {
  const extrasOf = new Map<string, string[]>();
  if (isTable(poetry.extras)) {
    for (const [extra, names] of Object.entries(poetry.extras)) {
      if (!Array.isArray(names)) continue;
      for (const n of names) {
        if (typeof n !== 'string') continue;
        const key = normalizePypiName(n);
        extrasOf.set(key, [...(extrasOf.get(key) ?? []), extra]);
      }
    }
  }
  // Poetry 2 lets [tool.poetry.dependencies] add details (source, develop) to [project] ones:
  // those are the same dependencies, already read from [project].
  if (poetry.dependencies !== undefined) {
    readPoetryTable(ctx, poetry.dependencies, ['tool', 'poetry', 'dependencies'], [], extrasOf, projectNames);
  }
  if (poetry['dev-dependencies'] !== undefined) {
    readPoetryTable(
      ctx,
      poetry['dev-dependencies'],
      ['tool', 'poetry', 'dev-dependencies'],
      ['dev'],
      extrasOf,
      new Set(),
    );
  }
  if (isTable(poetry.group)) {
    for (const [group, table] of Object.entries(poetry.group)) {
      if (!isTable(table) || table.dependencies === undefined) continue;
      const path = ['tool', 'poetry', 'group', group, 'dependencies'];
      readPoetryTable(ctx, table.dependencies, path, [group], extrasOf, new Set());
    }
  }
}

/**
 * Reads a pyproject.toml. TOML that does not parse is one problem at the line smol-toml names;
 * a section of the wrong shape is a problem and the other sections are still read.
 */
export function parsePyproject(text: string, file: string): ReadResult {
  let doc: Table;
  try {
    doc = parse(text);
  } catch (error) {
    if (error instanceof TomlError) {
      return {
        packages: [],
        problems: [
          {
            source: { file, line: error.line },
            message: `not valid TOML: ${error.message.split('\n')[0] ?? ''}`,
          },
        ],
      };
    }
    return { packages: [], problems: [{ source: { file }, message: `not valid TOML: ${String(error)}` }] };
  }
  const ctx: Context = { file, locator: new Locator(text), packages: [], problems: [] };
  if (doc.project !== undefined) {
    if (isTable(doc.project)) readProject(ctx, doc.project);
    else problem(ctx, undefined, '"project" is not a table');
  }
  if (doc['dependency-groups'] !== undefined) readDependencyGroups(ctx, doc['dependency-groups']);
  const tool = doc.tool;
  if (isTable(tool) && isTable(tool.pdm) && tool.pdm['dev-dependencies'] !== undefined) {
    readDependencyGroups(
      ctx,
      tool.pdm['dev-dependencies'],
      ['tool', 'pdm', 'dev-dependencies'],
      '[tool.pdm.dev-dependencies]',
    );
  }
  if (isTable(tool) && tool.poetry !== undefined) {
    if (isTable(tool.poetry)) {
      const projectNames = new Set(
        ctx.packages.filter((p) => p.groups === undefined).map((p) => p.normalizedName),
      );
      readPoetry(ctx, tool.poetry, projectNames);
    } else {
      problem(ctx, undefined, '[tool.poetry] is not a table');
    }
  }
  return { packages: ctx.packages, problems: ctx.problems };
}
