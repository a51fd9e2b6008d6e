// Start-up time of mlsec, side by side with its anchor, `node -e 0` (the same Node binary doing
// nothing), and with `node` starting one bounded worker thread that does nothing (what the
// worker design costs before any mlsec code loads). Target (issue #8): `mlsec --version` and a
// scan of one small file under 0.1 s on this project's 2-core machine.
// Every command runs once per round, in rotating order, so drift of the machine hits all alike;
// figures are medians over the rounds, with the 10th-90th percentile spread, and the ratio of each
// median to the anchor's.
// Usage: npm run build && node bench/startup/startup.mjs [--runs 40] [--dist DIR]
//   --dist DIR  time another build (e.g. a copy of dist/ from before a change) instead of dist/
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const runs = Number(arg('runs', '40'));
const dist = path.resolve(arg('dist', path.join(root, 'dist')));
const node = process.execPath;

const scratch = mkdtempSync(path.join(os.tmpdir(), 'mlsec-bench-startup-'));
const workspace = path.join(scratch, 'repo');
const runnerFiles = path.join(scratch, 'runner');
for (const dir of [workspace, runnerFiles]) spawnSync('mkdir', ['-p', dir]);
// One small file with two findings (warnings: exit 0), so the run goes through detection and reporting.
writeFileSync(
  path.join(workspace, 'small.csv'),
  'id,name,email,phone\n1,Jane Roe,jane.roe@mlsec-bench.io,+1 415 555 2671\n2,John Doe,,\n',
);

// A 1-byte model and a key: how the hashing benchmark measures sign-model's start-up.
writeFileSync(path.join(workspace, 'tiny.bin'), 'x');
writeFileSync(
  path.join(workspace, 'key.pem'),
  generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
);

/** The environment the Actions runner gives `scan-pii`: inputs at their defaults, no token. */
function actionEnvironment() {
  const metadata = parse(readFileSync(path.join(root, 'actions/scan-pii/action.yml'), 'utf8'));
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: scratch,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo/demo',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: path.join(runnerFiles, 'event.json'),
    GITHUB_OUTPUT: path.join(runnerFiles, 'output'),
    GITHUB_STEP_SUMMARY: path.join(runnerFiles, 'summary.md'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    RUNNER_TEMP: runnerFiles,
  };
  writeFileSync(env.GITHUB_EVENT_PATH, '{}');
  for (const [name, input] of Object.entries(metadata.inputs ?? {})) {
    env[`INPUT_${name.toUpperCase()}`] = name === 'token' ? '' : (input.default ?? '');
  }
  env.INPUT_PATHS = 'small.csv';
  return env;
}

const emptyWorker = `const { Worker } = require('node:worker_threads');
new Worker('0', { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 8 } });`;
const cli = path.join(dist, 'cli.mjs');
const contenders = [
  { name: 'node -e 0 (anchor)', args: ['-e', '0'], status: 0 },
  { name: 'node + an empty bounded worker', args: ['-e', emptyWorker], status: 0 },
  { name: 'mlsec --version', args: [cli, '--version'], status: 0 },
  { name: 'mlsec --help', args: [cli, '--help'], status: 0 },
  {
    name: 'mlsec scan-pii small.csv',
    args: [cli, 'scan-pii', 'small.csv'],
    status: 0,
  },
  {
    name: 'mlsec sign-model, 1-byte model',
    args: [
      cli,
      'sign-model',
      'tiny.bin',
      '--method',
      'key',
      '--private-key',
      'key.pem',
      '--signature',
      'tiny.sig',
    ],
    status: 0,
  },
  {
    name: 'scan-pii action entry, small.csv',
    args: [path.join(dist, 'scan-pii.mjs')],
    status: 0,
    env: actionEnvironment(),
  },
];

function once(contender) {
  if (contender.env) writeFileSync(contender.env.GITHUB_OUTPUT, '');
  const started = process.hrtime.bigint();
  const result = spawnSync(node, contender.args, {
    cwd: workspace,
    env: contender.env ?? process.env,
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== contender.status) {
    throw new Error(
      `${contender.name}: exit ${result.status}, expected ${contender.status}\n${result.stdout}${result.stderr}`,
    );
  }
  return seconds;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];

try {
  // One warm-up round: the page cache, not the first run, is what later runs see.
  for (const contender of contenders) once(contender);
  const times = contenders.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const index = (round + k) % contenders.length;
      times[index].push(once(contenders[index]));
    }
  }
  const sorted = times.map((list) => [...list].sort((a, b) => a - b));
  const anchor = quantile(sorted[0], 0.5);
  console.log(`Node ${process.version}, ${os.availableParallelism()} cores, ${runs} rounds, ${dist}`);
  console.log(
    `${'command'.padEnd(36)} ${'median'.padStart(8)} ${'p10-p90'.padStart(15)} ${'x anchor'.padStart(9)}`,
  );
  contenders.forEach((contender, i) => {
    const ms = (seconds) => (seconds * 1000).toFixed(0);
    const median = quantile(sorted[i], 0.5);
    const spread = `${ms(quantile(sorted[i], 0.1))}-${ms(quantile(sorted[i], 0.9))} ms`;
    console.log(
      `${contender.name.padEnd(36)} ${`${ms(median)} ms`.padStart(8)} ${spread.padStart(15)} ${`${(median / anchor).toFixed(2)}x`.padStart(9)}`,
    );
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
