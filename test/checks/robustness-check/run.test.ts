import { cp, mkdtemp, readFile, realpath } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { robustnessCheck } from '../../../src/checks/robustness-check/definition.js';
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
    expect(otherSeed.result.tables?.find((table) => table.title === 'Notes')?.rows).toContainEqual([
      'max-drop was not checked: no result of main with these settings is cached yet',
    ]);
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
      'Input validation (the model as served, batch 1)',
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
