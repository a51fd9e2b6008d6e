import os from 'node:os';
import path from 'node:path';
import type { OnnxRuntime } from '../core/check.js';

/**
 * robustness-check's onnxruntime for a local run: the project's own onnxruntime-node when the
 * working directory has one in reach (`npm install onnxruntime-node`), else the pinned version,
 * installed once into the user's cache directory. The provisioning code loads only when the check
 * asks for the runtime.
 */
export function cliOnnxRuntime(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  progress: (message: string) => void,
): () => Promise<OnnxRuntime> {
  let loaded: Promise<OnnxRuntime> | undefined;
  const load = async (): Promise<OnnxRuntime> => {
    const { loadInstalledOnnxRuntime, onnxRuntimeDirectory, provisionOnnxRuntime } =
      await import('../core/onnxruntime-provision.js');
    const local = await loadInstalledOnnxRuntime(cwd);
    if (local !== undefined) return local;
    const { platform, arch } = process;
    const provisioned = await provisionOnnxRuntime({
      directory: onnxRuntimeDirectory(userCacheDirectory(env), platform, arch),
      fetch: globalThis.fetch,
      platform,
      arch,
      progress,
    });
    return provisioned.ort;
  };
  return () => (loaded ??= load());
}

/** `$XDG_CACHE_HOME`, which the XDG spec ignores unless absolute, else `~/.cache`. */
export function userCacheDirectory(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = env.XDG_CACHE_HOME;
  return xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache');
}
