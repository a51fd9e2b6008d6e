// Model hashing speed of sign-model, side by side with its anchors on the same files:
//   - the in-memory SHA-256 limit of one core (`openssl speed -bytes 16777216 sha256`),
//   - coreutils `sha256sum` and `openssl dgst -sha256` over the same file.
// Targets (issue #4): a 2 GB single file with `files` at >= 90% of one core's limit, and
// `shards` and multi-file models >= 1.7x faster on 2 cores than on one; memory stays flat.
// Every figure is end to end through the CLI (`mlsec sign-model --method key`), page cache warm;
// "net" figures subtract the start-up time, measured by signing a 1-byte model. "One core" runs
// are pinned with `taskset -c 0` (reads and hashing share it); "all cores" use every thread.
// Usage: npm run build && node bench/model-hashing/hashing.mjs [--dir /tmp/mlsec-bench-hash] [--gb 2] [--runs 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const dir = path.resolve(arg('dir', '/tmp/mlsec-bench-hash'));
const gb = Number(arg('gb', '2'));
const runs = Number(arg('runs', '3'));
const bytes = Math.round(gb * 1e9);
const cli = path.join(root, 'dist/cli.mjs');
const node = process.execPath;

function fill(file, size) {
  if (existsSync(file) && statSync(file).size === size) return;
  const fd = openSync(file, 'w');
  const block = randomBytes(16 << 20);
  for (let written = 0; written < size;) {
    const n = Math.min(block.length, size - written);
    writeSync(fd, block, 0, n);
    written += n;
  }
  closeSync(fd);
}

mkdirSync(path.join(dir, 'single'), { recursive: true });
mkdirSync(path.join(dir, 'multi'), { recursive: true });
mkdirSync(path.join(dir, 'out'), { recursive: true });
fill(path.join(dir, 'single/model.bin'), bytes);
const parts = 8;
for (let i = 0; i < parts; i++) fill(path.join(dir, `multi/shard-${i}.bin`), Math.round(bytes / parts));
const keyFile = path.join(dir, 'key.pem');
if (!existsSync(keyFile)) {
  writeFileSync(
    keyFile,
    generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
  );
}
// Warm the page cache so every contender reads from memory.
for (const target of ['single/model.bin', 'multi'])
  execFileSync('sh', ['-c', `cat ${path.join(dir, target)}${target === 'multi' ? '/*' : ''} > /dev/null`]);

const timeBin = existsSync('/usr/bin/time');

