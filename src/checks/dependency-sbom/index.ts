/**
 * dependency-sbom: one walk of the repository; manifests and lock files read by name, models by
 * name or content, dataset files by format; packages merged (a lock entry stands for the
 * manifest line it locks); known vulnerabilities matched from a local OSV copy or the OSV API;
 * findings for what needs a person; the CycloneDX 1.6 ML-BOM written where `sbom` says.
 */
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { parse as parseToml } from 'smol-toml';
import type { CheckContext } from '../../core/check.js';
import { fileErrorReason, UsageError } from '../../core/errors.js';
import { printable } from '../../core/escape.js';
import type { CheckResult, Finding, Level, SummaryTable } from '../../core/findings.js';
import { isModelFileName } from '../../core/model-files.js';
import { createTreeWalk, resolveForReading, type WalkEntry } from '../../core/paths.js';
import { plainFingerprint } from '../../core/redaction.js';
import { writeTextInScope } from '../../core/scoped-write.js';
import { buildBom, type BomVulnerability, type DatasetFile, type ModelEntry, packageRef } from './bom.js';
import { credentialsRemoved } from './lock-util.js';
import { includeInside, manifestKind, readManifest, readManifestText, unreadManifest } from './manifests.js';
import { inventoryModels } from './models.js';
import {
  matchVulnerabilities,
  OSV_ECOSYSTEM,
  type OsvLoadResult,
  type OsvRecord,
  type PackageQuery,
  readOsvSource,
  type VulnerabilityMatch,
} from './osv.js';
import { queryOsvApi } from './osv-api.js';
import { purlOf } from './purl.js';
import { SBOM_RULES, allSbomRules, type SbomRuleId } from './rules.js';
import type { PackageRecord, ReadProblem } from './types.js';
import {
  comparePep440,
  compareSemver,
  isOrderablePep440,
  isValidSemver,
  normalizePypiName,
} from './versions.js';

/** Installed packages and version control are not the repository's own declarations. */
const DEFAULT_EXCLUDES = [
  '.git/**',
  '**/.git/**',
  'node_modules/**',
  '**/node_modules/**',
  '**/site-packages/**',
  '.venv/**',
  '**/.venv/**',
];

/** Formats that are datasets wherever they are; plain tables and JSON lines only in a data folder. */
const DATASET_FORMAT = /\.(?:parquet|arrow|feather|tfrecords?|avro|orc)$/i;
const TABLE_FORMAT = /\.(?:csv|tsv|jsonl|ndjson)$/i;
const DATA_FOLDER = /^(?:data|datasets?|corpus|corpora)$/i;

export function isDatasetFile(relative: string): boolean {
  const segments = relative.split('/');
  const base = segments[segments.length - 1] ?? '';
  if (DATASET_FORMAT.test(base)) return true;
  return TABLE_FORMAT.test(base) && segments.slice(0, -1).some((segment) => DATA_FOLDER.test(segment));
}

const HASH_CHUNK = 4 * 1024 * 1024;

const HASH_HEX_DIGITS: Readonly<Record<string, number>> = {
  sha256: 64,
  sha384: 96,
  sha512: 128,
  sha1: 40,
  md5: 32,
};

/** Hashes that cannot be a digest of their algorithm: pip refuses them, and the BOM could not carry them. */
function hashProblems(record: PackageRecord): string[] {
  const problems: string[] = [];
  for (const hash of record.hashes ?? []) {
    const colon = hash.indexOf(':');
    const algorithm = hash.slice(0, colon);
    const digits = Object.hasOwn(HASH_HEX_DIGITS, algorithm) ? HASH_HEX_DIGITS[algorithm] : undefined;
    const content = hash.slice(colon + 1);
    if (digits !== undefined && !(content.length === digits && /^[0-9a-fA-F]+$/.test(content))) {
      problems.push(
        `${shown(record.name, 80)}: hash ${JSON.stringify(shown(hash, 100))} is not a ${hash.slice(0, colon)} digest (${digits} hex digits)`,
      );
    }
  }
  return problems;
}

/** A package.json that names dependencies of any kind (a stub with none leaves nothing out). */
function declaresDependencies(absolute: string): boolean {
  const read = readManifestText(absolute);
  if (!read.ok) return true;
  try {
    const json = JSON.parse(read.text) as Record<string, unknown>;
    return ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].some(
      (key) =>
        json[key] !== null && typeof json[key] === 'object' && Object.keys(json[key] as object).length > 0,
    );
  } catch {
    return true;
  }
}

/** A skipped link's target is a directory (metadata only: nothing is read through it). */
async function linksToDirectory(absolute: string): Promise<boolean> {
  try {
    return (await stat(absolute)).isDirectory();
  } catch {
    return false;
  }
}

async function sha256File(absolute: string): Promise<string> {
  const handle = await open(absolute, 'r');
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.alloc(HASH_CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, HASH_CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
    return hash.digest('hex');
  } finally {
    await handle.close();
  }
}

interface Settings {
  sbom: string;
  osvDir?: string;
  osvApiUrl: string;
  denyLicenses: string[];
}

