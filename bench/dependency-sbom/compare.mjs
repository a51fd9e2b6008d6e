// `mlsec dependency-sbom` side by side with the anchor, cdxgen (OWASP CycloneDX Generator), on the
// same ML repository, offline: wall time (median of --runs), and how right each SBOM is against the
// fixture's oracle (EXPECTED.json, worked out by hand and with hashlib, not by either tool):
// expected packages found with the exact purl, packages given a WRONG version (a range's bound, a
// conda fuzzy spec), invalid purls (packageurl-js, path references), models found and with the
// right SHA-256, model-card dataset references that resolve to a bom-ref, duplicate bom-refs,
// known vulnerabilities in the BOM, and whether the BOM passes the CycloneDX strict JSON validator.
//
// cdxgen is not a project dependency: the first run installs the pinned version into
// bench/dependency-sbom/.tools/ (needs the npm registry once), later runs reuse it. It runs four
// ways: its dependency SBOM (-t python -t js), the same with --profile ml, its AI/ML-BOM type
// (-t ai, what its `aibom` command runs) alone, and that type added to the first. Both tools read a
// fresh temporary copy of the repository each round and write their SBOMs into a temporary folder,
// never into the repository. Then both run on the root requirements files alone (see the end).
// Usage: npm run build && npm run bench:dependency-sbom [-- --repo DIR --expected FILE --osv-dir DIR --runs 3]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as CDX from '@cyclonedx/cyclonedx-library';
import { PackageURL } from 'packageurl-js';

const CDXGEN_VERSION = '12.8.4';
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const repo = path.resolve(arg('repo', path.join(root, 'test/fixtures/dependency-sbom/ml-repo')));
const expectedFile = path.resolve(
  arg('expected', path.join(root, 'test/fixtures/dependency-sbom/EXPECTED.json')),
);
const osvDir = path.resolve(arg('osv-dir', path.join(path.dirname(expectedFile), 'osv')));
const runs = Number(arg('runs', '3'));
const cli = path.join(root, 'dist', 'cli.mjs');
for (const [what, file] of [
  ['repository (--repo)', repo],
  ['oracle (--expected)', expectedFile],
  ['OSV records (--osv-dir)', osvDir],
  ['built CLI (npm run build)', cli],
]) {
  if (!existsSync(file)) {
    console.error(`missing ${what}: ${file}`);
    process.exit(2);
  }
}

