import { cp, mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOnnxRuntime, userCacheDirectory } from '../../src/cli/onnxruntime.js';
import { onnxRuntimeDirectory } from '../../src/core/onnxruntime-provision.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let scratch: string;
const tmpdirBefore = process.env.TMPDIR;

// The runtime's private copies go to os.tmpdir(), and vitest ends its workers without the exit
// that removes them: they are made under scratch instead.
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'mlsec-cli-ort-'));
  process.env.TMPDIR = scratch;
});
afterAll(async () => {
  if (tmpdirBefore === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = tmpdirBefore;
  await rm(scratch, { recursive: true, force: true });
});

/** A repository under review that commits an onnxruntime-node of the pinned version which writes `marker` when loaded. */
async function plantedProject(name: string): Promise<{ project: string; marker: string }> {
  const project = path.join(scratch, name);
  const marker = path.join(scratch, `${name}-marker`);
  const planted = path.join(project, 'node_modules', 'onnxruntime-node');
  await mkdir(planted, { recursive: true });
  await mkdir(path.join(project, 'models'));
  await writeFile(
    path.join(planted, 'package.json'),
    JSON.stringify({ name: 'onnxruntime-node', version: '1.30.0', main: 'index.js' }),
  );
  await writeFile(
    path.join(planted, 'index.js'),
    `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = {};`,
  );
  return { project, marker };
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false,
  );
}

describe('cliOnnxRuntime', () => {
  it("uses mlsec's own onnxruntime-node, never the working directory's, without downloading", async () => {
    const { project, marker } = await plantedProject('project');
    const progress: string[] = [];
    const before = process.cwd();
    process.chdir(path.join(project, 'models'));
    try {
      const load = cliOnnxRuntime({ XDG_CACHE_HOME: path.join(scratch, 'unused-cache') }, (message) =>
        progress.push(message),
      );
      const ort = await load();
      expect(new ort.Tensor('float32', new Float32Array([1]), [1]).dims).toEqual([1]);
      expect(await load()).toBe(ort);
    } finally {
      process.chdir(before);
    }
    expect(progress).toEqual([]);
    expect(await exists(marker)).toBe(false);
  });

  it('refuses an altered installation next to mlsec and uses the pinned one in the user cache', async () => {
    const { project, marker } = await plantedProject('mlsec-install');
    const cacheHome = path.join(scratch, 'cache');
    const installed = path.join(
      onnxRuntimeDirectory(cacheHome, process.platform, process.arch),
      'node_modules',
    );
    await mkdir(installed, { recursive: true });
    // Copied, not linked (a link is refused), and only this platform's binaries, as mlsec installs it.
    const otherBinaries = new RegExp(`/bin/napi-v\\d+/(?!${process.platform}/${process.arch}/)[^/]+/[^/]+/`);
    for (const name of ['onnxruntime-node', 'onnxruntime-common'])
      await cp(path.join(repositoryRoot, 'node_modules', name), path.join(installed, name), {
        recursive: true,
        filter: (source) => !otherBinaries.test(`${source.split(path.sep).join('/')}/`),
      });
    const progress: string[] = [];
    const load = cliOnnxRuntime(
      { XDG_CACHE_HOME: cacheHome },
      (message) => progress.push(message),
      pathToFileURL(path.join(project, 'dist', 'cli.mjs')),
    );
    const ort = await load();
    expect(new ort.Tensor('float32', new Float32Array([1]), [1]).dims).toEqual([1]);
    const planted = await realpath(path.join(project, 'node_modules', 'onnxruntime-node'));
    expect(progress).toEqual([
      `onnxruntime-node in ${planted} is not used: onnxruntime-node/index.js is not a file of ` +
        'onnxruntime-node@1.30.0; using the pinned onnxruntime-node@1.30.0 instead',
    ]);
    expect(await exists(marker)).toBe(false);
  });
});

describe('userCacheDirectory', () => {
  it('is XDG_CACHE_HOME when absolute, else ~/.cache', () => {
    expect(userCacheDirectory({ XDG_CACHE_HOME: '/var/cache/me' })).toBe('/var/cache/me');
    expect(userCacheDirectory({ XDG_CACHE_HOME: 'relative' })).toBe(path.join(os.homedir(), '.cache'));
    expect(userCacheDirectory({})).toBe(path.join(os.homedir(), '.cache'));
  });
});
