/**
 * Readers of the Python lock files: poetry.lock, uv.lock, pdm.lock, pylock.toml (PEP 751) and
 * Pipfile.lock. Each takes the text and its display path and returns one record per locked
 * package with the exact version the lock pins, its hashes, groups and direct dependencies,
 * as far as the format records them. A malformed entry is a problem at its line and the rest
 * is still read; a file that is not the format at all is one problem.
 */
import {
  arrayTableLines,
  colonHash,
  compact,
  hashTable,
  isTable,
  jsonDocument,
  jsonKeyLine,
  jsonKeyLines,
  normalizePypiName,
  own,
  PEP508_NAME,
  problem,
  requirementName,
  tomlDocument,
  unique,
  withoutCredentials,
  type Table,
} from './lock-util.js';
import type { PackageRecord, ReadProblem, ReadResult } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Reference = NonNullable<PackageRecord['reference']>;

function pypiRecord(fields: Omit<PackageRecord, 'ecosystem' | 'normalizedName'>): PackageRecord {
  const reference = fields.reference && {
    ...fields.reference,
    value: withoutCredentials(fields.reference.value),
  };
  return compact({
    ecosystem: 'pypi',
    ...fields,
    normalizedName: normalizePypiName(fields.name),
    reference,
  }) as PackageRecord;
}

function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}

/** Reads the `name` and `version` every entry of these formats has; a problem when they are unusable. */
function nameAndVersion(
  entry: unknown,
  file: string,
  line: number | undefined,
  what: string,
  problems: ReadProblem[],
  versionRequired: boolean,
): { name: string; version: string | undefined; entry: Table } | undefined {
  if (!isTable(entry)) {
    problems.push(problem(file, `${what} is not a table`, line));
    return undefined;
  }
  const { name, version } = entry;
  if (typeof name !== 'string' || !PEP508_NAME.test(name)) {
    problems.push(problem(file, `${what} has no valid name`, line));
    return undefined;
  }
  if (version !== undefined && (typeof version !== 'string' || version.trim() === '')) {
    problems.push(problem(file, `${what} ${name} has an invalid version`, line));
    return undefined;
  }
  if (versionRequired && version === undefined) {
    problems.push(problem(file, `${what} ${name} has no version`, line));
    return undefined;
  }
  return { name, version: version?.trim(), entry };
}

/** `files = [{ file, hash }]` (poetry, pdm): the hashes, or a problem for any that is not `alg:hex`. */
function fileHashes(
  value: unknown,
  file: string,
  line: number | undefined,
  name: string,
  problems: ReadProblem[],
): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push(problem(file, `${name}: files is not an array`, line));
    return undefined;
  }
  const hashes: string[] = [];
  for (const item of value) {
    const hash = isTable(item) ? colonHash(item.hash) : undefined;
    if (hash) hashes.push(hash);
    else problems.push(problem(file, `${name}: a files entry has no algorithm:hex hash`, line));
  }
  return unique(hashes);
}

/**
 * Top-level keys that belong in a package entry: what is left when an entry's `[[package]]`
 * header is lost. Said, because otherwise that package would vanish silently. (Other unknown
 * keys are let be: the formats grow new top-level settings.)
 */
export function strayKeys(
  doc: Table,
  entryKeys: readonly string[],
  file: string,
  header: string,
): ReadProblem[] {
  const stray = entryKeys.filter((key) => Object.hasOwn(doc, key));
  return stray.length === 0
    ? []
    : [problem(file, `top-level ${stray.join(', ')} outside any ${header} entry (a lost header?)`)];
}

// ---------------------------------------------------------------------------------------------
// poetry.lock

/**
 * poetry.lock: `[[package]]` with `[package.dependencies]` (a table of name to constraint),
 * `files` (Poetry >= 1.5) or `[metadata.files]` (older) hashes, `groups` (lock 2.1) or
 * `category` (older), and `[package.source]` for git, url, file and directory packages.
 */
