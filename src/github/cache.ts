import * as cache from '@actions/cache';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResultStore } from '../core/check.js';
import type { RuntimeCache } from '../core/onnxruntime-provision.js';

/**
 * The GitHub Actions cache behind robustness-check's two caches: the onnxruntime install, and the
 * default branch's result that pull requests compare with. The only module that loads
 * @actions/cache (and its Azure storage client), imported lazily by the action.
 *
 * Caching is best effort: @actions/cache itself logs and swallows most service failures (restore
 * then misses, save returns), and where the runner has no cache service both caches simply miss.
 */

/** A key already taken: keys are immutable, and another job (or an earlier attempt) got there first. */
function isAlreadyCached(error: unknown): boolean {
  return error instanceof Error && error.name === cache.ReserveCacheError.name;
}

async function saveIgnoringTaken(paths: string[], key: string): Promise<void> {
  try {
    await cache.saveCache(paths, key);
  } catch (error) {
    if (!isAlreadyCached(error)) throw error;
  }
}

export function actionsRuntimeCache(): RuntimeCache {
  return {
    async restore(key, directory) {
      if (!cache.isFeatureAvailable()) return false;
      return (await cache.restoreCache([directory], key)) !== undefined;
    },
    async save(key, directory) {
      if (!cache.isFeatureAvailable()) return;
      await saveIgnoringTaken([directory], key);
    },
  };
}

/**
 * Results as cache entries of one file. Every entry has the same path, `directory/result`: the
 * cache service matches a restore key only against entries saved with the same paths (they are
 * hashed into the entry's version), so a prefix restore finds results saved under other keys only
 * because the path never varies. Calls are serialized since they share that file.
 */
export function actionsResultCache(options: { directory: string }): ResultStore {
  const file = path.join(path.resolve(options.directory), 'result');
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    restore: (key, prefixes) =>
      serialized(async () => {
        if (!cache.isFeatureAvailable()) return undefined;
        await rm(file, { force: true });
        try {
          const hit = await cache.restoreCache([file], key, [...prefixes]);
          if (hit === undefined) return undefined;
          return await readFile(file, 'utf8');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
          throw error;
        } finally {
          await rm(file, { force: true });
        }
      }),
    save: (key, contents) =>
      serialized(async () => {
        if (!cache.isFeatureAvailable()) return;
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, contents);
        try {
          await saveIgnoringTaken([file], key);
        } finally {
          await rm(file, { force: true });
        }
      }),
  };
}