/** One run: wall time and peak RSS (KiB, from /usr/bin/time when present). */
function once(command, args) {
  const start = process.hrtime.bigint();
  const result = timeBin
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { cwd: dir, encoding: 'utf8' })
    : spawnSync(command, args, { cwd: dir, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return { seconds, rss: timeBin ? Number(result.stderr.trim().split('\n').at(-1)) : undefined };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median wall time and peak RSS of a command. */
function measure(command, args) {
  const results = Array.from({ length: runs }, () => once(command, args));
  return {
    seconds: median(results.map((r) => r.seconds)),
    rss: Math.max(...results.map((r) => r.rss ?? 0)) || undefined,
  };
}

/**
 * Speed-up of `fast` over `slow`, run alternately so that the machine's drift hits both alike:
 * the median of the per-pair ratios, end to end and net of start-up.
 */
function paired(slow, fast) {
  const ratios = [];
  const nets = [];
  for (let i = 0; i < runs; i++) {
    const a = once(...slow);
    const b = once(...fast);
    ratios.push(a.seconds / b.seconds);
    nets.push((a.seconds - startup) / (b.seconds - startup));
  }
  return { endToEnd: median(ratios), net: median(nets) };
}

const speed = execFileSync('openssl', ['speed', '-seconds', '3', '-bytes', '16777216', 'sha256'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
});
const limit =
  (Number(speed.trim().split('\n').at(-1).trim().split(/\s+/).at(-1).replace('k', '')) * 1000) / 1e9;

const signArgs = (model, extra, threads, pinned = false) => [
  pinned ? 'taskset' : node,
  [
    ...(pinned ? ['-c', '0', node] : []),
    cli,
    'sign-model',
    model,
    '--method',
    'key',
    '--private-key',
    keyFile,
    '--signature',
    `out/${model}.sig`,
    '--threads',
    String(threads),
    ...extra,
  ],
];
const sign = (...args) => measure(...signArgs(...args));

mkdirSync(path.join(dir, 'tiny'), { recursive: true });
writeFileSync(path.join(dir, 'tiny/a'), 'x');
const startup = sign('tiny', [], 0).seconds;
const gbps = (seconds) => bytes / seconds / 1e9;
const net = (seconds) => bytes / Math.max(seconds - startup, 1e-3) / 1e9;
const rows = [];
const row = (name, result) => {
  rows.push({ name, ...result });
  const rss = result.rss ? `, peak RSS ${(result.rss / 1024).toFixed(0)} MiB` : '';
  console.log(
    `${name.padEnd(46)} ${result.seconds.toFixed(2)} s  ${gbps(result.seconds).toFixed(2)} GB/s${rss}`,
  );
};

console.log(`${gb} GB per model, median of ${runs} runs, ${dir}`);
console.log(`one core's SHA-256 limit (openssl speed, 16 MiB blocks): ${limit.toFixed(2)} GB/s`);
console.log(`mlsec start-up (sign-model of a 1-byte model): ${startup.toFixed(2)} s\n`);
const sha256sum = measure('sha256sum', ['single/model.bin']);
row('sha256sum single file', sha256sum);
const dgst = measure('openssl', ['dgst', '-sha256', 'single/model.bin']);
row('openssl dgst -sha256 single file', dgst);
// The default (all cores): one file is one task, hashed by the calling thread.
const files1 = sign('single', [], 0);
row('mlsec files, single file (default threads)', files1);
const shardArgs = ['--serialization', 'shards', '--shard-size', '268435456'];
const shardsCore = sign('single', shardArgs, 0, true);
row('mlsec shards (256 MB), single file, one core', shardsCore);
const shards1 = sign('single', shardArgs, 1);
row('mlsec shards (256 MB), single file, 1 thread', shards1);
const shards2 = sign('single', shardArgs, 0);
row('mlsec shards (256 MB), single file, all cores', shards2);
const multiCore = sign('multi', [], 0, true);
row(`mlsec files, ${parts} files, one core`, multiCore);
const multi1 = sign('multi', [], 1);
row(`mlsec files, ${parts} files, 1 thread`, multi1);
const multi2 = sign('multi', [], 0);
row(`mlsec files, ${parts} files, all cores`, multi2);
const [a, b, ...rest] = Array.from({ length: parts }, (_, i) => `multi/shard-${i}.bin`);
const openssl2 = measure('sh', [
  '-c',
  `openssl dgst -sha256 ${[a, ...rest.slice(0, 3)].join(' ')} > /dev/null & openssl dgst -sha256 ${[b, ...rest.slice(3)].join(' ')} > /dev/null; wait`,
]);
const openssl1 = measure('openssl', ['dgst', '-sha256', a, b, ...rest]);
row(`openssl dgst, ${parts} files, one process`, openssl1);
row(`openssl dgst, ${parts} files, two processes`, openssl2);

const shardPairs = paired(signArgs('single', shardArgs, 0, true), signArgs('single', shardArgs, 0));
const multiPairs = paired(signArgs('multi', [], 0, true), signArgs('multi', [], 0));
const netSpeedup = (slow, fast) => ((slow.seconds - startup) / (fast.seconds - startup)).toFixed(2);
console.log('\nratios');
console.log(
  `files single file vs one core's limit: ${((gbps(files1.seconds) / limit) * 100).toFixed(0)}% end to end, ${((net(files1.seconds) / limit) * 100).toFixed(0)}% net (target >= 90%)`,
);
console.log(
  `files single file vs sha256sum:        ${(sha256sum.seconds / files1.seconds).toFixed(2)}x faster`,
);
console.log(`files single file vs openssl dgst:     ${(dgst.seconds / files1.seconds).toFixed(2)}x as fast`);
console.log(
  `shards, all cores vs one core:         ${(shardsCore.seconds / shards2.seconds).toFixed(2)}x end to end, ${netSpeedup(shardsCore, shards2)}x net (target >= 1.7x)`,
);
console.log(
  `shards, all cores vs 1 thread:         ${(shards1.seconds / shards2.seconds).toFixed(2)}x end to end, ${netSpeedup(shards1, shards2)}x net`,
);
console.log(
  `multi-file, all cores vs one core:     ${(multiCore.seconds / multi2.seconds).toFixed(2)}x end to end, ${netSpeedup(multiCore, multi2)}x net (target >= 1.7x)`,
);
console.log(
  `paired (one core and all cores run alternately, median of ${runs} ratios): shards ${shardPairs.endToEnd.toFixed(2)}x end to end, ${shardPairs.net.toFixed(2)}x net; multi-file ${multiPairs.endToEnd.toFixed(2)}x end to end, ${multiPairs.net.toFixed(2)}x net (target >= 1.7x)`,
);
console.log(
  `multi-file, all cores vs 1 thread:     ${(multi1.seconds / multi2.seconds).toFixed(2)}x end to end, ${netSpeedup(multi1, multi2)}x net`,
);
console.log(
  `openssl, two processes vs one:         ${(openssl1.seconds / openssl2.seconds).toFixed(2)}x (what this machine's two cores give)`,
);
