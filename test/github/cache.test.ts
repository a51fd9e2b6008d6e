import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A cache service in memory: entries by key, each the saved files' contents and the paths' list. */
const service = vi.hoisted(() => {
  class ReserveCacheError extends Error {
    constructor(message: string) {
      super(message);
      this.name = 'ReserveCacheError';
    }
  }
  return {
    available: true,
    entries: [] as { key: string; paths: string; files: Map<string, string> }[],
    calls: [] as string[],
    ReserveCacheError,
  };
});

vi.mock('@actions/cache', async () => {
  const fs = await import('node:fs/promises');
  const nodePath = await import('node:path');
  async function filesOf(target: string): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    const stats = await fs.stat(target);
    if (stats.isFile()) {
      files.set(target, await fs.readFile(target, 'utf8'));
      return files;
    }
    for (const entry of await fs.readdir(target, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = nodePath.join(entry.parentPath, entry.name);
      files.set(file, await fs.readFile(file, 'utf8'));
    }
    return files;
  }
  return {
    ReserveCacheError: service.ReserveCacheError,
    isFeatureAvailable: () => service.available,
    restoreCache: async (paths: string[], key: string, restoreKeys: string[] = []) => {
      service.calls.push(`restore ${paths.join('|')} ${[key, ...restoreKeys].join(',')}`);
      const samePaths = service.entries.filter((entry) => entry.paths === paths.join('|'));
      const hit =
        samePaths.find((entry) => entry.key === key) ??
        restoreKeys
          .map((prefix) => samePaths.findLast((entry) => entry.key.startsWith(prefix)))
          .find((entry) => entry !== undefined);
      if (hit === undefined) return undefined;
      for (const [file, contents] of hit.files) {
        await fs.mkdir(nodePath.dirname(file), { recursive: true });
        await fs.writeFile(file, contents);
      }
      return hit.key;
    },
    saveCache: async (paths: string[], key: string) => {
      service.calls.push(`save ${paths.join('|')} ${key}`);
      if (service.entries.some((entry) => entry.key === key))
        throw new service.ReserveCacheError(`Unable to reserve cache with key ${key}`);
      const files = new Map<string, string>();
      for (const target of paths)
        for (const [file, contents] of await filesOf(target)) files.set(file, contents);
      service.entries.push({ key, paths: paths.join('|'), files });
      return service.entries.length;
    },
  };
});

const { actionsResultCache, actionsRuntimeCache } = await import('../../src/github/cache.js');

let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'mlsec-cache-'));
  service.available = true;
  service.entries = [];
  service.calls = [];
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('actionsRuntimeCache', () => {
  it('saves the directory and restores it by key', async () => {
    const directory = path.join(scratch, 'onnxruntime');
    await mkdir(path.join(directory, 'node_modules', 'pkg'), { recursive: true });
    await writeFile(path.join(directory, 'node_modules', 'pkg', 'index.js'), 'marker');
    const runtimeCache = actionsRuntimeCache();
    expect(await runtimeCache.restore('key-1', directory)).toBe(false);
    await runtimeCache.save('key-1', directory);
    await rm(directory, { recursive: true });
    expect(await runtimeCache.restore('key-1', directory)).toBe(true);
    expect(await readFile(path.join(directory, 'node_modules', 'pkg', 'index.js'), 'utf8')).toBe('marker');
    expect(service.calls).toEqual([
      `restore ${directory} key-1`,
      `save ${directory} key-1`,
      `restore ${directory} key-1`,
    ]);
  });

  it('treats a key another job took as saved, and rethrows other failures', async () => {
    const directory = path.join(scratch, 'onnxruntime');
    await mkdir(directory);
    await writeFile(path.join(directory, 'file'), 'x');
    const runtimeCache = actionsRuntimeCache();
    await runtimeCache.save('key-1', directory);
    await expect(runtimeCache.save('key-1', directory)).resolves.toBeUndefined();
    await rm(directory, { recursive: true });
    await expect(runtimeCache.save('key-2', directory)).rejects.toThrow(/ENOENT/);
  });

  it('misses and saves nothing where the runner has no cache service', async () => {
    service.available = false;
    const runtimeCache = actionsRuntimeCache();
    expect(await runtimeCache.restore('key-1', scratch)).toBe(false);
    await runtimeCache.save('key-1', scratch);
    expect(service.calls).toEqual([]);
  });
});

describe('actionsResultCache', () => {
  it('stores contents by key and restores the exact key first, else the newest under a prefix', async () => {
    const directory = path.join(scratch, 'results');
    const store = actionsResultCache({ directory });
    expect(await store.restore('robustness-main-aaa-1', ['robustness-main-aaa-'])).toBeUndefined();
    await store.save('robustness-main-aaa-1', 'first');
    await store.save('robustness-main-aaa-2', 'second');
    await store.save('robustness-main-bbb-1', 'other settings');
    expect(await store.restore('robustness-main-aaa-1', ['robustness-main-aaa-'])).toBe('first');
    expect(await store.restore('robustness-main-aaa-9', ['robustness-main-aaa-'])).toBe('second');
    expect(await store.restore('robustness-main-ccc-9', ['robustness-main-ccc-'])).toBeUndefined();
    // Nothing is left behind for the next restore to mistake for its own.
    expect(await readdir(directory)).toEqual([]);
    const file = path.join(directory, 'result');
    expect(service.entries.map((entry) => entry.paths)).toEqual([file, file, file]);
  });

  it('keeps a taken key as it is', async () => {
    const store = actionsResultCache({ directory: path.join(scratch, 'results') });
    await store.save('key', 'kept');
    await expect(store.save('key', 'replacement')).resolves.toBeUndefined();
    expect(await store.restore('key', [])).toBe('kept');
  });

  it('serializes concurrent calls, which share one file', async () => {
    const store = actionsResultCache({ directory: path.join(scratch, 'results') });
    await Promise.all([store.save('a', 'contents of a'), store.save('b', 'contents of b')]);
    const [a, b] = await Promise.all([store.restore('a', []), store.restore('b', [])]);
    expect([a, b]).toEqual(['contents of a', 'contents of b']);
  });

  it('misses and saves nothing where the runner has no cache service', async () => {
    service.available = false;
    const store = actionsResultCache({ directory: path.join(scratch, 'results') });
    await store.save('key', 'contents');
    expect(await store.restore('key', ['k'])).toBeUndefined();
    expect(service.calls).toEqual([]);
  });
});
