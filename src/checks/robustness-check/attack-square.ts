/**
 * Square Attack (Andriushchenko et al. 2020): random search over square-shaped updates with the
 * margin loss on the logits, Linf and L2 versions, the paper's schedule for the square's size.
 *
 * Layout: a sample of shape [C, H, W] is C channels of H x W; [H, W] is one channel; a flat [D]
 * is one channel of 1 x D, where the "square" is a contiguous run of features covering the same
 * fraction p of the sample that a square covers in an image. Leading dimensions of size 1 are
 * dropped first ([1, C, H, W] is [C, H, W]).
 *
 * Unlike the reference code, whose corner is randint(0, H - s) (exclusive, so the last row and
 * column are never perturbed), the corner is drawn from [0, H - s] inclusive.
 */
import { UsageError } from '../../core/errors.js';
import {
  checkLogits,
  marginOf,
  verifyCandidates,
  type AttackProgress,
  type AttackResult,
  type AttackTargets,
  type CountingClassifier,
} from './attack-region.js';
import type { Rng } from './rng.js';

export interface SquareLayout {
  channels: number;
  height: number;
  width: number;
}

export function squareLayout(sampleShape: readonly number[]): SquareLayout {
  const dims = [...sampleShape];
  while (dims.length > 3 && dims[0] === 1) dims.shift();
  if (dims.length > 3) {
    throw new UsageError(
      'INVALID_INPUT',
      `the Square attack needs samples of shape [C, H, W], [H, W] or [D]; the model's sample shape is [${sampleShape.join(', ')}]: drop the extra dimensions in the preprocessing`,
    );
  }
  if (dims.length === 0) return { channels: 1, height: 1, width: 1 };
  if (dims.length === 1) return { channels: 1, height: 1, width: dims[0]! };
  if (dims.length === 2) return { channels: 1, height: dims[0]!, width: dims[1]! };
  return { channels: dims[0]!, height: dims[1]!, width: dims[2]! };
}

/** The reference schedule of the fraction p, written for 10,000 iterations and rescaled to `iterations`. */
export function squareFraction(initial: number, iteration: number, iterations: number): number {
  const it = Math.floor((iteration / iterations) * 10000);
  if (it > 10 && it <= 50) return initial / 2;
  if (it > 50 && it <= 200) return initial / 4;
  if (it > 200 && it <= 500) return initial / 8;
  if (it > 500 && it <= 1000) return initial / 16;
  if (it > 1000 && it <= 2000) return initial / 32;
  if (it > 2000 && it <= 4000) return initial / 64;
  if (it > 4000 && it <= 6000) return initial / 128;
  if (it > 6000 && it <= 8000) return initial / 256;
  if (it > 8000 && it <= 10000) return initial / 512;
  return initial;
}

const LINF_INITIAL_FRACTION = 0.05;
const L2_INITIAL_FRACTION = 0.1;

/** Height and width of the window that covers about a fraction p of each channel. */
export function windowSize(
  layout: SquareLayout,
  p: number,
  norm: 'linf' | 'l2',
): { height: number; width: number } {
  const { height, width } = layout;
  // The L2 update needs a centre and two halves: at least 3 wide, odd.
  const shape = (side: number, limit: number): number => {
    let s = Math.max(norm === 'l2' ? 3 : 1, side);
    if (norm === 'l2' && s % 2 === 0) s += 1;
    return Math.max(1, Math.min(s, limit));
  };
  if (height === 1) return { height: 1, width: shape(Math.round(p * width), width) };
  const side = shape(Math.round(Math.sqrt(p * height * width)), Math.min(height, width));
  return { height: side, width: side };
}

export interface SquareSettings {
  /** Model queries per sample, the initial one included. */
  queries: number;
}

