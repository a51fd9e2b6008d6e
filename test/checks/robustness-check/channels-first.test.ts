import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelsFirstView, permuteChannels } from '../../../src/checks/robustness-check/channels-first.js';
import type { Classifier } from '../../../src/checks/robustness-check/classifier.js';

describe('permuteChannels', () => {
  it('moves [H, W, C] to [C, H, W] and back', () => {
    // One sample, H=1, W=2, C=3: pixels (a0 a1 a2) (b0 b1 b2) -> channels (a0 b0) (a1 b1) (a2 b2).
    const hwc = Float32Array.from([10, 11, 12, 20, 21, 22]);
    const chw = permuteChannels(hwc, 1, { height: 1, width: 2, channels: 3 }, true);
    expect(Array.from(chw)).toEqual([10, 20, 11, 21, 12, 22]);
    expect(Array.from(permuteChannels(chw, 1, { height: 1, width: 2, channels: 3 }, false))).toEqual(
      Array.from(hwc),
    );
  });

  it('is a bijection for any shape and sample count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        (height, width, channels, n) => {
          const shape = { height, width, channels };
          const values = Float32Array.from({ length: n * height * width * channels }, (_, i) => i);
          const there = permuteChannels(values, n, shape, true);
          expect([...there].sort((a, b) => a - b)).toEqual([...values]);
          expect(permuteChannels(there, n, shape, false)).toEqual(values);
        },
      ),
    );
  });
});

describe('channelsFirstView', () => {
  // Logit j = sum_k w_jk x_k over [H, W, C] inputs; its CE-free "loss" gradient is w_y.
  const weights = [
    Float32Array.from({ length: 12 }, (_, k) => k),
    Float32Array.from({ length: 12 }, (_, k) => 12 - k),
  ];
  let gradientsKind: Classifier['gradients'] = 'exact';
  const inner: Classifier = {
    sampleShape: [2, 2, 3],
    inputSize: 12,
    classes: 2,
    get gradients() {
      return gradientsKind;
    },
    logits: (inputs, n) =>
      Promise.resolve(
        Float32Array.from({ length: n * 2 }, (_, i) => {
          const s = Math.floor(i / 2);
          return weights[i % 2]!.reduce((sum, w, k) => sum + w * inputs[s * 12 + k]!, 0);
        }),
      ),
    lossGradient: async (inputs, labels, n) => ({
      logits: await inner.logits(inputs, n),
      gradient: Float32Array.from(
        { length: n * 12 },
        (_, i) => weights[labels[Math.floor(i / 12)]!]![i % 12]!,
      ),
    }),
  };

  it('computes the same function over permuted coordinates, gradients permuted alike', async () => {
    const view = channelsFirstView(inner);
    expect(view.sampleShape).toEqual([3, 2, 2]);
    const hwc = Float32Array.from({ length: 24 }, (_, i) => (i * 7) % 5);
    const shape = { height: 2, width: 2, channels: 3 };
    const chw = permuteChannels(hwc, 2, shape, true);
    expect(await view.logits(chw, 2)).toEqual(await inner.logits(hwc, 2));
    const labels = Int32Array.from([0, 1]);
    const viewed = await view.lossGradient(chw, labels, 2, 'ce');
    const direct = await inner.lossGradient(hwc, labels, 2, 'ce');
    expect(viewed.gradient).toEqual(permuteChannels(direct.gradient, 2, shape, true));
  });

  it('reports the inner classifier\u2019s gradient kind as it changes', () => {
    const view = channelsFirstView(inner);
    gradientsKind = 'estimated';
    expect(view.gradients).toBe('estimated');
  });
});
