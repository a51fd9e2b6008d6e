import { describe, expect, it, vi } from 'vitest';
import type { ActionEnvironment } from '../../src/github/environment.js';

const calls = vi.hoisted(() => [] as unknown[]);

vi.mock('../../src/github/cache.js', () => ({
  actionsRuntimeCache: () => ({ kind: 'runtime cache' }),
  actionsResultCache: (options: { directory: string }) => {
    calls.push({ resultCache: options });
    return {
      restore: (key: string, prefixes: readonly string[]) => {
        calls.push({ restore: key, prefixes });
        return Promise.resolve('stored');
      },
      save: (key: string, contents: string) => {
        calls.push({ save: key, contents });
        return Promise.resolve();
      },
    };
  },
}));

vi.mock('../../src/core/onnxruntime-provision.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/onnxruntime-provision.js')>();
  return {
    onnxRuntimeDirectory: original.onnxRuntimeDirectory,
    provisionOnnxRuntime: (options: Record<string, unknown>) => {
      const { progress, fetch, ...rest } = options;
      calls.push({ provision: rest, fetch: fetch === globalThis.fetch });
      (progress as (message: string) => void)('provisioned');
      return Promise.resolve({ ort: { marker: 'ort' }, source: 'download', seconds: 1 });
    },
  };
});

const { robustnessEnvironment } = await import('../../src/github/robustness-environment.js');

function github(overrides: Partial<ActionEnvironment> = {}): ActionEnvironment {
  return {
    workspace: '/ws',
    apiUrl: 'https://api.github.com',
    serverUrl: 'https://github.com',
    runnerTemp: '/runner/temp',
    ...overrides,
  };
}

describe('robustnessEnvironment', () => {
  it('passes the base branch of a pull request and the branch of a push to the default branch', () => {
    const pullRequest = robustnessEnvironment(
      github({ pullRequest: { number: 1, headSha: 'h', fromFork: false, baseRef: 'main' } }),
      () => undefined,
    );
    expect(pullRequest.baseBranch).toBe('main');
    expect(pullRequest.resultBranch).toBeUndefined();
    const push = robustnessEnvironment(github({ pushToDefaultBranch: 'main' }), () => undefined);
    expect(push.baseBranch).toBeUndefined();
    expect(push.resultBranch).toBe('main');
  });

  it('loads nothing until the check asks, then provisions once into the tool cache', async () => {
    calls.length = 0;
    const progress: string[] = [];
    const environment = robustnessEnvironment(github({ toolCache: '/opt/tools' }), (message) =>
      progress.push(message),
    );
    expect(calls).toEqual([]);
    const [first, second] = await Promise.all([
      environment.loadOnnxRuntime!(),
      environment.loadOnnxRuntime!(),
    ]);
    expect(first).toEqual({ marker: 'ort' });
    expect(second).toBe(first);
    expect(calls).toEqual([
      {
        provision: {
          directory: `/opt/tools/mlsec/onnxruntime/1.30.0/${process.platform}-${process.arch}`,
          cache: { kind: 'runtime cache' },
          scratchDirectory: '/runner/temp',
          platform: process.platform,
          arch: process.arch,
        },
        fetch: true,
      },
    ]);
    expect(progress).toEqual(['provisioned']);
  });

  it('provisions into the runner temp directory without a tool cache', async () => {
    calls.length = 0;
    await robustnessEnvironment(github(), () => undefined).loadOnnxRuntime!();
    expect(calls).toEqual([
      expect.objectContaining({
        provision: expect.objectContaining({
          directory: `/runner/temp/mlsec/onnxruntime/1.30.0/${process.platform}-${process.arch}`,
        }),
      }),
    ]);
  });

  it('opens the result cache under the runner temp directory on first use', async () => {
    calls.length = 0;
    const store = robustnessEnvironment(github(), () => undefined).resultStore!;
    expect(calls).toEqual([]);
    expect(await store.restore('key', ['prefix-'])).toBe('stored');
    await store.save('key', 'contents');
    expect(calls).toEqual([
      { resultCache: { directory: '/runner/temp/mlsec/results' } },
      { restore: 'key', prefixes: ['prefix-'] },
      { save: 'key', contents: 'contents' },
    ]);
  });
});
