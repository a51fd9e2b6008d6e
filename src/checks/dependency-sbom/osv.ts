/**
 * OSV vulnerability records (schema 1.x, https://ossf.github.io/osv-schema/): parsing, matching
 * against packages, severity. Records come from files we did not write (a mirror, an `all.zip`,
 * an API response), so parsing checks every field it uses and refuses a malformed record with a
 * reason instead of throwing; matching follows the schema's evaluation algorithm with PEP 440
 * ordering for PyPI and semver for npm.
 */
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { printable } from '../../core/escape.js';
import { readZipDirectory, readZipMember } from '../scan-model/zip.js';
import { bufferSource, type ByteSource, fileSource } from '../scan-model/source.js';
import { cvss2BaseScore, cvss3BaseScore, cvss4BaseScore } from './cvss.js';
import type { ReadProblem } from './types.js';
import {
  comparePep440,
  compareSemver,
  isOrderablePep440,
  isValidSemver,
  normalizePypiName,
} from './versions.js';

export interface OsvEvent {
  readonly introduced?: string;
  readonly fixed?: string;
  readonly last_affected?: string;
  readonly limit?: string;
}

export interface OsvRange {
  readonly type: 'SEMVER' | 'ECOSYSTEM' | 'GIT';
  readonly repo?: string;
  readonly events: readonly OsvEvent[];
}

export interface OsvSeverity {
  /** `CVSS_V2`, `CVSS_V3`, `CVSS_V4`, `Ubuntu`, or another type a later schema adds. */
  readonly type: string;
  readonly score: string;
}

export interface OsvAffected {
  readonly package?: { readonly ecosystem: string; readonly name: string; readonly purl?: string };
  readonly ranges: readonly OsvRange[];
  readonly versions: readonly string[];
  readonly severity: readonly OsvSeverity[];
  readonly ecosystem_specific?: unknown;
  readonly database_specific?: unknown;
}

export interface OsvRecord {
  readonly id: string;
  readonly modified: string;
  readonly published?: string;
  readonly withdrawn?: string;
  readonly schema_version?: string;
  readonly aliases: readonly string[];
  readonly related: readonly string[];
  readonly summary?: string;
  readonly details?: string;
  readonly severity: readonly OsvSeverity[];
  readonly affected: readonly OsvAffected[];
  readonly references: readonly { readonly type: string; readonly url: string }[];
  readonly database_specific?: unknown;
}

export type OsvParseResult = { ok: true; record: OsvRecord } | { ok: false; reason: string };

const MAX_REASON_TEXT = 60;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, JSON-quoted excerpt of untrusted text for a message. */
/** A value from a record, quoted, bounded, and with every control or format character made visible. */
function excerpt(value: string): string {
  const clean = printable(value);
  return JSON.stringify(clean.length > MAX_REASON_TEXT ? `${clean.slice(0, MAX_REASON_TEXT)}…` : clean);
}

class Refusal extends Error {}

function refuse(reason: string): never {
  throw new Refusal(reason);
}

function optionalString(object: Record<string, unknown>, key: string, where: string): string | undefined {
  const value = object[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') refuse(`${where}${key} is not a string`);
  return value;
}

function stringArray(object: Record<string, unknown>, key: string, where: string): string[] {
  const value = object[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    refuse(`${where}${key} is not a list of strings`);
  }
  return value as string[];
}

function severities(object: Record<string, unknown>, where: string): OsvSeverity[] {
  const value = object.severity;
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) refuse(`${where}severity is not a list`);
  return value.map((entry, index) => {
    if (!isObject(entry) || typeof entry.type !== 'string' || typeof entry.score !== 'string') {
      refuse(`${where}severity[${index}] needs a string type and score`);
    }
    return { type: entry.type, score: entry.score };
  });
}

const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;