export function readPoetryLock(text: string, file: string): ReadResult {
  const parsed = tomlDocument(text, file, 'poetry.lock');
  if (!parsed.ok) return { packages: [], problems: [parsed.problem] };
  const doc = parsed.value;
  if (!Array.isArray(doc.package) && !isTable(doc.metadata)) {
    return {
      packages: [],
      problems: [problem(file, 'not a poetry.lock: no [[package]] entries and no [metadata]')],
    };
  }
  const packages: PackageRecord[] = [];
  const problems: ReadProblem[] = strayKeys(doc, ['name', 'version'], file, '[[package]]');
  if (doc.package !== undefined && !Array.isArray(doc.package)) {
    problems.push(problem(file, 'package is not an array of [[package]] tables'));
  }
  const entries: unknown[] = Array.isArray(doc.package) ? doc.package : [];
  const lines = arrayTableLines(text, 'package', entries.length);
  const metadataFiles = isTable(doc.metadata) && isTable(doc.metadata.files) ? doc.metadata.files : undefined;
  const locked = new Set(
    entries.flatMap((e) => (isTable(e) && typeof e.name === 'string' ? [normalizePypiName(e.name)] : [])),
  );
  entries.forEach((raw, index) => {
    const line = lines[index];
    const got = nameAndVersion(raw, file, line, 'package entry', problems, true);
    if (!got) return;
    const { name, version, entry } = got;
    let files: unknown = entry.files;
    if (files === undefined && metadataFiles) {
      // Older locks key [metadata.files] by the name as written, or normalised.
      files = own(metadataFiles, name) ?? own(metadataFiles, normalizePypiName(name));
    }
    const hashes = fileHashes(files, file, line, name, problems);
    let groups: string[] | undefined;
    if (entry.groups !== undefined) {
      groups = stringArray(entry.groups);
      if (!groups) problems.push(problem(file, `${name}: groups is not an array of strings`, line));
    } else if (typeof entry.category === 'string') {
      groups = [entry.category];
    }
    let dependsOn: string[] | undefined;
    if (entry.dependencies !== undefined) {
      if (isTable(entry.dependencies)) {
        // An `optional = true` dependency serves one of the package's extras; it is only part of
        // the graph when some requester asked for that extra, and then the lock has it.
        dependsOn = Object.entries(entry.dependencies)
          .filter(([dep, spec]) => !isOptional(spec) || locked.has(normalizePypiName(dep)))
          .map(([dep]) => normalizePypiName(dep))
          .sort();
      } else {
        problems.push(problem(file, `${name}: [package.dependencies] is not a table`, line));
      }
    }
    const reference = poetrySource(entry.source, entry.develop === true, file, line, name, problems);
    // Lock 2.1 writes `markers` as a string, or per group as a table: one marker when all agree.
    let marker: string | undefined;
    if (typeof entry.markers === 'string') marker = entry.markers;
    else if (isTable(entry.markers)) {
      const values = new Set(Object.values(entry.markers));
      const [only] = values;
      if (values.size === 1 && typeof only === 'string') marker = only;
    }
    packages.push(
      pypiRecord({
        name,
        version,
        marker,
        hashes,
        reference,
        groups: unique(groups ?? []),
        dependsOn: unique(dependsOn ?? []),
        source: { file, ...(line === undefined ? {} : { line }) },
      }),
    );
  });
  return { packages, problems };
}

/** A Poetry constraint `{ version, optional = true }`, or a list of them all optional. */
function isOptional(spec: unknown): boolean {
  if (Array.isArray(spec)) return spec.length > 0 && spec.every(isOptional);
  return isTable(spec) && spec.optional === true;
}

