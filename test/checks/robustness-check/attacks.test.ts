import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AttackTargets,
  float32AtLeast,
  float32AtMost,
} from '../../../src/checks/robustness-check/attack-region.js';
import {
  squareFraction,
  squareLayout,
  windowSize,
} from '../../../src/checks/robustness-check/attack-square.js';
import {
  runAttacks,
  type AttackName,
  type AttackOutcome,
  type AttackSettings,
} from '../../../src/checks/robustness-check/attacks.js';
import {
  affineForm,
  exactAffineRobust,
  type AffineForm,
} from '../../../src/checks/robustness-check/certify.js';
import type { Classifier, LossGradient, LossKind } from '../../../src/checks/robustness-check/classifier.js';
import { createRng } from '../../../src/checks/robustness-check/rng.js';
import {
  AffineClassifier,
  LabelOnlyClassifier,
  MlpClassifier,
  QuantisedClassifier,
  RecordingClassifier,
  randomForm,
} from './attack-models.js';
import { makeRng, randomAffine, randomInputs } from './certify-graphs.js';

const ALL: readonly AttackName[] = ['fgsm', 'pgd', 'square', 'hsj', 'noise'];

function settings(overrides: Partial<AttackSettings>): AttackSettings {
  return {
    epsilon: 0.05,
    norm: 'linf',
    lower: 0,
    upper: 1,
    attacks: ALL,
    seed: 1,
    pgdSteps: 20,
    pgdRestarts: 1,
    squareQueries: 1000,
    hsjQueries: 1000,
    ...overrides,
  };
}

function sum(values: Uint8Array): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function run(outcome: AttackOutcome, name: AttackName) {
  const found = outcome.runs.find((r) => r.name === name);
  if (!found) throw new Error(`no run ${name}`);
  return found;
}

/** Labels = the model's prediction, except every tenth sample, which gets a wrong label. */
function labelsFor(model: AffineClassifier, inputs: Float32Array, n: number): Int32Array {
  const c = model.classes;
  const z = model.logitsOf(inputs, n);
  return Int32Array.from({ length: n }, (_, s) => {
    let best = 0;
    for (let j = 1; j < c; j++) if (z[s * c + j]! > z[s * c + best]!) best = j;
    return s % 10 === 0 ? (best + 1) % c : best;
  });
}

function linearProblem(seed: number, n: number, shape: readonly number[] = [2, 4, 4], classes = 4) {
  const rng = makeRng(seed);
  const form = affineForm(randomAffine(rng, { shape, classes }))!;
  const model = new AffineClassifier(form, shape);
  const inputs = randomInputs(rng, n, form.inputSize);
  return { form, model, inputs, labels: labelsFor(model, inputs, n), n };
}

describe('createRng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return [rng.next(), rng.int(10), rng.normal(), rng.sign(), rng.next()];
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(2 ** 40)).not.toEqual(draw(0));
  });

  it('stays in range: next in [0, 1), int in 0..n-1, sign ±1, normal with mean 0 and variance 1', () => {
    const rng = createRng(7);
    let mean = 0;
    let square = 0;
    const counts = new Array<number>(7).fill(0);
    const draws = 20000;
    for (let i = 0; i < draws; i++) {
      const u = rng.next();
      expect(u >= 0 && u < 1).toBe(true);
      const k = rng.int(7);
      expect(Number.isInteger(k) && k >= 0 && k < 7).toBe(true);
      counts[k]!++;
      expect([1, -1]).toContain(rng.sign());
      const g = rng.normal();
      mean += g / draws;
      square += (g * g) / draws;
    }
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(square - 1)).toBeLessThan(0.05);
    for (const count of counts) expect(Math.abs(count - draws / 7)).toBeLessThan(200);
    expect(() => rng.int(0)).toThrow(/integer/);
    expect(() => createRng(0.5)).toThrow(/safe integer/);
  });
});

