/**
 * What the manifest and lock-file readers of dependency-sbom find, before it becomes CycloneDX:
 * one record per declared or locked package, with where it was declared, so a finding can point
 * at the line. Readers are pure (bytes in, records out) and never guess: a range stays a range,
 * and only an exact pin or a lock entry has a version.
 */

export type Ecosystem = 'pypi' | 'npm' | 'conda';

/** Where a record came from: the file (display path) and, when known, its 1-based line. */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
}

export interface PackageRecord {
  readonly ecosystem: Ecosystem;
  /** As written in the file. */
  readonly name: string;
  /** PEP 503 normalised for pypi (lowercase, runs of -_. as -); npm and conda as written. */
  readonly normalizedName: string;
  /**
   * The exact version when the file pins or locks one (`==1.2.3`, `===1.2.3`, a lock entry);
   * undefined for a range, a URL, a VCS ref or a bare name. Never a range's lower bound.
   */
  readonly version?: string;
  /** The requirement's specifier as written (`>=2.0,<3`), when there is one. */
  readonly specifier?: string;
  readonly extras?: readonly string[];
  /** PEP 508 environment marker, as written. */
  readonly marker?: string;
  /** `--hash` values or lock-file hashes, as `algorithm:hex`. */
  readonly hashes?: readonly string[];
  /** A direct reference: a URL, a path, or a VCS ref (`git+https://...@rev`). */
  readonly reference?: {
    readonly kind: 'url' | 'path' | 'vcs';
    readonly value: string;
    readonly editable?: boolean;
  };
  /** Dependency groups or scopes: `main`, `dev`, an optional-dependencies extra, a Poetry group. */
  readonly groups?: readonly string[];
  /** Direct dependencies by normalised name, when a lock file records the graph. */
  readonly dependsOn?: readonly string[];
  /**
   * The exact versions of those dependencies, by name, when the lock says which it installs
   * (npm's nested `node_modules`, uv's forks by marker): a lock may hold two versions of one name.
   */
  readonly dependencyVersions?: Readonly<Record<string, readonly string[]>>;
  /** Declared in a manifest of the project itself (not only reached through a lock). */
  readonly direct?: boolean;
  /** The license the lock file records (package-lock.json's `license`), as written. */
  readonly license?: string;
  readonly source: SourceLocation;
}

/** A problem with a file that did not stop the others from being read: it becomes a finding. */
export interface ReadProblem {
  readonly source: SourceLocation;
  readonly message: string;
}

export interface ReadResult {
  readonly packages: readonly PackageRecord[];
  readonly problems: readonly ReadProblem[];
}
