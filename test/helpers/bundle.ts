import { build } from 'esbuild';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BUNDLE_EXTERNALS } from '../../scripts/bundle-externals.mjs';

/** Bundles a test entry the way scripts/build.mjs bundles the real ones. */
export async function bundleEntry(entry: string): Promise<string> {
  const outdir = await mkdtemp(path.join(os.tmpdir(), 'mlsec-test-bundle-'));
  const outfile = path.join(outdir, 'entry.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: {
      js: "import { createRequire as __mlsecCreateRequire } from 'node:module';\nconst require = __mlsecCreateRequire(import.meta.url);",
    },
    external: BUNDLE_EXTERNALS,
    logLevel: 'error',
  });
  return outfile;
}
