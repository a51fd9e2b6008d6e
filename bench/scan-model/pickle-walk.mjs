// Times the pickle walker against Python's pickletools.genops on the same generated pickle.
// Run after `npm run build`-free: esbuild bundles the TypeScript walker on the fly.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const dir = mkdtempSync(path.join(os.tmpdir(), 'mlsec-pickle-bench-'));
const file = path.join(dir, 'large.pkl');
const bundle = path.join(dir, 'pickle.mjs');
try {
  // A list of many floats, ints, short strings and byte strings: tens of MB, protocol 4 frames.
  execFileSync('python3', [
    '-c',
    `
import pickle, sys
data = [x * 0.5 for x in range(1_000_000)] + list(range(1_000_000)) + [str(x) for x in range(300_000)] + [bytes(32)] * 200_000 + [{'k': x, 'v': (x, x)} for x in range(200_000)]
open(sys.argv[1], 'wb').write(pickle.dumps(data, protocol=4))
`,
    file,
  ]);
  await build({
    entryPoints: ['src/checks/scan-model/pickle.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'error',
  });
  const { walkPickle } = await import(bundle);
  const bytes = readFileSync(file);
  walkPickle(bytes); // warm-up
  const runs = 5;
  const started = process.hrtime.bigint();
  let opcodes = 0;
  for (let i = 0; i < runs; i++) opcodes = walkPickle(bytes).opcodes;
  const walkerSeconds = Number(process.hrtime.bigint() - started) / 1e9 / runs;
  const pythonSeconds = Number(
    execFileSync('python3', [
      '-c',
      `
import pickletools, sys, time
data = open(sys.argv[1], 'rb').read()
start = time.perf_counter()
for _ in pickletools.genops(data): pass
print(time.perf_counter() - start)
`,
      file,
    ])
      .toString()
      .trim(),
  );
  const mb = bytes.length / 1e6;
  console.log(`pickle: ${mb.toFixed(1)} MB, ${opcodes} opcodes`);
  console.log(`walker: ${(walkerSeconds * 1000).toFixed(0)} ms (${(mb / walkerSeconds).toFixed(0)} MB/s)`);
  console.log(
    `pickletools.genops: ${(pythonSeconds * 1000).toFixed(0)} ms (${(mb / pythonSeconds).toFixed(0)} MB/s)`,
  );
  console.log(`ratio: ${(pythonSeconds / walkerSeconds).toFixed(1)}x faster`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