export async function squareAttack(
  classifier: CountingClassifier,
  targets: AttackTargets,
  settings: SquareSettings,
  rng: Rng,
  progress: AttackProgress,
): Promise<AttackResult> {
  const layout = squareLayout(targets.sampleShape);
  if (layout.channels * layout.height * layout.width !== targets.inputSize) {
    throw new Error('squareAttack: the sample shape does not match the input size');
  }
  return targets.region.norm === 'linf'
    ? squareLinf(classifier, targets, layout, settings.queries, rng, progress)
    : squareL2(classifier, targets, layout, settings.queries, rng, progress);
}

/** Keeps the still-unbroken targets at the front of `active`; returns their number. */
function compact(active: Int32Array, count: number, marginMin: Float64Array): number {
  let kept = 0;
  for (let a = 0; a < count; a++) {
    const t = active[a]!;
    if (marginMin[t]! > 0) active[kept++] = t;
  }
  return kept;
}

async function finish(
  classifier: CountingClassifier,
  targets: AttackTargets,
  marginMin: Float64Array,
  best: Float32Array,
): Promise<AttackResult> {
  const d = targets.inputSize;
  const candidates: number[] = [];
  for (let t = 0; t < targets.count; t++) if (!(marginMin[t]! > 0)) candidates.push(t);
  const slots = Int32Array.from(candidates);
  const points = new Float32Array(slots.length * d);
  for (let r = 0; r < slots.length; r++) {
    const t = slots[r]!;
    points.set(best.subarray(t * d, (t + 1) * d), r * d);
  }
  const verified = await verifyCandidates(classifier, targets, slots, points);
  const broken = new Uint8Array(targets.count);
  for (let r = 0; r < slots.length; r++) if (verified[r]) broken[slots[r]!] = 1;
  return { broken };
}

async function initialMargins(
  classifier: CountingClassifier,
  targets: AttackTargets,
  best: Float32Array,
): Promise<Float64Array> {
  const m = targets.count;
  const logits = await classifier.logits(best, m);
  checkLogits(logits, m, targets.classes);
  return Float64Array.from({ length: m }, (_, t) => marginOf(logits, t, targets.classes, targets.labels[t]!));
}

async function squareLinf(
  classifier: CountingClassifier,
  targets: AttackTargets,
  layout: SquareLayout,
  queries: number,
  rng: Rng,
  progress: AttackProgress,
): Promise<AttackResult> {
  const { count: m, inputSize: d, lo, hi } = targets;
  const { channels, height, width } = layout;
  const plane = height * width;
  // In Linf every coordinate sits at a corner of its interval: x ± eps clipped to the box is lo or hi.
  const best = new Float32Array(m * d);
  for (let t = 0; t < m; t++) {
    for (let c = 0; c < channels; c++) {
      for (let w = 0; w < width; w++) {
        const up = rng.sign() > 0;
        for (let h = 0; h < height; h++) {
          const k = t * d + c * plane + h * width + w;
          best[k] = up ? hi[k]! : lo[k]!;
        }
      }
    }
  }
  const marginMin = await initialMargins(classifier, targets, best);
  const active = Int32Array.from({ length: m }, (_, t) => t);
  let activeCount = compact(active, m, marginMin);
  const iterations = Math.max(0, queries - 1);
  const candidates = new Float32Array(activeCount * d);
  const corners = new Int32Array(2 * activeCount);
  const signs = new Int8Array(channels);
  for (let iteration = 0; iteration < iterations && activeCount > 0; iteration++) {
    const p = squareFraction(LINF_INITIAL_FRACTION, iteration, iterations);
    const size = windowSize(layout, p, 'linf');
    for (let a = 0; a < activeCount; a++) {
      const t = active[a]!;
      const row = a * d;
      candidates.set(best.subarray(t * d, (t + 1) * d), row);
      const top = rng.int(height - size.height + 1);
      const left = rng.int(width - size.width + 1);
      corners[2 * a] = top;
      corners[2 * a + 1] = left;
      // As in the reference: redraw the signs while the window would not change the current best.
      for (let attempt = 0; attempt < 16; attempt++) {
        for (let c = 0; c < channels; c++) signs[c] = rng.sign();
        if (windowChanges(targets, t, layout, top, left, size, signs, best)) break;
      }
      for (let c = 0; c < channels; c++) {
        const up = signs[c]! > 0;
        for (let h = top; h < top + size.height; h++) {
          const k = c * plane + h * width + left;
          for (let w = 0; w < size.width; w++) {
            candidates[row + k + w] = up ? hi[t * d + k + w]! : lo[t * d + k + w]!;
          }
        }
      }
    }
    const logits = await classifier.logits(candidates.subarray(0, activeCount * d), activeCount);
    checkLogits(logits, activeCount, targets.classes);
    for (let a = 0; a < activeCount; a++) {
      const t = active[a]!;
      const margin = marginOf(logits, a, targets.classes, targets.labels[t]!);
      if (!(margin < marginMin[t]!) && !Number.isNaN(margin)) continue;
      marginMin[t] = margin;
      const top = corners[2 * a]!;
      const left = corners[2 * a + 1]!;
      for (let c = 0; c < channels; c++) {
        for (let h = top; h < top + size.height; h++) {
          const k = c * plane + h * width + left;
          best.set(candidates.subarray(a * d + k, a * d + k + size.width), t * d + k);
        }
      }
    }
    activeCount = compact(active, activeCount, marginMin);
    progress(iteration + 1, iterations);
  }
  progress(iterations, iterations);
  return finish(classifier, targets, marginMin, best);
}

