// Decompression speed of scan-model's decoders against Python's own modules, on the same ~50 MB
// model-like content (float32 weights, small integers, repetitive text) compressed once by Python
// in each format. Prints MB/s of output per second of CPU time (the best of two runs; CPU time,
// as other work on the machine skews wall time) for both, and their ratio. No `npm run build` needed:
// esbuild bundles the TypeScript decoders on the fly.
// Usage: node bench/scan-model/decompress.mjs [MB]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const megabytes = Number(process.argv[2] ?? 50);
const dir = mkdtempSync(path.join(os.tmpdir(), 'mlsec-decompress-bench-'));
const bundle = path.join(dir, 'decompress.mjs');
const formats = [
  ['zlib', 'z'],
  ['gzip', 'gz'],
  ['bz2', 'bz2'],
  ['xz', 'xz'],
  ['lzma', 'lzma'],
];
try {
  execFileSync('python3', [
    '-c',
    `
import bz2, gzip, lzma, os, random, sys, zlib
size = int(float(sys.argv[2]) * 1e6)
rng = random.Random(1)
# float32 weights near zero: three random mantissa bytes, then one of four exponent bytes.
count = size // 8
weights = bytearray(4 * count)
for lane in range(3):
    weights[lane::4] = rng.randbytes(count)
weights[3::4] = rng.randbytes(count).translate(bytes([0x3c, 0x3d, 0xbc, 0xbd] * 64))
ints = rng.randbytes(size // 4).translate(bytes([0, 0, 0, 1, 2, 255] * 42 + [0] * 4))
text = b''.join(b'estimator_%d coef_ intercept_ n_features_in_ %d\\n' % (i % 300, i) for i in range(size // 40))
data = (weights + ints + text)[:size]
out = sys.argv[1]
open(os.path.join(out, 'content'), 'wb').write(data)
open(os.path.join(out, 'content.z'), 'wb').write(zlib.compress(data, 3))
open(os.path.join(out, 'content.gz'), 'wb').write(gzip.compress(data, 3, mtime=0))
open(os.path.join(out, 'content.bz2'), 'wb').write(bz2.compress(data, 9))
open(os.path.join(out, 'content.xz'), 'wb').write(lzma.compress(data, preset=3))
open(os.path.join(out, 'content.lzma'), 'wb').write(lzma.compress(data, format=lzma.FORMAT_ALONE, preset=3))
`,
    dir,
    String(megabytes),
  ]);
  await build({
    stdin: {
      contents:
        "export { decompress } from './src/checks/scan-model/decompress.ts';\n" +
        "export { bufferSource } from './src/checks/scan-model/source.ts';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'error',
  });
  const { decompress, bufferSource } = await import(bundle);
  const size = readFileSync(path.join(dir, 'content')).length;
  const mb = size / 1e6;
  console.log(
    `content: ${mb.toFixed(1)} MB (zlib and gzip level 3, joblib's default; bz2 level 9; xz and .lzma preset 3)`,
  );
  const python = JSON.parse(
    execFileSync('python3', [
      '-c',
      `
import bz2, gzip, io, json, lzma, os, sys, time, zlib
out = {}
readers = {
  'zlib': lambda b: zlib.decompress(b),
  'gzip': lambda b: gzip.GzipFile(fileobj=io.BytesIO(b)).read(),
  'bz2': lambda b: bz2.decompress(b),
  'xz': lambda b: lzma.decompress(b),
  'lzma': lambda b: lzma.decompress(b),
}
for method, ext in json.loads(sys.argv[2]):
  data = open(os.path.join(sys.argv[1], 'content.' + ext), 'rb').read()
  best = float('inf')
  for _ in range(2):
    start = time.process_time(); readers[method](data); best = min(best, time.process_time() - start)
  out[method] = best
print(json.dumps(out))
`,
      dir,
      JSON.stringify(formats),
    ]).toString(),
  );
  for (const [method, ext] of formats) {
    const bytes = readFileSync(path.join(dir, `content.${ext}`));
    let best = Infinity;
    let result;
    for (let run = 0; run < 2; run++) {
      let seen = 0;
      const started = process.cpuUsage();
      result = await decompress(method, bufferSource(bytes), (chunk) => void (seen += chunk.length), {
        maxRatio: Infinity,
      });
      const used = process.cpuUsage(started);
      best = Math.min(best, (used.user + used.system) / 1e6);
      if (seen !== size || !result.complete)
        throw new Error(`${method}: ${seen} bytes, complete ${result.complete}`);
    }
    const ours = mb / best;
    const theirs = mb / python[method];
    console.log(
      `${method.padEnd(5)} ${(bytes.length / 1e6).toFixed(1).padStart(5)} MB in: mlsec ${ours.toFixed(0).padStart(4)} MB/s, ` +
        `Python ${theirs.toFixed(0).padStart(4)} MB/s, ratio ${(ours / theirs).toFixed(2)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