function parseRange(value: unknown, where: string): OsvRange {
  if (!isObject(value)) refuse(`${where} is not an object`);
  const type = value.type;
  if (type !== 'SEMVER' && type !== 'ECOSYSTEM' && type !== 'GIT') {
    refuse(`${where}.type is not SEMVER, ECOSYSTEM or GIT`);
  }
  const repo = optionalString(value, 'repo', `${where}.`);
  if (type === 'GIT' && repo === undefined) refuse(`${where} is a GIT range without a repo`);
  if (!Array.isArray(value.events) || value.events.length === 0)
    refuse(`${where}.events is not a non-empty list`);
  const events = value.events.map((event: unknown, index: number): OsvEvent => {
    const at = `${where}.events[${index}]`;
    if (!isObject(event)) refuse(`${at} is not an object`);
    const keys = EVENT_KEYS.filter((key) => event[key] !== undefined);
    // The schema: each event object holds exactly one of the four keys.
    if (keys.length !== 1) refuse(`${at} must have exactly one of introduced, fixed, last_affected, limit`);
    const key = keys[0]!;
    const version = event[key];
    if (typeof version !== 'string' || version === '') refuse(`${at}.${key} is not a non-empty string`);
    return { [key]: version };
  });
  if (!events.some((event) => event.introduced !== undefined)) refuse(`${where} has no introduced event`);
  return repo === undefined ? { type, events } : { type, repo, events };
}

function parseAffected(value: unknown, where: string): OsvAffected {
  if (!isObject(value)) refuse(`${where} is not an object`);
  let pkg: OsvAffected['package'];
  if (value.package !== undefined && value.package !== null) {
    const p = value.package;
    if (!isObject(p) || typeof p.ecosystem !== 'string' || typeof p.name !== 'string') {
      refuse(`${where}.package needs a string ecosystem and name`);
    }
    const purl = optionalString(p, 'purl', `${where}.package.`);
    pkg =
      purl === undefined
        ? { ecosystem: p.ecosystem, name: p.name }
        : { ecosystem: p.ecosystem, name: p.name, purl };
  }
  const ranges = value.ranges;
  if (ranges !== undefined && ranges !== null && !Array.isArray(ranges))
    refuse(`${where}.ranges is not a list`);
  const parsed: OsvAffected = {
    ...(pkg ? { package: pkg } : {}),
    ranges: (ranges ?? []).map((range: unknown, index: number) =>
      parseRange(range, `${where}.ranges[${index}]`),
    ),
    versions: stringArray(value, 'versions', `${where}.`),
    severity: severities(value, `${where}.`),
    ...(value.ecosystem_specific !== undefined ? { ecosystem_specific: value.ecosystem_specific } : {}),
    ...(value.database_specific !== undefined ? { database_specific: value.database_specific } : {}),
  };
  return parsed;
}

/**
 * Checks one decoded JSON value against the parts of OSV schema 1.x this check uses. Never
 * throws: anything malformed (a missing id or modified date, an event with two keys, a range of
 * an unknown type) is a refusal with a reason.
 */
export function parseOsvRecord(value: unknown): OsvParseResult {
  try {
    if (!isObject(value)) refuse('an OSV record is a JSON object');
    const id = value.id;
    if (typeof id !== 'string' || id.trim() === '') refuse('id is missing or not a non-empty string');
    const modified = value.modified;
    if (typeof modified !== 'string') refuse(`${excerpt(id)}: modified is missing or not a string`);
    const where = `${excerpt(id)}: `;
    const schemaVersion = optionalString(value, 'schema_version', where);
    if (schemaVersion !== undefined && !/^1(\.\d+)*$/.test(schemaVersion)) {
      refuse(`${where}schema_version ${excerpt(schemaVersion)} is not 1.x`);
    }
    const affected = value.affected;
    if (affected !== undefined && affected !== null && !Array.isArray(affected))
      refuse(`${where}affected is not a list`);
    const references = value.references;
    if (references !== undefined && references !== null && !Array.isArray(references))
      refuse(`${where}references is not a list`);
    const record: OsvRecord = {
      id,
      modified,
      ...optionalField('published', optionalString(value, 'published', where)),
      ...optionalField('withdrawn', optionalString(value, 'withdrawn', where)),
      ...optionalField('schema_version', schemaVersion),
      aliases: stringArray(value, 'aliases', where),
      related: stringArray(value, 'related', where),
      ...optionalField('summary', optionalString(value, 'summary', where)),
      ...optionalField('details', optionalString(value, 'details', where)),
      severity: severities(value, where),
      affected: (affected ?? []).map((entry: unknown, index: number) =>
        parseAffected(entry, `${where}affected[${index}]`),
      ),
      references: (references ?? []).flatMap((entry: unknown) =>
        // References only decorate a finding: a malformed one is dropped, not the record.
        isObject(entry) && typeof entry.type === 'string' && typeof entry.url === 'string'
          ? [{ type: entry.type, url: entry.url }]
          : [],
      ),
      ...(value.database_specific !== undefined ? { database_specific: value.database_specific } : {}),
    };
    return { ok: true, record };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    /* c8 ignore next 2 -- a defect, not hostile input: report it rather than crash the scan */
    return { ok: false, reason: `the record could not be read (${String(error).slice(0, 80)})` };
  }
}

