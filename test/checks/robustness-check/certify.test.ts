import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import {
  certify,
  evaluateGraph,
  UnsupportedBoundError,
  type PerturbationRegion,
} from '../../../src/checks/robustness-check/certify.js';
import type { ModelGraph } from '../../../src/checks/robustness-check/graph.js';
import {
  descendMargin,
  floats,
  GraphBuilder,
  makeRng,
  margins,
  randomCnn,
  randomInputs,
  randomMaxPoolNet,
  randomMixed,
  randomMlp,
  randomProductNet,
  regionPoints,
  type Activation,
  type Rng,
} from './certify-graphs.js';

type NetworkKind = Activation | 'cnn-max' | 'cnn-average' | 'mixed' | 'deep-relu' | 'maxpool' | 'product';

interface Network {
  graph: ModelGraph;
  inputSize: number;
  classes: number;
}

function network(kind: NetworkKind, rng: Rng): Network {
  switch (kind) {
    case 'cnn-max':
    case 'cnn-average': {
      const graph = randomCnn(rng, {
        channels: 2,
        size: 5,
        classes: 3,
        pool: kind === 'cnn-max' ? 'MaxPool' : 'AveragePool',
      });
      return { graph, inputSize: 50, classes: 3 };
    }
    case 'mixed':
      return { graph: randomMixed(rng, { inputSize: 5, classes: 3 }), inputSize: 5, classes: 3 };
    case 'maxpool':
      return { graph: randomMaxPoolNet(rng, 3), inputSize: 16, classes: 3 };
    case 'product':
      return { graph: randomProductNet(rng, 4, 3), inputSize: 4, classes: 3 };
    case 'deep-relu':
      return {
        graph: randomMlp(rng, { inputSize: 6, hidden: [10, 10, 8], classes: 4, preprocess: true }),
        inputSize: 6,
        classes: 4,
      };
    default:
      return {
        graph: randomMlp(rng, {
          inputSize: 5,
          hidden: [7, 6],
          classes: 3,
          activation: kind,
          preprocess: true,
        }),
        inputSize: 5,
        classes: 3,
      };
  }
}

/** Labels that the clean model predicts, except every third sample, which gets a wrong one. */
function labelsFor(graph: ModelGraph, inputs: Float32Array, n: number, classes: number): Int32Array {
  const logits = evaluateGraph(graph, inputs, n);
  return Int32Array.from({ length: n }, (_, s) => {
    let best = 0;
    for (let j = 1; j < classes; j++) if (logits[s * classes + j]! > logits[s * classes + best]!) best = j;
    return s % 3 === 2 ? (best + 1) % classes : best;
  });
}

/** The smallest true margin found in each sample's region: sampled points, then descent from four of them. */
function sampledMinimumMargins(
  graph: ModelGraph,
  inputs: Float32Array,
  labels: Int32Array,
  n: number,
  network: Network,
  region: PerturbationRegion,
  rng: Rng,
  count: number,
): Float64Array {
  const d = network.inputSize;
  return Float64Array.from({ length: n }, (_, s) => {
    const x = inputs.subarray(s * d, (s + 1) * d);
    const points = regionPoints(rng, x, region, count);
    const all = new Float32Array((count + 1) * d);
    all.set(x);
    all.set(points, d);
    const m = margins(
      evaluateGraph(graph, all, count + 1),
      new Int32Array(count + 1).fill(labels[s]!),
      network.classes,
    );
    const evaluate = (batch: Float32Array, k: number) => evaluateGraph(graph, batch, k);
    const descended = descendMargin(
      evaluate,
      x,
      labels[s]!,
      network.classes,
      region,
      points.subarray(0, 4 * d),
    );
    return Math.min(...m, descended);
  });
}

const KINDS: NetworkKind[] = [
  'Relu',
  'LeakyRelu',
  'Sigmoid',
  'Tanh',
  'Clip',
  'cnn-max',
  'cnn-average',
  'mixed',
  'deep-relu',
];

