/**
 * GitHub's dependency submission API: a snapshot of the packages dependency-sbom found, so the
 * repository's dependency graph and Dependabot alerts see the ML dependencies that GitHub's own
 * detection misses (lock files it does not read, conda, requirements included by `-r`). Only
 * exact `pkg:pypi` and `pkg:npm` purls go in: a range has no version to alert on, and GitHub
 * resolves nothing else. On a pull request the snapshot is for the head commit, as the API wants.
 */
import type { PackageRecord } from '../checks/dependency-sbom/types.js';
import { developmentOnly, purlOf } from '../checks/dependency-sbom/purl.js';
import type { GitHubClient } from './api.js';

export interface SnapshotContext {
  /** The commit the snapshot describes: the pull request's head on pull requests. */
  readonly sha: string;
  /** refs/heads/<branch> (on a pull request: the head branch's ref). */
  readonly ref: string;
  /** Unique per workflow job and check, so snapshots of different jobs do not replace each other. */
  readonly correlator: string;
  readonly runId: string;
  readonly detectorVersion: string;
  /** Where the detector lives (the action's repository). */
  readonly detectorUrl: string;
  /** ISO 8601 time of the scan. */
  readonly scanned: string;
}

interface ResolvedDependency {
  package_url: string;
  relationship: 'direct' | 'indirect';
  scope: 'runtime' | 'development';
  dependencies: string[];
}

export interface Snapshot {
  version: 0;
  sha: string;
  ref: string;
  job: { correlator: string; id: string };
  detector: { name: string; version: string; url: string };
  scanned: string;
  manifests: Record<
    string,
    { name: string; file: { source_location: string }; resolved: Record<string, ResolvedDependency> }
  >;
}

/**
 * A registry release: a package installed from a path, a VCS or a URL is not the index's release of
 * that name and version, and an internal package's name does not belong in an alert feed.
 */
function submittable(record: PackageRecord): boolean {
  return (
    record.version !== undefined &&
    record.reference === undefined &&
    (record.ecosystem === 'pypi' || record.ecosystem === 'npm')
  );
}

export function buildSnapshot(packages: readonly PackageRecord[], context: SnapshotContext): Snapshot {
  const manifests: Snapshot['manifests'] = {};
  // Each file's own records; dependencies by name resolve to exact purls from the same file.
  const byFile = new Map<string, PackageRecord[]>();
  for (const record of packages.filter(submittable)) {
    const list = byFile.get(record.source.file) ?? [];
    list.push(record);
    byFile.set(record.source.file, list);
  }
  for (const file of [...byFile.keys()].sort()) {
    const records = byFile.get(file)!;
    // A name may stand for two versions in one lock: the record's dependencyVersions say which.
    const purlsByName = new Map<string, { version: string; purl: string }[]>();
    for (const record of records) {
      const key = `${record.ecosystem}:${record.normalizedName}`;
      purlsByName.set(key, [
        ...(purlsByName.get(key) ?? []),
        { version: record.version!, purl: purlOf(record) },
      ]);
    }
    const hasGraph = records.some((record) => record.dependsOn !== undefined);
    const resolved: Record<string, ResolvedDependency> = {};
    for (const record of records) {
      const purl = purlOf(record);
      const development = developmentOnly(record.groups ?? []);
      resolved[purl] = {
        package_url: purl,
        // Without a graph every entry of a manifest is one the project asked for.
        relationship: record.direct || !hasGraph ? 'direct' : 'indirect',
        scope: development ? 'development' : 'runtime',
        dependencies: [
          ...new Set(
            (record.dependsOn ?? []).flatMap((name) => {
              const versions = record.dependencyVersions?.[name];
              return (purlsByName.get(`${record.ecosystem}:${name}`) ?? [])
                .filter((target) => !versions || versions.includes(target.version))
                .map((target) => target.purl);
            }),
          ),
        ].sort(),
      };
    }
    manifests[file] = { name: file, file: { source_location: file }, resolved };
  }
  return {
    version: 0,
    sha: context.sha,
    ref: context.ref,
    job: { correlator: context.correlator, id: context.runId },
    detector: { name: 'mlsec', version: context.detectorVersion, url: context.detectorUrl },
    scanned: context.scanned,
    manifests,
  };
}

/** POST the snapshot; the API answers 201 with the snapshot's id. Needs `contents: write`. */
export async function submitSnapshot(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  snapshot: Snapshot,
): Promise<number | undefined> {
  const response = await client.request('POST /repos/{owner}/{repo}/dependency-graph/snapshots', {
    ...repository,
    ...snapshot,
  });
  const id = (response.data as { id?: unknown }).id;
  return typeof id === 'number' ? id : undefined;
}
