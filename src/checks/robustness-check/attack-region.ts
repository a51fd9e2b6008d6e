/**
 * What every attack shares: the samples under attack, the perturbation region around each of
 * them, projection into it that stays inside after rounding to float32, query counting, and the
 * final verification that alone decides whether a sample is broken.
 */
import type { Classifier, LossGradient, LossKind } from './classifier.js';

export interface AttackRegion {
  epsilon: number;
  norm: 'linf' | 'l2';
  lower: number;
  upper: number;
}

const f32Scratch = new Float32Array(1);
const u32Scratch = new Uint32Array(f32Scratch.buffer);

function clip(v: number, lo: number, hi: number): number {
  return v >= lo ? (v <= hi ? v : hi) : lo;
}

/** The smallest float32 >= v (v finite). */
export function float32AtLeast(v: number): number {
  const r = Math.fround(v);
  if (r >= v) return r;
  f32Scratch[0] = r;
  // Stepping the bit pattern moves one ulp away from zero for positive values, towards it for negative ones.
  if (r > 0) u32Scratch[0]! += 1;
  else if (r < 0) u32Scratch[0]! -= 1;
  else return 1.401298464324817e-45;
  return f32Scratch[0]!;
}

/** The largest float32 <= v (v finite). */
export function float32AtMost(v: number): number {
  return -float32AtLeast(-v);
}

/**
 * The clean-correct samples an attack works on ("targets", indexed 0..count-1), their clean
 * points, labels and the float32 bounds of their regions. For linf the bounds are per coordinate
 * (ball ∩ box); for l2 only the box is per coordinate and the ball is enforced by `project`.
 */
export class AttackTargets {
  readonly count: number;
  readonly inputSize: number;
  readonly classes: number;
  readonly lo: Float32Array;
  readonly hi: Float32Array;
  /** The box [lower, upper] in float32, rounded inwards. */
  readonly boxLo: number;
  readonly boxHi: number;
  private readonly scratch: Float64Array;

  constructor(
    readonly region: AttackRegion,
    /** Sample index of each target. */
    readonly ids: Int32Array,
    /** count x inputSize. */
    readonly clean: Float32Array,
    readonly labels: Int32Array,
    readonly sampleShape: readonly number[],
    classes: number,
  ) {
    this.count = ids.length;
    this.classes = classes;
    const d = this.count === 0 ? 0 : clean.length / this.count;
    this.inputSize = d;
    if (!Number.isInteger(d) || labels.length !== this.count) {
      throw new Error('AttackTargets: clean points and labels do not match the target count');
    }
    this.scratch = new Float64Array(d);
    const size = clean.length;
    this.lo = new Float32Array(size);
    this.hi = new Float32Array(size);
    const eps = region.norm === 'linf' ? region.epsilon : Infinity;
    const boxLo = float32AtLeast(region.lower);
    const boxHi = float32AtMost(region.upper);
    this.boxLo = boxLo;
    this.boxHi = boxHi;
    for (let k = 0; k < size; k++) {
      const x = clean[k]!;
      // The clean point is a float32 inside the box, so these never cross it: lo <= x <= hi.
      this.lo[k] = eps === Infinity ? boxLo : Math.max(boxLo, float32AtLeast(x - eps));
      this.hi[k] = eps === Infinity ? boxHi : Math.min(boxHi, float32AtMost(x + eps));
    }
  }