describe('projection into ball ∩ box', () => {
  it('lands inside the region in float64 after float32 rounding, and leaves feasible points alone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom<'linf' | 'l2'>('linf', 'l2'),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.integer(),
        (d, norm, epsilon, seed) => {
          const rng = createRng(seed);
          const lower = -0.3;
          const upper = 0.7;
          const clean = Float32Array.from({ length: d }, () => lower + (upper - lower) * rng.next());
          const targets = new AttackTargets(
            { epsilon, norm, lower, upper },
            Int32Array.of(0),
            clean,
            Int32Array.of(0),
            [d],
            2,
          );
          const point = Float32Array.from({ length: d }, () => clean[0]! + 3 * rng.normal());
          if (d > 2) point[1] = NaN;
          targets.project(0, point, 0);
          let norm2 = 0;
          let normInf = 0;
          for (let k = 0; k < d; k++) {
            expect(point[k]! >= lower && point[k]! <= upper).toBe(true);
            const delta = point[k]! - clean[k]!;
            norm2 += delta * delta;
            normInf = Math.max(normInf, Math.abs(delta));
          }
          if (norm === 'l2') expect(norm2).toBeLessThanOrEqual(epsilon * epsilon);
          else expect(normInf).toBeLessThanOrEqual(epsilon);
          const again = point.slice();
          targets.project(0, again, 0);
          expect(Array.from(again)).toEqual(Array.from(point));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rounds bounds outwards-safe: float32AtLeast/AtMost bracket the value', () => {
    for (const v of [0.1, -0.1, 1 / 3, 0, 1e-40, -1e-40, 123456.789]) {
      expect(float32AtLeast(v)).toBeGreaterThanOrEqual(v);
      expect(float32AtMost(v)).toBeLessThanOrEqual(v);
      expect(Math.fround(float32AtLeast(v))).toBe(float32AtLeast(v));
      expect(Math.fround(float32AtMost(v))).toBe(float32AtMost(v));
    }
  });

  it('projects l2 candidates onto ball ∩ box exactly (the KKT point clip(s·δ))', () => {
    const clean = Float32Array.of(0.5, 0.9, 0.5);
    const targets = new AttackTargets(
      { epsilon: 0.5, norm: 'l2', lower: 0, upper: 1 },
      Int32Array.of(0),
      clean,
      Int32Array.of(0),
      [3],
      2,
    );
    // δ = (0, 1, 1): the second coordinate hits the box at +0.1, the third takes the rest of the ball.
    const point = Float32Array.of(0.5, 1.9, 1.5);
    targets.project(0, point, 0);
    expect(point[0]).toBe(0.5);
    expect(point[1]).toBe(1);
    expect(point[2]).toBeCloseTo(0.5 + Math.sqrt(0.25 - 0.01), 5);
  });
});

describe('square layout and schedule', () => {
  it('reads [C,H,W], [H,W] and flat samples, dropping leading ones, and refuses rank 4', () => {
    expect(squareLayout([3, 8, 8])).toEqual({ channels: 3, height: 8, width: 8 });
    expect(squareLayout([1, 3, 8, 8])).toEqual({ channels: 3, height: 8, width: 8 });
    expect(squareLayout([5, 7])).toEqual({ channels: 1, height: 5, width: 7 });
    expect(squareLayout([20])).toEqual({ channels: 1, height: 1, width: 20 });
    expect(() => squareLayout([2, 3, 8, 8])).toThrow(/\[C, H, W\]/);
  });

  it('follows the paper schedule of p and sizes windows to cover p of each channel', () => {
    expect(squareFraction(0.05, 0, 1000)).toBe(0.05);
    expect(squareFraction(0.05, 2, 1000)).toBe(0.025);
    expect(squareFraction(0.05, 10, 1000)).toBe(0.0125);
    expect(squareFraction(0.05, 999, 1000)).toBeCloseTo(0.05 / 512, 12);
    expect(windowSize({ channels: 1, height: 28, width: 28 }, 0.05, 'linf')).toEqual({ height: 6, width: 6 });
    expect(windowSize({ channels: 1, height: 28, width: 28 }, 0.0001, 'linf')).toEqual({
      height: 1,
      width: 1,
    });
    expect(windowSize({ channels: 1, height: 28, width: 28 }, 0.0001, 'l2')).toEqual({ height: 3, width: 3 });
    expect(windowSize({ channels: 1, height: 28, width: 28 }, 0.05, 'l2')).toEqual({ height: 7, width: 7 });
    expect(windowSize({ channels: 1, height: 1, width: 100 }, 0.05, 'linf')).toEqual({ height: 1, width: 5 });
    // A window may cover the whole side: the corner is drawn from [0, H - s] inclusive.
    expect(windowSize({ channels: 1, height: 2, width: 2 }, 1, 'linf')).toEqual({ height: 2, width: 2 });
  });
});

