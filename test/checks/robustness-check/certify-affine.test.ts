import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  affineForm,
  certify,
  evaluateGraph,
  exactAffineRobust,
  UnsupportedBoundError,
  type AffineForm,
  type PerturbationRegion,
} from '../../../src/checks/robustness-check/certify.js';
import type { ModelGraph } from '../../../src/checks/robustness-check/graph.js';
import {
  floats,
  gaussian,
  GraphBuilder,
  int64s,
  makeRng,
  randomAffine,
  randomInputs,
  randomMlp,
  type Rng,
} from './certify-graphs.js';

/** An affine graph built from every linear op: Conv, AveragePool, BatchNormalization, Transpose, Concat, Sub of branches. */
function linearCnn(rng: Rng): ModelGraph {
  const g = new GraphBuilder(['N', 2, 4, 4]);
  const values = (k: number, scale = 1) => Array.from({ length: k }, () => gaussian(rng) * scale);
  const conv = g.op(
    'Conv',
    ['x', g.init(floats([3, 2, 3, 3], values(54, 0.5))), g.init(floats([3], values(3)))],
    { pads: [1, 1, 1, 1] },
  );
  const normed = g.op('BatchNormalization', [
    conv,
    ...[0, 1, 2, 3].map((i) => g.init(floats([3], i === 3 ? [0.5, 1, 2] : values(3)))),
  ]);
  const pooled = g.op('AveragePool', [normed], { kernel_shape: [2, 2], strides: [2, 2] });
  const global = g.op('GlobalAveragePool', [conv]);
  const turned = g.op('Transpose', [pooled], { perm: [0, 2, 3, 1] });
  const joined = g.op('Concat', [g.op('Flatten', [turned]), g.op('Flatten', [global])], { axis: 1 });
  const branch = g.op('Gemm', [joined, g.init(floats([15, 15], values(225, 0.3)))], { transB: 1 });
  const difference = g.op('Sub', [joined, g.op('Mul', [branch, g.init(floats([], [0.5]))])]);
  const reshaped = g.op('Reshape', [difference, g.init(int64s([0, 3, 5]))]);
  const projected = g.op('Flatten', [g.op('MatMul', [reshaped, g.init(floats([5, 2], values(10)))])]);
  return g.build(g.op('Gemm', [projected, g.init(floats([3, 6], values(18)))], { transB: 1 }));
}

function linearForm(rng: Rng, d: number, classes: number): AffineForm {
  return {
    classes,
    inputSize: d,
    weights: Float64Array.from({ length: classes * d }, () => gaussian(rng)),
    bias: Float64Array.from({ length: classes }, () => gaussian(rng) * 0.3),
  };
}

/** min over ball ∩ box of c·δ by brute force: box vertices (L∞), projected descent with Dykstra projections (L2). */
function bruteMinimum(
  c: Float64Array,
  dl: Float64Array,
  du: Float64Array,
  region: PerturbationRegion,
): number {
  const d = c.length;
  if (region.norm === 'linf') {
    let best = Infinity;
    for (let mask = 0; mask < 1 << d; mask++) {
      let value = 0;
      for (let k = 0; k < d; k++) value += c[k]! * ((mask >> k) & 1 ? du[k]! : dl[k]!);
      best = Math.min(best, value);
    }
    return best;
  }
  // Dykstra's alternating projections onto the box and the ball converge to the projection onto both.
  const y = new Float64Array(d);
  const p = new Float64Array(d);
  const q = new Float64Array(d);
  const a = new Float64Array(d);
  const project = (v: Float64Array): void => {
    y.set(v);
    p.fill(0);
    q.fill(0);
    for (let it = 0; it < 60; it++) {
      for (let k = 0; k < d; k++) {
        a[k] = Math.min(du[k]!, Math.max(dl[k]!, y[k]! + p[k]!));
        p[k] = y[k]! + p[k]! - a[k]!;
      }
      let norm2 = 0;
      for (let k = 0; k < d; k++) norm2 += (a[k]! + q[k]!) ** 2;
      const scale = norm2 > region.epsilon ** 2 ? region.epsilon / Math.sqrt(norm2) : 1;
      for (let k = 0; k < d; k++) {
        const b = a[k]! + q[k]!;
        y[k] = b * scale;
        q[k] = b - y[k]!;
      }
    }
    v.set(y);
  };
  const delta = new Float64Array(d);
  let step = region.epsilon;
  let best = 0;
  for (let it = 0; it < 120; it++) {
    for (let k = 0; k < d; k++) delta[k]! -= step * c[k]!;
    project(delta);
    let value = 0;
    for (let k = 0; k < d; k++) value += delta[k]! * c[k]!;
    best = Math.min(best, value);
    step *= 0.93;
  }
  return best;
}