function poetrySource(
  source: unknown,
  develop: boolean,
  file: string,
  line: number | undefined,
  name: string,
  problems: ReadProblem[],
): Reference | undefined {
  if (source === undefined) return undefined;
  if (!isTable(source) || typeof source.type !== 'string' || typeof source.url !== 'string') {
    problems.push(problem(file, `${name}: [package.source] needs a type and a url`, line));
    return undefined;
  }
  switch (source.type) {
    case 'git': {
      const rev =
        typeof source.resolved_reference === 'string' ? source.resolved_reference : source.reference;
      const base = source.url.startsWith('git+') ? source.url : `git+${source.url}`;
      const value = typeof rev === 'string' && rev !== '' ? `${base}@${rev}` : base;
      return { kind: 'vcs', value };
    }
    case 'url':
      return { kind: 'url', value: source.url };
    case 'file':
      return { kind: 'path', value: source.url };
    case 'directory':
      return develop
        ? { kind: 'path', value: source.url, editable: true }
        : { kind: 'path', value: source.url };
    default:
      // `legacy` and the like are package indexes: the package is still an index release.
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// uv.lock

interface UvDependency {
  readonly name: string;
  /** Written when the lock holds more than one version of the name (forks by marker). */
  readonly version?: unknown;
}

/**
 * uv.lock: `[[package]]` with `source` (registry, git, url, path, directory, editable, virtual),
 * `dependencies`, `[package.optional-dependencies]` and `[package.dev-dependencies]` (arrays of
 * `{ name, ... }`), and `sdist`/`wheels` hashes. The project (source editable or virtual ".", or a
 * `[manifest] members` workspace member) is not a dependency; groups are derived from it: what
 * its `dependencies` reach is `main`, what an extra or a dev group reaches is that extra or group.
 */
export function readUvLock(text: string, file: string): ReadResult {
  const parsed = tomlDocument(text, file, 'uv.lock');
  if (!parsed.ok) return { packages: [], problems: [parsed.problem] };
  const doc = parsed.value;
  if (!Array.isArray(doc.package) || doc.version === undefined) {
    return { packages: [], problems: [problem(file, 'not a uv.lock: no version and [[package]] entries')] };
  }
  const entries: unknown[] = doc.package;
  const lines = arrayTableLines(text, 'package', entries.length);
  const members = new Set(
    (isTable(doc.manifest) ? (stringArray(doc.manifest.members) ?? []) : []).map(normalizePypiName),
  );
  const problems: ReadProblem[] = strayKeys(doc, ['name', 'source'], file, '[[package]]');

  interface Node {
    record: Mutable<PackageRecord>;
    project: boolean;
    /** A workspace member other than the lock's own project. */
    member: boolean;
    main: string[];
    byGroup: Map<string, string[]>;
  }
  const nodes: Node[] = [];
  entries.forEach((raw, index) => {
    const line = lines[index];
    const got = nameAndVersion(raw, file, line, 'package entry', problems, false);
    if (!got) return;
    const { name, version, entry } = got;
    const source = entry.source;
    if (!isTable(source)) {
      problems.push(problem(file, `${name}: no source table`, line));
      return;
    }
    // The project at the lock's own folder is not a dependency; another workspace member is the
    // repository's own package, kept as a local one (its manifest's requirement of it is locked).
    const root =
      (typeof source.editable === 'string' || typeof source.virtual === 'string') &&
      (source.editable ?? source.virtual) === '.';
    const project = root || members.has(normalizePypiName(name));
    const dependencyVersions: Record<string, string[]> = {};
    const deps = (value: unknown, what: string): string[] => {
      if (value === undefined) return [];
      const list = Array.isArray(value) ? value : undefined;
      if (!list || !list.every((d): d is UvDependency => isTable(d) && typeof d.name === 'string')) {
        problems.push(problem(file, `${name}: ${what} is not an array of { name } tables`, line));
        return [];
      }
      for (const d of list) {
        if (typeof d.version !== 'string') continue;
        const depName = normalizePypiName(d.name);
        dependencyVersions[depName] = [
          ...new Set([...(dependencyVersions[depName] ?? []), d.version]),
        ].sort();
      }
      return list.map((d) => normalizePypiName(d.name));
    };
    const main = deps(entry.dependencies, 'dependencies');
    const byGroup = new Map<string, string[]>();
    for (const key of ['optional-dependencies', 'dev-dependencies'] as const) {
      const table = entry[key];
      if (table === undefined) continue;
      if (!isTable(table)) {
        problems.push(problem(file, `${name}: ${key} is not a table`, line));
        continue;
      }
      for (const [group, list] of Object.entries(table)) {
        byGroup.set(group, [...(byGroup.get(group) ?? []), ...deps(list, `${key}.${group}`)]);
      }
    }
    const hashes: string[] = [];
    const addHash = (artifact: unknown, what: string): void => {
      if (!isTable(artifact) || artifact.hash === undefined) return;
      const hash = colonHash(artifact.hash);
      if (hash) hashes.push(hash);
      else problems.push(problem(file, `${name}: ${what} hash is not algorithm:hex`, line));
    };
    addHash(entry.sdist, 'sdist');
    if (entry.wheels !== undefined) {
      if (Array.isArray(entry.wheels)) entry.wheels.forEach((w) => addHash(w, 'a wheel'));
      else problems.push(problem(file, `${name}: wheels is not an array`, line));
    }
    const reference = uvReference(source);
    if (!project && version === undefined && !reference) {
      problems.push(problem(file, `${name}: a registry package has no version`, line));
      return;
    }
    const allDeps = unique([...main, ...[...byGroup.values()].flat()].sort());
    nodes.push({
      record: pypiRecord({
        name,
        version,
        hashes: unique(hashes),
        reference,
        dependsOn: allDeps,
        ...(Object.keys(dependencyVersions).length > 0 ? { dependencyVersions } : {}),
        source: { file, ...(line === undefined ? {} : { line }) },
      }),
      project,
      // A virtual member is never built or installed: nothing of it is in what runs.
      member: project && !root && typeof source.virtual !== 'string',
      main,
      byGroup,
    });
  });

  // Groups: everything reachable from the project's own dependency lists, per list.
  const byName = new Map<string, Node[]>();
  for (const node of nodes) {
    const list = byName.get(node.record.normalizedName) ?? [];
    list.push(node);
    byName.set(node.record.normalizedName, list);
  }
  const groups = new Map<Node, Set<string>>();
  const reach = (start: readonly string[], group: string): void => {
    const queue = [...start];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (seen.has(next)) continue;
      seen.add(next);
      for (const node of byName.get(next) ?? []) {
        if (node.project) continue;
        const set = groups.get(node) ?? new Set<string>();
        set.add(group);
        groups.set(node, set);
        queue.push(...(node.record.dependsOn ?? []));
      }
    }
  };
  for (const node of nodes.filter((n) => n.project)) {
    reach(node.main, 'main');
    for (const [group, list] of node.byGroup) reach(list, group);
  }
  // What the project's own lists name is declared in its manifest: a direct dependency.
  const direct = new Set(
    nodes.filter((n) => n.project).flatMap((n) => [...n.main, ...[...n.byGroup.values()].flat()]),
  );
  const packages = nodes
    .filter((n) => !n.project || n.member)
    .map((n) => {
      const set = groups.get(n);
      const record = set ? { ...n.record, groups: [...set].sort() } : n.record;
      return direct.has(record.normalizedName) ? { ...record, direct: true } : record;
    });
  return { packages, problems };
}

function uvReference(source: Table): Reference | undefined {
  if (typeof source.git === 'string') {
    // uv writes `git = "https://host/repo?rev=main#<commit>"`: the fragment is the locked commit.
    const [base, commit] = source.git.split('#', 2) as [string, string | undefined];
    const url = base.replace(/\?.*$/, '');
    const prefixed = url.startsWith('git+') ? url : `git+${url}`;
    return { kind: 'vcs', value: commit ? `${prefixed}@${commit}` : prefixed };
  }
  if (typeof source.url === 'string') return { kind: 'url', value: source.url };
  if (typeof source.editable === 'string') return { kind: 'path', value: source.editable, editable: true };
  for (const key of ['path', 'directory', 'virtual'] as const) {
    const value = source[key];
    if (typeof value === 'string') return { kind: 'path', value };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// pdm.lock

/**
 * pdm.lock: `[[package]]` with `groups`, `dependencies` as PEP 508 requirement strings, `files`
 * hashes, and `git`/`revision`, `url` or `path`/`editable` for direct references. PDM writes a
 * second entry with `extras` for a package required with extras; it is merged into the first.
 */
export function readPdmLock(text: string, file: string): ReadResult {
  const parsed = tomlDocument(text, file, 'pdm.lock');
  if (!parsed.ok) return { packages: [], problems: [parsed.problem] };
  const doc = parsed.value;
  if (!isTable(doc.metadata) || (doc.package !== undefined && !Array.isArray(doc.package))) {
    return { packages: [], problems: [problem(file, 'not a pdm.lock: no [metadata] table')] };
  }
  const entries: unknown[] = Array.isArray(doc.package) ? doc.package : [];
  const lines = arrayTableLines(text, 'package', entries.length);
  const problems: ReadProblem[] = strayKeys(doc, ['name', 'version'], file, '[[package]]');
  const records: Mutable<PackageRecord>[] = [];
  const index = new Map<string, Mutable<PackageRecord>>();
  entries.forEach((raw, i) => {
    const line = lines[i];
    const got = nameAndVersion(raw, file, line, 'package entry', problems, false);
    if (!got) return;
    const { name, version, entry } = got;
    let groups: string[] | undefined;
    if (entry.groups !== undefined) {
      groups = stringArray(entry.groups);
      if (!groups) problems.push(problem(file, `${name}: groups is not an array of strings`, line));
    }
    const dependsOn: string[] = [];
    if (entry.dependencies !== undefined) {
      const list = stringArray(entry.dependencies);
      if (!list) problems.push(problem(file, `${name}: dependencies is not an array of strings`, line));
      for (const requirement of list ?? []) {
        const dep = requirementName(requirement);
        // An extras entry depends on its own package (`coverage[toml]` on `coverage==7.3.2`).
        if (dep) {
          if (normalizePypiName(dep) !== normalizePypiName(name)) dependsOn.push(normalizePypiName(dep));
        } else
          problems.push(
            problem(file, `${name}: dependency ${JSON.stringify(requirement)} has no name`, line),
          );
      }
    }
    const hashes = fileHashes(entry.files, file, line, name, problems);
    let reference: Reference | undefined;
    if (typeof entry.git === 'string') {
      const rev = typeof entry.revision === 'string' ? entry.revision : entry.ref;
      const base = entry.git.startsWith('git+') ? entry.git : `git+${entry.git}`;
      reference = { kind: 'vcs', value: typeof rev === 'string' ? `${base}@${rev}` : base };
    } else if (typeof entry.url === 'string') {
      reference = { kind: 'url', value: entry.url };
    } else if (typeof entry.path === 'string') {
      reference =
        entry.editable === true
          ? { kind: 'path', value: entry.path, editable: true }
          : { kind: 'path', value: entry.path };
    }
    if (version === undefined && !reference) {
      problems.push(problem(file, `package entry ${name} has no version`, line));
      return;
    }
    const extras = stringArray(entry.extras);
    const marker = typeof entry.marker === 'string' ? entry.marker : undefined;
    const key = `${normalizePypiName(name)}\0${version ?? ''}`;
    const existing = index.get(key);
    if (existing) {
      // The extras entry of a package already listed: one package, more extras and dependencies.
      existing.extras = unique([...(existing.extras ?? []), ...(extras ?? [])]);
      existing.groups = unique([...(existing.groups ?? []), ...(groups ?? [])]);
      existing.dependsOn = unique([...(existing.dependsOn ?? []), ...dependsOn].sort());
      existing.hashes = unique([...(existing.hashes ?? []), ...(hashes ?? [])]);
      return;
    }
    const record: Mutable<PackageRecord> = pypiRecord({
      name,
      version,
      extras: unique(extras ?? []),
      marker,
      hashes,
      reference,
      groups: unique(groups ?? []),
      dependsOn: unique(dependsOn.sort()),
      source: { file, ...(line === undefined ? {} : { line }) },
    });
    index.set(key, record);
    records.push(record);
  });
  return { packages: records.map((r) => compact(r)), problems };
}

// ---------------------------------------------------------------------------------------------
// pylock.toml (PEP 751)

/**
 * pylock.toml: `[[packages]]` with name, version (optional for source trees), `marker`,
 * `dependencies` (`{ name, ... }` tables, when the locker records them), and one of `vcs`,
 * `directory`, `archive` or `sdist`/`wheels`, each artifact with a `hashes` table.
 */
export function readPylock(text: string, file: string): ReadResult {
  const parsed = tomlDocument(text, file, 'pylock.toml');
  if (!parsed.ok) return { packages: [], problems: [parsed.problem] };
  const doc = parsed.value;
  if (typeof doc['lock-version'] !== 'string' || !Array.isArray(doc.packages)) {
    return { packages: [], problems: [problem(file, 'not a pylock.toml: no lock-version and [[packages]]')] };
  }
  const entries: unknown[] = doc.packages;
  const lines = arrayTableLines(text, 'packages', entries.length);
  const packages: PackageRecord[] = [];
  const problems: ReadProblem[] = strayKeys(doc, ['name', 'version'], file, '[[packages]]');
  entries.forEach((raw, i) => {
    const line = lines[i];
    const got = nameAndVersion(raw, file, line, 'packages entry', problems, false);
    if (!got) return;
    const { name, version, entry } = got;
    const hashes: string[] = [];
    const artifactHashes = (artifact: unknown, what: string, required: boolean): void => {
      if (!isTable(artifact)) {
        problems.push(problem(file, `${name}: ${what} is not a table`, line));
        return;
      }
      if (artifact.hashes === undefined && !required) return;
      const got = hashTable(artifact.hashes);
      if (got && got.length > 0) hashes.push(...got);
      else problems.push(problem(file, `${name}: ${what} has no valid hashes table`, line));
    };
    let reference: Reference | undefined;
    const { vcs, directory, archive } = entry;
    if (vcs !== undefined) {
      if (isTable(vcs) && typeof (vcs.url ?? vcs.path) === 'string' && typeof vcs['commit-id'] === 'string') {
        const where = (vcs.url ?? vcs.path) as string;
        const type = typeof vcs.type === 'string' ? vcs.type : 'git';
        const base = where.startsWith(`${type}+`) ? where : `${type}+${where}`;
        reference = { kind: 'vcs', value: `${base}@${vcs['commit-id']}` };
      } else {
        problems.push(problem(file, `${name}: [packages.vcs] needs a url or path and a commit-id`, line));
      }
    } else if (directory !== undefined) {
      if (isTable(directory) && typeof directory.path === 'string') {
        reference =
          directory.editable === true
            ? { kind: 'path', value: directory.path, editable: true }
            : { kind: 'path', value: directory.path };
      } else {
        problems.push(problem(file, `${name}: [packages.directory] needs a path`, line));
      }
    } else if (archive !== undefined) {
      artifactHashes(archive, '[packages.archive]', true);
      if (isTable(archive) && typeof (archive.url ?? archive.path) === 'string') {
        reference =
          typeof archive.url === 'string'
            ? { kind: 'url', value: archive.url }
            : { kind: 'path', value: archive.path as string };
      } else {
        problems.push(problem(file, `${name}: [packages.archive] needs a url or path`, line));
      }
    } else {
      if (entry.sdist !== undefined) artifactHashes(entry.sdist, 'sdist', true);
      if (entry.wheels !== undefined) {
        if (Array.isArray(entry.wheels)) entry.wheels.forEach((w) => artifactHashes(w, 'a wheel', true));
        else problems.push(problem(file, `${name}: wheels is not an array`, line));
      }
    }
    if (version === undefined && !reference) {
      problems.push(problem(file, `packages entry ${name} has no version`, line));
      return;
    }
    const dependsOn: string[] = [];
    if (entry.dependencies !== undefined) {
      if (Array.isArray(entry.dependencies)) {
        for (const dep of entry.dependencies) {
          if (isTable(dep) && typeof dep.name === 'string') dependsOn.push(normalizePypiName(dep.name));
          else problems.push(problem(file, `${name}: a dependencies entry has no name`, line));
        }
      } else {
        problems.push(problem(file, `${name}: dependencies is not an array`, line));
      }
    }
    packages.push(
      pypiRecord({
        name,
        version,
        marker: typeof entry.marker === 'string' ? entry.marker : undefined,
        hashes: unique(hashes),
        reference,
        dependsOn: unique(dependsOn.sort()),
        source: { file, ...(line === undefined ? {} : { line }) },
      }),
    );
  });
  return { packages, problems };
}

// ---------------------------------------------------------------------------------------------
// Pipfile.lock

/**
 * Pipfile.lock (JSON): `default` and `develop` sections (and any other pipenv category) of
 * name to `{ version: "==x", hashes, markers, extras, git/ref, path/editable, file }`. The
 * section name is the record's group, as pipenv writes it.
 */
export function readPipfileLock(text: string, file: string): ReadResult {
  const parsed = jsonDocument(text, file, 'Pipfile.lock');
  if (!parsed.ok) return { packages: [], problems: [parsed.problem] };
  const doc = parsed.value;
  if (!isTable(doc._meta) || (!isTable(doc.default) && !isTable(doc.develop))) {
    return {
      packages: [],
      problems: [problem(file, 'not a Pipfile.lock: no _meta and default or develop sections')],
    };
  }
  const keyLines = jsonKeyLines(text, 2);
  const packages: PackageRecord[] = [];
  const indexByKey = new Map<string, number>();
  const problems: ReadProblem[] = [];
  for (const [section, content] of Object.entries(doc)) {
    if (section === '_meta') continue;
    if (!isTable(content)) {
      problems.push(problem(file, `section ${section} is not an object`, jsonKeyLine(keyLines, section)));
      continue;
    }
    for (const [name, entry] of Object.entries(content)) {
      const line = jsonKeyLine(keyLines, section, name);
      if (!PEP508_NAME.test(name) || !isTable(entry)) {
        problems.push(problem(file, `${section}: ${JSON.stringify(name)} is not a package entry`, line));
        continue;
      }
      let version: string | undefined;
      if (entry.version !== undefined) {
        const match = typeof entry.version === 'string' ? /^\s*===?\s*(\S+)\s*$/.exec(entry.version) : null;
        if (match) version = match[1];
        else {
          problems.push(problem(file, `${name}: version ${JSON.stringify(entry.version)} is not ==x`, line));
          continue;
        }
      }
      let reference: Reference | undefined;
      if (typeof entry.git === 'string') {
        const base = entry.git.startsWith('git+') ? entry.git : `git+${entry.git}`;
        reference = { kind: 'vcs', value: typeof entry.ref === 'string' ? `${base}@${entry.ref}` : base };
      } else if (typeof entry.file === 'string') {
        reference =
          /^[a-z][a-z0-9+.-]*:\/\//i.test(entry.file) && !entry.file.startsWith('file:')
            ? { kind: 'url', value: entry.file }
            : { kind: 'path', value: entry.file };
      } else if (typeof entry.path === 'string') {
        reference = { kind: 'path', value: entry.path };
      }
      // `-e` applies to a path and to a VCS checkout alike.
      if (reference && entry.editable === true) reference = { ...reference, editable: true };
      if (version === undefined && !reference) {
        problems.push(problem(file, `${name}: neither a version nor a git, file or path reference`, line));
        continue;
      }
      const hashes: string[] = [];
      if (entry.hashes !== undefined) {
        const list = stringArray(entry.hashes);
        if (!list) problems.push(problem(file, `${name}: hashes is not an array of strings`, line));
        for (const value of list ?? []) {
          const hash = colonHash(value);
          if (hash) hashes.push(hash);
          else
            problems.push(problem(file, `${name}: hash ${JSON.stringify(value)} is not algorithm:hex`, line));
        }
      }
      // pipenv lists a package needed by both default and develop in both: one package, two groups.
      const key = `${normalizePypiName(name)}\0${version ?? ''}\0${reference?.value ?? ''}`;
      const seen = indexByKey.get(key);
      if (seen !== undefined) {
        const first = packages[seen]!;
        packages[seen] = { ...first, groups: [...(first.groups ?? []), section] };
        continue;
      }
      indexByKey.set(key, packages.length);
      packages.push(
        pypiRecord({
          name,
          version,
          extras: unique(stringArray(entry.extras) ?? []),
          marker: typeof entry.markers === 'string' ? entry.markers : undefined,
          hashes: unique(hashes),
          reference,
          groups: [section],
          source: { file, ...(line === undefined ? {} : { line }) },
        }),
      );
    }
  }
  return { packages, problems };
}
