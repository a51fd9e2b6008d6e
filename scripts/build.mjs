// Builds what the actions run: dist/ (one shared chunk of the core, a tiny entry per action, and
// the CLI) and the action.yml files generated from the option specs.
// Usage: node scripts/build.mjs [--out DIR]   (check-dist builds into a scratch DIR and compares)
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLE_EXTERNALS } from './bundle-externals.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--out');
const out = flag === -1 ? root : path.resolve(process.argv[flag + 1]);
const outdir = path.join(out, 'dist');

const entries = readdirSync(path.join(root, 'src/entries'))
  .filter((name) => name.endsWith('.ts'))
  .sort()
  .map((name) => path.join(root, 'src/entries', name));

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // The actions run on node24; the CLI supports Node 20.19 and later.
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __mlsecCreateRequire } from 'node:module';\nconst require = __mlsecCreateRequire(import.meta.url);",
  },
  legalComments: 'eof',
  external: BUNDLE_EXTERNALS,
  logLevel: 'warning',
});

// action.yml files come from the same specs the code reads.
// Built into node_modules/.cache so its imports resolve like the sources' do.
const metadataFile = path.join(root, 'node_modules/.cache/mlsec-build', `action-files-${process.pid}.mjs`);
await build({
  absWorkingDir: root,
  entryPoints: [path.join(root, 'src/github/action-files.ts')],
  outfile: metadataFile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
const { actionFiles } = await import(pathToFileURL(metadataFile).href);
rmSync(metadataFile);
for (const file of actionFiles) {
  const target = path.join(out, file.path);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.text);
}
