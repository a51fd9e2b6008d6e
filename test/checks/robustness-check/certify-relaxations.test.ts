import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relaxMaxPool, relaxUnary } from '../../../src/checks/robustness-check/crown.js';
import {
  applyUnary,
  compilePlan,
  type PoolOp,
  type UnaryFunction,
} from '../../../src/checks/robustness-check/evaluate.js';
import { minOverBallBox } from '../../../src/checks/robustness-check/interval.js';
import { GraphBuilder, makeRng } from './certify-graphs.js';

const FUNCTIONS: UnaryFunction[] = [
  { kind: 'relu' },
  { kind: 'leakyRelu', alpha: 0.01 },
  { kind: 'leakyRelu', alpha: 1.5 },
  { kind: 'leakyRelu', alpha: -0.3 },
  { kind: 'clip', min: -0.5, max: 0.7 },
  { kind: 'clip', min: 0, max: Infinity },
  { kind: 'sigmoid' },
  { kind: 'tanh' },
  { kind: 'exp' },
  { kind: 'log' },
];

/** Interval ends: wide and narrow, around the kinks and inflection points, sometimes degenerate. */
const interval = fc
  .tuple(
    fc.double({ min: -6, max: 6, noNaN: true }),
    fc.oneof(
      fc.double({ min: 0, max: 8, noNaN: true }),
      fc.double({ min: 0, max: 1e-6, noNaN: true }),
      fc.constant(0),
    ),
  )
  .map(([l, width]) => [l, l + width] as const);

describe('linear relaxations', () => {
  it('bound every scalar function on its interval, at the ends, kinks and in between', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FUNCTIONS),
        fc.array(interval, { minLength: 1, maxLength: 20 }),
        fc.integer(),
        (fn, boxes, seed) => {
          const shifted =
            fn.kind === 'log'
              ? boxes.map(([l, u]) => [Math.exp(l - 3), Math.exp(l - 3) + u - l] as const)
              : boxes;
          const lo = Float64Array.from(shifted, ([l]) => l);
          const hi = Float64Array.from(shifted, ([, u]) => u);
          const r = relaxUnary(fn, lo, hi);
          const rng = makeRng(seed);
          shifted.forEach(([l, u], i) => {
            const points = [
              l,
              u,
              0,
              -0.5,
              0.7,
              ...Array.from({ length: 30 }, () => l + (u - l) * rng()),
            ].filter((t) => t >= l && t <= u);
            for (const t of points) {
              const f = applyUnary(fn, t);
              const tolerance = 1e-12 * (1 + Math.abs(f));
              expect(r.lowerSlope[i]! * t + r.lowerOffset[i]!).toBeLessThanOrEqual(f + tolerance);
              expect(r.upperSlope[i]! * t + r.upperOffset[i]!).toBeGreaterThanOrEqual(f - tolerance);
            }
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives ReLU the CROWN relaxation: exact when stable, chord above and adaptive 0/1 below when not', () => {
    const lo = Float64Array.of(-2, 1, -3, -1, -1);
    const hi = Float64Array.of(-1, 3, 1, 3, 1);
    const r = relaxUnary({ kind: 'relu' }, lo, hi);
    expect(Array.from(r.lowerSlope)).toEqual([0, 1, 0, 1, 1]);
    expect(Array.from(r.lowerOffset)).toEqual([0, 0, 0, 0, 0]);
    expect(Array.from(r.upperSlope)).toEqual([0, 1, 0.25, 0.75, 0.5]);
    expect(Array.from(r.upperOffset)).toEqual([0, 0, 0.75, 0.75, 0.5]);
  });

  it('bounds MaxPool below by one input and above by the largest upper bound, exactly when one input dominates', () => {
    const g = new GraphBuilder(['N', 1, 1, 3]);
    const graph = g.build(g.op('MaxPool', ['x'], { kernel_shape: [1, 3] }));
    const op = compilePlan(graph, 1).ops[0] as PoolOp;
    fc.assert(
      fc.property(fc.array(interval, { minLength: 3, maxLength: 3 }), fc.integer(), (boxes, seed) => {
        const lo = Float64Array.from(boxes, ([l]) => l);
        const hi = Float64Array.from(boxes, ([, u]) => u);
        const r = relaxMaxPool(op, lo, hi, 1);
        const rng = makeRng(seed);
        for (let p = 0; p < 50; p++) {
          // The 8 corners first, then random points.
          const x = boxes.map(([l, u], j) => (p < 8 ? ((p >> j) & 1 ? u : l) : l + (u - l) * rng()));
          const y = Math.max(...x);
          expect(x[r.follow![0]!]).toBeLessThanOrEqual(y);
          expect(y).toBeLessThanOrEqual(r.ceiling![0]!);
          // Numeric equality: with -0 and 0 in a window, Math.max gives 0 while the followed input is -0.
          if (r.exact![0]) expect(x[r.follow![0]!] === y).toBe(true);
        }
        const others = [0, 1, 2].filter((j) => j !== r.follow![0]);
        expect(r.exact![0]).toBe(others.every((j) => lo[r.follow![0]!]! >= hi[j]!) ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('minOverBallBox', () => {
  it('brackets the minimum of c·δ over ball ∩ box, tightly, and never above a feasible point', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.integer(),
        (d, epsilon, seed) => {
          const rng = makeRng(seed);
          const c = Float64Array.from({ length: d }, () => (rng() < 0.15 ? 0 : rng() * 4 - 2));
          const dl = Float64Array.from({ length: d }, () => -rng() * 1.5);
          const du = Float64Array.from({ length: d }, () => rng() * 1.5);
          const { lower, upper } = minOverBallBox(c, 0, d, dl, du, 0, epsilon, 200);
          expect(lower).toBeLessThanOrEqual(upper);
          expect(upper - lower).toBeLessThan(1e-9);
          // Random feasible points (inside the box, scaled into the ball) never beat the lower bound.
          for (let p = 0; p < 300; p++) {
            const delta = Array.from({ length: d }, (_, k) => dl[k]! + (du[k]! - dl[k]!) * rng());
            const norm = Math.hypot(...delta);
            const scale = norm > epsilon ? epsilon / norm : 1;
            const value = delta.reduce((sum, v, k) => sum + c[k]! * v * scale, 0);
            expect(value).toBeGreaterThanOrEqual(lower - 1e-12);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