function optionalField<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

export interface OsvLoadResult {
  /** Unique by id (the latest `modified` kept), sorted by id. */
  readonly records: readonly OsvRecord[];
  /** Records read per ecosystem, before `keep` narrowed them: 0 means the copy does not cover it. */
  readonly considered: Readonly<Record<'pypi' | 'npm', number>>;
  readonly problems: readonly ReadProblem[];
}

/**
 * Records in one JSON text: a record, a list of records, or an API response `{"vulns": [...]}`.
 * Each refusal is a problem naming the file (and the list index); the others are still read.
 */
export function parseOsvJson(text: string, file: string): { records: OsvRecord[]; problems: ReadProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      records: [],
      problems: [
        {
          source: { file },
          // Never the parser's message: it quotes the text, which need not be an advisory at all.
          message: 'not valid JSON',
        },
      ],
    };
  }
  const list = Array.isArray(value)
    ? value
    : isObject(value) && Array.isArray(value.vulns) && value.id === undefined
      ? value.vulns
      : [value];
  const records: OsvRecord[] = [];
  const problems: ReadProblem[] = [];
  list.forEach((item: unknown, index: number) => {
    const parsed = parseOsvRecord(item);
    if (parsed.ok) records.push(parsed.record);
    else {
      const prefix = list.length === 1 && list[0] === value ? '' : `entry ${index}: `;
      problems.push({ source: { file }, message: `OSV record refused: ${prefix}${parsed.reason}` });
    }
  });
  return { records, problems };
}

/** RFC 3339 times compared as instants (`...00.5Z` is after `...00Z`, which string order denies); unparsable ones as strings. */
function later(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isNaN(ta) || Number.isNaN(tb) ? a > b : ta > tb;
}

function uniqueRecords(records: readonly OsvRecord[]): OsvRecord[] {
  const byId = new Map<string, OsvRecord>();
  for (const record of records) {
    const seen = byId.get(record.id);
    if (!seen || later(record.modified, seen.modified)) byId.set(record.id, record);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array, file: string, problems: ReadProblem[]): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    problems.push({ source: { file }, message: 'not UTF-8 text' });
    return undefined;
  }
}

/** Which records a loader keeps (those of the packages asked about); all when not given. */
export type OsvKeep = (record: OsvRecord) => boolean;

interface Gathered {
  readonly records: OsvRecord[];
  readonly problems: ReadProblem[];
  readonly considered: Record<'pypi' | 'npm', number>;
}

const gathered = (): Gathered => ({ records: [], problems: [], considered: { pypi: 0, npm: 0 } });

function count(record: OsvRecord, considered: Record<'pypi' | 'npm', number>): void {
  for (const ecosystem of ['pypi', 'npm'] as const) {
    if (record.affected.some((entry) => entry.package?.ecosystem === OSV_ECOSYSTEM[ecosystem]))
      considered[ecosystem] += 1;
  }
}

function addRecords(bytes: Uint8Array, name: string, keep: OsvKeep | undefined, into: Gathered): void {
  const text = decode(bytes, name, into.problems);
  if (text === undefined) return;
  const parsed = parseOsvJson(text, name);
  for (const record of parsed.records) {
    count(record, into.considered);
    if (!keep || keep(record)) into.records.push(record);
  }
  into.problems.push(...parsed.problems);
}

const result = (from: Gathered): OsvLoadResult => ({
  records: uniqueRecords(from.records),
  problems: from.problems,
  considered: from.considered,
});