  /**
   * Moves point (a row of `points` at `offset`) into target t's region, in place: clipping to the
   * box and, for l2, the Euclidean projection onto ball ∩ box (clip(s·δ) with the largest s whose
   * norm fits), checked again in float64 after rounding to float32. Feasible points are unchanged.
   */
  project(t: number, points: Float32Array, offset: number): void {
    const d = this.inputSize;
    const base = t * d;
    const { lo, hi, clean } = this;
    if (this.region.norm === 'linf') {
      for (let k = 0; k < d; k++) {
        const v = points[offset + k]!;
        const l = lo[base + k]!;
        const h = hi[base + k]!;
        if (v >= l) {
          if (v > h) points[offset + k] = h;
        } else {
          // NaN compares false both ways: it goes back to the clean value.
          points[offset + k] = Number.isNaN(v) ? clean[base + k]! : l;
        }
      }
      return;
    }
    const eps = this.region.epsilon;
    const eps2 = eps * eps;
    const { boxLo, boxHi } = this;
    const raw = this.scratch;
    let rawNorm2 = 0;
    let inBox = true;
    for (let k = 0; k < d; k++) {
      const x = clean[base + k]!;
      const v = points[offset + k]!;
      if (v >= boxLo && v <= boxHi) {
        const r = v - x;
        raw[k] = r;
        rawNorm2 += r * r;
      } else {
        inBox = false;
        raw[k] = Number.isNaN(v) ? 0 : v - x;
        rawNorm2 += raw[k]! * raw[k]!;
      }
    }
    // Already feasible (the common case): measured exactly as `fits` would.
    if (inBox && rawNorm2 <= eps2) return;
    let clippedNorm2 = 0;
    if (!inBox) {
      for (let k = 0; k < d; k++) {
        const x = clean[base + k]!;
        const c = clip(x + raw[k]!, boxLo, boxHi) - x;
        clippedNorm2 += c * c;
      }
      if (clippedNorm2 <= eps2) {
        for (let k = 0; k < d; k++) points[offset + k] = clip(clean[base + k]! + raw[k]!, boxLo, boxHi);
        if (this.fits(t, points, offset)) return;
      }
    }
    // The projection onto ball ∩ box is clip(s·δ) with the largest s in [0, 1] whose norm is
    // <= eps (KKT). With the clipped set C(s) fixed, ||clip(s·δ)||² = s²·A + B; solving that for
    // s only clips more coordinates, which lowers the norm, so each solve stays feasible and the
    // iteration climbs monotonically to the answer (one step when nothing is clipped).
    let low = rawNorm2 > 0 ? Math.min(1, eps / Math.sqrt(rawNorm2)) : 0;
    for (let iteration = 0; iteration < 64 && low > 0 && !inBox; iteration++) {
      let free2 = 0;
      let clipped2 = 0;
      for (let k = 0; k < d; k++) {
        const x = clean[base + k]!;
        const r = raw[k]!;
        const v = x + low * r;
        if (v < boxLo) clipped2 += (boxLo - x) * (boxLo - x);
        else if (v > boxHi) clipped2 += (boxHi - x) * (boxHi - x);
        else free2 += r * r;
      }
      if (free2 === 0) break;
      const next = Math.min(1, Math.sqrt(Math.max(0, eps2 - clipped2) / free2));
      if (!(next > low * (1 + 1e-12))) break;
      low = next;
    }
    // Rounding to float32 can step just outside the ball: shrink until the float32 point fits.
    for (let attempt = 0; attempt < 40 && low > 0; attempt++) {
      for (let k = 0; k < d; k++) {
        const x = clean[base + k]!;
        points[offset + k] = clip(Math.fround(x + low * raw[k]!), boxLo, boxHi);
      }
      if (this.fits(t, points, offset)) return;
      low *= 1 - 2 ** (attempt - 18);
    }
    points.set(clean.subarray(base, base + d), offset);
  }

  /** Whether a float32 point lies in target t's region, measured in float64. */
  fits(t: number, points: Float32Array, offset: number): boolean {
    const d = this.inputSize;
    const base = t * d;
    const { lo, hi, clean } = this;
    let norm2 = 0;
    for (let k = 0; k < d; k++) {
      const v = points[offset + k]!;
      if (!(v >= lo[base + k]! && v <= hi[base + k]!)) return false;
      const dk = v - clean[base + k]!;
      norm2 += dk * dk;
    }
    return this.region.norm === 'linf' || norm2 <= this.region.epsilon * this.region.epsilon;
  }
}

