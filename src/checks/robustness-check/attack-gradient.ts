/**
 * White-box attacks on exact (or estimated) input gradients: FGSM and PGD with random starts,
 * cross-entropy and margin losses, and per-sample early stop.
 */
import type { LossKind } from './classifier.js';
import {
  checkLogits,
  isCorrect,
  labelsOf,
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
    ascend(targets.region.norm, targets.region.epsilon, targets.clean, t * d, gradient, t * d, d, points, t * d);
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

/**
 * PGD (Madry et al. 2018): `restarts` random starts per loss (cross-entropy, then margin), each
 * `steps` steps of 2.5·eps/steps, projected onto ball ∩ box after every step. A sample leaves the
 * batch the moment it is misclassified and keeps that point; every restart ends with a verified
 * forward pass of all its final points.
 */
export async function pgdAttack(
  classifier: CountingClassifier,
  targets: AttackTargets,
  settings: PgdSettings,
  rng: Rng,
  progress: AttackProgress,
): Promise<AttackResult> {
  const { count: m, inputSize: d, region } = targets;
  const { steps, restarts } = settings;
  const broken = new Uint8Array(m);
  const stepSize = (2.5 * region.epsilon) / steps;
  const losses: LossKind[] = ['ce', 'margin'];
  const totalSteps = losses.length * restarts * steps;
  let doneSteps = 0;
  for (const loss of losses) {
    for (let restart = 0; restart < restarts; restart++) {
      const slots = unbroken(broken);
      const k = slots.length;
      if (k === 0) {
        progress(totalSteps, totalSteps);
        return { broken };
      }
      const points = new Float32Array(k * d);
      for (let r = 0; r < k; r++) randomStart(targets, slots[r]!, rng, points, r * d);
      const active = Int32Array.from({ length: k }, (_, r) => r);
      let activeCount = k;
      const batch = new Float32Array(k * d);
      for (let step = 0; step < steps && activeCount > 0; step++) {
        for (let a = 0; a < activeCount; a++) {
          const r = active[a]!;
          batch.set(points.subarray(r * d, (r + 1) * d), a * d);
        }
        const batchSlots = new Int32Array(activeCount);
        for (let a = 0; a < activeCount; a++) batchSlots[a] = slots[active[a]!]!;
        const labels = labelsOf(targets, batchSlots, activeCount);
        const { logits, gradient } = await classifier.lossGradient(
          batch.subarray(0, activeCount * d),
          labels,
          activeCount,
          loss,
        );
        checkLogits(logits, activeCount, targets.classes);
        checkGradient(gradient, activeCount, d);
        let kept = 0;
        for (let a = 0; a < activeCount; a++) {
          const r = active[a]!;
          // Misclassified where it stands: freeze that point as this sample's candidate.
          if (!isCorrect(logits, a, targets.classes, labels[a]!)) continue;
          ascend(region.norm, stepSize, batch, a * d, gradient, a * d, d, points, r * d);
          targets.project(slots[r]!, points, r * d);
          active[kept++] = r;
        }
        activeCount = kept;
        doneSteps++;
        progress(doneSteps, totalSteps);
      }
      // Early-stopped restarts still count their full share of the progress.
      doneSteps = (losses.indexOf(loss) * restarts + restart + 1) * steps;
      const verified = await verifyCandidates(classifier, targets, slots, points);
      for (let r = 0; r < k; r++) if (verified[r]) broken[slots[r]!] = 1;
    }
  }
  progress(totalSteps, totalSteps);
  return { broken };
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