function windowChanges(
  targets: AttackTargets,
  t: number,
  layout: SquareLayout,
  top: number,
  left: number,
  size: { height: number; width: number },
  signs: Int8Array,
  best: Float32Array,
): boolean {
  const { inputSize: d, lo, hi } = targets;
  const plane = layout.height * layout.width;
  for (let c = 0; c < layout.channels; c++) {
    const bound = signs[c]! > 0 ? hi : lo;
    for (let h = top; h < top + size.height; h++) {
      const k = t * d + c * plane + h * layout.width + left;
      for (let w = 0; w < size.width; w++) if (bound[k + w] !== best[k + w]) return true;
    }
  }
  return false;
}

/** The reference's pseudo-Gaussian bump on a rows x cols rectangle: nested rings weighted 1/(ring+1)^2, unit norm. */
function pseudoGaussianRectangle(
  rows: number,
  cols: number,
  out: Float64Array,
  outCols: number,
  rowOffset: number,
  sign: number,
): void {
  if (rows <= 0 || cols <= 0) return;
  const values = new Float64Array(rows * cols);
  const centreRow = Math.floor(rows / 2);
  const centreCol = Math.floor(cols / 2);
  let r0 = centreRow;
  let c0 = centreCol;
  const rings = Math.max(centreRow + 1, centreCol + 1);
  for (let ring = 0; ring < rings; ring++) {
    const weight = 1 / ((ring + 1) * (ring + 1));
    for (let r = Math.max(r0, 0); r < Math.min(r0 + 2 * ring + 1, rows); r++) {
      for (let c = Math.max(c0, 0); c < Math.min(c0 + 2 * ring + 1, cols); c++)
        values[r * cols + c]! += weight;
    }
    r0--;
    c0--;
  }
  let norm2 = 0;
  for (const v of values) norm2 += v * v;
  const scale = sign / Math.sqrt(norm2);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out[(rowOffset + r) * outCols + c] = values[r * cols + c]! * scale;
  }
}

/**
 * The reference's update shape: a bump on each half of the window with opposite signs, split
 * across the rows or (transposed) the columns; a 1 x s run is always split along its length.
 */