/** Records from a set of files (`*.json`; other names are not OSV and are skipped). */
export function loadOsvDirectory(
  files: readonly { name: string; bytes: Uint8Array }[],
  keep?: OsvKeep,
): OsvLoadResult {
  const into = gathered();
  for (const { name, bytes } of files) {
    if (!name.toLowerCase().endsWith('.json')) continue;
    addRecords(bytes, name, keep, into);
  }
  return result(into);
}

/** One OSV record is a few kilobytes; a member far larger than this is not one. */
const MAX_OSV_MEMBER_BYTES = 64 * 1024 * 1024;

/**
 * Records from an OSV `all.zip` (one `<id>.json` per record), through scan-model's zip reader
 * with its zip-bomb limits, read member by member so that only the kept records stay in memory.
 * Problems name members as `all.zip!member.json`. Returns undefined when the bytes are not a zip.
 */
export async function loadOsvZip(
  bytes: Uint8Array,
  file: string,
  keep?: OsvKeep,
): Promise<OsvLoadResult | undefined> {
  return loadOsvZipSource(bufferSource(bytes), file, keep);
}

async function loadOsvZipSource(
  source: ByteSource,
  file: string,
  keep: OsvKeep | undefined,
): Promise<OsvLoadResult | undefined> {
  const limits = { maxMemberBytes: MAX_OSV_MEMBER_BYTES };
  const directory = await readZipDirectory(source, limits);
  if (!directory) return undefined;
  const into = gathered();
  const { problems } = into;
  for (const issue of directory.issues) {
    problems.push({
      source: { file: issue.member?.length ? `${file}!${issue.member.join('!')}` : file },
      message: issue.message,
    });
  }
  for (const entry of directory.entries) {
    if (!entry.name.toLowerCase().endsWith('.json')) continue;
    const memberFile = `${file}!${entry.name}`;
    const chunks: Uint8Array[] = [];
    const read = await readZipMember(
      source,
      entry,
      (chunk) => {
        chunks.push(chunk.slice());
      },
      limits,
    );
    for (const issue of read.issues) problems.push({ source: { file: memberFile }, message: issue.message });
    if (read.skipped) {
      problems.push({
        source: { file: memberFile },
        message: `member not read (${read.skipped === 'encrypted' ? 'encrypted' : 'unsupported compression'})`,
      });
      continue;
    }
    // A member that fails its CRC or size check is damaged: its record is not trusted.
    if (!read.complete || read.issues.some((issue) => issue.level === 'error')) continue;
    addRecords(Buffer.concat(chunks), memberFile, keep, into);
  }
  return result(into);
}

async function loadOsvFile(
  absolute: string,
  display: string,
  keep: OsvKeep | undefined,
): Promise<OsvLoadResult> {
  const handle = await open(absolute, 'r');
  try {
    const size = (await handle.stat()).size;
    const zipped = await loadOsvZipSource(fileSource(handle, size), display, keep);
    if (zipped) return zipped;
    if (size > MAX_OSV_MEMBER_BYTES) {
      return {
        records: [],
        problems: [
          { source: { file: display }, message: `${size} bytes is neither a zip nor an OSV record` },
        ],
        considered: { pypi: 0, npm: 0 },
      };
    }
    const into = gathered();
    addRecords(await handle.readFile(), display, keep, into);
    return result(into);
  } finally {
    await handle.close();
  }
}

/**
 * The thin file-system side: `path` is an `all.zip` (or any zip), one JSON file, or a directory
 * walked for `*.json` and `*.zip` files (recursively, in sorted order so problems come out
 * deterministically; links are not followed). Display paths are relative to `path`. Throws only
 * the file system's own errors for `path`.
 */