/** Per sample, the exact minimum margin of an affine form over the region, by brute force. */
function bruteMargins(
  form: AffineForm,
  inputs: Float32Array,
  labels: Int32Array,
  n: number,
  region: PerturbationRegion,
): Float64Array {
  const { classes, inputSize: d, weights, bias } = form;
  return Float64Array.from({ length: n }, (_, s) => {
    const x = inputs.subarray(s * d, (s + 1) * d);
    const dl = Float64Array.from(x, (v) => Math.max(region.lower, v - region.epsilon) - v);
    const du = Float64Array.from(x, (v) => Math.min(region.upper, v + region.epsilon) - v);
    const y = labels[s]!;
    let worst = Infinity;
    for (let j = 0; j < classes; j++) {
      if (j === y) continue;
      const c = Float64Array.from({ length: d }, (_, k) => weights[y * d + k]! - weights[j * d + k]!);
      const atCenter = bias[y]! - bias[j]! + c.reduce((sum, v, k) => sum + v * x[k]!, 0);
      worst = Math.min(worst, atCenter + bruteMinimum(c, dl, du, region));
    }
    return worst;
  });
}

describe('affineForm', () => {
  it('is the exact affine map of graphs made of linear ops', () => {
    const rng = makeRng(2);
    for (const graph of [randomAffine(rng, { shape: [2, 3], classes: 4 }), linearCnn(rng)]) {
      const form = affineForm(graph);
      expect(form).toBeDefined();
      const { classes, inputSize: d, weights, bias } = form!;
      const n = 6;
      const inputs = randomInputs(rng, n, d, -1, 1);
      const logits = evaluateGraph(graph, inputs, n);
      for (let s = 0; s < n; s++) {
        for (let j = 0; j < classes; j++) {
          let z = bias[j]!;
          for (let k = 0; k < d; k++) z += weights[j * d + k]! * inputs[s * d + k]!;
          expect(z).toBeCloseTo(logits[s * classes + j]!, 9);
        }
      }
    }
  });

  it('is undefined for a graph with a nonlinearity, and refuses unsupported ops', () => {
    const rng = makeRng(3);
    expect(affineForm(randomMlp(rng, { inputSize: 3, hidden: [4], classes: 2 }))).toBeUndefined();
    const g = new GraphBuilder(['N', 3]);
    expect(() => affineForm(g.build(g.op('Erf', ['x'])))).toThrow(UnsupportedBoundError);
  });
});