export function squareBump(rows: number, cols: number, transposed: boolean): Float64Array {
  const splitColumns = rows === 1 ? true : cols === 1 ? false : transposed;
  const out = new Float64Array(rows * cols);
  if (!splitColumns) {
    const half = Math.floor(rows / 2);
    pseudoGaussianRectangle(half, cols, out, cols, 0, 1);
    pseudoGaussianRectangle(rows - half, cols, out, cols, half, -1);
  } else {
    const t = new Float64Array(rows * cols);
    const half = Math.floor(cols / 2);
    pseudoGaussianRectangle(half, rows, t, rows, 0, 1);
    pseudoGaussianRectangle(cols - half, rows, t, rows, half, -1);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[r * cols + c] = t[c * rows + r]!;
  }
  let norm2 = 0;
  for (const v of out) norm2 += v * v;
  const scale = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
  for (let k = 0; k < out.length; k++) out[k]! *= scale;
  return out;
}

class BumpCache {
  private readonly cache = new Map<string, Float64Array>();
  get(rows: number, cols: number, transposed: boolean): Float64Array {
    const key = `${rows}x${cols}${transposed ? 't' : ''}`;
    let bump = this.cache.get(key);
    if (!bump) {
      bump = squareBump(rows, cols, transposed);
      this.cache.set(key, bump);
    }
    return bump;
  }
}