export async function readOsvSource(path: string, keep?: OsvKeep): Promise<OsvLoadResult> {
  const info = await stat(path);
  if (info.isFile()) return loadOsvFile(path, path, keep);
  const into = gathered();
  const walk = async (directory: string, prefix: string): Promise<void> => {
    const entries = (await readdir(directory, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const display = prefix ? `${prefix}/${entry.name}` : entry.name;
      const lower = entry.name.toLowerCase();
      if (entry.isDirectory()) await walk(join(directory, entry.name), display);
      else if (entry.isFile() && lower.endsWith('.json')) {
        addRecords(await readFile(join(directory, entry.name)), display, keep, into);
      } else if (entry.isFile() && lower.endsWith('.zip')) {
        const loaded = await loadOsvFile(join(directory, entry.name), display, keep);
        into.records.push(...loaded.records);
        into.problems.push(...loaded.problems);
        into.considered.pypi += loaded.considered.pypi;
        into.considered.npm += loaded.considered.npm;
      }
    }
  };
  await walk(path, '');
  return result(into);
}

// ---------------------------------------------------------------------------------------------
// Matching

export interface PackageQuery {
  readonly ecosystem: 'pypi' | 'npm';
  readonly name: string;
  readonly version: string;
}

/** One vulnerability affecting a package: records that name each other (id or alias) merged. */
export interface VulnerabilityMatch {
  /** The merged records' ids, sorted (`GHSA-...` before `PYSEC-...`). */
  readonly ids: readonly string[];
  /** Aliases of the merged records that are not among `ids` (CVE ids, usually), sorted. */
  readonly aliases: readonly string[];
  readonly records: readonly OsvRecord[];
  readonly severity: SeverityResult;
}

export interface PackageMatches {
  readonly package: PackageQuery;
  readonly vulnerabilities: readonly VulnerabilityMatch[];
}

export interface MatchResult {
  /** One entry per package given, in the same order. */
  readonly packages: readonly PackageMatches[];
  /** Ranges or versions that could not be compared (a record's version that is not PEP 440, say). */
  readonly problems: readonly {
    readonly package: PackageQuery;
    readonly recordId: string;
    readonly message: string;
  }[];
}

/** OSV ecosystem names of the ecosystems this check matches. */
export const OSV_ECOSYSTEM = { pypi: 'PyPI', npm: 'npm' } as const;

type Compare = (a: string, b: string) => number;

function ecosystemOrder(ecosystem: 'pypi' | 'npm'): { valid: (v: string) => boolean; compare: Compare } {
  return ecosystem === 'pypi'
    ? { valid: isOrderablePep440, compare: comparePep440 }
    : { valid: isValidSemver, compare: compareSemver };
}

const ZERO = '0';

/**
 * The schema's evaluation of one range ("Evaluation" in the OSV schema): the version must lie
 * below at least one `limit` when there are any (a limit containing `*` is infinity); then,
 * over the other events sorted by version (introduced "0" before everything), introduced sets
 * affected, fixed (exclusive) clears it at or above its version and last_affected (inclusive)
 * above it. Undefined when an event's version cannot be compared in this ordering.
 */
function inRange(
  version: string,
  events: readonly OsvEvent[],
  valid: (v: string) => boolean,
  compare: Compare,
): boolean | undefined {
  const keyed = events.map((event, index) => {
    const [kind, value] = Object.entries(event)[0] as [keyof OsvEvent, string];
    return {
      kind,
      value,
      index,
      zero: kind === 'introduced' && value === ZERO,
      infinite: kind === 'limit' && value.includes('*'),
    };
  });
  if (keyed.some((event) => !event.zero && !event.infinite && !valid(event.value))) return undefined;
  const limits = keyed.filter((event) => event.kind === 'limit');
  if (limits.length > 0 && !limits.some((event) => event.infinite || compare(version, event.value) < 0))
    return false;
  const sorted = keyed
    .filter((event) => event.kind !== 'limit')
    .sort((a, b) => {
      if (a.zero || b.zero) return a.zero && b.zero ? a.index - b.index : a.zero ? -1 : 1;
      return compare(a.value, b.value) || a.index - b.index;
    });
  let affected = false;
  for (const { kind, value, zero } of sorted) {
    if (kind === 'introduced') {
      if (zero || compare(version, value) >= 0) affected = true;
    } else if (kind === 'fixed') {
      if (compare(version, value) >= 0) affected = false;
    } else if (compare(version, value) > 0) {
      affected = false;
    }
  }
  return affected;
}

function affects(
  query: PackageQuery,
  normalizedName: string,
  record: OsvRecord,
  report: (message: string) => void,
): boolean {
  const order = ecosystemOrder(query.ecosystem);
  const versionValid = order.valid(query.version);
  for (const entry of record.affected) {
    const pkg = entry.package;
    if (!pkg || pkg.ecosystem !== OSV_ECOSYSTEM[query.ecosystem]) continue;
    const name = query.ecosystem === 'pypi' ? normalizePypiName(pkg.name) : pkg.name;
    if (name !== normalizedName) continue;
    // The versions list is exact; PEP 440 equality makes `1.0` and `1.0.0` the same release.
    for (const listed of entry.versions) {
      if (listed === query.version) return true;
      if (versionValid && order.valid(listed) && order.compare(listed, query.version) === 0) return true;
    }
    for (const range of entry.ranges) {
      if (range.type === 'GIT') continue; // commits, not release versions
      const semverRange = range.type === 'SEMVER' || query.ecosystem === 'npm';
      const { valid, compare } = semverRange ? ecosystemOrder('npm') : order;
      if (!valid(query.version)) {
        report(
          `version ${excerpt(query.version)} cannot be compared with ${range.type} range of ${excerpt(record.id)}`,
        );
        continue;
      }
      const result = inRange(query.version, range.events, valid, compare);
      if (result === undefined) {
        report(
          `${range.type} range of ${excerpt(record.id)} has a version that cannot be ordered as ${semverRange ? 'semver' : 'PEP 440'}`,
        );
      } else if (result) {
        return true;
      }
    }
  }
  return false;
}

/** Union-find over record indices; two records are one vulnerability when an id or alias is shared. */
function mergeByAlias(records: readonly OsvRecord[]): OsvRecord[][] {
  const parent = records.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  records.forEach((record, index) => {
    for (const key of [record.id, ...record.aliases]) {
      const seen = owner.get(key);
      if (seen === undefined) owner.set(key, index);
      else parent[find(index)] = find(seen);
    }
  });
  const groups = new Map<number, OsvRecord[]>();
  records.forEach((record, index) => {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), record]);
  });
  return [...groups.values()];
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * For each package, the records that affect its exact version, withdrawn records left out and
 * records that share an id or alias merged into one vulnerability (ids united). Vulnerabilities
 * are sorted by their first id.
 */