describe('certify soundness', () => {
  for (const kind of KINDS) {
    it(`no point found in the region has a margin below the bound: ${kind}`, () => {
      fc.assert(
        fc.property(
          fc.integer(),
          fc.constantFrom<'linf' | 'l2'>('linf', 'l2'),
          fc.constantFrom<'ibp' | 'crown'>('ibp', 'crown'),
          fc.double({ min: 0, max: 0.3, noNaN: true }),
          (seed, norm, method, epsilon) => {
            const rng = makeRng(seed);
            const net = network(kind, rng);
            const n = 3;
            const inputs = randomInputs(rng, n, net.inputSize);
            const labels = labelsFor(net.graph, inputs, n, net.classes);
            const region: PerturbationRegion = {
              epsilon: norm === 'l2' ? 3 * epsilon : epsilon,
              norm,
              lower: 0,
              upper: 1,
            };
            const result = certify(net.graph, inputs, labels, n, region, method);
            const found = sampledMinimumMargins(net.graph, inputs, labels, n, net, region, rng, 30);
            for (let s = 0; s < n; s++) {
              const bound = result.marginLowerBounds[s]!;
              expect(bound).not.toBeNaN();
              expect(bound).toBeLessThanOrEqual(found[s]! + 1e-9 * (1 + Math.abs(found[s]!)));
              if (result.certified[s]) expect(found[s]).toBeGreaterThan(0);
            }
          },
        ),
        { numRuns: 40 },
      );
    });
  }

  it('certified implies clean-correct, and at epsilon 0 certified is exactly clean-correct', () => {
    for (const kind of KINDS) {
      const rng = makeRng(5);
      const net = network(kind, rng);
      const n = 30;
      const inputs = randomInputs(rng, n, net.inputSize);
      const labels = labelsFor(net.graph, inputs, n, net.classes);
      const clean = margins(evaluateGraph(net.graph, inputs, n), labels, net.classes);
      for (const method of ['ibp', 'crown'] as const) {
        for (const epsilon of [0, 0.01, 0.1]) {
          const result = certify(
            net.graph,
            inputs,
            labels,
            n,
            { epsilon, norm: 'linf', lower: 0, upper: 1 },
            method,
          );
          for (let s = 0; s < n; s++) {
            if (result.certified[s]) expect(clean[s]).toBeGreaterThan(0);
            if (s % 3 === 2) expect(result.certified[s]).toBe(0);
            if (epsilon === 0) {
              expect(result.certified[s]).toBe(clean[s]! > 0 ? 1 : 0);
              expect(result.marginLowerBounds[s]).toBeCloseTo(clean[s]!, 9);
            }
          }
        }
      }
    }
  });

  it('bounds shrink as epsilon grows', () => {
    const rng = makeRng(8);
    const net = network('deep-relu', rng);
    const inputs = randomInputs(rng, 10, net.inputSize);
    const labels = labelsFor(net.graph, inputs, 10, net.classes);
    for (const method of ['ibp', 'crown'] as const) {
      let previous: Float64Array | undefined;
      for (const epsilon of [0, 0.01, 0.03, 0.1]) {
        const bounds = certify(
          net.graph,
          inputs,
          labels,
          10,
          { epsilon, norm: 'linf', lower: 0, upper: 1 },
          method,
        ).marginLowerBounds;
        if (previous)
          for (let s = 0; s < 10; s++) expect(bounds[s]).toBeLessThanOrEqual(previous[s]! + 1e-12);
        previous = bounds;
      }
    }
  });
});

