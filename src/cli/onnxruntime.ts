import os from 'node:os';
import path from 'node:path';
import type { OnnxRuntime } from '../core/check.js';

/**
 * robustness-check's onnxruntime for a local run: the pinned onnxruntime-node next to mlsec (the
 * node_modules its own modules resolve from) when it is intact, else the pinned version, installed
 * once into the user's cache directory. Never one the working directory has: that is the tree
 * under review, and a package planted there would run its code in mlsec. The provisioning code
 * loads only when the check asks for the runtime.
 */
export function cliOnnxRuntime(
  env: Readonly<Record<string, string | undefined>>,
  progress: (message: string) => void,
  /** Where mlsec's own installation is resolved from; tests point it elsewhere. */
  ownInstallation: string | URL = import.meta.url,
): () => Promise<OnnxRuntime> {
  let loaded: Promise<OnnxRuntime> | undefined;
  const load = async (): Promise<OnnxRuntime> => {
    const { onnxRuntimeDirectory, ownOnnxRuntime, provisionOnnxRuntime } =
      await import('../core/onnxruntime-provision.js');
    const { platform, arch } = process;
    const own = await ownOnnxRuntime(ownInstallation, { platform, arch, progress });
    if (own !== undefined) return own;
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