async function squareL2(
  classifier: CountingClassifier,
  targets: AttackTargets,
  layout: SquareLayout,
  queries: number,
  rng: Rng,
  progress: AttackProgress,
): Promise<AttackResult> {
  const { count: m, inputSize: d, clean } = targets;
  const eps = targets.region.epsilon;
  const { channels, height, width } = layout;
  const plane = height * width;
  const bumps = new BumpCache();
  const delta = new Float64Array(d);

  // Initial point: a grid of bumps with a random sign per bump and channel, scaled to norm eps.
  const best = new Float32Array(m * d);
  const gridRows = height === 1 ? 1 : Math.max(1, Math.floor(height / 5));
  const gridCols = height === 1 ? Math.max(1, Math.floor(width / 25)) : Math.max(1, Math.floor(width / 5));
  const startRow = Math.floor((height - gridRows * Math.floor(height / gridRows)) / 2);
  const startCol = Math.floor((width - gridCols * Math.floor(width / gridCols)) / 2);
  for (let t = 0; t < m; t++) {
    delta.fill(0);
    for (let top = startRow; top < height; top += gridRows) {
      for (let left = startCol; left < width; left += gridCols) {
        const bump = bumps.get(gridRows, gridCols, rng.next() > 0.5);
        for (let c = 0; c < channels; c++) {
          const sign = rng.sign();
          for (let h = 0; h < gridRows && top + h < height; h++) {
            for (let w = 0; w < gridCols && left + w < width; w++) {
              delta[c * plane + (top + h) * width + left + w]! += sign * bump[h * gridCols + w]!;
            }
          }
        }
      }
    }
    writeScaled(targets, t, delta, eps, best, t * d, squaredNorm(delta));
  }
  const marginMin = await initialMargins(classifier, targets, best);
  const active = Int32Array.from({ length: m }, (_, t) => t);
  let activeCount = compact(active, m, marginMin);
  const iterations = Math.max(0, queries - 1);
  const candidates = new Float32Array(activeCount * d);
  const windowNorms = new Float64Array(channels);
  const unionNorms = new Float64Array(channels);
  let scratch = new Float64Array(0);
  for (let iteration = 0; iteration < iterations && activeCount > 0; iteration++) {
    const p = squareFraction(L2_INITIAL_FRACTION, iteration, iterations);
    const size = windowSize(layout, p, 'l2');
    const rows = size.height;
    const cols = size.width;
    if (scratch.length < rows * cols) scratch = new Float64Array(rows * cols);
    for (let a = 0; a < activeCount; a++) {
      const t = active[a]!;
      const base = t * d;
      let imageNorm2 = 0;
      for (let k = 0; k < d; k++) {
        const v = best[base + k]! - clean[base + k]!;
        delta[k] = v;
        imageNorm2 += v * v;
      }
      const top = rng.int(height - rows + 1);
      const left = rng.int(width - cols + 1);
      const top2 = rng.int(height - rows + 1);
      const left2 = rng.int(width - cols + 1);
      for (let c = 0; c < channels; c++) {
        let window = 0;
        let union = 0;
        for (let h = 0; h < height; h++) {
          const inRows1 = h >= top && h < top + rows;
          const inRows2 = h >= top2 && h < top2 + rows;
          if (!inRows1 && !inRows2) continue;
          for (let w = Math.min(left, left2); w < Math.max(left, left2) + cols; w++) {
            const in1 = inRows1 && w >= left && w < left + cols;
            const in2 = inRows2 && w >= left2 && w < left2 + cols;
            if (!in1 && !in2) continue;
            const v = delta[c * plane + h * width + w]!;
            if (in1) window += v * v;
            union += v * v;
          }
        }
        windowNorms[c] = Math.sqrt(window);
        unionNorms[c] = Math.sqrt(union);
      }
      const bump = bumps.get(rows, cols, rng.next() > 0.5);
      const budget2 = Math.max(eps * eps - imageNorm2, 0) / channels;
      // Tracked rather than recomputed: the union's old mass leaves, each channel's new window brings target².
      let newNorm2 = imageNorm2;
      for (let c = 0; c < channels; c++) {
        const sign = rng.sign();
        // New window = bump + the old window's direction, rescaled to the norm freed by zeroing window 2.
        let norm2 = 0;
        for (let h = 0; h < rows; h++) {
          for (let w = 0; w < cols; w++) {
            const old = delta[c * plane + (top + h) * width + left + w]! / (1e-10 + windowNorms[c]!);
            const v = sign * bump[h * cols + w]! + old;
            scratch[h * cols + w] = v;
            norm2 += v * v;
          }
        }
        const target = Math.sqrt(budget2 + unionNorms[c]! * unionNorms[c]!);
        newNorm2 += (norm2 > 0 ? target * target : 0) - unionNorms[c]! * unionNorms[c]!;
        const scale = norm2 > 0 ? target / Math.sqrt(norm2) : 0;
        for (let h = top2; h < top2 + rows; h++) {
          for (let w = left2; w < left2 + cols; w++) delta[c * plane + h * width + w] = 0;
        }
        for (let h = 0; h < rows; h++) {
          for (let w = 0; w < cols; w++) {
            delta[c * plane + (top + h) * width + left + w] = scratch[h * cols + w]! * scale;
          }
        }
      }
      writeScaled(targets, t, delta, eps, candidates, a * d, Math.max(0, newNorm2));
    }
    const logits = await classifier.logits(candidates.subarray(0, activeCount * d), activeCount);
    checkLogits(logits, activeCount, targets.classes);
    for (let a = 0; a < activeCount; a++) {
      const t = active[a]!;
      const margin = marginOf(logits, a, targets.classes, targets.labels[t]!);
      if (!(margin < marginMin[t]!) && !Number.isNaN(margin)) continue;
      marginMin[t] = margin;
      best.set(candidates.subarray(a * d, (a + 1) * d), t * d);
    }
    activeCount = compact(active, activeCount, marginMin);
    progress(iteration + 1, iterations);
  }
  progress(iterations, iterations);
  return finish(classifier, targets, marginMin, best);
}

function squaredNorm(values: Float64Array): number {
  let total = 0;
  for (const v of values) total += v * v;
  return total;
}

/** x + eps·δ/||δ|| (norm2 = ||δ||²), clipped to the box and projected (rounding), into out at offset. */
function writeScaled(
  targets: AttackTargets,
  t: number,
  delta: Float64Array,
  eps: number,
  out: Float32Array,
  offset: number,
  norm2: number,
): void {
  const d = targets.inputSize;
  const base = t * d;
  // Aim a hair inside the ball so that float32 rounding rarely sends the point to the slow path of `project`.
  const scale = norm2 > 0 ? (eps * (1 - 2 ** -16)) / Math.sqrt(norm2) : 0;
  for (let k = 0; k < d; k++) out[offset + k] = targets.clean[base + k]! + scale * delta[k]!;
  targets.project(t, out, offset);
}
