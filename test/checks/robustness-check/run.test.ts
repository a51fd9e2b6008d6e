import { cp, mkdtemp, readFile, realpath, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { robustnessCheck } from '../../../src/checks/robustness-check/definition.js';
import type { ModelGraph } from '../../../src/checks/robustness-check/graph.js';
import { readOnnxModel } from '../../../src/checks/robustness-check/onnx-read.js';
import { writeOnnxModel } from '../../../src/checks/robustness-check/onnx-write.js';
import type { OptionValues, ResultStore, RunEnvironment } from '../../../src/core/check.js';
import { EMPTY_CONFIG } from '../../../src/core/config.js';
import { resolveOptions, runEngine } from '../../../src/core/engine.js';
import type { Finding } from '../../../src/core/findings.js';
import { fingerprintKeyFrom } from '../../../src/core/redaction.js';

/**
 * robustness-check end to end over the trained fixtures (scripts/fixtures/robustness-check):
 * the invariants of the issue (certified <= attacked <= clean, attacks within a point of the exact
 * answer on linear models), the gates, and what the report holds.
 */

const FIXTURES = path.resolve('test/fixtures/robustness-check');
const manifest = JSON.parse(await readFile(path.join(FIXTURES, 'MANIFEST.json'), 'utf8')) as {
  models: Record<
    string,
    { cleanAccuracy: number; exactRobustAccuracy?: Record<string, { robustAccuracy: number }> }
  >;
  membership: { models: Record<string, { auc: number }> };
};
const key = fingerprintKeyFrom(undefined);

interface PerEpsilon {
  epsilon: number;
  norm: string;
  robustAccuracy: number;
  certifiedAccuracy: number | null;
  exactRobustAccuracy?: number;
  byAttack: Record<string, number>;
}

async function check(explicit: Record<string, string>, environment: RunEnvironment = {}, root = FIXTURES) {
  const output = await runEngine({
    check: robustnessCheck,
    root,
    paths: [],
    options: resolveOptions(robustnessCheck.options, explicit, undefined, 'option') as OptionValues,
    config: EMPTY_CONFIG,
    failOn: 'error',
    fingerprintKey: key,
    environment: { loadOnnxRuntime: () => Promise.resolve(ort), ...environment },
  });
  const metrics = output.result.metrics as {
    cleanAccuracy: number;
    samples: number;
    perEpsilon: PerEpsilon[];
  };
  return { ...output, metrics };
}

const rules = (findings: readonly Finding[]) => findings.map((finding) => finding.ruleId).sort();

function bracketed(metrics: { cleanAccuracy: number; perEpsilon: PerEpsilon[] }): void {
  for (const entry of metrics.perEpsilon) {
    expect(entry.robustAccuracy).toBeLessThanOrEqual(metrics.cleanAccuracy);
    if (entry.certifiedAccuracy !== null)
      expect(entry.certifiedAccuracy).toBeLessThanOrEqual(entry.robustAccuracy);
    for (const robust of Object.values(entry.byAttack))
      expect(entry.robustAccuracy).toBeLessThanOrEqual(robust);
  }
}

describe('robustness-check on linear models', () => {
  it('comes within one point of the exact robust accuracy, above the certified bound', async () => {
    const { metrics, result } = await check({
      model: 'models/linear.onnx',
      inputs: 'data/test-x.npy',
      labels: 'data/test-y.npy',
      samples: '300',
      epsilons: '0.02,0.05,0.1',
      attacks: 'fgsm,pgd,square',
    });
    expect(metrics.samples).toBe(300);
    expect(metrics.cleanAccuracy).toBeCloseTo(manifest.models['linear.onnx']!.cleanAccuracy, 10);
    for (const entry of metrics.perEpsilon) {
      const exact =
        manifest.models['linear.onnx']!.exactRobustAccuracy![String(entry.epsilon)]!.robustAccuracy;
      expect(entry.exactRobustAccuracy).toBeCloseTo(exact, 10);
      expect(entry.robustAccuracy).toBeGreaterThanOrEqual(exact);
      expect(entry.robustAccuracy - exact).toBeLessThanOrEqual(0.01);
    }
    bracketed(metrics);
    expect(rules(result.findings).filter((rule) => rule === 'robustness/inconsistent-bounds')).toEqual([]);
  });

  it('reads a single sigmoid output as two classes, exact within a point', async () => {
    const { metrics } = await check({
      model: 'models/logistic-binary.onnx',
      inputs: 'data/test-x.npy',
      labels: 'data/test-y-binary.npy',
      samples: '300',
      epsilons: '0.02,0.05',
      attacks: 'pgd',
    });
    const expected = manifest.models['logistic-binary.onnx']!;
    expect(metrics.cleanAccuracy).toBeCloseTo(expected.cleanAccuracy, 10);
    for (const entry of metrics.perEpsilon) {
      const exact = expected.exactRobustAccuracy![String(entry.epsilon)]!.robustAccuracy;
      expect(entry.robustAccuracy - exact).toBeGreaterThanOrEqual(0);
      expect(entry.robustAccuracy - exact).toBeLessThanOrEqual(0.01);
    }
  });
});

describe('robustness-check brackets robust accuracy on every model', () => {
  it.each([
    ['models/mlp.onnx', 'data/test-x.npy', {}],
    ['models/mlp-softmax.onnx', 'data/test-x.npy', {}],
    ['models/cnn.onnx', 'data/test-x-images.npy', {}],
    ['models/cnn-bn.onnx', 'data/test-x-images.npy', { certify: 'crown' }],
    ['models/cnn-standardized.onnx', 'data/test-x-nhwc.npy', { layout: 'nhwc', mean: '0.5', std: '0.25' }],
    ['models/fixed-batch.onnx', 'data/test-x.npy', {}],
  ])('%s', async (model, inputs, extra: Record<string, string>) => {
    const { metrics, result } = await check({
      model,
      inputs,
      labels: 'data/test-y.npy',
      samples: '60',
      epsilons: '0.02,0.05',
      'square-queries': '200',
      ...extra,
    });
    expect(metrics.cleanAccuracy).toBeGreaterThan(0.9);
    bracketed(metrics);
    expect(metrics.perEpsilon.every((entry) => entry.certifiedAccuracy !== null)).toBe(true);
    expect(rules(result.findings).filter((rule) => rule === 'robustness/inconsistent-bounds')).toEqual([]);
  });

  it('attacks the logits under a softmax: the same numbers as the logits model', async () => {
    const options = { inputs: 'data/test-x.npy', labels: 'data/test-y.npy', samples: '60', epsilons: '0.05' };
    const logits = await check({ model: 'models/mlp.onnx', ...options });
    const softmax = await check({ model: 'models/mlp-softmax.onnx', ...options });
    expect(softmax.metrics.perEpsilon).toEqual(logits.metrics.perEpsilon);
  });

  it('estimates gradients through an op without a backward rule, and says so', async () => {
    const { result, metrics } = await check({
      model: 'models/gelu-mlp.onnx',
      inputs: 'data/test-x.npy',
      labels: 'data/test-y.npy',
      samples: '40',
      epsilons: '0.05',
      'square-queries': '200',
    });
    expect(result.metrics.gradients).toBe('estimated');
    expect(rules(result.findings)).toContain('robustness/estimated-gradients');
    bracketed(metrics);
  });
});

describe('robustness-check gates', () => {
  // Result files are written inside the root: a scratch copy of the fixtures.
  let scratch = '';
  beforeAll(async () => {
    scratch = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-rc-')));
    await cp(FIXTURES, scratch, { recursive: true });
  });
  const options = {
    inputs: 'data/test-x.npy',
    labels: 'data/test-y.npy',
    samples: '300',
    epsilons: '0.05',
    attacks: 'fgsm,pgd',
    certify: 'none',
  };

  it('blocks a deliberately weakened model against the base result and passes an unchanged one', async () => {
    const saved = 'results/base.json';
    const base = await check({ model: 'models/mlp.onnx', ...options, 'save-result': saved }, {}, scratch);
    expect(base.result.artifacts).toEqual([{ kind: 'robustness-result', path: path.join(scratch, saved) }]);

    const unchanged = await check(
      { model: 'models/mlp.onnx', ...options, 'compare-to': saved, 'max-drop': '0.02' },
      {},
      scratch,
    );
    expect(rules(unchanged.result.findings)).not.toContain('robustness/regression');
    expect(unchanged.result.metrics.comparison).toMatchObject({
      perEpsilon: [{ epsilon: 0.05, drop: 0, failed: false }],
    });

    const weakened = await check(
      { model: 'models/mlp-weakened.onnx', ...options, 'compare-to': saved, 'max-drop': '0.02' },
      {},
      scratch,
    );
    const regression = weakened.result.findings.filter(
      (finding) => finding.ruleId === 'robustness/regression',
    );
    expect(regression).toHaveLength(1);
    expect(regression[0]!.level).toBe('error');
    expect(regression[0]!.message).toMatch(
      /^Robust accuracy of models\/mlp-weakened\.onnx at epsilon 0\.05 dropped by \d+\.\d% against .*base\.json/,
    );
    expect(weakened.report.failed).toBe(true);
    expect(unchanged.report.failed).toBe(false);
  });

  it('compares with the base branch through the result store, keyed by the settings', async () => {
    const entries = new Map<string, string>();
    const store: ResultStore = {
      restore: (wanted, prefixes) => {
        const keys = [...entries.keys()].filter(
          (stored) => stored === wanted || prefixes.some((prefix) => stored.startsWith(prefix)),
        );
        return Promise.resolve(keys.length ? entries.get(keys[keys.length - 1]!) : undefined);
      },
      save: (stored, contents) => {
        if (!entries.has(stored)) entries.set(stored, contents);
        return Promise.resolve();
      },
    };
    await check(
      { model: 'models/mlp.onnx', ...options },
      { resultStore: store, resultBranch: 'main', sha: 'a'.repeat(40) },
    );
    expect([...entries.keys()]).toEqual([
      expect.stringMatching(/^mlsec-robustness-main-[0-9a-f]{32}-a{40}$/),
    ]);

    const pr = await check(
      { model: 'models/mlp-weakened.onnx', ...options, 'max-drop': '0.02' },
      { resultStore: store, baseBranch: 'main' },
    );
    expect(rules(pr.result.findings)).toContain('robustness/regression');

    const otherSeed = await check(
      { model: 'models/mlp-weakened.onnx', ...options, seed: '7', 'max-drop': '0.02' },
      { resultStore: store, baseBranch: 'main' },
    );
    expect(rules(otherSeed.result.findings)).not.toContain('robustness/regression');
    expect(
      otherSeed.result.findings.filter((finding) => finding.ruleId === 'robustness/regression-not-checked'),
    ).toMatchObject([
      {
        level: 'warning',
        message:
          'max-drop was not checked for models/mlp-weakened.onnx: no result of main with these evaluation settings is stored yet.',
      },
    ]);

    // The push run that stores the base is not asked to compare with anything.
    const push = await check(
      { model: 'models/mlp.onnx', ...options, 'max-drop': '0.02' },
      { resultStore: store, resultBranch: 'main', sha: 'c'.repeat(40) },
    );
    expect(rules(push.result.findings)).not.toContain('robustness/regression-not-checked');
  });

  it('says when max-drop has nothing to compare with, or the base was attacked differently', async () => {
    const alone = await check({ model: 'models/mlp.onnx', ...options, 'max-drop': '0.02' });
    expect(
      alone.result.findings.find((finding) => finding.ruleId === 'robustness/regression-not-checked')
        ?.message,
    ).toBe(
      'max-drop was not checked for models/mlp.onnx: this run has no base branch result to compare with; name one with compare-to.',
    );

    await check({ model: 'models/mlp.onnx', ...options, 'save-result': 'results/exact.json' }, {}, scratch);
    const estimated = await check(
      { model: 'models/gelu-mlp.onnx', ...options, 'compare-to': 'results/exact.json', 'max-drop': '0.02' },
      {},
      scratch,
    );
    expect(
      estimated.result.findings.find((finding) => finding.ruleId === 'robustness/regression-not-checked')
        ?.message,
    ).toBe(
      'max-drop was not checked for models/gelu-mlp.onnx: results/exact.json was attacked with exact gradients, this run with estimated ones.',
    );

    // A result file without the epsilon (edited, or of another tool) is not a pass.
    const stored = JSON.parse(await readFile(path.join(scratch, 'results/exact.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    await writeFile(path.join(scratch, 'results/empty.json'), JSON.stringify({ ...stored, perEpsilon: [] }));
    const empty = await check(
      {
        model: 'models/mlp.onnx',
        ...options,
        'compare-to': 'results/empty.json',
        'max-drop': '0',
        significance: '1',
      },
      {},
      scratch,
    );
    expect(
      empty.result.findings.find((finding) => finding.ruleId === 'robustness/regression-not-checked')
        ?.message,
    ).toBe(
      'max-drop was not checked for models/mlp.onnx: results/empty.json has no result at epsilon 0.05 for these 300 samples.',
    );
  });

  it('warns about a drop over max-drop that too few samples cannot make significant', async () => {
    const few = { ...options, samples: '20' };
    await check({ model: 'models/mlp.onnx', ...few, 'save-result': 'results/few.json' }, {}, scratch);
    const weakened = await check(
      { model: 'models/mlp-weakened.onnx', ...few, 'compare-to': 'results/few.json', 'max-drop': '0.01' },
      {},
      scratch,
    );
    const comparison = weakened.result.metrics.comparison as {
      perEpsilon: { lost: number; gained: number; gate: string }[];
    };
    // 19 of 20 robust on the base, 15 now: 4 lost, p = 1/16, which 20 samples cannot get below 0.05.
    expect(comparison.perEpsilon[0]).toMatchObject({ lost: 4, gained: 0, gate: 'not-significant' });
    const warning = weakened.result.findings.find((finding) => finding.ruleId === 'robustness/regression');
    expect(warning?.level).toBe('warning');
    expect(warning?.message).toMatch(
      /dropped by 20\.0% .*\(4 samples lost, 0 gained; McNemar p = 0\.0625\), more than max-drop 1\.0%, but not significantly \(p is not below 0\.05; with 20 samples a drop needs at least 5 samples lost and none gained to be\)\.$/,
    );
    expect(weakened.report.failed).toBe(false);
  });

  it('fails below the minimum robust accuracy at that epsilon only', async () => {
    const { result, metrics } = await check({
      model: 'models/mlp-weakened.onnx',
      ...options,
      epsilons: '0.02,0.05',
      'min-robust-accuracy': '0.02:0.5,0.05:0.95',
    });
    const below = result.findings.filter((finding) => finding.ruleId === 'robustness/below-minimum');
    expect(below.map((finding) => finding.properties?.epsilon)).toEqual([0.05]);
    expect(metrics.perEpsilon[1]!.robustAccuracy).toBeLessThan(0.95);
  });

  it('flags membership inference on an overfit model only', async () => {
    const membership = {
      'train-inputs': 'data/train-x.npy',
      'train-labels': 'data/train-y.npy',
      'holdout-inputs': 'data/holdout-x.npy',
      'holdout-labels': 'data/holdout-y.npy',
    };
    const overfit = await check({ model: 'models/overfit.onnx', ...options, samples: '20', ...membership });
    expect((overfit.result.metrics.membership as { auc: number }).auc).toBeCloseTo(
      manifest.membership.models['overfit.onnx']!.auc,
      3,
    );
    expect(rules(overfit.result.findings)).toContain('robustness/membership-inference');
    const regular = await check({ model: 'models/mlp.onnx', ...options, samples: '20', ...membership });
    expect((regular.result.metrics.membership as { auc: number }).auc).toBeCloseTo(
      manifest.membership.models['mlp.onnx']!.auc,
      3,
    );
    expect(rules(regular.result.findings)).not.toContain('robustness/membership-inference');
  });
});

/** A little-endian float32 (or int64) .npy of the given shape. */
function npy(shape: readonly number[], values: ArrayLike<number>, dtype: '<f4' | '<i8' = '<f4'): Uint8Array {
  let header = `{'descr': '${dtype}', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  header += ' '.repeat(63 - ((10 + header.length) % 64)) + '\n';
  const data =
    dtype === '<f4'
      ? new Uint8Array(Float32Array.from(values).buffer)
      : new Uint8Array(BigInt64Array.from(Array.from(values, (v) => BigInt(v))).buffer);
  const out = new Uint8Array(10 + header.length + data.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, header.length & 0xff, header.length >> 8]);
  out.set(new TextEncoder().encode(header), 10);
  out.set(data, 10 + header.length);
  return out;
}

describe('robustness-check refuses what it cannot measure', () => {
  let scratch = '';
  beforeAll(async () => {
    scratch = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-rc-small-')));
    await cp(FIXTURES, scratch, { recursive: true });
    await writeFile(path.join(scratch, 'data/few-x.npy'), npy([30, 64], new Float32Array(30 * 64)));
    await writeFile(path.join(scratch, 'data/few-y.npy'), npy([30], new Array<number>(30).fill(1), '<i8'));
    await writeFile(path.join(scratch, 'data/bad-y.npy'), npy([300], new Array<number>(300).fill(10), '<i8'));
  });

  it('reads a single raw logit as two classes, and refuses logits declared as a probability', async () => {
    const binary = readOnnxModel(await readFile(path.join(FIXTURES, 'models/logistic-binary.onnx')), {
      file: 'b',
    });
    const sigmoid = binary.nodes[binary.nodes.length - 1]!;
    expect(sigmoid.opType).toBe('Sigmoid');
    // The same network without its Sigmoid: what a BCE-with-logits training exports.
    const logit: ModelGraph = {
      ...binary,
      nodes: binary.nodes.slice(0, -1),
      outputs: [{ ...binary.outputs[0]!, name: sigmoid.inputs[0]! }],
    };
    await writeFile(path.join(scratch, 'models/logit.onnx'), writeOnnxModel(logit));
    const options = {
      inputs: 'data/test-x.npy',
      labels: 'data/test-y-binary.npy',
      samples: '60',
      epsilons: '0.02,0.05',
    };
    const fromLogit = await check({ model: 'models/logit.onnx', ...options }, {}, scratch);
    const fromSigmoid = await check({ model: 'models/logistic-binary.onnx', ...options }, {}, scratch);
    expect(fromLogit.metrics.cleanAccuracy).toBe(fromSigmoid.metrics.cleanAccuracy);
    expect(fromLogit.metrics.perEpsilon.map((entry) => entry.robustAccuracy)).toEqual(
      fromSigmoid.metrics.perEpsilon.map((entry) => entry.robustAccuracy),
    );
    await expect(
      check({ model: 'models/logit.onnx', ...options, 'output-kind': 'sigmoid' }, {}, scratch),
    ).rejects.toThrow(
      /^models\/logit\.onnx: output-kind is sigmoid, but the model returns values outside \[0, 1\] for \d+ of 60 samples: they are not probabilities; if it returns logits, set output-kind to logits \(or auto\)$/,
    );
  });

  it('needs 50 samples per membership set', async () => {
    await expect(
      check(
        {
          model: 'models/mlp.onnx',
          inputs: 'data/test-x.npy',
          labels: 'data/test-y.npy',
          samples: '10',
          attacks: 'fgsm',
          'train-inputs': 'data/few-x.npy',
          'train-labels': 'data/few-y.npy',
          'holdout-inputs': 'data/holdout-x.npy',
          'holdout-labels': 'data/holdout-y.npy',
        },
        {},
        scratch,
      ),
    ).rejects.toThrow(
      'train-inputs: data/few-x.npy holds 30 samples; membership inference needs at least 50 in each set',
    );
  });

  it('names the labels file of a label that is not a class', async () => {
    await expect(
      check(
        { model: 'models/mlp.onnx', inputs: 'data/test-x.npy', labels: 'data/bad-y.npy', samples: '10' },
        {},
        scratch,
      ),
    ).rejects.toThrow('data/bad-y.npy: the label of sample 0 is not a class of the 10-class model (0 to 9)');
  });
});

describe('robustness-check report', () => {
  it('has the metrics of the contract, a chart, tables and outputs', async () => {
    const { result } = await check({
      model: 'models/mlp.onnx',
      inputs: 'data/test.npz',
      samples: '30',
      epsilons: '0.02,0.05',
      'square-queries': '100',
    });
    const metrics = result.metrics as { perEpsilon: PerEpsilon[] };
    expect(Object.keys(metrics.perEpsilon[0]!.byAttack)).toEqual(['fgsm', 'pgd', 'square']);
    expect(result.charts).toHaveLength(1);
    expect(result.charts![0]!.x).toEqual([0, 0.02, 0.05]);
    expect(result.charts![0]!.series.map((series) => series.name)).toEqual([
      'worst case',
      'certified (ibp)',
      'fgsm',
      'pgd',
      'square',
    ]);
    expect(result.tables!.map((table) => table.title)).toEqual([
      'Robust accuracy (linf, 30 samples, clean ' +
        result.outputs!['clean-accuracy']!.replace(/^(.*)$/, (v) => `${(Number(v) * 100).toFixed(1)}%`) +
        ')',
      'Attack: fgsm',
      'Attack: pgd',
      'Attack: square',
      'Input validation (the model as served)',
    ]);
    expect(Object.keys(JSON.parse(result.outputs!['robust-accuracy']!) as object)).toEqual(['0.02', '0.05']);
    expect((result.metrics.inputValidation as unknown[]).length).toBe(8);
  });

  it('refuses data that does not fit the model, naming the file', async () => {
    await expect(
      check({ model: 'models/cnn.onnx', inputs: 'data/test-y.npy', labels: 'data/test-y.npy', samples: '5' }),
    ).rejects.toThrow('data/test-y.npy: inputs of shape [300]; expected [samples, ...features]');
    await expect(
      check({ model: 'models/mlp.onnx', inputs: 'data/test-x.npy', labels: 'data/missing.npy' }),
    ).rejects.toThrow(/missing\.npy/);
  });
});