export function matchVulnerabilities(
  packages: readonly PackageQuery[],
  records: readonly OsvRecord[],
): MatchResult {
  // Indexed by ecosystem and normalised name: an all.zip holds tens of thousands of records.
  const index = new Map<string, OsvRecord[]>();
  for (const record of records) {
    if (record.withdrawn !== undefined) continue;
    const keys = new Set<string>();
    for (const entry of record.affected) {
      const pkg = entry.package;
      if (pkg?.ecosystem === OSV_ECOSYSTEM.pypi) keys.add(`pypi\0${normalizePypiName(pkg.name)}`);
      else if (pkg?.ecosystem === OSV_ECOSYSTEM.npm) keys.add(`npm\0${pkg.name}`);
    }
    for (const key of keys) {
      const list = index.get(key);
      if (list) list.push(record);
      else index.set(key, [record]);
    }
  }
  const problems: { package: PackageQuery; recordId: string; message: string }[] = [];
  const result = packages.map((query): PackageMatches => {
    const normalizedName = query.ecosystem === 'pypi' ? normalizePypiName(query.name) : query.name;
    const hits = (index.get(`${query.ecosystem}\0${normalizedName}`) ?? []).filter((record) =>
      affects(query, normalizedName, record, (message) =>
        problems.push({ package: query, recordId: record.id, message }),
      ),
    );
    const vulnerabilities = mergeByAlias(hits)
      .map((group): VulnerabilityMatch => {
        const ids = [...new Set(group.map((record) => record.id))].sort(byString);
        const aliases = [...new Set(group.flatMap((record) => record.aliases))]
          .filter((alias) => !ids.includes(alias))
          .sort(byString);
        const sorted = [...group].sort((a, b) => byString(a.id, b.id));
        const severity = highest(sorted.map((record) => severityOf(record, query)));
        return { ids, aliases, records: sorted, severity };
      })
      .sort((a, b) => byString(a.ids[0]!, b.ids[0]!));
    return { package: query, vulnerabilities };
  });
  return { packages: result, problems };
}

// ---------------------------------------------------------------------------------------------
// Severity

