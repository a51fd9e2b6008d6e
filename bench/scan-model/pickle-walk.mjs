// Times the pickle walker against Python's pickletools.genops on the same generated pickles.
// Run after `npm run build`-free: esbuild bundles the TypeScript walker on the fly.
//
// Both sides are timed in CPU time of their own process (process.cpuUsage, time.process_time)
// and the median of several samples is reported: on a shared machine wall time measures the
// neighbours. A sample repeats the walk until it lasts 50 ms, so small pickles are timed too;
// the walker is first warmed up for 300 ms, since the JIT needs many opcodes to optimize it.
// BENCH_RUNS sets the walker's samples (default 7); genops takes 3.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const PYTHON = process.env.PYTHON ?? 'python3';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

// Each script writes one pickle to sys.argv[1]; exit status 3 means a library it needs is missing.
const CASES = [
  {
    name: 'mixed list (floats, ints, str, bytes, dicts), protocol 4',
    script: `
import pickle, sys
data = [x * 0.5 for x in range(1_000_000)] + list(range(1_000_000)) + [str(x) for x in range(300_000)] + [bytes(32)] * 200_000 + [{'k': x, 'v': (x, x)} for x in range(200_000)]
open(sys.argv[1], 'wb').write(pickle.dumps(data, protocol=4))
`,
  },
  {
    // torch.save's data.pkl, without torch: the same globals, persistent ids and argument
    // shapes, made by stand-in modules so the pickler writes exactly those names. Two calls a
    // tensor: 50,000 tensors would reach the default maxRecords (100,000 call sites).
    name: 'torch-style state_dict (40,000 tensors over persistent storages), protocol 2',
    script: `
import collections, pickle, sys, types
torch = types.ModuleType('torch'); utils = types.ModuleType('torch._utils')
sys.modules.update({'torch': torch, 'torch._utils': utils}); torch._utils = utils
class FloatStorage: pass
FloatStorage.__module__ = 'torch'; torch.FloatStorage = FloatStorage
def _rebuild_tensor_v2(*args): pass
_rebuild_tensor_v2.__module__ = 'torch._utils'; utils._rebuild_tensor_v2 = _rebuild_tensor_v2
class Storage:
    def __init__(self, key, numel): self.key, self.numel = key, numel
class Tensor:
    def __init__(self, key, shape): self.key, self.shape = key, shape
    def __reduce__(self):
        stride = tuple(1 if i == len(self.shape) - 1 else self.shape[-1] for i in range(len(self.shape)))
        numel = 1
        for d in self.shape: numel *= d
        return (_rebuild_tensor_v2, (Storage(self.key, numel), 0, self.shape, stride, False, collections.OrderedDict()))
class Pickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Storage): return ('storage', FloatStorage, str(obj.key), 'cpu', obj.numel)
        return None
state = collections.OrderedDict()
for layer in range(10_000):
    for part, shape in (('weight', (64, 64)), ('bias', (64,)), ('norm.weight', (64,)), ('norm.running_mean', (64,))):
        state[f'encoder.layers.{layer}.{part}'] = Tensor(len(state), shape)
with open(sys.argv[1], 'wb') as f: Pickler(f, protocol=2).dump(state)
`,
  },
  {
    name: 'dict of 20,000 small numpy arrays of mixed dtypes, protocol 5',
    script: `
import pickle, sys
try:
    import numpy as np
except ImportError:
    sys.exit(3)
types = ['<f8', '<f4', '<i8', '|u1', '<U4', '|b1']
arrays = {f'a{i}': np.arange(i % 7 + 1).astype(types[i % len(types)]) for i in range(20_000)}
open(sys.argv[1], 'wb').write(pickle.dumps(arrays, protocol=5))
`,
  },
  {
    name: 'fitted scikit-learn RandomForestClassifier (200 trees), protocol 5',
    script: `
import pickle, sys
try:
    import numpy as np
    from sklearn.ensemble import RandomForestClassifier
except ImportError:
    sys.exit(3)
rng = np.random.default_rng(0)
features = rng.standard_normal((2000, 8)); labels = (features[:, 0] + features[:, 1] > 0).astype(int)
model = RandomForestClassifier(n_estimators=200, random_state=0).fit(features, labels)
open(sys.argv[1], 'wb').write(pickle.dumps(model, protocol=5))
`,
  },
];

const GENOPS = `
import pickletools, sys, time
data = open(sys.argv[1], 'rb').read()
times = []
for _ in range(3):
    start, count = time.process_time(), 0
    while count == 0 or time.process_time() - start < 0.05:
        for _ in pickletools.genops(data): pass
        count += 1
    times.append((time.process_time() - start) / count)
print(sorted(times)[1])
`;

function cpuNow() {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
}

/** CPU seconds of one run of `run`, from repeating it for at least `seconds`. */
function cpuSeconds(run, seconds = 0.05) {
  const start = cpuNow();
  let count = 0;
  do {
    run();
    count++;
  } while (cpuNow() - start < seconds);
  return (cpuNow() - start) / count;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dir = mkdtempSync(path.join(os.tmpdir(), 'mlsec-pickle-bench-'));
const bundle = path.join(dir, 'pickle.mjs');
try {
  await build({
    entryPoints: ['src/checks/scan-model/pickle.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'error',
  });
  const { walkPickle } = await import(bundle);
  const rows = [];
  for (const [index, bench] of CASES.entries()) {
    const file = path.join(dir, `case-${index}.pkl`);
    try {
      execFileSync(PYTHON, ['-c', bench.script, file], { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      if (error.status === 3) {
        console.log(`${bench.name}: skipped (a Python library it needs is missing)`);
        continue;
      }
      throw error;
    }
    const bytes = readFileSync(file);
    // With the options scan-model walks with (calls the policy judges only).
    const options = { judgedCallsOnly: true };
    const first = walkPickle(bytes, options);
    if (first.anomalies.length > 0) throw new Error(`${bench.name}: ${first.anomalies[0].detail}`);
    cpuSeconds(() => walkPickle(bytes, options), 0.3);
    const walker = median(Array.from({ length: RUNS }, () => cpuSeconds(() => walkPickle(bytes, options))));
    const python = Number(execFileSync(PYTHON, ['-c', GENOPS, file]).toString().trim());
    const mb = bytes.length / 1e6;
    rows.push({ name: bench.name, mb, opcodes: first.opcodes, walker, python });
    console.log(`${bench.name}`);
    console.log(`  ${mb.toFixed(1)} MB, ${first.opcodes} opcodes`);
    console.log(`  walker: ${(walker * 1000).toFixed(0)} ms (${(mb / walker).toFixed(0)} MB/s)`);
    console.log(`  pickletools.genops: ${(python * 1000).toFixed(0)} ms (${(mb / python).toFixed(0)} MB/s)`);
    console.log(`  ratio: ${(python / walker).toFixed(1)}x faster`);
  }
  console.log('\nratios (genops CPU time / walker CPU time, medians):');
  for (const row of rows) console.log(`  ${(row.python / row.walker).toFixed(1)}x  ${row.name}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