// --- the anchor, installed on first use -------------------------------------------------------
const tools = path.join(here, '.tools');
const cdxgenPackage = path.join(tools, 'node_modules', '@cyclonedx', 'cdxgen');
const installedVersion = () => {
  try {
    return JSON.parse(readFileSync(path.join(cdxgenPackage, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
};
if (installedVersion() !== CDXGEN_VERSION) {
  mkdirSync(tools, { recursive: true });
  console.log(
    `installing @cyclonedx/cdxgen@${CDXGEN_VERSION} into ${path.relative(root, tools)}/ (first run)`,
  );
  const install = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      tools,
      `@cyclonedx/cdxgen@${CDXGEN_VERSION}`,
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
    ],
    { stdio: 'inherit' },
  );
  if (install.status !== 0 || installedVersion() !== CDXGEN_VERSION) {
    throw new Error(`could not install @cyclonedx/cdxgen@${CDXGEN_VERSION}`);
  }
}
const cdxgenBin = path.join(cdxgenPackage, 'bin', 'cdxgen.js');
// Offline: no license or metadata look-ups, no Hugging Face API, and every host cdxgen's HTTP
// client might still ask refused (an allow-list naming a host that cannot exist).
const offline = {
  FETCH_LICENSE: 'false',
  CDXGEN_FETCH_PKG_METADATA: 'false',
  CDXGEN_HUGGINGFACE_REMOTE: 'false',
  CDXGEN_ALLOWED_HOSTS: 'offline.invalid',
  // The package managers cdxgen may start do not go through that client: keep them offline too.
  PIP_NO_INDEX: '1',
  UV_OFFLINE: '1',
  npm_config_offline: 'true',
};
const cdxgenFlags = ['--no-install-deps', '--spec-version', '1.6'];

// --- running -----------------------------------------------------------------------------------
const scratch = mkdtempSync(path.join(os.tmpdir(), 'mlsec-bench-sbom-'));
const copy = path.join(scratch, 'repo');
const out = path.join(scratch, 'out');
mkdirSync(out);

function timed(command, args, env, allowed = [0]) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    cwd: copy,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  if (!allowed.includes(result.status)) {
    throw new Error(
      `${path.basename(args[0])} ${args.slice(1).join(' ')} exited ${result.status}: ${result.stderr}`,
    );
  }
  return { elapsed, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}

const cdxgen = (name, flags) => ({
  name,
  flags: flags.join(' '),
  run: (file) => timed(process.execPath, [cdxgenBin, ...flags, '-o', file, copy], offline),
});
const contenders = [
  {
    name: 'mlsec',
    flags: `dependency-sbom . --sbom FILE --osv-dir ${path.relative(root, osvDir)} --format json`,
    // Exit 1 is "findings at error level", which the fixture has on purpose.
    run: (file) =>
      timed(
        process.execPath,
        [cli, 'dependency-sbom', '.', '--sbom', file, '--osv-dir', osvDir, '--format', 'json'],
        {},
        [0, 1],
      ),
  },
  cdxgen('cdxgen', ['-t', 'python', '-t', 'js', ...cdxgenFlags]),
  // --profile ml turns installs back on (and FETCH_LICENSE, and --deep): --lifecycle pre-build,
  // applied after the profile, turns installs off again. Without it cdxgen pip-installs the
  // requirements into a virtualenv and reports what it installed.
  cdxgen('cdxgen ml', [
    '-t',
    'python',
    '-t',
    'js',
    ...cdxgenFlags,
    '--profile',
    'ml',
    '--lifecycle',
    'pre-build',
  ]),
  // What cdxgen's `aibom` command runs: the AI/ML-BOM alone, then together with the packages.
  cdxgen('aibom', ['-t', 'ai', ...cdxgenFlags]),
  cdxgen('cdxgen+ai', ['-t', 'python', '-t', 'js', '-t', 'ai', ...cdxgenFlags]),
];

// --- scoring against the oracle -----------------------------------------------------------------
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
const PEP508_NAME = /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/;

/** A purl parsed, or why it is not one: packageurl-js, then what a path reference looks like. */
function parsePurl(text) {
  let purl;
  try {
    purl = PackageURL.fromString(text);
  } catch (error) {
    return { problem: error.message };
  }
  const segments = [...(purl.namespace ?? '').split('/'), purl.name];
  if (segments.some((s) => s === '.' || s === '..')) return { problem: 'path segment' };
  if (purl.type === 'pypi' && (purl.namespace || !PEP508_NAME.test(purl.name)))
    return { problem: 'not a PyPI name' };
  if (purl.version && (/^(file|\.\.?)(:|\/)/.test(purl.version) || purl.version.includes('/'))) {
    return { problem: 'path as version' };
  }
  return { purl };
}
const keyOf = (purl) => new PackageURL(purl.type, purl.namespace, purl.name, purl.version).toString();
const nameKeyOf = (purl) => new PackageURL(purl.type, purl.namespace, purl.name).toString();

/** What the scores compare with, from EXPECTED.json (or the part of it about some files). */
function oracleOf(expected) {
  const purls = new Set(expected.packages.map((p) => keyOf(parsePurl(p.purl).purl)));
  const names = new Set(expected.packages.map((p) => nameKeyOf(parsePurl(p.purl).purl)));
  for (const u of expected.unpinned) {
    if (u.reference?.kind === 'path') continue;
    names.add(nameKeyOf(new PackageURL(u.ecosystem, undefined, u.name)));
  }
  return {
    purls,
    names,
    hf: new Set((expected.huggingface ?? []).map((h) => keyOf(parsePurl(h.purl).purl))),
    vulns: expected.vulnerabilities ?? [],
    models: expected.models ?? [],
  };
}
const oracle = oracleOf(expected);

function flatten(components = [], into = []) {
  for (const c of components) {
    into.push(c);
    flatten(c.components, into);
  }
  return into;
}

/** The repository paths a model component names: evidence occurrences, its name, path-like properties. */
function locations(c) {
  const found = new Set([c.name, ...(c.evidence?.occurrences ?? []).map((o) => o.location)]);
  for (const p of c.properties ?? []) if (/path|file|location/i.test(p.name)) found.add(p.value);
  return [...found].filter(Boolean).map((l) => l.replace(/^\.\//, ''));
}
/** A model component covers an expected model when it names the file, or a file of the model's card folder. */
const covers = (c, m) =>
  locations(c).some((l) => l === m.path || (m.card && path.posix.dirname(l) === m.card));

async function score(
  text,
  {
    purls: expectedPurls,
    names: expectedNames,
    hf: expectedHf,
    vulns: expectedVulns,
    models: expectedModels,
  } = oracle,
) {
  const bom = JSON.parse(text);
  const components = flatten(bom.components);
  const refs = new Map(components.filter((c) => c['bom-ref']).map((c) => [c['bom-ref'], c]));
  const seenRefs = new Set();
  let duplicateRefs = 0;
  for (const c of components) {
    if (!c['bom-ref']) continue;
    if (seenRefs.has(c['bom-ref'])) duplicateRefs++;
    seenRefs.add(c['bom-ref']);
  }
  const found = new Set();
  const wrong = new Set();
  const invalid = new Set();
  const extra = new Set();
  const hf = new Set();
  const purlOfRef = new Map();
  for (const c of components) {
    if (!c.purl) continue;
    const { purl, problem } = parsePurl(c.purl);
    if (problem) {
      invalid.add(`${c.purl} (${problem})`);
      continue;
    }
    const key = keyOf(purl);
    if (c['bom-ref']) purlOfRef.set(c['bom-ref'], key);
    if (expectedHf.has(key)) hf.add(key);
    if (!['pypi', 'npm', 'conda'].includes(purl.type)) continue;
    if (expectedPurls.has(key)) found.add(key);
    else if (purl.version && expectedNames.has(nameKeyOf(purl))) wrong.add(key);
    else if (purl.version) extra.add(key);
  }
  const packages = components.filter((c) => /^pkg:(pypi|npm|conda)\//.test(c.purl ?? ''));
  const hashedPackages = packages.filter((c) => c.hashes?.length).length;
  const edges = (bom.dependencies ?? []).reduce((n, d) => n + (d.dependsOn?.length ?? 0), 0);
  const modelComponents = components.filter((c) => c.type === 'machine-learning-model');
  let modelsFound = 0;
  let modelsHashed = 0;
  for (const m of expectedModels) {
    const covering = modelComponents.filter((c) => covers(c, m));
    if (covering.length) modelsFound++;
    if (covering.some((c) => (c.hashes ?? []).some((h) => h.alg === 'SHA-256' && h.content === m.sha256))) {
      modelsHashed++;
    }
  }
  let datasetEntries = 0;
  let datasetResolved = 0;
  for (const c of modelComponents) {
    for (const d of c.modelCard?.modelParameters?.datasets ?? []) {
      datasetEntries++;
      if (d.ref && refs.has(d.ref)) datasetResolved++;
    }
  }
  let vulnsFound = 0;
  for (const v of expectedVulns) {
    const want = keyOf(parsePurl(v.purl).purl);
    const hit = (bom.vulnerabilities ?? []).some(
      (b) =>
        (v.ids.includes(b.id) || (b.references ?? []).some((r) => v.ids.includes(r.id))) &&
        (b.affects ?? []).some((a) => purlOfRef.get(a.ref) === want),
    );
    if (hit) vulnsFound++;
  }
  const validator = new CDX.Validation.JsonStrictValidator(bom.specVersion);
  const errors = await validator.validate(text);
  const missing = [...expectedPurls].filter((p) => !found.has(p));
  return {
    components: components.length,
    duplicateRefs,
    packages: packages.length,
    hashedPackages,
    edges,
    found: found.size,
    wrong: [...wrong].sort(),
    invalid: [...invalid].sort(),
    extra: [...extra].sort(),
    missing,
    models: modelComponents.length,
    modelsFound,
    modelsHashed,
    datasetEntries,
    datasetResolved,
    hf: hf.size,
    vulnsFound,
    valid: errors === null ? `yes (${bom.specVersion})` : `NO (${bom.specVersion})`,
  };
}

// --- the bench ----------------------------------------------------------------------------------
try {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const times = new Map(contenders.map((c) => [c.name, []]));
  const last = new Map();
  const refused = new Map();
  // A fresh copy per round, so no run sees another's leftovers; runs interleaved across tools.
  for (let round = 0; round < runs; round++) {
    rmSync(copy, { recursive: true, force: true });
    cpSync(repo, copy, { recursive: true });
    for (const contender of contenders) {
      const file = path.join(out, `${contender.name.replace(/\W+/g, '-')}-${round}.cdx.json`);
      const { elapsed, stdout, stderr } = contender.run(file);
      times.get(contender.name).push(elapsed);
      last.set(contender.name, file);
      // cdxgen prints one line per request its host allow-list refused.
      refused.set(contender.name, `${stdout}${stderr}`.match(/is not permitted/g)?.length ?? 0);
    }
  }
  const results = new Map();
  for (const contender of contenders) {
    const result = await score(readFileSync(last.get(contender.name), 'utf8'));
    results.set(contender.name, { ...result, refused: refused.get(contender.name) });
  }

  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown CPU'} x${cpus.length}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB, ` +
      `${os.platform()} ${os.release()}; Node ${process.version}`,
  );
  console.log(
    `repository: ${path.relative(root, repo) || repo}; oracle: ${path.relative(root, expectedFile)}`,
  );
  console.log(`anchor: @cyclonedx/cdxgen ${installedVersion()}, offline env: ${JSON.stringify(offline)}`);
  for (const c of contenders) console.log(`  ${c.name.padEnd(10)} ${c.flags}`);
  console.log('');

  const rows = [
    ['wall time, median of ' + runs, (r, n) => `${(median(times.get(n)) * 1000).toFixed(0)} ms`],
    ['components', (r) => r.components],
    ['duplicate bom-refs', (r) => r.duplicateRefs],
    ['package components (pypi, npm, conda)', (r) => r.packages],
    ['  with hashes', (r) => r.hashedPackages],
    ['dependency graph edges', (r) => r.edges],
    [`expected packages, exact purl (of ${oracle.purls.size})`, (r) => r.found],
    ['packages with a WRONG version', (r) => r.wrong.length],
    ['invalid purls', (r) => r.invalid.length],
    ['other versioned packages', (r) => r.extra.length],
    ['model components', (r) => r.models],
    [`expected models found (of ${oracle.models.length})`, (r) => r.modelsFound],
    ['  with the right SHA-256', (r) => r.modelsHashed],
    [`Hugging Face purls (of ${oracle.hf.size})`, (r) => r.hf],
    ['model-card dataset refs resolving', (r) => `${r.datasetResolved}/${r.datasetEntries}`],
    [`known vulnerabilities in the BOM (of ${oracle.vulns.length})`, (r) => r.vulnsFound],
    ['CycloneDX strict JSON validation', (r) => r.valid],
    ['network requests refused (offline)', (r) => r.refused],
  ];
  const names = contenders.map((c) => c.name);
  const width = Math.max(...rows.map(([label]) => label.length));
  const cell = (v) => String(v).padStart(12);
  console.log(`${''.padEnd(width)} ${names.map(cell).join(' ')}`);
  for (const [label, value] of rows) {
    console.log(`${label.padEnd(width)} ${names.map((n) => cell(value(results.get(n), n))).join(' ')}`);
  }
  console.log('');
  const mlsecTime = median(times.get('mlsec'));
  for (const n of names.slice(1)) {
    const t = median(times.get(n));
    console.log(
      `time mlsec/${n}: ${(mlsecTime / t).toFixed(2)} (${n} takes ${(t / mlsecTime).toFixed(1)}x mlsec's time)`,
    );
  }
  console.log('');
  const list = (items, limit = 12) =>
    items.length <= limit
      ? items.join(', ')
      : `${items.slice(0, limit).join(', ')}, ... (+${items.length - limit})`;
  for (const n of names) {
    const r = results.get(n);
    console.log(`${n}:`);
    if (r.wrong.length) console.log(`  wrong versions: ${list(r.wrong)}`);
    if (r.invalid.length) console.log(`  invalid purls: ${list(r.invalid)}`);
    if (r.extra.length) console.log(`  other versioned packages: ${list(r.extra)}`);
    if (r.missing.length) console.log(`  expected but missing: ${list(r.missing)}`);
    if (!r.wrong.length && !r.invalid.length && !r.extra.length && !r.missing.length) {
      console.log('  every expected package, nothing wrong, invalid or unexpected');
    }
  }

  // The same two tools on the root requirements files alone. In the whole repository cdxgen reads
  // no requirements file once it has seen a uv.lock or pylock.toml anywhere, so the table above
  // cannot show what it makes of ranges, constraints and path references: these runs can. The
  // second leaves requirements/ out, because cdxgen reads requirements/*.txt instead of the root
  // requirements.txt when that folder exists.
  const subsets = [
    ['requirements.txt', 'requirements', 'constraints.txt', 'localpkg'],
    ['requirements.txt', 'constraints.txt', 'localpkg'],
  ];
  for (const alone of existsSync(path.join(repo, 'requirements.txt')) ? subsets : []) {
    const inside = (file) => alone.some((a) => file === a || file.startsWith(`${a}/`));
    const part = oracleOf({
      packages: expected.packages.filter((p) => inside(p.file)),
      unpinned: expected.unpinned.filter((u) => inside(u.file)),
    });
    rmSync(copy, { recursive: true, force: true });
    mkdirSync(copy);
    for (const a of alone) {
      if (existsSync(path.join(repo, a))) cpSync(path.join(repo, a), path.join(copy, a), { recursive: true });
    }
    console.log('');
    console.log(`${alone.join(' + ')} alone (${part.purls.size} expected purls):`);
    for (const contender of contenders.slice(0, 2)) {
      const file = path.join(out, `${contender.name}-alone.cdx.json`);
      contender.run(file);
      const r = await score(readFileSync(file, 'utf8'), part);
      const detail = (items) => (items.length ? ` (${list(items)})` : '');
      console.log(
        `  ${contender.name.padEnd(7)} found ${r.found}/${part.purls.size}${detail(r.missing.map((m) => `missing ${m}`))}, ` +
          `wrong versions ${r.wrong.length}${detail(r.wrong)}, invalid purls ${r.invalid.length}${detail(r.invalid)}`,
      );
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