describe('exactAffineRobust', () => {
  it('matches brute force (box vertices under L∞, projected descent under L2)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 2, max: 4 }),
        fc.constantFrom<'linf' | 'l2'>('linf', 'l2'),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        (seed, d, classes, norm, epsilon) => {
          const rng = makeRng(seed);
          const form = linearForm(rng, d, classes);
          const n = 6;
          const inputs = randomInputs(rng, n, d);
          const labels = Int32Array.from({ length: n }, () => Math.floor(rng() * classes));
          const region: PerturbationRegion = { epsilon, norm, lower: 0, upper: 1 };
          const robust = exactAffineRobust(form, inputs, labels, n, region);
          const brute = bruteMargins(form, inputs, labels, n, region);
          for (let s = 0; s < n; s++) {
            if (Math.abs(brute[s]!) > 1e-6) expect(robust[s]).toBe(brute[s]! > 0 ? 1 : 0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('needs clean correctness even when the region misses no point that flips', () => {
    const form: AffineForm = {
      classes: 2,
      inputSize: 1,
      weights: Float64Array.of(1, -1),
      bias: Float64Array.of(0, 0),
    };
    // z_0 - z_1 = 2x: label 0 is right for x > 0, label 1 for x < 0.
    const inputs = Float32Array.of(0.5, 0.5, -0.5);
    const labels = Int32Array.of(0, 1, 1);
    const region: PerturbationRegion = { epsilon: 0.4, norm: 'linf', lower: -1, upper: 1 };
    expect(Array.from(exactAffineRobust(form, inputs, labels, 3, region))).toEqual([1, 0, 1]);
    expect(Array.from(exactAffineRobust(form, inputs, labels, 3, { ...region, epsilon: 0.6 }))).toEqual([
      0, 0, 0,
    ]);
    // The box [0.1, 1] keeps x' > 0 however large epsilon is.
    expect(
      Array.from(
        exactAffineRobust(form, Float32Array.of(0.5), Int32Array.of(0), 1, {
          epsilon: 5,
          norm: 'l2',
          lower: 0.1,
          upper: 1,
        }),
      ),
    ).toEqual([1]);
  });
});

describe('certify on affine graphs', () => {
  it('gives the exact minimum margin with both methods and both norms, and certifies exactly the robust samples', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom<'linf' | 'l2'>('linf', 'l2'),
        fc.constantFrom<'ibp' | 'crown'>('ibp', 'crown'),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (seed, norm, method, epsilon) => {
          const rng = makeRng(seed);
          const graph = randomAffine(rng, { shape: [2, 2], classes: 3 });
          const form = affineForm(graph)!;
          const n = 5;
          const inputs = randomInputs(rng, n, 4);
          const labels = Int32Array.from({ length: n }, () => Math.floor(rng() * 3));
          const region: PerturbationRegion = { epsilon, norm, lower: 0, upper: 1 };
          const result = certify(graph, inputs, labels, n, region, method);
          const brute = bruteMargins(form, inputs, labels, n, region);
          const robust = exactAffineRobust(form, inputs, labels, n, region);
          for (let s = 0; s < n; s++) {
            if (norm === 'linf') expect(result.marginLowerBounds[s]).toBeCloseTo(brute[s]!, 9);
            else {
              // The L2 reference is projected descent, itself only near the minimum (from above):
              // the bound must not be above it, and must be within the reference's own accuracy.
              expect(result.marginLowerBounds[s]).toBeLessThanOrEqual(brute[s]! + 1e-9);
              expect(result.marginLowerBounds[s]).toBeGreaterThan(
                brute[s]! - 1e-4 * (1 + Math.abs(brute[s]!)),
              );
            }
            if (Math.abs(brute[s]!) > 1e-6) expect(result.certified[s]).toBe(robust[s]);
          }
          if (method === 'ibp') expect(result.notes[0]).toMatch(/the graph is affine/);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('is exact for a linear CNN too', () => {
    const rng = makeRng(9);
    const graph = linearCnn(rng);
    const form = affineForm(graph)!;
    const n = 4;
    const inputs = randomInputs(rng, n, 32);
    const labels = Int32Array.from({ length: n }, (_, s) => s % 3);
    for (const norm of ['linf', 'l2'] as const) {
      const region: PerturbationRegion = { epsilon: norm === 'linf' ? 0.05 : 0.3, norm, lower: 0, upper: 1 };
      const robust = exactAffineRobust(form, inputs, labels, n, region);
      for (const method of ['ibp', 'crown'] as const) {
        const result = certify(graph, inputs, labels, n, region, method);
        expect(Array.from(result.certified)).toEqual(Array.from(robust));
      }
    }
  });
});