describe('runAttacks against the exact robust accuracy of linear models', () => {
  const problems = [
    {
      name: '4 classes of [2,4,4]',
      seed: 7,
      shape: [2, 4, 4],
      classes: 4,
      linf: [0.02, 0.05, 0.1],
      l2: [0.1, 0.2, 0.5],
    },
    {
      name: '10 classes of [20]',
      seed: 9,
      shape: [20],
      classes: 10,
      linf: [0.02, 0.04],
      l2: [0.06, 0.12, 0.24],
    },
  ];
  for (const problem of problems) {
    for (const norm of ['linf', 'l2'] as const) {
      for (const epsilon of problem[norm]) {
        it(`${problem.name}, ${norm} eps ${epsilon}: no attack beats the oracle, PGD is within 1 point of it`, async () => {
          const { form, model, inputs, labels, n } = linearProblem(
            problem.seed,
            300,
            problem.shape,
            problem.classes,
          );
          const region = { epsilon, norm, lower: 0, upper: 1 };
          const exact = exactAffineRobust(form, inputs, labels, n, region);
          const outcome = await runAttacks(model, inputs, labels, n, settings({ ...region }));
          for (const attack of outcome.runs) {
            for (let i = 0; i < n; i++) {
              // The oracle proves these samples robust: an attack that broke one would be unsound.
              if (exact[i]) expect(attack.robust[i], `${attack.name} sample ${i}`).toBe(1);
            }
          }
          const exactAccuracy = sum(exact) / n;
          expect(sum(outcome.worstCase) / n).toBeGreaterThanOrEqual(exactAccuracy);
          expect(sum(run(outcome, 'pgd').robust) / n - exactAccuracy).toBeLessThanOrEqual(0.01);
          if (norm === 'linf') {
            expect(sum(run(outcome, 'square').robust) / n - exactAccuracy).toBeLessThanOrEqual(0.03);
          }
          // A tenth of the labels are wrong on purpose; the oracle has work to do at every epsilon.
          expect(sum(outcome.clean)).toBe(270);
          expect(sum(exact)).toBeGreaterThan(20);
          expect(sum(exact)).toBeLessThan(250);
        });
      }
    }
  }
});

