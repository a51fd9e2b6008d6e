/**
 * HopSkipJump (Chen, Jordan and Wainwright 2020), untargeted, L2 and Linf: a label-only attack
 * that walks along the decision boundary. It starts from uniform noise in the box that the model
 * misclassifies, binary-searches towards the clean point, then repeats: estimate the boundary's
 * normal from the labels of random probes, step along it with a geometrically shrinking size,
 * binary-search back to the boundary. A sample is broken when the boundary point is within
 * epsilon. Every phase is batched over the samples still running; each sample spends at most
 * `queries` decisions (the final verification pass aside).
 */
import {
  MAX_VALUES_PER_CALL,
  misclassifiedRows,
  verifyCandidates,
  type AttackProgress,
  type AttackResult,
  type AttackTargets,
  type CountingClassifier,
} from './attack-region.js';
import type { Rng } from './rng.js';

const INITIAL_EVALUATIONS = 100;
const MAX_EVALUATIONS = 10_000;
const MAX_HALVINGS = 12;
const MAX_INITIAL_DRAWS = 100;

export interface HsjSettings {
  queries: number;
}

const enum Phase {
  Searching = 0,
  Running = 1,
  Done = 2,
}

export async function hsjAttack(
  classifier: CountingClassifier,
  targets: AttackTargets,
  settings: HsjSettings,
  rng: Rng,
  progress: AttackProgress,
): Promise<AttackResult> {
  const { count: m, inputSize: d, clean, region } = targets;
  const { norm, epsilon, lower, upper } = region;
  const budget = settings.queries;
  // The reference's theta, capped so that small inputs still get a fine binary search.
  const theta = Math.min(norm === 'l2' ? 1 / (Math.sqrt(d) * d) : 1 / (d * d), 1e-3);
  const searchSteps = Math.ceil(Math.log2(1 / theta)) + 2;
  const used = new Int32Array(m);
  const phase = new Uint8Array(m);
  const adversarial = new Float32Array(m * d);
  const distance = new Float64Array(m).fill(Infinity);
  const stepped = new Float32Array(m * d);
  const steppedDistance = new Float64Array(m);

  /** One batched decision round: row r of `points` belongs to target slots[r]; 1 = misclassified. */
  const decide = async (slots: Int32Array, count: number, points: Float32Array): Promise<Uint8Array> => {
    for (let r = 0; r < count; r++) used[slots[r]!]!++;
    return misclassifiedRows(classifier, targets, slots, count, points);
  };

  const select = (predicate: (t: number) => boolean): Int32Array => {
    const chosen: number[] = [];
    for (let t = 0; t < m; t++) if (predicate(t)) chosen.push(t);
    return Int32Array.from(chosen);
  };

  const clipToBox = (points: Float32Array, offset: number): void => {
    const { boxLo, boxHi } = targets;
    for (let k = 0; k < d; k++) {
      const v = points[offset + k]!;
      points[offset + k] = v >= boxLo ? (v <= boxHi ? v : boxHi) : boxLo;
    }
  };

  const distanceOf = (t: number, points: Float32Array, offset: number): number => {
    let result = 0;
    for (let k = 0; k < d; k++) {
      const v = points[offset + k]! - clean[t * d + k]!;
      result = norm === 'l2' ? result + v * v : Math.max(result, Math.abs(v));
    }
    return norm === 'l2' ? Math.sqrt(result) : result;
  };

  // Initialisation: uniform noise in the box until the model misclassifies it.
  const initialDraws = Math.min(MAX_INITIAL_DRAWS, Math.max(1, Math.floor(budget / 5)));
  for (let draw = 0; draw < initialDraws; draw++) {
    const slots = select((t) => phase[t] === Phase.Searching && used[t]! < budget);
    if (slots.length === 0) break;
    const points = new Float32Array(slots.length * d);
    for (let r = 0; r < slots.length; r++) {
      for (let k = 0; k < d; k++) points[r * d + k] = Math.fround(lower + (upper - lower) * rng.next());
      clipToBox(points, r * d);
    }
    const decisions = await decide(slots, slots.length, points);
    for (let r = 0; r < slots.length; r++) {
      if (!decisions[r]) continue;
      const t = slots[r]!;
      phase[t] = Phase.Running;
      stepped.set(points.subarray(r * d, (r + 1) * d), t * d);
    }
  }
  let withoutStart = 0;
  for (let t = 0; t < m; t++) {
    if (phase[t] !== Phase.Searching) continue;
    phase[t] = Phase.Done;
    withoutStart++;
  }

  /**
   * Binary search between each running target's clean point and its `stepped` point (known to be
   * misclassified), keeping the last misclassified point queried as the target's adversarial point.
   */
  const binarySearch = async (slots: Int32Array): Promise<void> => {
    const k = slots.length;
    const lows = new Float64Array(k);
    const highs = new Float64Array(k);
    const thresholds = new Float64Array(k);
    for (let r = 0; r < k; r++) {
      const t = slots[r]!;
      adversarial.set(stepped.subarray(t * d, (t + 1) * d), t * d);
      steppedDistance[t] = distanceOf(t, stepped, t * d);
      if (norm === 'l2') {
        highs[r] = 1;
        thresholds[r] = theta;
      } else {
        highs[r] = steppedDistance[t]!;
        thresholds[r] = Math.min(steppedDistance[t]! * theta, theta);
      }
    }
    for (;;) {
      const rows: number[] = [];
      for (let r = 0; r < k; r++) {
        const t = slots[r]!;
        if ((highs[r]! - lows[r]!) / thresholds[r]! > 1 && used[t]! < budget) rows.push(r);
      }
      if (rows.length === 0) break;
      const points = new Float32Array(rows.length * d);
      const pointSlots = new Int32Array(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i]!;
        const t = slots[r]!;
        pointSlots[i] = t;
        const mid = 0.5 * (lows[r]! + highs[r]!);
        for (let j = 0; j < d; j++) {
          const x = clean[t * d + j]!;
          const p = stepped[t * d + j]!;
          points[i * d + j] =
            norm === 'l2' ? (1 - mid) * x + mid * p : Math.min(Math.max(p, x - mid), x + mid);
        }
        clipToBox(points, i * d);
      }
      const decisions = await decide(pointSlots, rows.length, points);
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i]!;
        const t = slots[r]!;
        const mid = 0.5 * (lows[r]! + highs[r]!);
        if (decisions[i]) {
          highs[r] = mid;
          adversarial.set(points.subarray(i * d, (i + 1) * d), t * d);
        } else {
          lows[r] = mid;
        }
      }
    }
    for (let r = 0; r < k; r++) {
      const t = slots[r]!;
      distance[t] = distanceOf(t, adversarial, t * d);
      if (distance[t]! <= epsilon) phase[t] = Phase.Done;
    }
  };

  await binarySearch(select((t) => phase[t] === Phase.Running));

  const update = new Float64Array(d);
  const estimate = new Float64Array(d);
  // Progress is measured in the budget spent by the slowest sample.
  const report = (): void => {
    let spent = budget;
    for (let t = 0; t < m; t++) if (phase[t] === Phase.Running) spent = Math.min(spent, used[t]!);
    progress(spent, budget);
  };
  report();
  const updates = new Float64Array(m * d);
  const hasUpdate = new Uint8Array(m);
  for (let iteration = 1; ; iteration++) {
    const running = select((t) => phase[t] === Phase.Running);
    if (running.length === 0) break;
    // Gradient-direction estimates, in groups of targets whose probes fit in one call.
    const evaluations = new Int32Array(running.length);
    for (let r = 0; r < running.length; r++) {
      const t = running[r]!;
      const affordable = budget - used[t]! - MAX_HALVINGS - searchSteps;
      evaluations[r] = Math.min(
        Math.floor(INITIAL_EVALUATIONS * Math.sqrt(iteration)),
        MAX_EVALUATIONS,
        affordable,
      );
      if (evaluations[r]! < 2) phase[t] = Phase.Done;
    }
    const maxRows = Math.max(1, Math.floor(MAX_VALUES_PER_CALL / Math.max(1, d)));
    let r = 0;
    while (r < running.length) {
      const group: number[] = [];
      let rows = 0;
      while (r < running.length && (group.length === 0 || rows + evaluations[r]! <= maxRows)) {
        if (evaluations[r]! >= 2) {
          group.push(r);
          rows += evaluations[r]!;
        }
        r++;
      }
      if (group.length === 0) continue;
      const probes = new Float32Array(rows * d);
      const probeSlots = new Int32Array(rows);
      const deltas = new Float64Array(group.length);
      let row = 0;
      for (let g = 0; g < group.length; g++) {
        const t = running[group[g]!]!;
        const delta =
          iteration === 1
            ? 0.1 * (upper - lower)
            : (norm === 'l2' ? Math.sqrt(d) : d) * theta * steppedDistance[t]!;
        deltas[g] = delta;
        for (let e = 0; e < evaluations[group[g]!]!; e++, row++) {
          probeSlots[row] = t;
          let norm2 = 0;
          for (let k = 0; k < d; k++) {
            const v = norm === 'l2' ? rng.normal() : 2 * rng.next() - 1;
            estimate[k] = v;
            norm2 += v * v;
          }
          const scale = norm2 > 0 ? delta / Math.sqrt(norm2) : 0;
          for (let k = 0; k < d; k++) probes[row * d + k] = adversarial[t * d + k]! + scale * estimate[k]!;
          clipToBox(probes, row * d);
        }
      }
      const decisions = await decide(probeSlots, rows, probes);
      row = 0;
      for (let g = 0; g < group.length; g++) {
        const t = running[group[g]!]!;
        const count = evaluations[group[g]!]!;
        let mean = 0;
        for (let e = 0; e < count; e++) mean += decisions[row + e] ? 1 : -1;
        mean /= count;
        update.fill(0);
        for (let e = 0; e < count; e++, row++) {
          const f = decisions[row] ? 1 : -1;
          // All probes on one side: the reference takes the mean direction (sign-corrected) instead.
          const weight = mean === 1 ? 1 : mean === -1 ? -1 : f - mean;
          for (let k = 0; k < d; k++) {
            update[k]! += (weight * (probes[row * d + k]! - adversarial[t * d + k]!)) / deltas[g]!;
          }
        }
        let norm2 = 0;
        for (let k = 0; k < d; k++) norm2 += update[k]! * update[k]!;
        hasUpdate[t] = norm2 > 0 && Number.isFinite(norm2) ? 1 : 0;
        const scale = hasUpdate[t] ? 1 / Math.sqrt(norm2) : 0;
        for (let k = 0; k < d; k++) {
          const v = update[k]! * scale;
          updates[t * d + k] = norm === 'l2' ? v : v > 0 ? 1 : v < 0 ? -1 : 0;
        }
      }
    }

    // Geometric step: from dist/sqrt(iteration), halved until the step lands on a misclassified point.
    const stepping = select((t) => phase[t] === Phase.Running && hasUpdate[t] === 1);
    const stepSize = new Float64Array(m);
    const accepted = new Uint8Array(m);
    for (const t of stepping) stepSize[t] = distance[t]! / Math.sqrt(iteration);
    for (let halving = 0; halving <= MAX_HALVINGS; halving++) {
      const trying = Int32Array.from(
        Array.from(stepping).filter((t) => !accepted[t] && used[t]! < budget - searchSteps),
      );
      if (trying.length === 0) break;
      const points = new Float32Array(trying.length * d);
      for (let i = 0; i < trying.length; i++) {
        const t = trying[i]!;
        for (let k = 0; k < d; k++) {
          points[i * d + k] = adversarial[t * d + k]! + stepSize[t]! * updates[t * d + k]!;
        }
        clipToBox(points, i * d);
      }
      const decisions = await decide(trying, trying.length, points);
      for (let i = 0; i < trying.length; i++) {
        const t = trying[i]!;
        if (decisions[i]) {
          accepted[t] = 1;
          stepped.set(points.subarray(i * d, (i + 1) * d), t * d);
        } else {
          stepSize[t]! /= 2;
        }
      }
    }
    // A sample whose step never landed, or that has no budget left for a search, is finished.
    for (const t of running) {
      if (phase[t] === Phase.Running && !accepted[t]) phase[t] = Phase.Done;
    }
    await binarySearch(select((t) => phase[t] === Phase.Running && accepted[t] === 1));
    report();
  }
  progress(budget, budget);

  const candidates = select((t) => distance[t]! <= epsilon);
  const points = new Float32Array(candidates.length * d);
  for (let i = 0; i < candidates.length; i++) {
    const t = candidates[i]!;
    points.set(adversarial.subarray(t * d, (t + 1) * d), i * d);
  }
  const verified = await verifyCandidates(classifier, targets, candidates, points);
  const broken = new Uint8Array(m);
  for (let i = 0; i < candidates.length; i++) if (verified[i]) broken[candidates[i]!] = 1;
  if (withoutStart === 0) return { broken };
  return {
    broken,
    note: `no misclassified starting point in ${initialDraws} uniform draws for ${withoutStart} of ${m} sample(s), which count as robust to this attack`,
  };
}
