/**
 * package-lock.json (and npm-shrinkwrap.json) v2 and v3: the `packages` map, keyed by install
 * path (`node_modules/a/node_modules/b`). The root `""` entry is the project, not a dependency;
 * `link` entries point at a workspace or `file:` folder, whose own entry carries the version.
 * Dependencies are resolved as Node and npm do: the nearest `node_modules/<name>` up the path.
 * Lockfile v1 has no `packages` map (only the nested `dependencies` tree) and is refused.
 */
import {
  compact,
  isTable,
  jsonDocument,
  jsonKeyLine,
  jsonKeyLines,
  own,
  problem,
  sriHashes,
  unique,
  withoutCredentials,
  type Table,
} from './lock-util.js';
import type { PackageRecord, ReadProblem, ReadResult } from './types.js';

type Reference = NonNullable<PackageRecord['reference']>;

/** The package name a `.../node_modules/<name>` path installs (scoped names keep their scope). */
function nameFromPath(path: string): string | undefined {
  const at = path.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const name = path.slice(at + 'node_modules/'.length);
  return /^(?:@[^/]+\/)?[^/@][^/]*$/.test(name) ? name : undefined;
}

/** Node's lookup: `<dir>/node_modules/<dep>` for the package's folder and each folder above it. */
function resolve(packages: Table, from: string, dep: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = dir === '' ? `node_modules/${dep}` : `${dir}/node_modules/${dep}`;
    if (isTable(own(packages, candidate))) return candidate;
    if (dir === '') return undefined;
    const slash = dir.lastIndexOf('/');
    dir = slash < 0 ? '' : dir.slice(0, slash);
  }
}

function reference(resolved: unknown, link: boolean, target: string): Reference | undefined {
  if (link) return { kind: 'path', value: target };
  if (typeof resolved !== 'string') return undefined;
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)/.test(resolved)) {
    return { kind: 'vcs', value: resolved.startsWith('git+') ? resolved : `git+${resolved}` };
  }
  if (resolved.startsWith('file:')) return { kind: 'path', value: resolved.slice('file:'.length) };
  return undefined;
}

