// Time to scan a multi-GB PyTorch checkpoint with `mlsec scan-model` (the built CLI), side by
// side with two anchors on the same file: reading every byte once (`cat > /dev/null`, what any
// scanner that hashes or inflates the whole file pays at least), and Python opening the zip and
// running pickletools.genops over its data.pkl (the least a pickle scanner does). mlsec reads the
// zip directory and the pickle only, never the tensor data, so its time should not grow with the
// file. Target (issue #9): well under a second.
// Usage: npm run build && node bench/scan-model/checkpoint.mjs [--gb 3] [--runs 5]
// The checkpoint is written once by torch.save into a temporary folder and removed at the end.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const gigabytes = Number(arg('gb', '3'));
const runs = Number(arg('runs', '5'));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'mlsec-bench-checkpoint-'));
const file = path.join(scratch, 'model.pt');

function seconds(command, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return { elapsed, stdout: result.stdout.toString() };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  // 200 tensors, as a transformer's state dict has hundreds, adding up to the size asked for.
  execFileSync('python3', [
    '-c',
    `
import sys, torch
total = int(float(sys.argv[2]) * 1024**3) // 4
per = total // 200
torch.save({f"layer.{i}.weight": torch.zeros(per, dtype=torch.float32) for i in range(200)}, sys.argv[1])
`,
    file,
    String(gigabytes),
  ]);
  const size = statSync(file).size;
  const cli = path.join(root, 'dist', 'cli.mjs');
  const python = `
import sys, zipfile, pickletools
with zipfile.ZipFile(sys.argv[1]) as archive:
    name = next(n for n in archive.namelist() if n.endswith('/data.pkl'))
    for _ in pickletools.genops(archive.read(name)): pass
`;
  const rounds = { mlsec: [], cat: [], python: [] };
  let report = '';
  for (let round = 0; round < runs; round++) {
    const mlsec = seconds(process.execPath, [cli, 'scan-model', file, '--format', 'json']);
    report = mlsec.stdout;
    rounds.mlsec.push(mlsec.elapsed);
    rounds.cat.push(seconds('sh', ['-c', `cat "${file}" > /dev/null`]).elapsed);
    rounds.python.push(seconds('python3', ['-c', python, file]).elapsed);
  }
  const findings = JSON.parse(report).findings.length;
  console.log(
    `checkpoint: ${(size / 1024 ** 3).toFixed(2)} GiB, 200 tensors (torch.save zip); mlsec findings: ${findings}`,
  );
  for (const [name, values] of Object.entries(rounds)) {
    const m = median(values);
    console.log(
      `${name.padEnd(7)} median ${(m * 1000).toFixed(0)} ms  (${(m / median(rounds.mlsec)).toFixed(1)}x mlsec's time)`,
    );
  }
  console.log('anchors: cat = read every byte once; python = zipfile + pickletools.genops over data.pkl');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
