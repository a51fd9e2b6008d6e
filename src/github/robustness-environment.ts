import path from 'node:path';
import type { OnnxRuntime, ResultStore, RunEnvironment } from '../core/check.js';
import type { ActionEnvironment } from './environment.js';

/**
 * What robustness-check needs from the action's environment: onnxruntime, installed into the
 * runner's tool cache and kept in the Actions cache (either is loaded only when its files are the
 * pinned ones, and then from a private copy under the runner's temp directory, see
 * provisionOnnxRuntime), and the cache that holds the default
 * branch's results. Both load @actions/cache and the provisioning code with `import()` only when
 * the check asks, so the other actions start without them.
 */

function memoized<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

export function robustnessEnvironment(
  github: ActionEnvironment,
  progress: (message: string) => void,
): Pick<RunEnvironment, 'loadOnnxRuntime' | 'resultStore' | 'baseBranch' | 'resultBranch'> {
  const loadOnnxRuntime = memoized(async (): Promise<OnnxRuntime> => {
    const [{ onnxRuntimeDirectory, provisionOnnxRuntime }, { actionsRuntimeCache }] = await Promise.all([
      import('../core/onnxruntime-provision.js'),
      import('./cache.js'),
    ]);
    const { platform, arch } = process;
    const provisioned = await provisionOnnxRuntime({
      directory: onnxRuntimeDirectory(github.toolCache ?? github.runnerTemp, platform, arch),
      fetch: globalThis.fetch,
      cache: actionsRuntimeCache(),
      // Under the runner's work directory rather than /tmp, which a self-hosted runner may mount noexec.
      scratchDirectory: github.runnerTemp,
      platform,
      arch,
      progress,
    });
    return provisioned.ort;
  });
  const resultCache = memoized(async (): Promise<ResultStore> => {
    const { actionsResultCache } = await import('./cache.js');
    return actionsResultCache({ directory: path.join(github.runnerTemp, 'mlsec', 'results') });
  });
  const resultStore: ResultStore = {
    restore: async (key, prefixes) => (await resultCache()).restore(key, prefixes),
    save: async (key, contents) => (await resultCache()).save(key, contents),
  };
  return {
    loadOnnxRuntime,
    resultStore,
    ...(github.pullRequest?.baseRef !== undefined ? { baseBranch: github.pullRequest.baseRef } : {}),
    ...(github.pushToDefaultBranch !== undefined ? { resultBranch: github.pushToDefaultBranch } : {}),
  };
}