/** z_y - max_{j != y} z_j of row `row`; a sample is classified correctly iff this is > 0 (ties and NaN count as wrong). */
export function marginOf(logits: Float32Array, row: number, classes: number, label: number): number {
  const base = row * classes;
  const zy = logits[base + label]!;
  let best = -Infinity;
  for (let j = 0; j < classes; j++) {
    if (j === label) continue;
    const z = logits[base + j]!;
    if (z > best || Number.isNaN(z)) best = Number.isNaN(z) ? NaN : z;
    if (Number.isNaN(best)) break;
  }
  return zy - best;
}

export function isCorrect(logits: Float32Array, row: number, classes: number, label: number): boolean {
  return marginOf(logits, row, classes, label) > 0;
}

/** A classifier that counts the sample evaluations made through it. */
export class CountingClassifier {
  queries = 0;
  constructor(readonly inner: Classifier) {}

  logits(inputs: Float32Array, n: number): Promise<Float32Array> {
    this.queries += n;
    return this.inner.logits(inputs, n);
  }

  lossGradient(inputs: Float32Array, labels: Int32Array, n: number, loss: LossKind): Promise<LossGradient> {
    this.queries += n;
    return this.inner.lossGradient(inputs, labels, n, loss);
  }
}

/** Most values sent to the classifier in one call when an attack's batch would be larger. */
export const MAX_VALUES_PER_CALL = 1 << 22;

/**
 * The only judge of success: each candidate (row r of `points`, for target slots[r]) is
 * projected into its region and evaluated once more; a target is broken iff that forward pass
 * misclassifies it. `points` is projected in place.
 */
export async function verifyCandidates(
  classifier: CountingClassifier,
  targets: AttackTargets,
  slots: Int32Array,
  points: Float32Array,
): Promise<Uint8Array> {
  const d = targets.inputSize;
  const count = slots.length;
  const broken = new Uint8Array(count);
  if (count === 0) return broken;
  for (let r = 0; r < count; r++) targets.project(slots[r]!, points, r * d);
  return misclassifiedRows(classifier, targets, slots, count, points);
}

/**
 * Whether the model misclassifies each of the first `count` rows of `points` (row r for target
 * slots[r]), in calls of bounded size; 1 = misclassified. Nothing is projected here.
 */
export async function misclassifiedRows(
  classifier: CountingClassifier,
  targets: AttackTargets,
  slots: Int32Array,
  count: number,
  points: Float32Array,
): Promise<Uint8Array> {
  const d = targets.inputSize;
  const out = new Uint8Array(count);
  const rowsPerCall = Math.max(1, Math.floor(MAX_VALUES_PER_CALL / Math.max(1, d)));
  for (let first = 0; first < count; first += rowsPerCall) {
    const rows = Math.min(rowsPerCall, count - first);
    const logits = await classifier.logits(points.subarray(first * d, (first + rows) * d), rows);
    checkLogits(logits, rows, targets.classes);
    for (let r = 0; r < rows; r++) {
      const t = slots[first + r]!;
      out[first + r] = isCorrect(logits, r, targets.classes, targets.labels[t]!) ? 0 : 1;
    }
  }
  return out;
}

export function checkLogits(logits: Float32Array, n: number, classes: number): void {
  if (logits.length !== n * classes) {
    throw new Error(`the classifier returned ${logits.length} logits for ${n} samples of ${classes} classes`);
  }
}

/** Labels of the given target slots, laid out for a batched loss call. */
export function labelsOf(targets: AttackTargets, slots: Int32Array, count: number): Int32Array {
  const labels = new Int32Array(count);
  for (let r = 0; r < count; r++) labels[r] = targets.labels[slots[r]!]!;
  return labels;
}

/** Progress of one attack in its own units (steps, iterations); called after each batched round. */
export type AttackProgress = (done: number, total: number) => void;

export interface AttackResult {
  /** Per target: 1 = broken (verified). */
  broken: Uint8Array;
  note?: string;
}
