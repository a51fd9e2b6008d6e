import type { Stats } from 'node:fs';
import { lstat, opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { displayPath, relativeInside } from '../../core/paths.js';
import type { TaskRunner } from '../../core/worker-pool.js';
import { type HashAlgorithm, hashRange, type RangeTask } from './digest.js';
import {
  comparePaths,
  DEFAULT_SHARD_SIZE,
  type Manifest,
  type Resource,
  resourceAlgorithm,
  type SerializationMethod,
  type SerializationParameters,
  sortResources,
} from './manifest.js';

/**
 * Model serialization as the reference `model_signing` library does it: every regular file under
 * the model path, minus ignored paths, hashed whole (`files`) or in fixed-size shards (`shards`).
 * Nothing is skipped silently: a file that cannot be hashed stops the serialization with its name.
 */

export type SerializationErrorCode =
  | 'MODEL_NOT_FOUND'
  | 'SYMLINK_REFUSED'
  | 'SYMLINK_OUTSIDE_ROOT'
  | 'SPECIAL_FILE'
  | 'UNREADABLE'
  | 'EMPTY_MODEL';

export class SerializationError extends Error {
  override readonly name = 'SerializationError';
  constructor(
    readonly code: SerializationErrorCode,
    /** Display path (see CheckContext) of the file at fault. */
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** Paths a model never signs: git metadata (the reference's default `ignore_git_paths`). */
export const GIT_PATHS = ['.git', '.gitattributes', '.github', '.gitignore'] as const;

export interface ModelFile {
  /** Model-relative POSIX path; `.` when the model is a single file. */
  name: string;
  /** Display path (root-relative POSIX inside the root, else absolute), for messages and findings. */
  relative: string;
  /** What to read: the file, or a symbolic link's target when links are allowed. */
  absolute: string;
  size: number;
}

export interface ModelFiles {
  modelName: string;
  isDirectory: boolean;
  files: ModelFile[];
}

export interface ListOptions {
  allowSymlinks: boolean;
  /** Model-relative POSIX paths; a directory leaves out everything under it. */
  ignorePaths: readonly string[];
}

/**
 * The signature's path inside the model (display paths of both, see CheckContext), to leave it
 * out of what is signed, or undefined when it is elsewhere.
 */
export function signatureInsideModel(
  root: string,
  modelPath: string,
  signaturePath: string,
): string | undefined {
  return relativeInside(path.resolve(root, modelPath), path.resolve(root, signaturePath));
}

export function isIgnored(name: string, ignorePaths: readonly string[]): boolean {
  return ignorePaths.some((ignored) => name === ignored || name.startsWith(`${ignored}/`));
}

function describeError(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/**
 * The files of the model at `modelPath` (a display path, see CheckContext), sorted as the manifest
 * will be. A symbolic link is refused unless allowed; an allowed one is read through, and must
 * stay inside the root, or, for a model the user named outside the root, inside the model.
 */
export async function listModelFiles(
  root: string,
  modelPath: string,
  options: ListOptions,
): Promise<ModelFiles> {
  const modelAbsolute = path.resolve(root, modelPath);
  const realRoot = await realpath(root);
  const tree = relativeInside(realRoot, modelAbsolute) === undefined ? modelAbsolute : realRoot;
  const files: ModelFile[] = [];

  async function follow(absolute: string, relative: string): Promise<{ stats: Stats; target: string }> {
    if (!options.allowSymlinks) {
      throw new SerializationError(
        'SYMLINK_REFUSED',
        relative,
        `${relative} is a symbolic link; models with links are signed only with allow-symlinks: true`,
      );
    }
    let target: string;
    try {
      target = await realpath(absolute);
    } catch (error) {
      throw new SerializationError(
        'UNREADABLE',
        relative,
        `${relative} is a broken symbolic link (${describeError(error)})`,
      );
    }
    if (relativeInside(tree, target) === undefined) {
      throw new SerializationError(
        'SYMLINK_OUTSIDE_ROOT',
        relative,
        `${relative} links to outside the ${tree === realRoot ? 'repository' : 'model'}`,
      );
    }
    const stats = await stat(target);
    if (stats.isDirectory()) {
      throw new SerializationError(
        'SYMLINK_REFUSED',
        relative,
        `${relative} is a symbolic link to a directory; only links to files can be signed`,
      );
    }
    return { stats, target };
  }

  async function visit(absolute: string, name: string): Promise<void> {
    if (name !== '.' && isIgnored(name, options.ignorePaths)) return;
    const relative = displayPath(root, absolute);
    let stats: Stats;
    // A link is read through its target as resolved (and checked) now, not re-resolved later.
    let readFrom = absolute;
    try {
      stats = await lstat(absolute);
      if (stats.isSymbolicLink()) ({ stats, target: readFrom } = await follow(absolute, relative));
    } catch (error) {
      if (error instanceof SerializationError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (name === '.' && code === 'ENOENT') {
        throw new SerializationError('MODEL_NOT_FOUND', relative, `model path ${relative} does not exist`);
      }
      throw new SerializationError(
        'UNREADABLE',
        relative,
        `${relative} cannot be read (${describeError(error)})`,
      );
    }
    if (stats.isDirectory()) {
      const names: string[] = [];
      try {
        for await (const entry of await opendir(absolute)) names.push(entry.name);
      } catch (error) {
        throw new SerializationError(
          'UNREADABLE',
          relative,
          `${relative} cannot be listed (${describeError(error)})`,
        );
      }
      for (const child of names) {
        await visit(path.join(absolute, child), name === '.' ? child : `${name}/${child}`);
      }
    } else if (stats.isFile()) {
      files.push({ name, relative, absolute: readFrom, size: stats.size });
    } else {
      throw new SerializationError(
        'SPECIAL_FILE',
        relative,
        `${relative} is not a regular file, a directory or a link`,
      );
    }
  }

  await visit(modelAbsolute, '.');
  const isDirectory = !(files.length === 1 && files[0]!.name === '.');
  const base = path.basename(modelAbsolute);
  const modelName = modelPath === '.' || base === '' ? path.basename(realRoot) : base;
  files.sort((a, b) => comparePaths(a.name, b.name));
  return { modelName, isDirectory, files };
}

export interface HashOptions {
  method: SerializationMethod;
  hashType: HashAlgorithm;
  shardSize?: number;
  allowSymlinks: boolean;
  /** Recorded in the payload (model-relative); the listing has already left them out. */
  ignorePaths: readonly string[];
  runner: TaskRunner<RangeTask, Uint8Array>;
}

/** Shard endpoints as the reference cuts them: every `size` bytes, the last one at the end. */
export function shardRanges(size: number, shardSize: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let start = 0; start < size; start += shardSize)
    ranges.push([start, Math.min(start + shardSize, size)]);
  return ranges;
}

/** Hashes the listed files (in parallel on the runner's threads) into a manifest. */
export async function hashModel(model: ModelFiles, options: HashOptions): Promise<Manifest> {
  const serialization: SerializationParameters = {
    method: options.method,
    hashType: options.hashType,
    ...(options.method === 'shards' ? { shardSize: options.shardSize ?? DEFAULT_SHARD_SIZE } : {}),
    allowSymlinks: options.allowSymlinks,
    ...(options.ignorePaths.length > 0 ? { ignorePaths: [...options.ignorePaths] } : {}),
  };
  const algorithm = resourceAlgorithm(serialization);
  const jobs: Array<{ name: string; file: ModelFile; start: number; end: number }> = [];
  for (const file of model.files) {
    if (options.method === 'files') {
      jobs.push({ name: file.name, file, start: 0, end: file.size });
    } else {
      for (const [start, end] of shardRanges(file.size, serialization.shardSize!)) {
        jobs.push({ name: `${file.name}:${start}:${end}`, file, start, end });
      }
    }
  }
  // Largest first, so no thread is left with one big job while the others idle.
  const order = jobs
    .map((_, index) => index)
    .sort((a, b) => {
      const sizeA = jobs[a]!.end - jobs[a]!.start;
      const sizeB = jobs[b]!.end - jobs[b]!.start;
      return sizeB - sizeA || a - b;
    });
  const digests: Buffer[] = new Array<Buffer>(jobs.length);
  await Promise.all(
    order.map(async (index) => {
      const job = jobs[index]!;
      try {
        const task = {
          file: job.file.absolute,
          start: job.start,
          end: job.end,
          algorithm: options.hashType,
          size: job.file.size,
        };
        // One task (a single-file model with `files`): this thread's double-buffered reads beat
        // handing it to a worker, which would read and hash on one core.
        const digest = jobs.length === 1 ? await hashRange(task) : await options.runner.run(task);
        digests[index] = Buffer.from(digest.buffer, digest.byteOffset, digest.byteLength);
      } catch (error) {
        throw new SerializationError(
          'UNREADABLE',
          job.file.relative,
          `${job.file.relative} cannot be hashed (${describeError(error)})`,
        );
      }
    }),
  );
  const resources: Resource[] = jobs.map((job, index) => ({
    name: job.name,
    algorithm,
    digest: digests[index]!,
  }));
  return { modelName: model.modelName, serialization, resources: sortResources(options.method, resources) };
}