describe('CROWN against IBP', () => {
  it('is never looser than IBP per sample on ReLU networks', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom<NetworkKind>('Relu', 'deep-relu', 'cnn-max', 'cnn-average'),
        fc.constantFrom<'linf' | 'l2'>('linf', 'l2'),
        fc.double({ min: 0.001, max: 0.2, noNaN: true }),
        (seed, kind, norm, epsilon) => {
          const rng = makeRng(seed);
          const net = network(kind, rng);
          const n = 5;
          const inputs = randomInputs(rng, n, net.inputSize);
          const labels = labelsFor(net.graph, inputs, n, net.classes);
          const region: PerturbationRegion = { epsilon, norm, lower: 0, upper: 1 };
          const ibp = certify(net.graph, inputs, labels, n, region, 'ibp');
          const crown = certify(net.graph, inputs, labels, n, region, 'crown');
          for (let s = 0; s < n; s++) {
            expect(crown.marginLowerBounds[s]).toBeGreaterThanOrEqual(ibp.marginLowerBounds[s]! - 1e-9);
            if (ibp.certified[s]) expect(crown.certified[s]).toBe(1);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is strictly tighter on average for a deep ReLU MLP, with CROWN intermediate bounds', () => {
    const rng = makeRng(21);
    const graph = randomMlp(rng, { inputSize: 20, hidden: [32, 32, 32], classes: 5, preprocess: true });
    const n = 40;
    const inputs = randomInputs(rng, n, 20);
    const labels = labelsFor(graph, inputs, n, 5);
    const region: PerturbationRegion = { epsilon: 0.02, norm: 'linf', lower: 0, upper: 1 };
    const ibp = certify(graph, inputs, labels, n, region, 'ibp');
    const crown = certify(graph, inputs, labels, n, region, 'crown');
    const mean = (a: Float64Array) => a.reduce((x, y) => x + y, 0) / a.length;
    expect(mean(crown.marginLowerBounds)).toBeGreaterThan(mean(ibp.marginLowerBounds) + 0.1);
    expect(crown.notes.join('\n')).toMatch(/intermediate bounds by CROWN for 2 tensor\(s\)/);
    expect(crown.notes.join('\n')).toMatch(/CROWN was tighter on [1-9]\d* of 40 samples/);
  });
});

describe('certify notes and refusals', () => {
  it('names the folded ops, the MaxPool relaxation and the L2 first layer', () => {
    const rng = makeRng(3);
    const net = network('cnn-max', rng);
    const inputs = randomInputs(rng, 2, net.inputSize);
    const labels = labelsFor(net.graph, inputs, 2, net.classes);
    const ibp = certify(
      net.graph,
      inputs,
      labels,
      2,
      { epsilon: 0.01, norm: 'l2', lower: 0, upper: 1 },
      'ibp',
    );
    expect(ibp.method).toBe('ibp');
    expect(ibp.notes[0]).toMatch(/folded through the last linear ops \(gemm_\d+\)$/);
    expect(ibp.notes.join('\n')).toMatch(
      /first linear layer\(s\) \(conv_\d+\) bounded by each neuron's exact radius/,
    );
    const crown = certify(
      net.graph,
      inputs,
      labels,
      2,
      { epsilon: 0.01, norm: 'linf', lower: 0, upper: 1 },
      'crown',
    );
    expect(crown.method).toBe('crown');
    expect(crown.notes.join('\n')).toMatch(/MaxPool \(maxpool_\d+\) relaxed/);
  });

  it('bounds a Log of a tensor that may reach 0 by -Infinity and says so', () => {
    const g = new GraphBuilder(['N', 2]);
    const graph = g.build(
      g.op('Gemm', [g.op('Log', ['x']), g.init(floats([2, 2], [1, -1, -1, 1]))], { transB: 1 }),
    );
    const inputs = Float32Array.from([0.5, 0.2, 0.005, 0.9]);
    const labels = Int32Array.from([0, 1]);
    const result = certify(
      graph,
      inputs,
      labels,
      2,
      { epsilon: 0.01, norm: 'linf', lower: 0, upper: 1 },
      'ibp',
    );
    expect(result.marginLowerBounds[0]).toBeGreaterThan(0);
    expect(result.marginLowerBounds[1]).toBe(-Infinity);
    expect(Array.from(result.certified)).toEqual([1, 0]);
    expect(result.notes.join('\n')).toMatch(/1 sample\(s\) have unbounded intermediate values/);
  });

  it('refuses Softmax, unsupported ops, out-of-range inputs, bad labels and bad regions', () => {
    const region: PerturbationRegion = { epsilon: 0.1, norm: 'linf', lower: 0, upper: 1 };
    const g = new GraphBuilder(['N', 3]);
    const softmax = g.build(g.op('Softmax', [g.op('Relu', ['x'])], { axis: 1 }));
    expect(() => certify(softmax, new Float32Array(3), Int32Array.of(0), 1, region, 'ibp')).toThrow(
      UnsupportedBoundError,
    );
    expect(() => certify(softmax, new Float32Array(3), Int32Array.of(0), 1, region, 'ibp')).toThrow(
      /certify the logits/,
    );
    const h = new GraphBuilder(['N', 3]);
    const erf = h.build(h.op('Erf', ['x']));
    expect(() => certify(erf, new Float32Array(3), Int32Array.of(0), 1, region, 'crown')).toThrow(
      UnsupportedBoundError,
    );
    const k = new GraphBuilder(['N', 3]);
    const relu = k.build(k.op('Relu', ['x']));
    expect(() => certify(relu, Float32Array.of(0.5, 1.5, 0), Int32Array.of(0), 1, region, 'ibp')).toThrow(
      /sample 0, feature 1: value 1.5 is outside the declared input range \[0, 1\]/,
    );
    expect(() =>
      certify(relu, Float32Array.of(0.5, Number.NaN, 0), Int32Array.of(0), 1, region, 'ibp'),
    ).toThrow(UsageError);
    expect(() => certify(relu, new Float32Array(3), Int32Array.of(3), 1, region, 'ibp')).toThrow(
      /label 3 of sample 0/,
    );
    expect(() =>
      certify(relu, new Float32Array(3), Int32Array.of(0), 1, { ...region, epsilon: -1 }, 'ibp'),
    ).toThrow(/epsilon/);
    expect(() =>
      certify(relu, new Float32Array(3), Int32Array.of(0), 1, { ...region, lower: 2 }, 'ibp'),
    ).toThrow(/input range/);
  });
});

describe('CROWN is exact where its relaxation is', () => {
  /** Two-class logits [z, 0] from a per-sample scalar z: the margins are z (label 0) and -z (label 1). */
  function scalarLogits(g: GraphBuilder, z: string): string {
    return g.op('Gemm', [z, g.init(floats([2, 1], [1, 0]))], { transB: 1 });
  }

  function pick(g: GraphBuilder, size: number, index: number): string {
    const column = Array.from({ length: size }, (_, k) => (k === index ? 1 : 0));
    return g.op('MatMul', ['x', g.init(floats([size, 1], column))]);
  }

  it('bounds the product of two inputs by the vertex minimum, except at the one vertex McCormick misses', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (a, b, epsilon) => {
          const g = new GraphBuilder(['N', 2]);
          const graph = g.build(scalarLogits(g, g.op('Mul', [pick(g, 2, 0), pick(g, 2, 1)])));
          const inputs = Float32Array.of(a, b, a, b);
          const region: PerturbationRegion = { epsilon, norm: 'linf', lower: -1, upper: 1 };
          const result = certify(graph, inputs, Int32Array.of(0, 1), 2, region, 'crown');
          const [lx, ux] = [Math.max(-1, inputs[0]! - epsilon), Math.min(1, inputs[0]! + epsilon)];
          const [ly, uy] = [Math.max(-1, inputs[1]! - epsilon), Math.min(1, inputs[1]! + epsilon)];
          // The lower plane is exact at every vertex but (ux, uy); the upper one at every vertex but (ux, ly).
          const lowerExact = Math.min(lx * ly, lx * uy, ux * ly);
          const upperExact = Math.max(lx * ly, lx * uy, ux * uy);
          const tolerance = 1e-12;
          expect(result.marginLowerBounds[0]).toBeLessThanOrEqual(Math.min(lowerExact, ux * uy) + tolerance);
          expect(result.marginLowerBounds[1]).toBeLessThanOrEqual(-Math.max(upperExact, ux * ly) + tolerance);
          if (lowerExact <= ux * uy) expect(result.marginLowerBounds[0]).toBeCloseTo(lowerExact, 10);
          if (upperExact >= ux * ly) expect(result.marginLowerBounds[1]).toBeCloseTo(-upperExact, 10);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('bounds a MaxPool of the inputs by the largest lower bound below and the largest upper bound above', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (x, epsilon) => {
          const g = new GraphBuilder(['N', 1, 1, 4]);
          const pooled = g.op('Flatten', [g.op('MaxPool', ['x'], { kernel_shape: [1, 4] })]);
          const graph = g.build(scalarLogits(g, pooled));
          const inputs = Float32Array.from([...x, ...x]);
          const result = certify(
            graph,
            inputs,
            Int32Array.of(0, 1),
            2,
            { epsilon, norm: 'linf', lower: 0, upper: 1 },
            'crown',
          );
          const lows = Array.from(inputs.subarray(0, 4), (v) => Math.max(0, v - epsilon));
          const highs = Array.from(inputs.subarray(0, 4), (v) => Math.min(1, v + epsilon));
          expect(result.marginLowerBounds[0]).toBeCloseTo(Math.max(...lows), 12);
          expect(result.marginLowerBounds[1]).toBeCloseTo(-Math.max(...highs), 12);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('bounds a ReLU of one input by its exact range', () => {
    for (const [x, epsilon] of [
      [0.5, 0.2],
      [0.3, 0.1],
      [0.7, 0.3],
      [0.1, 0.05],
    ] as const) {
      const g = new GraphBuilder(['N', 1]);
      const graph = g.build(scalarLogits(g, g.op('Relu', [g.op('Sub', ['x', g.init(floats([], [0.375]))])])));
      const inputs = Float32Array.of(x, x);
      const result = certify(
        graph,
        inputs,
        Int32Array.of(0, 1),
        2,
        { epsilon, norm: 'linf', lower: 0, upper: 1 },
        'crown',
      );
      const lo = Math.max(0, inputs[0]! - epsilon) - 0.375;
      const hi = Math.min(1, inputs[0]! + epsilon) - 0.375;
      expect(result.marginLowerBounds[0]).toBeCloseTo(Math.max(0, lo), 12);
      expect(result.marginLowerBounds[1]).toBeCloseTo(-Math.max(0, hi), 12);
    }
  });
});