/** A tarball not from a registry (`https://host/x.tgz` without the registry's `/-/` layout) is a URL reference. */
function urlReference(resolved: unknown): Reference | undefined {
  if (typeof resolved !== 'string' || !/^https?:\/\//.test(resolved)) return undefined;
  return /\/-\/[^/]+\.tgz(?:$|[?#])/.test(resolved) ? undefined : { kind: 'url', value: resolved };
}

function dependencyNames(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  // Name to the range as written in package.json: anything else is not a dependency list.
  if (!isTable(value) || !Object.values(value).every((range) => typeof range === 'string')) return undefined;
  return Object.keys(value);
}

/** npm writes the package.json `license` string; anything else (old object forms, huge text) is left out. */
function licenseOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed !== '' && trimmed.length <= 200 && !/[\p{Cc}\p{Cf}]/u.test(trimmed) ? trimmed : undefined;
}

export function readPackageLock(text: string, file: string): ReadResult {
  const parsed = jsonDocument(text, file, 'package-lock.json');
  if (!parsed.ok) return { packages: [], problems: [parsed.problem] };
  const doc = parsed.value;
  const lockfileVersion = doc.lockfileVersion;
  if (lockfileVersion === 1) {
    return {
      packages: [],
      problems: [
        problem(
          file,
          'package-lock.json lockfileVersion 1 (npm 6 and older) is not supported: run `npm install --lockfile-version 3` with npm 7 or later to upgrade it',
          jsonKeyLine(jsonKeyLines(text, 1), 'lockfileVersion'),
        ),
      ],
    };
  }
  if (typeof lockfileVersion !== 'number' || !isTable(doc.packages)) {
    return {
      packages: [],
      problems: [problem(file, 'not a package-lock.json: no lockfileVersion and packages map')],
    };
  }
  const packages = doc.packages;
  const keyLines = jsonKeyLines(text, 2);
  const lineOf = (key: string): number | undefined => jsonKeyLine(keyLines, 'packages', key);
  const records: PackageRecord[] = [];
  // Install paths outside `packages`: a brace lost in an edit closed the map early.
  const stray = Object.keys(doc).filter((key) => key.startsWith('node_modules/'));
  const problems: ReadProblem[] =
    stray.length === 0
      ? []
      : [
          problem(
            file,
            `${stray.map((key) => JSON.stringify(key)).join(', ')} outside the packages map`,
            jsonKeyLine(keyLines, stray[0]!),
          ),
        ];

  /** The entry a location installs: a link's target entry, or the entry itself. */
  const target = (key: string): { key: string; entry: Table; link: boolean } | undefined => {
    const entry = own(packages, key);
    if (!isTable(entry)) return undefined;
    if (entry.link !== true) return { key, entry, link: false };
    if (typeof entry.resolved !== 'string') return undefined;
    const linked = own(packages, entry.resolved);
    return isTable(linked) ? { key: entry.resolved, entry: linked, link: true } : undefined;
  };
  const nameOf = (key: string): string | undefined => {
    const got = target(key);
    const name = got && typeof got.entry.name === 'string' ? got.entry.name : undefined;
    return name ?? nameFromPath(key);
  };

  const linkTargets = new Set(
    Object.values(packages).flatMap((entry) =>
      isTable(entry) && entry.link === true && typeof entry.resolved === 'string' ? [entry.resolved] : [],
    ),
  );
  // The project's own dependencies must each be installed: a lock that lost one is broken.
  const root = own(packages, '');
  if (root !== undefined && !isTable(root))
    problems.push(problem(file, 'the root entry "" is not an object', lineOf('')));
  if (isTable(root)) {
    const nested = Object.keys(root).filter((key) => key === '' || key.startsWith('node_modules/'));
    if (nested.length > 0) {
      problems.push(
        problem(
          file,
          `install paths inside the root entry "": ${nested.map((k) => JSON.stringify(k)).join(', ')}`,
          lineOf(''),
        ),
      );
    }
    const optional = isTable(root.optionalDependencies) ? root.optionalDependencies : {};
    for (const list of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
      const names = dependencyNames(root[list]);
      if (!names) {
        problems.push(
          problem(file, `the root entry's ${list} is not an object of names to ranges`, lineOf('')),
        );
        continue;
      }
      const required = list === 'dependencies' || list === 'devDependencies';
      for (const dep of names) {
        if (required && !Object.hasOwn(optional, dep) && resolve(packages, '', dep) === undefined) {
          problems.push(problem(file, `the project's dependency ${dep} is not installed`, lineOf('')));
        }
      }
    }
  }
  // What the project's manifests (the root and each workspace folder) name, wherever it landed.
  const directKeys = new Set<string>();
  for (const folder of ['', ...linkTargets]) {
    const manifest = own(packages, folder);
    if (!isTable(manifest)) continue;
    for (const list of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
      for (const dep of dependencyNames(manifest[list]) ?? []) {
        const at = resolve(packages, folder, dep);
        if (at !== undefined) directKeys.add(at);
      }
    }
  }
  for (const [key, raw] of Object.entries(packages)) {
    if (key === '') continue;
    const line = lineOf(key);
    if (!key.includes('node_modules/')) {
      // A workspace or `file:` folder: described by the link entry that installs it. npm links
      // every such folder into node_modules, so one no link points at is a broken lock.
      if (!isTable(raw))
        problems.push(problem(file, `packages[${JSON.stringify(key)}] is not an object`, line));
      else if (!linkTargets.has(key)) {
        problems.push(
          problem(file, `${JSON.stringify(key)} is neither a node_modules path nor a link's target`, line),
        );
      }
      continue;
    }
    if (!isTable(raw)) {
      problems.push(problem(file, `packages[${JSON.stringify(key)}] is not an object`, line));
      continue;
    }
    const pathName = nameFromPath(key);
    if (!pathName) {
      problems.push(problem(file, `${JSON.stringify(key)} is not a node_modules path`, line));
      continue;
    }
    const installed = target(key);
    if (!installed) {
      problems.push(
        problem(file, `${key}: a link whose target ${JSON.stringify(raw.resolved)} is not in packages`, line),
      );
      continue;
    }
    const { entry, link } = installed;
    // An alias (`"foo": "npm:bar@1"`) installs bar under node_modules/foo and records `name`.
    const name = typeof entry.name === 'string' && entry.name !== '' ? entry.name : pathName;
    const version = typeof entry.version === 'string' && entry.version !== '' ? entry.version : undefined;
    const ref = reference(raw.resolved, link, installed.key) ?? urlReference(raw.resolved);
    if (version === undefined && !ref) {
      problems.push(problem(file, `${key}: no version`, line));
      continue;
    }
    let hashes: string[] | undefined;
    if (raw.integrity !== undefined) {
      hashes = sriHashes(raw.integrity);
      if (!hashes)
        problems.push(problem(file, `${key}: integrity ${JSON.stringify(raw.integrity)} is not SRI`, line));
    }
    const dependsOn: string[] = [];
    const dependencyVersions: Record<string, string[]> = {};
    // Bundled dependencies ship inside the package's own tarball: npm lists no entry for them.
    const bundled = entry.bundleDependencies ?? entry.bundledDependencies;
    const isBundled = (dep: string): boolean =>
      bundled === true || (Array.isArray(bundled) && bundled.includes(dep));
    const lists: [string, boolean][] = [
      ['dependencies', true],
      ['optionalDependencies', false],
      ['peerDependencies', false],
    ];
    for (const [list, required] of lists) {
      const names = dependencyNames(entry[list]);
      if (!names) {
        problems.push(problem(file, `${key}: ${list} is not an object of names to ranges`, line));
        continue;
      }
      for (const dep of names) {
        const at = resolve(packages, installed.key, dep);
        const depName = at === undefined ? undefined : nameOf(at);
        if (depName !== undefined) {
          dependsOn.push(depName);
          const depVersion = target(at!)?.entry.version;
          if (typeof depVersion === 'string' && depVersion !== '')
            dependencyVersions[depName] = [
              ...new Set([...(dependencyVersions[depName] ?? []), depVersion]),
            ].sort();
        } else if (
          !isBundled(dep) &&
          required &&
          !(isTable(entry.optionalDependencies) && Object.hasOwn(entry.optionalDependencies, dep))
        ) {
          problems.push(
            problem(file, `${key}: dependency ${dep} is not installed anywhere it could be found`, line),
          );
        }
      }
    }
    const groups: string[] = [];
    if (raw.dev === true) groups.push('dev');
    if (raw.optional === true) groups.push('optional');
    if (raw.devOptional === true) groups.push('devOptional');
    if (raw.peer === true) groups.push('peer');
    if (groups.length === 0) groups.push('prod');
    records.push(
      compact({
        ecosystem: 'npm',
        name,
        normalizedName: name,
        version,
        hashes,
        reference: ref && { ...ref, value: withoutCredentials(ref.value) },
        groups,
        dependsOn: unique(dependsOn.sort()),
        dependencyVersions: Object.keys(dependencyVersions).length > 0 ? dependencyVersions : undefined,
        direct: directKeys.has(key) ? true : undefined,
        license: licenseOf(entry.license),
        source: line === undefined ? { file } : { file, line },
      }) as PackageRecord,
    );
  }
  return { packages: records, problems };
}
