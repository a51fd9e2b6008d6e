// scan-pii throughput and memory, side by side with its anchors on the same file:
//   ripgrep --count-matches with the naive five patterns, the naive Python detector, and mlsec.
// Usage: node bench/scan-pii/throughput.mjs [--size-mb 200] [--runs 3] [--skip-python] [--big]
// Needs ripgrep (Debian: apt-get install ripgrep) and python3; GNU time (/usr/bin/time) for RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const sizeMb = Number(arg('size-mb', '200'));
const runs = Number(arg('runs', '3'));
const skipPython = process.argv.includes('--skip-python');
const dataDir = path.join(os.tmpdir(), 'mlsec-bench');
mkdirSync(dataDir, { recursive: true });
const file = path.join(dataDir, `ml-data-${sizeMb}mb.csv`);
if (!existsSync(file)) {
  console.log(`generating ${file} ...`);
  spawnSync(process.execPath, [path.join(here, 'generate-throughput.mjs'), file, String(sizeMb)], {
    stdio: 'inherit',
  });
}
const bytes = statSync(file).size;
const mib = bytes / 1024 / 1024;

const NAIVE = [
  '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}',
  '\\(?\\d{3}\\)?[-. ]?\\d{3}[-. ]?\\d{4}',
  '\\d{3}-\\d{2}-\\d{4}',
  '\\d{4}[- ]?\\d{4}[- ]?\\d{4}[- ]?\\d{4}',
  '\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}',
];
const hasTime = existsSync('/usr/bin/time');

function measure(label, command, args, options = {}) {
  const times = [];
  let rss;
  for (let i = 0; i < (options.runs ?? runs); i++) {
    const argv = hasTime ? ['-f', '%e %M', command, ...args] : args;
    const started = process.hrtime.bigint();
    const result = spawnSync(hasTime ? '/usr/bin/time' : command, argv, {
      cwd: options.cwd ?? dataDir,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${label} failed: ${result.stderr}`);
    times.push(seconds);
    if (hasTime) rss = Number(result.stderr.trim().split('\n').at(-1).split(' ')[1]) / 1024;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  return { label, seconds: median, mibPerSecond: mib / median, rssMiB: rss };
}

const results = [];
if (spawnSync('rg', ['--version']).status !== 0)
  throw new Error('ripgrep (rg) is needed: apt-get install ripgrep');
results.push(
  measure('ripgrep --count-matches, naive 5 patterns', 'rg', [
    '--count-matches',
    ...NAIVE.flatMap((p) => ['-e', p]),
    file,
  ]),
);
if (!skipPython) {
  results.push(
    measure('naive Python detector', 'python3', [path.join(here, 'naive_detector.py'), file], { runs: 1 }),
  );
}
const cli = path.join(root, 'dist/cli.mjs');
for (const threads of [1, 0]) {
  results.push(
    measure(
      `mlsec scan-pii (${threads === 0 ? `${os.availableParallelism()} threads` : '1 thread'})`,
      process.execPath,
      [
        cli,
        'scan-pii',
        path.basename(file),
        '--threads',
        String(threads),
        '--format',
        'json',
        '--output',
        path.join(dataDir, 'out.json'),
        '--fail-on',
        'never',
      ],
    ),
  );
}

console.log(
  `\nfile: ${path.basename(file)}, ${mib.toFixed(1)} MiB, ${os.availableParallelism()} cores, Node ${process.version}\n`,
);
console.log('| tool | time (s) | MiB/s | peak RSS (MiB) |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of results)
  console.log(
    `| ${r.label} | ${r.seconds.toFixed(2)} | ${r.mibPerSecond.toFixed(1)} | ${r.rssMiB?.toFixed(0) ?? 'n/a'} |`,
  );
const rg = results[0];
const py = results.find((r) => r.label.startsWith('naive Python'));
const best = results.filter((r) => r.label.startsWith('mlsec')).sort((a, b) => a.seconds - b.seconds)[0];
console.log(
  `\nmlsec / ripgrep throughput: ${(best.mibPerSecond / rg.mibPerSecond).toFixed(2)} (target >= 0.50)`,
);
if (py)
  console.log(
    `mlsec / naive Python throughput: ${(best.mibPerSecond / py.mibPerSecond).toFixed(1)}x (target >= 20x)`,
  );
console.log(`mlsec peak RSS: ${best.rssMiB?.toFixed(0) ?? 'n/a'} MiB (target < 200)`);

// --big: memory on a 2 GB file of the same shape (about 52,000 findings), and with reporting
// switched off by min-confidence 1 (the scan alone: memory must not grow with the file).
if (process.argv.includes('--big')) {
  const big = path.join(dataDir, 'ml-data-2000mb.csv');
  if (!existsSync(big)) {
    console.log(`generating ${big} ...`);
    spawnSync(process.execPath, [path.join(here, 'generate-throughput.mjs'), big, '2000'], {
      stdio: 'inherit',
    });
  }
  const args = (extra) => [
    cli,
    'scan-pii',
    path.basename(big),
    '--format',
    'json',
    '--output',
    path.join(dataDir, 'out-big.json'),
    '--fail-on',
    'never',
    ...extra,
  ];
  const withFindings = measure('mlsec scan-pii, 2 GB', process.execPath, args([]), { runs: 1 });
  const scanOnly = measure(
    'mlsec scan-pii, 2 GB, min-confidence 1',
    process.execPath,
    args(['--min-confidence', '1']),
    { runs: 1 },
  );
  console.log(
    `\n2 GB file: ${withFindings.seconds.toFixed(1)} s, peak RSS ${withFindings.rssMiB?.toFixed(0)} MiB with every finding reported;`,
  );
  console.log(
    `           ${scanOnly.seconds.toFixed(1)} s, peak RSS ${scanOnly.rssMiB?.toFixed(0)} MiB for the scan alone (no finding kept)`,
  );
}