function settingsOf(context: CheckContext): Settings {
  const { options } = context;
  const osvDir = options['osv-dir'];
  return {
    sbom: String(options.sbom ?? 'bom.cdx.json'),
    ...(typeof osvDir === 'string' && osvDir !== '' ? { osvDir } : {}),
    osvApiUrl: String(options['osv-api-url'] ?? 'https://api.osv.dev'),
    denyLicenses: ((options['deny-licenses'] as string[] | undefined) ?? []).map((id) => id.toLowerCase()),
  };
}

const shown = (text: string, max = 120): string => {
  const clean = printable(text);
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
};

function finding(
  ruleId: SbomRuleId,
  level: Level,
  message: string,
  file: string,
  line: number | undefined,
  identity: string,
  properties?: Record<string, string | number | boolean>,
): Finding {
  return {
    ruleId,
    level,
    message,
    location: line === undefined ? { path: file } : { path: file, line },
    fingerprint: plainFingerprint(ruleId, file, identity),
    ...(properties && Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

/**
 * Fingerprints leave lines out, so a baseline entry survives a line added above (or a lock
 * regenerated); the same issue twice in a file is then told apart by its occurrence. The same
 * vulnerable package, version and vulnerability twice in one file (npm's nested copies) is one.
 */
function distinctFingerprints(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  const distinct: Finding[] = [];
  for (const item of findings) {
    const occurrence = seen.get(item.fingerprint) ?? 0;
    seen.set(item.fingerprint, occurrence + 1);
    if (occurrence === 0) distinct.push(item);
    else if (item.ruleId !== 'sbom/vulnerable-package') {
      distinct.push({
        ...item,
        fingerprint: plainFingerprint(item.ruleId, item.location.path, `${item.fingerprint}\0${occurrence}`),
      });
    }
  }
  return distinct;
}

/** A finding about the run (the database, not a line): kept whatever the diff scope. */
const wholeRun = (item: Finding): Finding => ({ ...item, wholeRun: true });

/** A reader's problem: its text may quote the file (a path, a line), so it is made printable here. */
function unreadable(problem: ReadProblem, level: Level = 'warning'): Finding {
  // A problem may quote the line it is about, and a line may hold a token in a URL.
  const message = shown(credentialsRemoved(problem.message), 300);
  return finding(
    'sbom/unreadable',
    level,
    `Not read completely: ${message}${message.endsWith('.') ? '' : '.'}`,
    problem.source.file,
    problem.source.line,
    credentialsRemoved(problem.message),
  );
}

const folderOf = (file: string): string => {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
};

/** `folder` is `ancestor` or inside it (display paths, '' the root). */
const within = (folder: string, ancestor: string): boolean =>
  ancestor === '' ? !path.isAbsolute(folder) : folder === ancestor || folder.startsWith(`${ancestor}/`);

const packageKey = (record: PackageRecord): string => `${record.ecosystem}\0${record.normalizedName}`;

export interface MergedPackages {
  /** What goes in the BOM: lock entries, then the manifest records (a pin a lock also has adds its file). */
  readonly packages: PackageRecord[];
  /** Manifest pins a lock entry stands for: the lock's line is where a finding points. */
  readonly locked: ReadonlySet<PackageRecord>;
  /** Manifest records without an exact version that no lock file of their project locks. */
  readonly unpinned: PackageRecord[];
}

/**
 * A lock file stands for the manifests of its folder and the folders under it (a uv or Poetry
 * workspace locks its members at the top): the lock's entry for a package a manifest line names,
 * at the pinned version or in a range, is what gets installed, and becomes direct. A range it
 * stands for leaves the BOM; a pin stays, as one more file of the same component. Records read
 * twice (a requirements file included by another) count once.
 */
/**
 * `-e .` in a requirements file or a lock entry at `.`: the project itself, which is what the
 * SBOM describes (its root component), not one of its dependencies.
 */
export function isTheProjectItself(record: PackageRecord): boolean {
  if (record.reference?.kind !== 'path') return false;
  const value = record.reference.value.replace(/^file:(?:\/\/)?/, '').replace(/\\/g, '/');
  return value === '' || path.posix.normalize(value) === '.' || path.posix.normalize(value) === './';
}

export function mergePackages(
  allManifests: readonly PackageRecord[],
  allLocks: readonly PackageRecord[],
  lockFiles: readonly string[],
): MergedPackages {
  const manifests = allManifests.filter((record) => !isTheProjectItself(record));
  const locks = allLocks.filter((record) => !isTheProjectItself(record));
  const lockFolders = new Map(lockFiles.map((file) => [file, folderOf(file)]));
  const lockedBy = new Map<string, PackageRecord[]>();
  for (const record of locks) {
    const list = lockedBy.get(packageKey(record));
    if (list) list.push(record);
    else lockedBy.set(packageKey(record), [record]);
  }
  const madeDirect = new Set<PackageRecord>();
  const locked = new Set<PackageRecord>();
  const seen = new Set<string>();
  const kept: PackageRecord[] = [];
  const unpinned: PackageRecord[] = [];
  for (const record of manifests) {
    const identity = [
      packageKey(record),
      record.version ?? '',
      record.specifier ?? '',
      record.reference?.value ?? '',
      record.source.file,
      String(record.source.line ?? ''),
    ].join('\0');
    if (seen.has(identity)) continue;
    seen.add(identity);
    const folder = folderOf(record.source.file);
    const stands =
      record.reference?.kind === 'path'
        ? undefined
        : (lockedBy.get(packageKey(record)) ?? []).find((lock) => {
            const lockFolder = lockFolders.get(lock.source.file);
            return (
              lockFolder !== undefined &&
              within(folder, lockFolder) &&
              (record.version === undefined || lock.version === record.version)
            );
          });
    if (stands) {
      madeDirect.add(stands);
      if (record.version === undefined) continue;
      locked.add(record);
    }
    kept.push(record);
    if (record.version === undefined && record.reference?.kind !== 'path') unpinned.push(record);
  }
  const packages = [
    ...locks.map((record) =>
      madeDirect.has(record) && !record.direct ? { ...record, direct: true } : record,
    ),
    ...kept,
  ];
  return { packages, locked, unpinned };
}

/** The fixed versions the records give for this package, in version order. */
function fixedVersions(match: VulnerabilityMatch, query: PackageQuery): string[] {
  const fixed = new Set<string>();
  for (const record of match.records) {
    for (const affected of record.affected) {
      if (!affected.package) continue;
      for (const range of affected.ranges) {
        if (range.type === 'GIT') continue;
        for (const event of range.events) if (event.fixed !== undefined) fixed.add(event.fixed);
      }
    }
  }
  const valid = [...fixed].filter((version) =>
    query.ecosystem === 'pypi' ? isOrderablePep440(version) : isValidSemver(version),
  );
  return valid.sort(query.ecosystem === 'pypi' ? comparePep440 : compareSemver);
}

function summaryOf(match: VulnerabilityMatch): string | undefined {
  for (const record of match.records) if (record.summary) return shown(record.summary, 160);
  return undefined;
}

/**
 * Whether a license (an SPDX id or expression) is one the policy denies: an `OR` is denied only
 * when every alternative is (the user may pick another), an `AND` when any part is, and `WITH`
 * adds an exception to the license before it. `AND` binds tighter than `OR`. Text that is not an
 * expression is denied when any word of it is a denied id.
 */
export function deniedLicense(license: string, denied: readonly string[]): boolean {
  if (denied.length === 0) return false;
  const isDenied = (id: string): boolean => denied.includes(id.toLowerCase());
  const tokens = license.match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  const keyword = (word: string): boolean => tokens[at]?.toUpperCase() === word;
  const anyOf = (): boolean => {
    let value = allOf();
    while (keyword('OR')) {
      at += 1;
      const next = allOf();
      value = value && next;
    }
    return value;
  };
  const allOf = (): boolean => {
    let value = term();
    while (keyword('AND')) {
      at += 1;
      const next = term();
      value = value || next;
    }
    return value;
  };
  const term = (): boolean => {
    const token = tokens[at++];
    if (token === undefined || token === ')' || /^(?:AND|OR|WITH)$/i.test(token))
      throw new SyntaxError(license);
    if (token === '(') {
      const value = anyOf();
      if (tokens[at++] !== ')') throw new SyntaxError(license);
      return value;
    }
    if (keyword('WITH')) at += 2;
    return isDenied(token);
  };
  try {
    const value = anyOf();
    if (at !== tokens.length) throw new SyntaxError(license);
    return value;
  } catch {
    return tokens.some((token) => isDenied(token));
  }
}

interface VulnerabilitySource {
  readonly name: 'osv-dir' | 'osv-api' | 'none';
  readonly records: readonly OsvRecord[];
  readonly findings: Finding[];
}

async function loadVulnerabilities(
  context: CheckContext,
  settings: Settings,
  queries: readonly PackageQuery[],
  anchor: string,
): Promise<VulnerabilitySource> {
  // Only the records of packages asked about are kept: a full all.zip holds hundreds of thousands.
  const wanted = new Set(queries.map((query) => `${query.ecosystem}\0${query.name}`));
  const keep = (record: OsvRecord): boolean =>
    record.affected.some((entry) => {
      const pkg = entry.package;
      if (pkg?.ecosystem === OSV_ECOSYSTEM.pypi) return wanted.has(`pypi\0${normalizePypiName(pkg.name)}`);
      return pkg?.ecosystem === OSV_ECOSYSTEM.npm && wanted.has(`npm\0${pkg.name}`);
    });
  if (settings.osvDir !== undefined) {
    // The runner's own copy (an input or a typed path) is read where it is; one the repository
    // names (its config file) must stay inside it, through links too.
    const given = path.resolve(context.root, settings.osvDir);
    const source = context.signerFiles.includes(given)
      ? given
      : await resolveForReading(context, settings.osvDir, 'osv-dir');
    let loaded: OsvLoadResult;
    try {
      loaded = await readOsvSource(source, keep);
    } catch (error) {
      throw new UsageError(
        'FILE_NOT_FOUND',
        `osv-dir: ${settings.osvDir} cannot be read (${fileErrorReason(error)}): give a directory of OSV JSON files or an all.zip`,
        { cause: error },
      );
    }
    // Advisories are not the repository's files: their problems point at the project, and name
    // the advisory in the message.
    const findings = loaded.problems.map((problem) =>
      wholeRun(
        finding(
          'sbom/unreadable',
          'warning',
          `OSV advisory in osv-dir not used: ${shown(problem.source.file)}: ${shown(problem.message, 200)}.`,
          anchor,
          undefined,
          `${problem.source.file}\0${problem.message}`,
        ),
      ),
    );
    // Counted per ecosystem before the records are narrowed to the packages asked about: a copy
    // with no advisory for them is a clean answer, a copy with no record of their ecosystem is
    // none (a PyPI all.zip says nothing of npm).
    for (const ecosystem of ['pypi', 'npm'] as const) {
      const asked = queries.filter((query) => query.ecosystem === ecosystem).length;
      if (asked === 0 || loaded.considered[ecosystem] > 0) continue;
      const named = ecosystem === 'pypi' ? 'PyPI' : 'npm';
      findings.push(
        wholeRun(
          finding(
            'sbom/vulnerabilities-not-checked',
            'warning',
            `${asked} pinned ${named} packages were not checked for known vulnerabilities: osv-dir ${shown(settings.osvDir)} holds no OSV record for ${named} (give a directory of OSV JSON files, or the ecosystem's all.zip).`,
            anchor,
            undefined,
            `osv-dir-empty\0${ecosystem}`,
          ),
        ),
      );
    }
    return { name: 'osv-dir', records: loaded.records, findings };
  }
  const notChecked = (level: Level, message: string): VulnerabilitySource => ({
    name: 'none',
    records: [],
    findings: [
      wholeRun(finding('sbom/vulnerabilities-not-checked', level, message, anchor, undefined, 'osv')),
    ],
  });
  if (queries.length === 0) return { name: 'none', records: [], findings: [] };
  if (settings.osvApiUrl === 'off') {
    return notChecked(
      'note',
      `${queries.length} pinned packages were not checked for known vulnerabilities: osv-api-url is off and no osv-dir was given.`,
    );
  }
  const fetch = context.environment.fetch;
  if (!fetch) {
    return notChecked(
      'warning',
      `${queries.length} pinned packages were not checked for known vulnerabilities: this run has no network access; give osv-dir.`,
    );
  }
  context.progress(`asking ${settings.osvApiUrl} about ${queries.length} packages`);
  const answer = await queryOsvApi(queries, {
    baseUrl: settings.osvApiUrl,
    fetch,
    ...(context.signal ? { signal: context.signal } : {}),
  });
  if (!answer.ok) {
    return notChecked(
      'warning',
      `${queries.length} pinned packages were not checked for known vulnerabilities: the OSV API failed (${shown(answer.reason, 200)}). The SBOM was still written; re-run later or give osv-dir.`,
    );
  }
  return {
    name: 'osv-api',
    records: answer.records,
    findings: answer.problems.map((problem) =>
      wholeRun(
        finding(
          'sbom/unreadable',
          'warning',
          `OSV advisory not used: ${shown(problem.source.file)}: ${shown(problem.message, 200)}.`,
          anchor,
          undefined,
          `${problem.source.file}\0${problem.message}`,
        ),
      ),
    ),
  };
}

/** scan-model's word on a file, when it ran earlier in the same run. */
function scanModelVerdict(context: CheckContext, file: string): { level: Level; text: string } | undefined {
  const result = context.earlier?.find((earlier) => earlier.check === 'scan-model');
  if (!result) return undefined;
  const own = result.findings.filter((item) => item.location.path === file);
  const errors = own.filter((item) => item.level === 'error');
  if (errors.length > 0) {
    return {
      level: 'error',
      text: `scan-model found ${errors.length} error${errors.length === 1 ? '' : 's'} in it (${shown(errors[0]!.message, 160)})`,
    };
  }
  if (own.length > 0)
    return { level: 'warning', text: `scan-model reported ${own.length} warning or note(s) on it` };
  return { level: 'warning', text: 'scan-model reported nothing unsafe in it' };
}

export async function run(context: CheckContext): Promise<CheckResult> {
  const settings = settingsOf(context);
  const walkTree = context.walkTree ?? createTreeWalk(context.root);
  const excluded = picomatch(DEFAULT_EXCLUDES, { dot: true });
  const findings: Finding[] = [];
  const files: WalkEntry[] = [];
  const seenFiles = new Set<string>();
  const boundaries = new Map<string, string>();
  for (const start of context.paths) {
    const absoluteStart = path.resolve(context.root, start);
    const { files: found, skipped } = await walkTree(absoluteStart, context.exclude);
    for (const entry of skipped) {
      if (excluded(entry.relative)) continue;
      if (
        entry.invalidName ||
        manifestKind(entry.relative) ||
        isModelFileName(entry.relative) ||
        isDatasetFile(entry.relative) ||
        unreadManifest(entry.relative, new Set()) !== undefined
      ) {
        findings.push(
          unreadable({ source: { file: entry.relative }, message: `${entry.relative} ${entry.reason}` }),
        );
      } else if (await linksToDirectory(path.resolve(context.root, entry.relative))) {
        findings.push(
          unreadable(
            {
              source: { file: entry.relative },
              message: `${entry.relative} is a symbolic link to a directory, not followed: what is under it is not in the SBOM`,
            },
            'note',
          ),
        );
      }
    }
    for (const file of found) {
      if (seenFiles.has(file.relative) || excluded(file.relative)) continue;
      seenFiles.add(file.relative);
      files.push(file);
      boundaries.set(file.relative, path.isAbsolute(start) ? absoluteStart : context.root);
    }
  }

  // Manifests and lock files.
  const manifestRecords: PackageRecord[] = [];
  const lockRecords: PackageRecord[] = [];
  const lockFiles: string[] = [];
  const problems: ReadProblem[] = [];
  const manifestsRead: string[] = [];
  const includes = new Map<string, ReturnType<typeof includeInside>>();
  for (const file of files) {
    const kind = manifestKind(file.relative);
    if (!kind) continue;
    context.signal?.throwIfAborted();
    const read = readManifestText(file.absolute);
    if (!read.ok) {
      problems.push({ source: { file: file.relative }, message: `${file.relative} ${read.reason}` });
      continue;
    }
    const boundary = boundaries.get(file.relative)!;
    let include = includes.get(boundary);
    if (!include) {
      include = includeInside(context.root, boundary);
      includes.set(boundary, include);
    }
    const result = readManifest(kind, read.text, file.relative, include);
    manifestsRead.push(file.relative);
    problems.push(...result.problems);
    if (kind === 'lock') {
      lockFiles.push(file.relative);
      for (const record of result.packages) lockRecords.push(record);
    } else {
      for (const record of result.packages) manifestRecords.push(record);
    }
  }
  for (const record of [...manifestRecords, ...lockRecords]) {
    for (const message of hashProblems(record)) problems.push({ source: record.source, message });
  }
  const present = new Set(files.map((file) => file.relative));
  const byRelative = new Map(files.map((file) => [file.relative, file.absolute]));
  const lockPackages = new Map<string, ReadonlySet<string>>();
  // A workspace member is a `packages` key of the lock above it (npm writes the folder itself).
  const lockCovers = (lock: string, folder: string): boolean => {
    let keys = lockPackages.get(lock);
    if (!keys) {
      keys = new Set();
      const read = byRelative.has(lock) ? readManifestText(byRelative.get(lock)!) : undefined;
      try {
        const packages = read?.ok ? (JSON.parse(read.text) as { packages?: unknown }).packages : undefined;
        if (packages !== null && typeof packages === 'object') keys = new Set(Object.keys(packages));
      } catch {
        // Its reader reports a lock that is not JSON.
      }
      lockPackages.set(lock, keys);
    }
    return keys.has(folder);
  };
  const declaring = new Set(manifestRecords.map((record) => record.source.file));
  for (const file of files) {
    // A setup.py beside a pyproject.toml or setup.cfg that declares nothing holds the dependencies.
    const folder = file.relative.slice(0, file.relative.lastIndexOf('/') + 1);
    if (
      path.posix.basename(file.relative) === 'setup.py' &&
      !declaring.has(`${folder}pyproject.toml`) &&
      !declaring.has(`${folder}setup.cfg`) &&
      (present.has(`${folder}pyproject.toml`) || present.has(`${folder}setup.cfg`))
    ) {
      findings.push(
        unreadable(
          {
            source: { file: file.relative },
            message: `${file.relative} is code, which mlsec does not run, and no pyproject.toml or setup.cfg beside it declares the dependencies`,
          },
          'note',
        ),
      );
      continue;
    }
    const why = unreadManifest(file.relative, present, lockCovers);
    if (why && file.relative.endsWith('package.json') && !declaresDependencies(file.absolute)) continue;
    if (why)
      findings.push(
        unreadable({ source: { file: file.relative }, message: `${file.relative} ${why}` }, 'note'),
      );
  }
  const merged = mergePackages(manifestRecords, lockRecords, lockFiles);

  // Models and dataset files.
  context.progress('hashing models and datasets');
  const inventory = await inventoryModels(files);
  problems.push(...inventory.problems);
  const datasetFiles: DatasetFile[] = [];
  for (const file of files) {
    if (!isDatasetFile(file.relative)) continue;
    try {
      datasetFiles.push({ path: file.relative, sha256: await sha256File(file.absolute) });
    } catch (error) {
      problems.push({
        source: { file: file.relative },
        message: `${file.relative} cannot be read (${fileErrorReason(error)})`,
      });
    }
  }
  // One problem once: an included file read for two including files says it twice.
  const said = new Set<string>();
  for (const problem of problems) {
    const key = `${problem.source.file}\0${problem.source.line ?? ''}\0${problem.message}`;
    if (said.has(key)) continue;
    said.add(key);
    findings.push(unreadable(problem));
  }

  // Known vulnerabilities of exact pypi and npm versions.
  const anchor = context.paths[0] ?? '.';
  const checkable = merged.packages.filter(
    (record): record is PackageRecord & { version: string } =>
      record.version !== undefined &&
      (record.ecosystem === 'pypi' || record.ecosystem === 'npm') &&
      // Installed from a path, a VCS or a URL: not the index's release of that name and version,
      // and an internal package's name is not sent to a public service.
      record.reference === undefined &&
      !merged.locked.has(record),
  );
  const queryKey = (record: { ecosystem: string; normalizedName: string; version: string }) =>
    `${record.ecosystem}\0${record.normalizedName}\0${record.version}`;
  const queries = new Map<string, PackageQuery>();
  for (const record of checkable) {
    queries.set(queryKey(record), {
      ecosystem: record.ecosystem as 'pypi' | 'npm',
      name: record.normalizedName,
      version: record.version,
    });
  }
  const source = await loadVulnerabilities(context, settings, [...queries.values()], anchor);
  findings.push(...source.findings);
  const matched = matchVulnerabilities([...queries.values()], source.records);
  const matchesByKey = new Map<
    string,
    { query: PackageQuery; vulnerabilities: readonly VulnerabilityMatch[] }
  >();
  for (const entry of matched.packages) {
    matchesByKey.set(`${entry.package.ecosystem}\0${entry.package.name}\0${entry.package.version}`, {
      query: entry.package,
      vulnerabilities: entry.vulnerabilities,
    });
  }
  for (const problem of matched.problems) {
    const record = checkable.find(
      (candidate) =>
        queryKey(candidate) ===
        `${problem.package.ecosystem}\0${problem.package.name}\0${problem.package.version}`,
    );
    findings.push(
      finding(
        'sbom/vulnerabilities-not-checked',
        'warning',
        `${shown(problem.package.name)} ${shown(problem.package.version)} could not be checked against ${shown(problem.recordId)}: ${shown(problem.message, 200)}.`,
        record?.source.file ?? anchor,
        record?.source.line,
        `${problem.package.name}\0${problem.package.version}\0${problem.recordId}`,
      ),
    );
  }
  const bomVulnerabilities = new Map<
    string,
    { entry: Omit<BomVulnerability, 'affects'>; affects: PackageRecord[] }
  >();
  const vulnerableRows: string[][] = [];
  let vulnerableCount = 0;
  for (const record of checkable) {
    const entry = matchesByKey.get(queryKey(record));
    if (!entry) continue;
    for (const match of entry.vulnerabilities) {
      vulnerableCount += 1;
      const fixed = fixedVersions(match, entry.query);
      const summary = summaryOf(match);
      const id = match.ids[0]!;
      const others = [...match.ids.slice(1), ...match.aliases];
      const score = match.severity.score;
      const named = `${shown(record.name)} ${shown(record.version)}`;
      findings.push(
        finding(
          'sbom/vulnerable-package',
          match.severity.level,
          `${named} is affected by ${match.ids.map((item) => shown(item, 60)).join(', ')}` +
            `${match.aliases.length > 0 ? ` (${match.aliases.map((item) => shown(item, 60)).join(', ')})` : ''}` +
            `${summary ? `: ${summary}` : ''}` +
            `${score !== undefined ? `; CVSS ${score.toFixed(1)}` : ''}` +
            `; ${fixed.length > 0 ? `fixed in ${fixed.map((item) => shown(item, 40)).join(', ')}` : 'no fixed version is known'}.`,
          record.source.file,
          record.source.line,
          `${record.ecosystem}\0${record.normalizedName}\0${record.version}\0${id}`,
          {
            purl: purlOf(record),
            vulnerability: id,
            ...(others.length > 0 ? { aliases: others.join(',') } : {}),
            ...(score !== undefined ? { cvss: score } : {}),
            ...(fixed.length > 0 ? { fixed: fixed.join(',') } : {}),
          },
        ),
      );
      vulnerableRows.push([
        record.name,
        record.version,
        [id, ...others].join(' '),
        score !== undefined ? score.toFixed(1) : match.severity.level,
        fixed.join(', ') || 'none known',
        record.source.line === undefined ? record.source.file : `${record.source.file}:${record.source.line}`,
      ]);
      const existing = bomVulnerabilities.get(id);
      if (existing) existing.affects.push(record);
      else {
        bomVulnerabilities.set(id, {
          entry: {
            id,
            aliases: others,
            ...(summary ? { summary } : {}),
            ...(score !== undefined ? { score } : {}),
            ...(match.severity.vector ? { vector: match.severity.vector } : {}),
            ...(match.severity.type ? { vectorType: match.severity.type } : {}),
            fixed,
          },
          affects: [record],
        });
      }
    }
  }

  // Ranges and references nobody locked: installed as whatever the index gives that day.
  for (const record of merged.unpinned) {
    const what =
      record.reference !== undefined
        ? `is installed from a ${record.reference.kind === 'vcs' ? 'VCS reference' : 'URL'}`
        : record.specifier
          ? `is the range ${JSON.stringify(shown(record.specifier, 80))}`
          : 'has no version';
    findings.push(
      finding(
        'sbom/unpinned-requirement',
        'warning',
        `${shown(record.name)} ${what} and no lock file of its project locks it, so the installed version is unknown and cannot be checked for vulnerabilities: pin it or commit a lock file.`,
        record.source.file,
        record.source.line,
        [
          record.ecosystem,
          record.normalizedName,
          record.specifier ?? record.reference?.value ?? '',
          record.marker ?? '',
        ].join('\0'),
      ),
    );
  }

  // Conda packages: OSV has no conda ecosystem.
  const condaByFile = new Map<string, number>();
  for (const record of merged.packages)
    if (record.ecosystem === 'conda')
      condaByFile.set(record.source.file, (condaByFile.get(record.source.file) ?? 0) + 1);
  for (const [file, count] of condaByFile) {
    findings.push(
      finding(
        'sbom/vulnerabilities-not-checked',
        'note',
        `${count} conda package${count === 1 ? '' : 's'} in ${shown(file)} ${count === 1 ? 'is' : 'are'} in the SBOM but not checked for known vulnerabilities: OSV has no conda ecosystem.`,
        file,
        undefined,
        'conda',
      ),
    );
  }

  // Pickle-based models, with scan-model's verdict when it ran in the same run.
  for (const model of inventory.models) {
    if (!model.facts?.pickleBased) continue;
    const verdict = scanModelVerdict(context, model.path);
    findings.push(
      finding(
        'sbom/pickle-model',
        verdict?.level ?? 'warning',
        `${shown(model.path)} is a ${model.facts.format} file: loading it unpickles it, which can run code; ` +
          `${verdict ? `${verdict.text}.` : 'run scan-model on it to see what it imports.'}`,
        model.path,
        undefined,
        model.sha256 ?? model.path,
        { format: model.facts.format, ...(model.sha256 ? { sha256: model.sha256 } : {}) },
      ),
    );
  }

  // License policy.
  if (settings.denyLicenses.length > 0) {
    for (const record of merged.packages) {
      if (record.license === undefined || !deniedLicense(record.license, settings.denyLicenses)) continue;
      findings.push(
        finding(
          'sbom/license-denied',
          SBOM_RULES['sbom/license-denied'].defaultLevel,
          `${shown(record.name)}${record.version ? ` ${shown(record.version)}` : ''} is licensed ${JSON.stringify(shown(record.license, 80))}, which deny-licenses denies.`,
          record.source.file,
          record.source.line,
          `${purlOf(record)}\0${record.license}`,
        ),
      );
    }
    for (const model of inventory.models) {
      const license = model.card?.license;
      if (license === undefined || !deniedLicense(license, settings.denyLicenses)) continue;
      findings.push(
        finding(
          'sbom/license-denied',
          SBOM_RULES['sbom/license-denied'].defaultLevel,
          `${shown(model.path)}'s model card gives the license ${JSON.stringify(shown(license, 80))}, which deny-licenses denies.`,
          model.path,
          undefined,
          `${model.path}\0${license}`,
        ),
      );
    }
  }

  // The BOM names files from the project directory: root-relative inside the root, else from the
  // directory the user named (from their common ancestor, when there are several), since an
  // absolute path of this machine means nothing elsewhere.
  // With directories inside the root too, files inside keep their root-relative names and the
  // others are named from the root (`../other/...`); with only outside ones, from their common
  // ancestor. Either way one file has one name and no name depends on where the machine keeps it.
  const starts = new Set(boundaries.values());
  const outsideStarts = [...starts].filter((start) => start !== context.root);
  const base =
    outsideStarts.length === 0
      ? undefined
      : starts.has(context.root)
        ? context.root
        : outsideStarts.length === 1
          ? outsideStarts[0]
          : commonAncestor(outsideStarts);
  const bomPath = (file: string): string =>
    base === undefined || !path.isAbsolute(file) ? file : path.relative(base, file).split(path.sep).join('/');
  const inBom = (record: PackageRecord): PackageRecord =>
    path.isAbsolute(record.source.file)
      ? { ...record, source: { ...record.source, file: bomPath(record.source.file) } }
      : record;
  const bomRecords = new Map(merged.packages.map((record) => [record, inBom(record)]));
  const vulnerabilities: BomVulnerability[] = [...bomVulnerabilities.values()].map(({ entry, affects }) => ({
    ...entry,
    affects: affects.map((record) => bomRecords.get(record) ?? inBom(record)),
  }));
  const bom = buildBom({
    project: { name: projectName(context, files) },
    packages: [...bomRecords.values()],
    models: inventory.models.map((model) => ({ ...model, path: bomPath(model.path) })),
    datasetFiles: datasetFiles.map((file) => ({ ...file, path: bomPath(file.path) })),
    vulnerabilities,
  });
  await writeTextInScope(context, settings.sbom, 'sbom', bom);
  const sbomFile = path.resolve(context.root, settings.sbom);

  return {
    check: 'dependency-sbom',
    rules: allSbomRules(),
    findings: distinctFingerprints(findings),
    metrics: metricsOf(merged.packages, merged.unpinned, inventory.models, datasetFiles, {
      manifests: manifestsRead.length,
      vulnerabilities: vulnerableCount,
      vulnerablePackages: new Set(
        findings
          .filter((item) => item.ruleId === 'sbom/vulnerable-package')
          .map((item) => item.properties?.purl),
      ).size,
      osvSource: source.name,
      osvRecords: source.records.length,
      sbom: settings.sbom,
    }),
    artifacts: [{ kind: 'sbom', path: sbomFile }],
    tables: tablesOf(vulnerableRows, inventory.models),
    ...(context.options['submit-dependencies'] === true
      ? {
          handoff: {
            dependencySubmission: [...bomRecords.values()].filter((record) => record.reference === undefined),
          },
        }
      : {}),
  };
}

function commonAncestor(directories: readonly string[]): string | undefined {
  if (directories.length === 0) return undefined;
  let common = directories[0]!;
  for (const directory of directories.slice(1)) {
    while (path.relative(common, directory).startsWith('..')) common = path.dirname(common);
  }
  return common;
}

/**
 * The project's own name, as its manifest at the top says (pyproject.toml, package.json), so the
 * same tree gives the same bytes wherever it is checked out; else the directory's name.
 */
function projectName(context: CheckContext, files: readonly WalkEntry[]): string {
  const start = context.paths[0] ?? '.';
  const top = path.resolve(context.root, start);
  // Only a regular file the walk listed: never a link out of the root, a FIFO or a device.
  const listed = new Map(files.map((file) => [file.relative, file.absolute]));
  const atTop = (name: string): string | undefined =>
    listed.get(path.isAbsolute(start) ? path.join(start, name) : path.posix.join(start, name));
  const named = (value: unknown): string | undefined =>
    typeof value === 'string' && /^[\w@./-]{1,200}$/.test(value) ? value : undefined;
  const pyprojectFile = atTop('pyproject.toml');
  const pyproject = pyprojectFile ? readManifestText(pyprojectFile) : undefined;
  if (pyproject?.ok) {
    try {
      const doc = parseToml(pyproject.text) as {
        project?: { name?: unknown };
        tool?: { poetry?: { name?: unknown } };
      };
      const name = named(doc.project?.name) ?? named(doc.tool?.poetry?.name);
      if (name) return name;
    } catch {
      // Not TOML: its reader reports it; the name comes from elsewhere.
    }
  }
  const packageJsonFile = atTop('package.json');
  const packageJson = packageJsonFile ? readManifestText(packageJsonFile) : undefined;
  if (packageJson?.ok) {
    try {
      const name = named((JSON.parse(packageJson.text) as { name?: unknown }).name);
      if (name) return name;
    } catch {
      // As above.
    }
  }
  return path.basename(top) || 'project';
}

function metricsOf(
  packages: readonly PackageRecord[],
  unpinned: readonly PackageRecord[],
  models: readonly ModelEntry[],
  datasets: readonly DatasetFile[],
  extra: Record<string, unknown>,
): Record<string, unknown> {
  // Counted as the BOM's components: one package pinned in three files is one.
  const unique = [...new Map(packages.map((record) => [packageRef(record), record])).values()];
  const byEcosystem: Record<string, number> = {};
  for (const record of unique) byEcosystem[record.ecosystem] = (byEcosystem[record.ecosystem] ?? 0) + 1;
  return {
    packages: unique.length,
    packagesByEcosystem: byEcosystem,
    pinned: unique.filter((record) => record.version !== undefined).length,
    unpinned: unpinned.length,
    models: models.length,
    pickleBasedModels: models.filter((model) => model.facts?.pickleBased).length,
    datasets: datasets.length,
    ...extra,
  };
}

function tablesOf(vulnerableRows: string[][], models: readonly ModelEntry[]): SummaryTable[] {
  const tables: SummaryTable[] = [];
  if (vulnerableRows.length > 0) {
    tables.push({
      title: 'Vulnerable packages',
      columns: ['Package', 'Version', 'Vulnerability', 'Severity', 'Fixed in', 'Declared in'],
      rows: vulnerableRows,
    });
  }
  if (models.length > 0) {
    tables.push({
      title: 'Models',
      columns: ['Model', 'Format', 'Pickle-based', 'SHA-256'],
      rows: models.map((model) => [
        model.path,
        model.facts?.format ?? 'unknown',
        model.facts?.pickleBased ? 'yes' : 'no',
        model.sha256 ? `${model.sha256.slice(0, 16)}…` : '',
      ]),
    });
  }
  return tables;
}
