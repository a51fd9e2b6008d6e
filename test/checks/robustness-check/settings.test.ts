import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { readSettings } from '../../../src/checks/robustness-check/settings.js';
import {
  formatResult,
  parseResult,
  settingsKey,
  type StoredResult,
} from '../../../src/checks/robustness-check/result-file.js';

const DEFAULTS = {
  model: 'models/m.onnx',
  inputs: 'data/x.npy',
  labels: 'data/y.npy',
  'label-column': 'label',
  'input-range': ['0', '1'],
  epsilons: ['0.05', '0.02'],
  norm: 'linf',
  attacks: ['fgsm', 'pgd', 'square'],
  certify: 'ibp',
  'output-kind': 'auto',
  samples: 100,
  seed: 0,
  'pgd-steps': 20,
  'pgd-restarts': 1,
  'square-queries': 1000,
  'hsj-queries': 1000,
  significance: 0.05,
  'max-membership-auc': 0.6,
  'batch-size': 256,
  threads: 1,
};

function refusal(options: Record<string, unknown>): string {
  try {
    readSettings({ ...DEFAULTS, ...options } as never);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('readSettings', () => {
  it('reads the defaults into typed settings, epsilons sorted', () => {
    const settings = readSettings(DEFAULTS);
    expect(settings.epsilons).toEqual([0.02, 0.05]);
    expect(settings.lower).toBe(0);
    expect(settings.upper).toBe(1);
    expect(settings.data).toEqual({ inputs: 'data/x.npy', labels: 'data/y.npy' });
    expect(settings.preprocessing).toEqual({});
    expect(settings.minRobustAccuracy.size).toBe(0);
    expect(settings.membership).toBeUndefined();
    expect(settings.maxDrop).toBeUndefined();
  });

  it('reads minimums for every epsilon or per epsilon', () => {
    expect([...readSettings({ ...DEFAULTS, 'min-robust-accuracy': ['0.7'] }).minRobustAccuracy]).toEqual([
      [0.02, 0.7],
      [0.05, 0.7],
    ]);
    expect([
      ...readSettings({ ...DEFAULTS, 'min-robust-accuracy': ['0.5', '0.02:0.8'] }).minRobustAccuracy,
    ]).toEqual([
      [0.02, 0.8],
      [0.05, 0.5],
    ]);
  });

  it('reads preprocessing and the membership sets', () => {
    const settings = readSettings({
      ...DEFAULTS,
      scale: 255,
      mean: ['0.5'],
      std: ['0.25'],
      layout: 'nhwc',
      'train-inputs': 't.npz',
      'holdout-inputs': 'h.npz',
    });
    expect(settings.preprocessing).toEqual({ scale: 255, mean: [0.5], std: [0.25], layout: 'nhwc' });
    expect(settings.membership).toEqual({ train: { inputs: 't.npz' }, holdout: { inputs: 'h.npz' } });
  });

  it('names the option in every refusal', () => {
    expect(refusal({ model: undefined })).toBe('model: name the ONNX classifier to evaluate');
    expect(refusal({ inputs: undefined })).toBe('labels: is set but inputs is not');
    expect(refusal({ inputs: undefined, labels: undefined })).toBe(
      'inputs: name the evaluation data (.npy, .npz or .csv)',
    );
    expect(refusal({ 'input-range': ['1', '0'] })).toBe(
      'input-range: expected two numbers `low,high` with low below high',
    );
    expect(refusal({ epsilons: ['0'] })).toBe(
      'epsilons: each budget must be above 0 (clean accuracy is always reported)',
    );
    expect(refusal({ 'min-robust-accuracy': ['80'] })).toBe(
      'min-robust-accuracy: 80: a minimum is a share from 0 to 1, not a percentage',
    );
    expect(refusal({ 'min-robust-accuracy': ['0.1:0.8'] })).toBe(
      'min-robust-accuracy: 0.1:0.8: epsilon 0.1 is not one of epsilons (0.02, 0.05)',
    );
    expect(refusal({ samples: 1.5 })).toBe('samples: expected a whole number from 1 to 1000000');
    expect(refusal({ 'max-drop': 2 })).toBe(
      'max-drop: expected a number from 0 up to 1 (a share, not a percentage)',
    );
    expect(refusal({ significance: 0 })).toBe(
      'significance: expected a number above 0 up to 1 (a share, not a percentage)',
    );
    expect(refusal({ std: ['0'] })).toBe('std: each standard deviation must be above 0');
    expect(refusal({ 'train-inputs': 't.npy' })).toBe(
      'holdout-inputs: membership inference needs both train-inputs and holdout-inputs',
    );
  });
});

describe('result files', () => {
  const settings = readSettings(DEFAULTS);

  it('keys runs by data and evaluation settings, not by the model', () => {
    const key = settingsKey(settings, 'aa', 100);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(settingsKey({ ...settings, model: 'other.onnx' }, 'aa', 100)).toBe(key);
    expect(settingsKey(settings, 'ab', 100)).not.toBe(key);
    expect(settingsKey(settings, 'aa', 99)).not.toBe(key);
    expect(settingsKey({ ...settings, seed: 1 }, 'aa', 100)).not.toBe(key);
    expect(settingsKey({ ...settings, epsilons: [0.02] }, 'aa', 100)).not.toBe(key);
  });

  it('round-trips per-sample outcomes of any length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300, max: 1 }), (bits) => {
        const result: StoredResult = {
          settingsKey: '0123456789abcdef0123456789abcdef',
          samples: bits.length,
          clean: bits,
          perEpsilon: [{ epsilon: 0.1, robust: bits.map((bit) => bit ^ 1) }],
          commit: 'abcdef1',
        };
        expect(parseResult(formatResult(result), 'r')).toEqual(result);
      }),
    );
  });

  it('refuses what is not a result, naming the source', () => {
    expect(() => parseResult('nope', 'compare-to: base.json')).toThrow('compare-to: base.json: is not JSON');
    expect(() => parseResult('{"format":"x"}', 'f')).toThrow(
      'f: is not an mlsec robustness result (format mlsec-robustness-result)',
    );
    const good = JSON.parse(
      formatResult({
        settingsKey: '0123456789abcdef0123456789abcdef',
        samples: 9,
        clean: new Uint8Array(9),
        perEpsilon: [{ epsilon: 0.1, robust: new Uint8Array(9) }],
      }),
    ) as Record<string, unknown>;
    expect(() => parseResult(JSON.stringify({ ...good, samples: 17 }), 'f')).toThrow(
      'f: perEpsilon[0].robust does not hold 17 outcomes',
    );
    expect(() =>
      parseResult(JSON.stringify({ ...good, perEpsilon: [{ epsilon: -1, robust: '' }] }), 'f'),
    ).toThrow('f: perEpsilon[0].epsilon is not a budget');
  });

  it('never throws anything but a UsageError on mutated files', () => {
    const text = formatResult({
      settingsKey: '0123456789abcdef0123456789abcdef',
      samples: 20,
      clean: new Uint8Array(20).fill(1),
      perEpsilon: [{ epsilon: 0.05, robust: new Uint8Array(20) }],
    });
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.string({ maxLength: 3 }), (at, insert) => {
        const mutated = text.slice(0, at) + insert + text.slice(at + 1);
        try {
          parseResult(mutated, 'f');
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
        }
      }),
    );
  });
});