describe('runAttacks', () => {
  it('is deterministic for a seed', async () => {
    const { model, inputs, labels, n } = linearProblem(3, 60);
    const s = settings({ epsilon: 0.05, squareQueries: 200, hsjQueries: 300 });
    const first = await runAttacks(model, inputs, labels, n, s);
    const second = await runAttacks(model, inputs, labels, n, s);
    expect(second).toEqual(first);
    const other = await runAttacks(model, inputs, labels, n, { ...s, seed: 2 });
    expect(other.clean).toEqual(first.clean);
  });

  it('gives each attack its own random stream: adding another attack leaves its result alone', async () => {
    const { model, inputs, labels, n } = linearProblem(31, 60);
    for (const norm of ['linf', 'l2'] as const) {
      const s = settings({
        epsilon: norm === 'linf' ? 0.05 : 0.3,
        norm,
        squareQueries: 200,
        hsjQueries: 300,
      });
      const alone = await runAttacks(model, inputs, labels, n, { ...s, attacks: ['square', 'hsj'] });
      const together = await runAttacks(model, inputs, labels, n, s);
      expect(run(together, 'square')).toEqual(run(alone, 'square'));
      expect(run(together, 'hsj')).toEqual(run(alone, 'hsj'));
    }
  });

  it('counts a sample broken only with a forward-verified point inside its region', async () => {
    const rng = makeRng(11);
    const d = 16;
    const n = 30;
    const mlp = new MlpClassifier(rng, d, 12, 3);
    const recorder = new RecordingClassifier(mlp);
    const inputs = randomInputs(rng, n, d);
    const predicted = await mlp.logits(inputs, n);
    const labels = Int32Array.from({ length: n }, (_, s) => {
      let best = 0;
      for (let j = 1; j < 3; j++) if (predicted[s * 3 + j]! > predicted[s * 3 + best]!) best = j;
      return best;
    });
    for (const norm of ['linf', 'l2'] as const) {
      recorder.forwardPoints.length = 0;
      const epsilon = norm === 'linf' ? 0.08 : 0.4;
      const outcome = await runAttacks(
        recorder,
        inputs,
        labels,
        n,
        settings({ epsilon, norm, squareQueries: 150, hsjQueries: 200, pgdSteps: 10 }),
      );
      const points = recorder.forwardPoints;
      const logits = await Promise.all(points.map((p) => mlp.logits(p, 1)));
      let brokenSamples = 0;
      for (let i = 0; i < n; i++) {
        if (!outcome.clean[i] || outcome.worstCase[i]) continue;
        brokenSamples++;
        const x = inputs.subarray(i * d, (i + 1) * d);
        const witness = points.some((p, q) => {
          const z = logits[q]!;
          let margin = Infinity;
          for (let j = 0; j < 3; j++) if (j !== labels[i]) margin = Math.min(margin, z[labels[i]!]! - z[j]!);
          if (margin > 0) return false;
          let norm2 = 0;
          let normInf = 0;
          for (let k = 0; k < d; k++) {
            if (!(p[k]! >= 0 && p[k]! <= 1)) return false;
            const delta = p[k]! - x[k]!;
            norm2 += delta * delta;
            normInf = Math.max(normInf, Math.abs(delta));
          }
          return norm === 'linf' ? normInf <= epsilon : norm2 <= epsilon * epsilon;
        });
        expect(witness, `sample ${i}`).toBe(true);
      }
      expect(brokenSamples).toBeGreaterThan(0);
      for (const attack of outcome.runs) expect(attack.queries).toBeGreaterThan(0);
    }
  });

  it('never trusts the logits that come with a gradient', async () => {
    const form = randomForm(makeRng(5), 8, 3);
    const honest = new AffineClassifier(form);
    // Reports every sample misclassified alongside its gradients; its forward pass tells the truth.
    const liar: Classifier = {
      sampleShape: [8],
      inputSize: 8,
      classes: 3,
      gradients: 'exact',
      logits: (x, n) => honest.logits(x, n),
      async lossGradient(
        x: Float32Array,
        labels: Int32Array,
        n: number,
        loss: LossKind,
      ): Promise<LossGradient> {
        const { gradient } = await honest.lossGradient(x, labels, n, loss);
        const logits = new Float32Array(n * 3);
        for (let s = 0; s < n; s++) logits[s * 3 + ((labels[s]! + 1) % 3)] = 1;
        return { logits, gradient };
      },
    };
    const inputs = randomInputs(makeRng(6), 100, 8);
    const labels = labelsFor(honest, inputs, 100);
    const region = { epsilon: 0.01, norm: 'linf' as const, lower: 0, upper: 1 };
    const exact = exactAffineRobust(form, inputs, labels, 100, region);
    const outcome = await runAttacks(
      liar,
      inputs,
      labels,
      100,
      settings({ ...region, attacks: ['fgsm', 'pgd'] }),
    );
    // Had the attack believed those logits, every sample would count as broken.
    for (const name of ['fgsm', 'pgd'] as const) {
      for (let i = 0; i < 100; i++) expect(run(outcome, name).robust[i]! >= exact[i]!).toBe(true);
    }
    expect(sum(exact)).toBe(87);
  });

  it('worst case is the AND of the runs, and clean-wrong samples are never robust', async () => {
    const { model, inputs, labels, n } = linearProblem(9, 80);
    const outcome = await runAttacks(
      model,
      inputs,
      labels,
      n,
      settings({ epsilon: 0.05, squareQueries: 300 }),
    );
    for (let i = 0; i < n; i++) {
      const all = outcome.runs.every((r) => r.robust[i] === 1) ? 1 : 0;
      expect(outcome.worstCase[i]).toBe(all);
      if (!outcome.clean[i]) {
        for (const r of outcome.runs) expect(r.robust[i]).toBe(0);
      }
    }
    expect(sum(outcome.clean)).toBe(72);
    expect(outcome.runs.map((r) => r.name)).toEqual(ALL);
  });

  it('finds a perturbation that only works through the bottom-right pixel (the inclusive corner)', async () => {
    for (const shape of [[1, 6, 6], [6, 6], [36]]) {
      const d = 36;
      const n = 40;
      // Class 1 wins iff the last pixel exceeds 0.5; every sample sits at 0.45 with label 0.
      const weights = new Float64Array(2 * d);
      weights[d + d - 1] = 10;
      const form: AffineForm = { classes: 2, inputSize: d, weights, bias: Float64Array.of(0, -5) };
      const model = new AffineClassifier(form, shape);
      const inputs = randomInputs(makeRng(1), n, d, 0, 0.2);
      for (let s = 0; s < n; s++) inputs[s * d + d - 1] = 0.45;
      const labels = new Int32Array(n);
      for (const norm of ['linf', 'l2'] as const) {
        // The L2 update puts little of a window's mass on its corner pixel: give it a larger ball.
        const epsilon = norm === 'linf' ? 0.1 : 0.3;
        const outcome = await runAttacks(
          model,
          inputs,
          labels,
          n,
          settings({ epsilon, norm, attacks: ['square'], squareQueries: 1000 }),
        );
        expect(sum(outcome.clean)).toBe(n);
        expect(sum(run(outcome, 'square').robust), `${norm} [${shape.join(',')}]`).toBe(0);
      }
    }
  });

  it('flags a zero-gradient model, which Square and noise still break', async () => {
    const rng = makeRng(21);
    const inner = new AffineClassifier(randomForm(rng, 32, 3), [2, 4, 4]);
    const model = new QuantisedClassifier(inner, 0.1);
    const n = 100;
    const inputs = randomInputs(rng, n, 32);
    const z = await model.logits(inputs, n);
    const labels = Int32Array.from({ length: n }, (_, s) => {
      let best = 0;
      for (let j = 1; j < 3; j++) if (z[s * 3 + j]! > z[s * 3 + best]!) best = j;
      return best;
    });
    const outcome = await runAttacks(
      model,
      inputs,
      labels,
      n,
      settings({ epsilon: 0.1, squareQueries: 300 }),
    );
    expect(outcome.flags.zeroGradientFraction).toBe(1);
    expect(run(outcome, 'fgsm').robust).toEqual(outcome.clean);
    const square = n - sum(run(outcome, 'square').robust);
    const noise = n - sum(run(outcome, 'noise').robust);
    expect(square).toBeGreaterThanOrEqual(n / 4);
    expect(noise).toBeGreaterThan(0);
    expect(outcome.flags.blackBoxOnlyBreaks).toBeGreaterThan(0);
    expect(outcome.flags.detail).toMatch(
      /^100% of the correctly classified samples have an all-zero input gradient, and \d+ sample\(s\) were broken by square\/hsj\/noise but not by fgsm\/pgd: signs of gradient masking/,
    );
  });

  it('runs HopSkipJump on a label-only model and skips the gradient attacks', async () => {
    const { form, model, inputs, labels, n } = linearProblem(13, 100);
    const labelOnly = new LabelOnlyClassifier(model);
    const region = { epsilon: 0.5, norm: 'l2' as const, lower: 0, upper: 1 };
    const outcome = await runAttacks(labelOnly, inputs, labels, n, settings({ ...region }));
    for (const name of ['fgsm', 'pgd'] as const) {
      expect(run(outcome, name).skipped).toBe(true);
      expect(run(outcome, name).queries).toBe(0);
      expect(run(outcome, name).note).toMatch(/label-only model: no gradients/);
      expect(run(outcome, name).robust).toEqual(outcome.clean);
    }
    const hsj = run(outcome, 'hsj');
    expect(hsj.skipped).toBeUndefined();
    const exact = exactAffineRobust(form, inputs, labels, n, region);
    const exactBroken = sum(outcome.clean) - sum(exact);
    const hsjBroken = sum(outcome.clean) - sum(hsj.robust);
    for (let i = 0; i < n; i++) expect(hsj.robust[i]! >= exact[i]!).toBe(true);
    expect(hsjBroken).toBeGreaterThanOrEqual(exactBroken * 0.7);
    // Each sample spends at most hsjQueries decisions plus its verification.
    expect(hsj.queries).toBeLessThanOrEqual(sum(outcome.clean) * 1001);
    expect(outcome.flags.zeroGradientFraction).toBe(0);
    expect(outcome.flags.blackBoxOnlyBreaks).toBe(0);
  });

  it('runs HopSkipJump under linf on a label-only model', async () => {
    const { form, model, inputs, labels, n } = linearProblem(37, 100);
    const region = { epsilon: 0.1, norm: 'linf' as const, lower: 0, upper: 1 };
    const outcome = await runAttacks(
      new LabelOnlyClassifier(model),
      inputs,
      labels,
      n,
      settings({ ...region, attacks: ['hsj'] }),
    );
    const exact = exactAffineRobust(form, inputs, labels, n, region);
    const hsj = run(outcome, 'hsj');
    for (let i = 0; i < n; i++) expect(hsj.robust[i]! >= exact[i]!).toBe(true);
    const exactBroken = sum(outcome.clean) - sum(exact);
    expect(sum(outcome.clean) - sum(hsj.robust)).toBeGreaterThanOrEqual(exactBroken / 2);
  });

  it('says when HopSkipJump found no misclassified starting point', async () => {
    // Class 0 everywhere: no noise is ever misclassified, so nothing can be broken.
    const form: AffineForm = {
      classes: 2,
      inputSize: 6,
      weights: new Float64Array(12),
      bias: Float64Array.of(1, 0),
    };
    const inputs = randomInputs(makeRng(2), 5, 6);
    const outcome = await runAttacks(
      new LabelOnlyClassifier(new AffineClassifier(form)),
      inputs,
      new Int32Array(5),
      5,
      settings({ attacks: ['hsj'], hsjQueries: 50 }),
    );
    const hsj = run(outcome, 'hsj');
    expect(hsj.robust).toEqual(Uint8Array.of(1, 1, 1, 1, 1));
    expect(hsj.queries).toBe(5 * 10);
    expect(hsj.note).toBe(
      'no misclassified starting point in 10 uniform draws for 5 of 5 sample(s), which count as robust to this attack',
    );
  });

  it('spends at most the Square budget per sample, plus one verification', async () => {
    const { model, inputs, labels, n } = linearProblem(17, 50);
    const recorder = new RecordingClassifier(model);
    const outcome = await runAttacks(
      recorder,
      inputs,
      labels,
      n,
      settings({ epsilon: 0.01, attacks: ['square'], squareQueries: 100 }),
    );
    const attacked = sum(outcome.clean);
    const robust = sum(run(outcome, 'square').robust);
    // The clean pass, then per sample at most 100 queries, and one more for each broken sample.
    expect(recorder.forwardQueries).toBe(n + run(outcome, 'square').queries);
    expect(run(outcome, 'square').queries).toBeLessThanOrEqual(attacked * 100 + (attacked - robust));
    expect(run(outcome, 'square').queries).toBeGreaterThanOrEqual(robust * 100);
  });

  it('reports progress that ends at its total for every attack, also when all samples break early', async () => {
    const { model, inputs, labels, n } = linearProblem(19, 30);
    for (const epsilon of [0.05, 0.9]) {
      const last = new Map<string, [number, number]>();
      const outcome = await runAttacks(
        model,
        inputs,
        labels,
        n,
        settings({ epsilon, squareQueries: 50, hsjQueries: 100 }),
        (a, done, total) => {
          expect(done).toBeLessThanOrEqual(total);
          last.set(a, [done, total]);
        },
      );
      for (const name of ALL) {
        const [done, total] = last.get(name)!;
        expect(done).toBe(total);
      }
      if (epsilon === 0.9) expect(sum(outcome.worstCase)).toBe(0);
    }
  });

  it('refuses inputs outside the range, bad labels and bad settings, naming what to fix', async () => {
    const { model, inputs, labels, n } = linearProblem(23, 10);
    const outside = inputs.slice();
    outside[5 * 32 + 3] = 1.5;
    await expect(runAttacks(model, outside, labels, n, settings({}))).rejects.toThrow(
      /sample 5 has a value outside the declared input range \[0, 1\]/,
    );
    await expect(
      runAttacks(model, inputs, Int32Array.from(labels).fill(9, 2, 3), n, settings({})),
    ).rejects.toThrow(/label of sample 2 is not a class of the 4-class model/);
    await expect(runAttacks(model, inputs, labels, n, settings({ attacks: ['pgd', 'pgd'] }))).rejects.toThrow(
      /listed twice/,
    );
    await expect(runAttacks(model, inputs, labels, n, settings({ pgdSteps: 0 }))).rejects.toThrow(
      /PGD steps must be a positive integer/,
    );
    await expect(runAttacks(model, inputs, labels, n, settings({ epsilon: -1 }))).rejects.toThrow(/epsilon/);
    await expect(runAttacks(model, inputs.subarray(1), labels, n, settings({}))).rejects.toThrow(
      /expected 10 samples of 32 values/,
    );
  });

  it('handles epsilon 0 and no correct samples without breaking anything', async () => {
    const { model, inputs, labels, n } = linearProblem(29, 20);
    const outcome = await runAttacks(
      model,
      inputs,
      labels,
      n,
      settings({ epsilon: 0, squareQueries: 20, hsjQueries: 50 }),
    );
    expect(outcome.worstCase).toEqual(outcome.clean);
    const wrong = Int32Array.from(labels, (y, s) => (s % 10 === 0 ? y : (y + 1) % 4));
    const none = await runAttacks(model, inputs, wrong, n, settings({ squareQueries: 20, hsjQueries: 50 }));
    expect(sum(none.clean)).toBe(0);
    expect(sum(none.worstCase)).toBe(0);
    expect(none.flags).toEqual({ zeroGradientFraction: 0, blackBoxOnlyBreaks: 0, detail: '' });
    const empty = await runAttacks(model, new Float32Array(0), new Int32Array(0), 0, settings({}));
    expect(empty.clean).toEqual(new Uint8Array(0));
    expect(empty.runs.map((r) => [r.name, r.robust.length, r.queries])).toEqual(ALL.map((a) => [a, 0, 0]));
  });
});
