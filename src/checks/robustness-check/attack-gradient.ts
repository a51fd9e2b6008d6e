/**
 * White-box attacks on exact (or estimated) input gradients: FGSM and PGD with random starts,
 * cross-entropy and margin losses, and per-sample early stop.
 */
import type { LossKind } from './classifier.js';
import {
  checkLogits,
  isCorrect,
  verifyCandidates,
  type AttackProgress,
  type AttackResult,
  type AttackTargets,
  type CountingClassifier,
} from './attack-region.js';
import type { Rng } from './rng.js';

/**
 * Writes point + size·direction(gradient) into `out` (all rows of length d at their offsets):
 * the sign of the gradient for linf, the gradient scaled to unit length for l2. A zero gradient
 * leaves the point where it is.
 */
function ascend(
  norm: 'linf' | 'l2',
  size: number,
  point: Float32Array,
  pointOffset: number,
  gradient: Float32Array,
  gradientOffset: number,
  d: number,
  out: Float32Array,
  outOffset: number,
): void {
  if (norm === 'linf') {
    for (let k = 0; k < d; k++) {
      const g = gradient[gradientOffset + k]!;
      out[outOffset + k] = point[pointOffset + k]! + (g > 0 ? size : g < 0 ? -size : 0);
    }
    return;
  }
  let norm2 = 0;
  for (let k = 0; k < d; k++) {
    const g = gradient[gradientOffset + k]!;
    norm2 += g * g;
  }
  const scale = norm2 > 0 && Number.isFinite(norm2) ? size / Math.sqrt(norm2) : 0;
  for (let k = 0; k < d; k++) {
    out[outOffset + k] = point[pointOffset + k]! + scale * gradient[gradientOffset + k]!;
  }
}

export interface FgsmResult extends AttackResult {
  /** Per target: 1 = the cross-entropy gradient at the clean point is all zero. */
  zeroGradient: Uint8Array;
}

/** One step of size epsilon along the cross-entropy gradient at the clean point. */
export async function fgsmAttack(
  classifier: CountingClassifier,
  targets: AttackTargets,
  progress: AttackProgress,
): Promise<FgsmResult> {
  const { count, inputSize: d } = targets;
  const slots = Int32Array.from({ length: count }, (_, t) => t);
  const { zeroGradient, gradient } = await cleanGradient(classifier, targets);
  const points = new Float32Array(count * d);
  for (let t = 0; t < count; t++) {
    ascend(
      targets.region.norm,
      targets.region.epsilon,
      targets.clean,
      t * d,
      gradient,
      t * d,
      d,
      points,
      t * d,
    );
  }
  const broken = await verifyCandidates(classifier, targets, slots, points);
  progress(1, 1);
  return { broken, zeroGradient };
}

/** The cross-entropy input gradient at every target's clean point, and which of them are all zero. */
export async function cleanGradient(
  classifier: CountingClassifier,
  targets: AttackTargets,
): Promise<{ gradient: Float32Array; zeroGradient: Uint8Array }> {
  const { count, inputSize: d } = targets;
  const { logits, gradient } = await classifier.lossGradient(targets.clean, targets.labels, count, 'ce');
  checkLogits(logits, count, targets.classes);
  checkGradient(gradient, count, d);
  const zeroGradient = new Uint8Array(count);
  for (let t = 0; t < count; t++) {
    let zero = 1;
    for (let k = t * d; k < (t + 1) * d; k++) {
      if (gradient[k] !== 0) {
        zero = 0;
        break;
      }
    }
    zeroGradient[t] = zero;
  }
  return { gradient, zeroGradient };
}

function checkGradient(gradient: Float32Array, n: number, d: number): void {
  if (gradient.length !== n * d) {
    throw new Error(`the classifier returned ${gradient.length} gradient values for ${n} samples of ${d}`);
  }
}

export interface PgdSettings {
  steps: number;
  restarts: number;
}

/** How many of the most likely wrong classes PGD also attacks one by one. */
export const PGD_TARGETED_CLASSES = 3;

interface PgdPhase {
  loss: LossKind;
  /** Rank among the wrong classes by clean logit (0 = most likely) of a targeted phase. */
  targetRank?: number;
}

/**
 * PGD (Madry et al. 2018): `restarts` random starts per loss (cross-entropy, then margin), each
 * `steps` steps of 2.5·eps/steps, projected onto ball ∩ box after every step. The untargeted
 * losses chase whichever wrong class is ahead, which is not always the one that can be reached
 * (common on linear models under l2), so the samples still standing then get one run per each of
 * the PGD_TARGETED_CLASSES most likely wrong classes, descending the margin loss with that class
 * passed as the label (the targeted margin loss of AutoAttack's APGD-T), from the clean point. A sample
 * leaves the batch the moment it is misclassified and keeps that point; every restart ends with
 * a verified forward pass of all its final points.
 */
