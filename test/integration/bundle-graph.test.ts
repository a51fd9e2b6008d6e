import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Start-up depends on what each bundle loads before it can work: a fresh build of the sources is
 * read back, following static imports only (a dynamic `import()` loads when the code runs), and
 * the source modules in each file are named by the `// path` lines esbuild puts before them.
 */

const root = path.resolve(import.meta.dirname, '../..');
let dist: string;
let scratch: string;

const STATIC_IMPORT = /^import\s+(?:[^'"]*?\s+from\s+)?"(\.[^"]+)";?$/gm;
const DYNAMIC_IMPORT = /\bimport\("(\.[^"]+)"\)/g;
const SOURCE = /^\/\/ ((?:src|node_modules)\/\S+)$/gm;

function text(file: string): string {
  return readFileSync(path.join(dist, file), 'utf8');
}

function relativeImports(file: string, pattern: RegExp): string[] {
  return [...text(file).matchAll(pattern)].map((match) =>
    path.posix.join(path.posix.dirname(file), match[1]!),
  );
}

/** The files a bundle loads before any of its code runs: itself and its static imports. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...relativeImports(file, STATIC_IMPORT));
  }
  return seen;
}

function sourcesOf(files: Iterable<string>): string[] {
  return [
    ...new Set([...files].flatMap((file) => [...text(file).matchAll(SOURCE)].map((m) => m[1]!))),
  ].sort();
}

/** The source modules loaded before any code of `entry` runs. */
function loadedBy(entry: string): string[] {
  return sourcesOf(staticClosure(entry));
}

/** The file that a dynamic import in `file`'s static graph loads to reach `sourceInside`. */
function dynamicTarget(file: string, sourceInside: string): string {
  const target = [...staticClosure(file)]
    .flatMap((member) => relativeImports(member, DYNAMIC_IMPORT))
    .find((candidate) => sourcesOf([candidate]).includes(sourceInside));
  if (!target) throw new Error(`no dynamic import from ${file} reaches ${sourceInside}`);
  return target;
}

const HEAVY = [
  /^src\/checks\/scan-pii\/(?!definition\.ts|entities\.ts)/,
  /^src\/checks\/(sign-model|verify-provenance)\/index\.ts$/,
  /^src\/checks\/oms\/(sigstore|x509|sign|verify|attestation|bundle)\.ts$/,
  // robustness-check's runtime provisioning and the Actions cache (with its Azure storage client).
  /^src\/(core\/onnxruntime-provision|core\/tar-extract|github\/cache)\.ts$/,
  /^node_modules\/(@actions\/cache|@azure)\//,
  /^node_modules\/(@sigstore|libphonenumber-js|tldts|tldts-core|hyparquet|hyparquet-compressors|ipaddr\.js|ibantools|@scure|zod|yaml|undici)\//,
];
const heavyIn = (sources: readonly string[]) =>
  sources.filter((source) => HEAVY.some((re) => re.test(source)));

beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'mlsec-bundle-graph-'));
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--out', scratch], { stdio: 'pipe' });
  dist = path.join(scratch, 'dist');
}, 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('what each bundle loads at start-up', () => {
  it('the analysis sees the heavy code where it is: in the chunks the checks import lazily', () => {
    const cliModule = dynamicTarget('cli.mjs', 'src/cli/main.ts');
    const scanPii = loadedBy(dynamicTarget(cliModule, 'src/checks/scan-pii/index.ts'));
    expect(scanPii).toEqual(
      expect.arrayContaining([
        'src/checks/scan-pii/index.ts',
        'src/checks/scan-pii/validators.ts',
        expect.stringMatching(/^node_modules\/libphonenumber-js\//),
        expect.stringMatching(/^node_modules\/tldts\//),
      ]),
    );
    const signModel = loadedBy(dynamicTarget(cliModule, 'src/checks/sign-model/index.ts'));
    expect(signModel).toEqual(
      expect.arrayContaining([
        'src/checks/oms/sigstore.ts',
        expect.stringMatching(/^node_modules\/@sigstore\//),
      ]),
    );
    expect(loadedBy(dynamicTarget(cliModule, 'src/core/config-parse.ts'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^node_modules\/yaml\//)]),
    );
    const actionModule = dynamicTarget('robustness-check.mjs', 'src/github/action.ts');
    expect(loadedBy(dynamicTarget(actionModule, 'src/github/cache.ts'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^node_modules\/@actions\/cache\//)]),
    );
    expect(loadedBy(dynamicTarget(actionModule, 'src/core/onnxruntime-provision.ts'))).toContain(
      'src/core/tar-extract.ts',
    );
    expect(loadedBy(dynamicTarget(cliModule, 'src/core/onnxruntime-provision.ts'))).toContain(
      'src/core/onnxruntime-provision.ts',
    );
  });

  it('the main thread of every entry loads the bounded runtime and nothing else', () => {
    const entries = readdirSync(dist).filter(
      (name) => name.endsWith('.mjs') && !name.endsWith('-worker.mjs'),
    );
    expect(entries).toContain('cli.mjs');
    for (const entry of entries) {
      const allowed = new Set([
        `src/entries/${entry.replace(/\.mjs$/, '.ts')}`,
        'src/runtime/bounded.ts',
        ...(entry === 'cli.mjs'
          ? ['src/cli/version.ts', 'src/core/version.ts', 'src/cli/small-run.ts']
          : ['src/runtime/action-entry.ts']),
      ]);
      expect(
        loadedBy(entry).filter((source) => !allowed.has(source)),
        entry,
      ).toEqual([]);
    }
  });

  it('the CLI loads every check definition and no check implementation until a check runs', () => {
    const cli = loadedBy(dynamicTarget('cli.mjs', 'src/cli/main.ts'));
    expect(cli).toEqual(
      expect.arrayContaining([
        'src/cli/main.ts',
        'src/checks/registry.ts',
        'src/checks/scan-pii/definition.ts',
      ]),
    );
    expect(heavyIn(cli)).toEqual([]);
  });

  it('the actions load no check implementation, YAML or schema library until they are needed', () => {
    const action = loadedBy(dynamicTarget('scan-pii.mjs', 'src/github/action.ts'));
    expect(action).toContain('src/github/action.ts');
    expect(heavyIn(action).filter((source) => !source.startsWith('node_modules/undici/'))).toEqual([]);
  });

  it('the scan-pii range workers load the scanner, and the hashing workers the digests, alone', () => {
    const scanWorker = loadedBy('scan-pii-worker.mjs');
    expect(scanWorker).toContain('src/checks/scan-pii/file-scan.ts');
    expect(
      scanWorker.filter((source) =>
        /^src\/(cli|github|core\/(runner|engine|config))|@sigstore|zod|yaml/.test(source),
      ),
    ).toEqual([]);
    expect(loadedBy('oms-hash-worker.mjs').filter((source) => source.startsWith('src/'))).toEqual([
      'src/checks/oms/digest.ts',
      'src/core/worker-pool.ts',
      'src/entries/oms-hash-worker.ts',
    ]);
  });
});
