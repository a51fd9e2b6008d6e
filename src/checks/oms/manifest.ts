import { type HashAlgorithm, hashBytes } from './digest.js';

/**
 * The manifest of a model as OMS v1.0 records it: one resource per file (`files`) or per shard
 * (`shards`), each a name, an algorithm and a digest, in the reference library's order.
 */

export type SerializationMethod = 'files' | 'shards';

/** The reference library's default shard size (1 GB, decimal). */
export const DEFAULT_SHARD_SIZE = 1_000_000_000;

export interface SerializationParameters {
  method: SerializationMethod;
  hashType: HashAlgorithm;
  /** Bytes per shard; only for `shards`. */
  shardSize?: number;
  allowSymlinks: boolean;
  /** Model-relative paths left out, as recorded in v1.1 payloads (absent in v1.0.x ones). */
  ignorePaths?: string[];
}

export interface Resource {
  /** `files`: model-relative POSIX path (`.` for a single-file model); `shards`: `path:start:end`. */
  name: string;
  algorithm: string;
  digest: Buffer;
}

export interface Manifest {
  /** Informative only (the model folder or file name); it is not compared on verification. */
  modelName: string;
  serialization: SerializationParameters;
  resources: Resource[];
}

/** The algorithm name a resource carries: the hash for `files`, `<hash>-sharded-<size>` for shards. */
export function resourceAlgorithm(serialization: SerializationParameters): string {
  return serialization.method === 'shards'
    ? `${serialization.hashType}-sharded-${serialization.shardSize ?? DEFAULT_SHARD_SIZE}`
    : serialization.hashType;
}

/** Unicode code point order, as Python compares strings (JavaScript compares UTF-16 units). */
function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const diff = left[i]!.codePointAt(0)! - right[i]!.codePointAt(0)!;
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}

/**
 * The reference orders resources as Python orders `PurePosixPath`s: component by component, so
 * `a/b` comes before `a-b` (a plain string sort puts `-` first). Shards follow by start offset.
 */
export function comparePaths(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const diff = compareCodePoints(left[i]!, right[i]!);
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}

export interface ShardName {
  path: string;
  start: number;
  end: number;
}

/** `path:start:end`, split at the last two colons only, so a path may itself hold a colon. */
export function parseShardName(name: string): ShardName | undefined {
  const match = /^(.*):(0|[1-9]\d*):(0|[1-9]\d*)$/s.exec(name);
  if (!match) return undefined;
  const start = Number(match[2]);
  const end = Number(match[3]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) return undefined;
  return { path: match[1]!, start, end };
}

export function compareResourceNames(method: SerializationMethod, a: string, b: string): number {
  if (method === 'files') return comparePaths(a, b);
  const left = parseShardName(a);
  const right = parseShardName(b);
  if (!left || !right) return comparePaths(a, b);
  return comparePaths(left.path, right.path) || left.start - right.start || left.end - right.end;
}

export function sortResources(method: SerializationMethod, resources: Resource[]): Resource[] {
  return resources.sort((a, b) => compareResourceNames(method, a.name, b.name));
}

/** The subject digest: SHA-256 over the raw resource digests in manifest order (whatever the hash). */
export function subjectDigest(resources: readonly Resource[]): Buffer {
  return hashBytes('sha256', ...resources.map((resource) => resource.digest));
}

export interface ManifestDifference {
  /** Signed, and different on disk. */
  changed: string[];
  /** Signed, and not on disk. */
  missing: string[];
  /** On disk, and not signed. */
  extra: string[];
}

/**
 * What differs between the signed manifest and the one computed from disk, by resource name.
 * A resource whose algorithm differs counts as changed: its digest cannot be compared.
 */
export function compareManifests(signed: Manifest, actual: Manifest): ManifestDifference {
  const expected = new Map(signed.resources.map((resource) => [resource.name, resource]));
  const found = new Map(actual.resources.map((resource) => [resource.name, resource]));
  const difference: ManifestDifference = { changed: [], missing: [], extra: [] };
  for (const [name, resource] of expected) {
    const mine = found.get(name);
    if (!mine) difference.missing.push(name);
    else if (mine.algorithm !== resource.algorithm || !mine.digest.equals(resource.digest))
      difference.changed.push(name);
  }
  for (const name of found.keys()) if (!expected.has(name)) difference.extra.push(name);
  const method = signed.serialization.method;
  for (const list of Object.values(difference) as string[][])
    list.sort((a, b) => compareResourceNames(method, a, b));
  return difference;
}