export type SeverityLevel = 'error' | 'warning' | 'note';

export interface SeverityResult {
  /** CVSS base score, 0–10, when a vector (or a numeric score) could be read. */
  readonly score?: number;
  /** The severity entry the score came from. */
  readonly vector?: string;
  readonly type?: string;
  /** error: score >= 7 or CRITICAL/HIGH; warning: >= 4, MODERATE/MEDIUM, or unknown; note: below 4 or LOW. */
  readonly level: SeverityLevel;
  /** Where the level came from. */
  readonly basis: 'cvss' | 'database' | 'unknown';
}

function levelOfScore(score: number): SeverityLevel {
  return score >= 7 ? 'error' : score >= 4 ? 'warning' : 'note';
}

function scoreOf(entry: OsvSeverity): number | undefined {
  const text = entry.score.trim();
  // Some feeds give the number itself rather than the vector: use it as given.
  if (/^\d{1,2}(\.\d+)?$/.test(text)) {
    const number = Number(text);
    return number <= 10 ? number : undefined;
  }
  const result =
    entry.type === 'CVSS_V3'
      ? cvss3BaseScore(text)
      : entry.type === 'CVSS_V4'
        ? cvss4BaseScore(text)
        : entry.type === 'CVSS_V2'
          ? cvss2BaseScore(text)
          : undefined;
  return result?.ok ? result.score : undefined;
}

const DATABASE_LEVELS: Record<string, SeverityLevel> = {
  CRITICAL: 'error',
  HIGH: 'error',
  MODERATE: 'warning',
  MEDIUM: 'warning',
  LOW: 'note',
};

function databaseSeverity(value: unknown): SeverityLevel | undefined {
  if (!isObject(value) || typeof value.severity !== 'string') return undefined;
  const word = value.severity.trim().toUpperCase();
  return Object.hasOwn(DATABASE_LEVELS, word) ? DATABASE_LEVELS[word] : undefined;
}

const LEVEL_RANK: Record<SeverityLevel, number> = { note: 0, warning: 1, error: 2 };

function highest(results: readonly SeverityResult[]): SeverityResult {
  let best: SeverityResult = { level: 'warning', basis: 'unknown' };
  for (const result of results) {
    const better =
      best.basis === 'unknown'
        ? result.basis !== 'unknown'
        : result.basis === 'cvss' && best.basis === 'cvss'
          ? result.score! > best.score!
          : result.basis === 'cvss'
            ? best.basis !== 'cvss'
            : best.basis === 'database' && LEVEL_RANK[result.level] > LEVEL_RANK[best.level];
    if (better) best = result;
  }
  return best;
}

/**
 * The severity of a record: the highest CVSS base score among its severity entries (top level
 * and, with `pkg`, that package's affected entries; v3.x computed, v4 and v2 through the
 * library, a bare number used as given), else a `database_specific` / `ecosystem_specific`
 * severity word (GHSA's CRITICAL, HIGH, MODERATE, LOW), else unknown, which is a warning: a
 * known vulnerability of unknown severity still needs looking at.
 */
export function severityOf(record: OsvRecord, pkg?: PackageQuery): SeverityResult {
  const affected = record.affected.filter((entry) => {
    if (!pkg) return true;
    if (entry.package?.ecosystem !== OSV_ECOSYSTEM[pkg.ecosystem]) return false;
    return pkg.ecosystem === 'pypi'
      ? normalizePypiName(entry.package.name) === normalizePypiName(pkg.name)
      : entry.package.name === pkg.name;
  });
  const entries = [...record.severity, ...affected.flatMap((entry) => entry.severity)];
  const candidates: SeverityResult[] = [];
  for (const entry of entries) {
    const score = scoreOf(entry);
    if (score !== undefined) {
      candidates.push({
        score,
        vector: entry.score,
        type: entry.type,
        level: levelOfScore(score),
        basis: 'cvss',
      });
    }
  }
  for (const source of [
    record.database_specific,
    ...affected.flatMap((entry) => [entry.database_specific, entry.ecosystem_specific]),
  ]) {
    const level = databaseSeverity(source);
    if (level) candidates.push({ level, basis: 'database' });
  }
  return highest(candidates);
}
