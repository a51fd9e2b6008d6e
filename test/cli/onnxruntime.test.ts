import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOnnxRuntime, userCacheDirectory } from '../../src/cli/onnxruntime.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'mlsec-cli-ort-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('cliOnnxRuntime', () => {
  it("uses the working directory's onnxruntime-node, from a subdirectory too, without downloading", async () => {
    const project = path.join(scratch, 'project');
    await mkdir(path.join(project, 'node_modules'), { recursive: true });
    await mkdir(path.join(project, 'models'));
    for (const name of ['onnxruntime-node', 'onnxruntime-common'])
      await symlink(
        path.join(repositoryRoot, 'node_modules', name),
        path.join(project, 'node_modules', name),
        'dir',
      );
    const progress: string[] = [];
    const load = cliOnnxRuntime(path.join(project, 'models'), {}, (message) => progress.push(message));
    const ort = await load();
    expect(new ort.Tensor('float32', new Float32Array([1]), [1]).dims).toEqual([1]);
    expect(await load()).toBe(ort);
    expect(progress).toEqual([]);
  });
});

describe('userCacheDirectory', () => {
  it('is XDG_CACHE_HOME when absolute, else ~/.cache', () => {
    expect(userCacheDirectory({ XDG_CACHE_HOME: '/var/cache/me' })).toBe('/var/cache/me');
    expect(userCacheDirectory({ XDG_CACHE_HOME: 'relative' })).toBe(path.join(os.homedir(), '.cache'));
    expect(userCacheDirectory({})).toBe(path.join(os.homedir(), '.cache'));
  });
});