export async function pgdAttack(
  classifier: CountingClassifier,
  targets: AttackTargets,
  settings: PgdSettings,
  rng: Rng,
  progress: AttackProgress,
): Promise<AttackResult> {
  const { count: m, inputSize: d, region, classes } = targets;
  const { steps, restarts } = settings;
  const broken = new Uint8Array(m);
  const stepSize = (2.5 * region.epsilon) / steps;
  const phases: PgdPhase[] = [];
  for (const loss of ['ce', 'margin'] as const) {
    for (let restart = 0; restart < restarts; restart++) phases.push({ loss });
  }
  for (let rank = 0; rank < Math.min(PGD_TARGETED_CLASSES, classes - 1); rank++) {
    phases.push({ loss: 'margin', targetRank: rank });
  }
  const totalSteps = phases.length * steps;
  const rankedClasses = phases.some((phase) => phase.targetRank !== undefined)
    ? await wrongClassesByLikelihood(classifier, targets)
    : undefined;
  for (let p = 0; p < phases.length; p++) {
    const phase = phases[p]!;
    const slots = unbroken(broken);
    const k = slots.length;
    if (k === 0) break;
    // The label each loss call sees: the true one, or the class a targeted phase pulls towards.
    const lossLabels = new Int32Array(k);
    for (let r = 0; r < k; r++) {
      const t = slots[r]!;
      lossLabels[r] =
        phase.targetRank === undefined
          ? targets.labels[t]!
          : rankedClasses![t * (classes - 1) + phase.targetRank]!;
    }
    const descend = phase.targetRank !== undefined;
    const points = new Float32Array(k * d);
    // Targeted phases start at the clean point: on a (locally) linear model the first step then
    // points straight at the optimum, which a random start's sideways offset, shrinking by only
    // about e^-2.5 over the 2.5·eps path, can keep out of reach.
    if (phase.targetRank === undefined) {
      for (let r = 0; r < k; r++) randomStart(targets, slots[r]!, rng, points, r * d);
    } else {
      for (let r = 0; r < k; r++)
        points.set(targets.clean.subarray(slots[r]! * d, (slots[r]! + 1) * d), r * d);
    }
    const active = Int32Array.from({ length: k }, (_, r) => r);
    let activeCount = k;
    const batch = new Float32Array(k * d);
    const batchLabels = new Int32Array(k);
    for (let step = 0; step < steps && activeCount > 0; step++) {
      for (let a = 0; a < activeCount; a++) {
        const r = active[a]!;
        batch.set(points.subarray(r * d, (r + 1) * d), a * d);
        batchLabels[a] = lossLabels[r]!;
      }
      const { logits, gradient } = await classifier.lossGradient(
        batch.subarray(0, activeCount * d),
        batchLabels.subarray(0, activeCount),
        activeCount,
        phase.loss,
      );
      checkLogits(logits, activeCount, classes);
      checkGradient(gradient, activeCount, d);
      let kept = 0;
      for (let a = 0; a < activeCount; a++) {
        const r = active[a]!;
        const t = slots[r]!;
        // Misclassified where it stands: freeze that point as this sample's candidate.
        if (!isCorrect(logits, a, classes, targets.labels[t]!)) continue;
        ascend(region.norm, descend ? -stepSize : stepSize, batch, a * d, gradient, a * d, d, points, r * d);
        targets.project(t, points, r * d);
        active[kept++] = r;
      }
      activeCount = kept;
      progress(p * steps + step + 1, totalSteps);
    }
    const verified = await verifyCandidates(classifier, targets, slots, points);
    for (let r = 0; r < k; r++) if (verified[r]) broken[slots[r]!] = 1;
  }
  progress(totalSteps, totalSteps);
  return { broken };
}

/** Per target, the wrong classes ordered by clean logit, most likely first: count x (classes - 1). */
async function wrongClassesByLikelihood(
  classifier: CountingClassifier,
  targets: AttackTargets,
): Promise<Int32Array> {
  const { count: m, classes } = targets;
  const logits = await classifier.logits(targets.clean, m);
  checkLogits(logits, m, classes);
  const ranked = new Int32Array(m * (classes - 1));
  const order: number[] = [];
  for (let t = 0; t < m; t++) {
    order.length = 0;
    for (let j = 0; j < classes; j++) if (j !== targets.labels[t]) order.push(j);
    order.sort((i, j) => logits[t * classes + j]! - logits[t * classes + i]! || i - j);
    ranked.set(order, t * (classes - 1));
  }
  return ranked;
}

function unbroken(broken: Uint8Array): Int32Array {
  let count = 0;
  for (let t = 0; t < broken.length; t++) if (!broken[t]) count++;
  const slots = new Int32Array(count);
  let r = 0;
  for (let t = 0; t < broken.length; t++) if (!broken[t]) slots[r++] = t;
  return slots;
}

/** Uniform in the linf ball; for l2 a uniform direction at a uniform radius in [0, eps]; then projected. */
function randomStart(targets: AttackTargets, t: number, rng: Rng, out: Float32Array, offset: number): void {
  const { inputSize: d, clean, region } = targets;
  const eps = region.epsilon;
  const base = t * d;
  if (region.norm === 'linf') {
    for (let k = 0; k < d; k++) out[offset + k] = clean[base + k]! + eps * (2 * rng.next() - 1);
  } else {
    let norm2 = 0;
    for (let k = 0; k < d; k++) {
      const g = rng.normal();
      out[offset + k] = g;
      norm2 += g * g;
    }
    const scale = norm2 > 0 ? (eps * rng.next()) / Math.sqrt(norm2) : 0;
    for (let k = 0; k < d; k++) out[offset + k] = clean[base + k]! + scale * out[offset + k]!;
  }
  targets.project(t, out, offset);
}
