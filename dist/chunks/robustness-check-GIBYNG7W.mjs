import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  FileReadError,
  readRegularFile
} from "./chunk-IBSJNB6F.mjs";
import {
  writeTextInScope
} from "./chunk-5VSRXKB3.mjs";
import {
  NUMPY_MAX_HEADER_BYTES,
  readNpyHeader,
  resolveExternalLocation
} from "./chunk-JEOVXTYQ.mjs";
import {
  DEFAULT_ZIP_LIMITS,
  ProtoMalformedError,
  WireType,
  asInt64,
  bufferFields,
  bufferSource,
  packedVarints,
  readZipDirectory,
  readZipMember
} from "./chunk-5YU4NVLR.mjs";
import {
  printable
} from "./chunk-VMIUJUPO.mjs";
import {
  outsideUserPath,
  relativeInside,
  resolveForReading
} from "./chunk-MHLR25UR.mjs";
import {
  MLSEC_VERSION
} from "./chunk-QPWZXP3V.mjs";
import {
  plainFingerprint
} from "./chunk-SLAN3BLR.mjs";
import {
  UsageError,
  errorMessage,
  fileErrorReason
} from "./chunk-WMHXYQRZ.mjs";
import "./chunk-DJZDCILK.mjs";

// src/checks/robustness-check/index.ts
import { createHash as createHash2 } from "node:crypto";
import path2 from "node:path";

// src/checks/robustness-check/attack-region.ts
var f32Scratch = new Float32Array(1);
var u32Scratch = new Uint32Array(f32Scratch.buffer);
function clip(v, lo, hi) {
  return v >= lo ? v <= hi ? v : hi : lo;
}
function float32AtLeast(v) {
  const r = Math.fround(v);
  if (r >= v) return r;
  f32Scratch[0] = r;
  if (r > 0) u32Scratch[0] += 1;
  else if (r < 0) u32Scratch[0] -= 1;
  else return 1401298464324817e-60;
  return f32Scratch[0];
}
function float32AtMost(v) {
  return -float32AtLeast(-v);
}
var AttackTargets = class {
  constructor(region, ids, clean, labels, sampleShape, classes) {
    this.region = region;
    this.ids = ids;
    this.clean = clean;
    this.labels = labels;
    this.sampleShape = sampleShape;
    this.count = ids.length;
    this.classes = classes;
    const d = this.count === 0 ? 0 : clean.length / this.count;
    this.inputSize = d;
    if (!Number.isInteger(d) || labels.length !== this.count) {
      throw new Error("AttackTargets: clean points and labels do not match the target count");
    }
    this.scratch = new Float64Array(d);
    const size = clean.length;
    this.lo = new Float32Array(size);
    this.hi = new Float32Array(size);
    const eps = region.norm === "linf" ? region.epsilon : Infinity;
    const boxLo = float32AtLeast(region.lower);
    const boxHi = float32AtMost(region.upper);
    this.boxLo = boxLo;
    this.boxHi = boxHi;
    for (let k = 0; k < size; k++) {
      const x = clean[k];
      this.lo[k] = eps === Infinity ? boxLo : Math.max(boxLo, float32AtLeast(x - eps));
      this.hi[k] = eps === Infinity ? boxHi : Math.min(boxHi, float32AtMost(x + eps));
    }
  }
  region;
  ids;
  clean;
  labels;
  sampleShape;
  count;
  inputSize;
  classes;
  lo;
  hi;
  /** The box [lower, upper] in float32, rounded inwards. */
  boxLo;
  boxHi;
  scratch;
  /**
   * Moves point (a row of `points` at `offset`) into target t's region, in place: clipping to the
   * box and, for l2, the Euclidean projection onto ball ∩ box (clip(s·δ) with the largest s whose
   * norm fits), checked again in float64 after rounding to float32. Feasible points are unchanged.
   */
  project(t, points, offset) {
    const d = this.inputSize;
    const base = t * d;
    const { lo, hi, clean } = this;
    if (this.region.norm === "linf") {
      for (let k = 0; k < d; k++) {
        const v = points[offset + k];
        const l = lo[base + k];
        const h = hi[base + k];
        if (v >= l) {
          if (v > h) points[offset + k] = h;
        } else {
          points[offset + k] = Number.isNaN(v) ? clean[base + k] : l;
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
      const x = clean[base + k];
      const v = points[offset + k];
      if (v >= boxLo && v <= boxHi) {
        const r = v - x;
        raw[k] = r;
        rawNorm2 += r * r;
      } else {
        inBox = false;
        raw[k] = Number.isNaN(v) ? 0 : v - x;
        rawNorm2 += raw[k] * raw[k];
      }
    }
    if (inBox && rawNorm2 <= eps2) return;
    let clippedNorm2 = 0;
    if (!inBox) {
      for (let k = 0; k < d; k++) {
        const x = clean[base + k];
        const c = clip(x + raw[k], boxLo, boxHi) - x;
        clippedNorm2 += c * c;
      }
      if (clippedNorm2 <= eps2) {
        for (let k = 0; k < d; k++) points[offset + k] = clip(clean[base + k] + raw[k], boxLo, boxHi);
        if (this.fits(t, points, offset)) return;
      }
    }
    let low = rawNorm2 > 0 ? Math.min(1, eps / Math.sqrt(rawNorm2)) : 0;
    for (let iteration = 0; iteration < 64 && low > 0 && !inBox; iteration++) {
      let free2 = 0;
      let clipped2 = 0;
      for (let k = 0; k < d; k++) {
        const x = clean[base + k];
        const r = raw[k];
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
    for (let attempt = 0; attempt < 40 && low > 0; attempt++) {
      for (let k = 0; k < d; k++) {
        const x = clean[base + k];
        points[offset + k] = clip(Math.fround(x + low * raw[k]), boxLo, boxHi);
      }
      if (this.fits(t, points, offset)) return;
      low *= 1 - 2 ** (attempt - 18);
    }
    points.set(clean.subarray(base, base + d), offset);
  }
  /** Whether a float32 point lies in target t's region, measured in float64. */
  fits(t, points, offset) {
    const d = this.inputSize;
    const base = t * d;
    const { lo, hi, clean } = this;
    let norm2 = 0;
    for (let k = 0; k < d; k++) {
      const v = points[offset + k];
      if (!(v >= lo[base + k] && v <= hi[base + k])) return false;
      const dk = v - clean[base + k];
      norm2 += dk * dk;
    }
    return this.region.norm === "linf" || norm2 <= this.region.epsilon * this.region.epsilon;
  }
};
function marginOf(logits, row, classes, label) {
  const base = row * classes;
  const zy = logits[base + label];
  let best = -Infinity;
  for (let j = 0; j < classes; j++) {
    if (j === label) continue;
    const z = logits[base + j];
    if (z > best || Number.isNaN(z)) best = Number.isNaN(z) ? NaN : z;
    if (Number.isNaN(best)) break;
  }
  return zy - best;
}
function isCorrect(logits, row, classes, label) {
  return marginOf(logits, row, classes, label) > 0;
}
var CountingClassifier = class {
  constructor(inner) {
    this.inner = inner;
  }
  inner;
  queries = 0;
  logits(inputs, n) {
    this.queries += n;
    return this.inner.logits(inputs, n);
  }
  lossGradient(inputs, labels, n, loss) {
    this.queries += n;
    return this.inner.lossGradient(inputs, labels, n, loss);
  }
};
var MAX_VALUES_PER_CALL = 1 << 22;
async function verifyCandidates(classifier, targets, slots, points) {
  const d = targets.inputSize;
  const count2 = slots.length;
  const broken = new Uint8Array(count2);
  if (count2 === 0) return broken;
  for (let r = 0; r < count2; r++) targets.project(slots[r], points, r * d);
  return misclassifiedRows(classifier, targets, slots, count2, points);
}
async function misclassifiedRows(classifier, targets, slots, count2, points) {
  const d = targets.inputSize;
  const out = new Uint8Array(count2);
  const rowsPerCall = Math.max(1, Math.floor(MAX_VALUES_PER_CALL / Math.max(1, d)));
  for (let first = 0; first < count2; first += rowsPerCall) {
    const rows = Math.min(rowsPerCall, count2 - first);
    const logits = await classifier.logits(points.subarray(first * d, (first + rows) * d), rows);
    checkLogits(logits, rows, targets.classes);
    for (let r = 0; r < rows; r++) {
      const t = slots[first + r];
      out[first + r] = isCorrect(logits, r, targets.classes, targets.labels[t]) ? 0 : 1;
    }
  }
  return out;
}
function checkLogits(logits, n, classes) {
  if (logits.length !== n * classes) {
    throw new Error(`the classifier returned ${logits.length} logits for ${n} samples of ${classes} classes`);
  }
}

// src/checks/robustness-check/attack-gradient.ts
function ascend(norm, size, point, pointOffset, gradient, gradientOffset, d, out, outOffset) {
  if (norm === "linf") {
    for (let k = 0; k < d; k++) {
      const g = gradient[gradientOffset + k];
      out[outOffset + k] = point[pointOffset + k] + (g > 0 ? size : g < 0 ? -size : 0);
    }
    return;
  }
  let norm2 = 0;
  for (let k = 0; k < d; k++) {
    const g = gradient[gradientOffset + k];
    norm2 += g * g;
  }
  const scale = norm2 > 0 && Number.isFinite(norm2) ? size / Math.sqrt(norm2) : 0;
  for (let k = 0; k < d; k++) {
    out[outOffset + k] = point[pointOffset + k] + scale * gradient[gradientOffset + k];
  }
}
async function fgsmAttack(classifier, targets, progress) {
  const { count: count2, inputSize: d } = targets;
  const slots = Int32Array.from({ length: count2 }, (_, t) => t);
  const { zeroGradient, gradient } = await cleanGradient(classifier, targets);
  const points = new Float32Array(count2 * d);
  for (let t = 0; t < count2; t++) {
    ascend(
      targets.region.norm,
      targets.region.epsilon,
      targets.clean,
      t * d,
      gradient,
      t * d,
      d,
      points,
      t * d
    );
  }
  const broken = await verifyCandidates(classifier, targets, slots, points);
  progress(1, 1);
  return { broken, zeroGradient };
}
async function cleanGradient(classifier, targets) {
  const { count: count2, inputSize: d } = targets;
  const { logits, gradient } = await classifier.lossGradient(targets.clean, targets.labels, count2, "ce");
  checkLogits(logits, count2, targets.classes);
  checkGradient(gradient, count2, d);
  const zeroGradient = new Uint8Array(count2);
  for (let t = 0; t < count2; t++) {
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
function checkGradient(gradient, n, d) {
  if (gradient.length !== n * d) {
    throw new Error(`the classifier returned ${gradient.length} gradient values for ${n} samples of ${d}`);
  }
}
var PGD_TARGETED_CLASSES = 3;
async function pgdAttack(classifier, targets, settings, rng, progress) {
  const { count: m, inputSize: d, region, classes } = targets;
  const { steps, restarts } = settings;
  const broken = new Uint8Array(m);
  const stepSize = 2.5 * region.epsilon / steps;
  const phases = [];
  for (const loss of ["ce", "margin"]) {
    for (let restart = 0; restart < restarts; restart++) phases.push({ loss });
  }
  for (let rank = 0; rank < Math.min(PGD_TARGETED_CLASSES, classes - 1); rank++) {
    phases.push({ loss: "margin", targetRank: rank });
  }
  const totalSteps = phases.length * steps;
  const rankedClasses = phases.some((phase) => phase.targetRank !== void 0) ? await wrongClassesByLikelihood(classifier, targets) : void 0;
  for (let p = 0; p < phases.length; p++) {
    const phase = phases[p];
    const slots = unbroken(broken);
    const k = slots.length;
    if (k === 0) break;
    const lossLabels = new Int32Array(k);
    for (let r = 0; r < k; r++) {
      const t = slots[r];
      lossLabels[r] = phase.targetRank === void 0 ? targets.labels[t] : rankedClasses[t * (classes - 1) + phase.targetRank];
    }
    const descend = phase.targetRank !== void 0;
    const points = new Float32Array(k * d);
    if (phase.targetRank === void 0) {
      for (let r = 0; r < k; r++) randomStart(targets, slots[r], rng, points, r * d);
    } else {
      for (let r = 0; r < k; r++)
        points.set(targets.clean.subarray(slots[r] * d, (slots[r] + 1) * d), r * d);
    }
    const active = Int32Array.from({ length: k }, (_, r) => r);
    let activeCount = k;
    const batch = new Float32Array(k * d);
    const batchLabels = new Int32Array(k);
    for (let step = 0; step < steps && activeCount > 0; step++) {
      for (let a = 0; a < activeCount; a++) {
        const r = active[a];
        batch.set(points.subarray(r * d, (r + 1) * d), a * d);
        batchLabels[a] = lossLabels[r];
      }
      const { logits, gradient } = await classifier.lossGradient(
        batch.subarray(0, activeCount * d),
        batchLabels.subarray(0, activeCount),
        activeCount,
        phase.loss
      );
      checkLogits(logits, activeCount, classes);
      checkGradient(gradient, activeCount, d);
      let kept = 0;
      for (let a = 0; a < activeCount; a++) {
        const r = active[a];
        const t = slots[r];
        if (!isCorrect(logits, a, classes, targets.labels[t])) continue;
        ascend(region.norm, descend ? -stepSize : stepSize, batch, a * d, gradient, a * d, d, points, r * d);
        targets.project(t, points, r * d);
        active[kept++] = r;
      }
      activeCount = kept;
      progress(p * steps + step + 1, totalSteps);
    }
    const verified = await verifyCandidates(classifier, targets, slots, points);
    for (let r = 0; r < k; r++) if (verified[r]) broken[slots[r]] = 1;
  }
  progress(totalSteps, totalSteps);
  return { broken };
}
async function wrongClassesByLikelihood(classifier, targets) {
  const { count: m, classes } = targets;
  const logits = await classifier.logits(targets.clean, m);
  checkLogits(logits, m, classes);
  const ranked = new Int32Array(m * (classes - 1));
  const order = [];
  for (let t = 0; t < m; t++) {
    order.length = 0;
    for (let j = 0; j < classes; j++) if (j !== targets.labels[t]) order.push(j);
    order.sort((i, j) => logits[t * classes + j] - logits[t * classes + i] || i - j);
    ranked.set(order, t * (classes - 1));
  }
  return ranked;
}
function unbroken(broken) {
  let count2 = 0;
  for (let t = 0; t < broken.length; t++) if (!broken[t]) count2++;
  const slots = new Int32Array(count2);
  let r = 0;
  for (let t = 0; t < broken.length; t++) if (!broken[t]) slots[r++] = t;
  return slots;
}
function randomStart(targets, t, rng, out, offset) {
  const { inputSize: d, clean, region } = targets;
  const eps = region.epsilon;
  const base = t * d;
  if (region.norm === "linf") {
    for (let k = 0; k < d; k++) out[offset + k] = clean[base + k] + eps * (2 * rng.next() - 1);
  } else {
    let norm2 = 0;
    for (let k = 0; k < d; k++) {
      const g = rng.normal();
      out[offset + k] = g;
      norm2 += g * g;
    }
    const scale = norm2 > 0 ? eps * rng.next() / Math.sqrt(norm2) : 0;
    for (let k = 0; k < d; k++) out[offset + k] = clean[base + k] + scale * out[offset + k];
  }
  targets.project(t, out, offset);
}

// src/checks/robustness-check/attack-hsj.ts
var INITIAL_EVALUATIONS = 100;
var MAX_EVALUATIONS = 1e4;
var MAX_HALVINGS = 12;
var MAX_INITIAL_DRAWS = 100;
async function hsjAttack(classifier, targets, settings, rng, progress) {
  const { count: m, inputSize: d, clean, region } = targets;
  const { norm, epsilon, lower, upper } = region;
  const budget = settings.queries;
  const theta = Math.min(norm === "l2" ? 1 / (Math.sqrt(d) * d) : 1 / (d * d), 1e-3);
  const searchSteps = Math.ceil(Math.log2(1 / theta)) + 2;
  const used = new Int32Array(m);
  const phase = new Uint8Array(m);
  const adversarial = new Float32Array(m * d);
  const distance = new Float64Array(m).fill(Infinity);
  const stepped = new Float32Array(m * d);
  const steppedDistance = new Float64Array(m);
  const decide = async (slots, count2, points2) => {
    for (let r = 0; r < count2; r++) used[slots[r]]++;
    return misclassifiedRows(classifier, targets, slots, count2, points2);
  };
  const select = (predicate) => {
    const chosen = [];
    for (let t = 0; t < m; t++) if (predicate(t)) chosen.push(t);
    return Int32Array.from(chosen);
  };
  const clipToBox = (points2, offset) => {
    const { boxLo, boxHi } = targets;
    for (let k = 0; k < d; k++) {
      const v = points2[offset + k];
      points2[offset + k] = v >= boxLo ? v <= boxHi ? v : boxHi : boxLo;
    }
  };
  const distanceOf = (t, points2, offset) => {
    let result = 0;
    for (let k = 0; k < d; k++) {
      const v = points2[offset + k] - clean[t * d + k];
      result = norm === "l2" ? result + v * v : Math.max(result, Math.abs(v));
    }
    return norm === "l2" ? Math.sqrt(result) : result;
  };
  const initialDraws = Math.min(MAX_INITIAL_DRAWS, Math.max(1, Math.floor(budget / 5)));
  for (let draw = 0; draw < initialDraws; draw++) {
    const slots = select((t) => phase[t] === 0 /* Searching */ && used[t] < budget);
    if (slots.length === 0) break;
    const points2 = new Float32Array(slots.length * d);
    for (let r = 0; r < slots.length; r++) {
      for (let k = 0; k < d; k++) points2[r * d + k] = Math.fround(lower + (upper - lower) * rng.next());
      clipToBox(points2, r * d);
    }
    const decisions = await decide(slots, slots.length, points2);
    for (let r = 0; r < slots.length; r++) {
      if (!decisions[r]) continue;
      const t = slots[r];
      phase[t] = 1 /* Running */;
      stepped.set(points2.subarray(r * d, (r + 1) * d), t * d);
    }
  }
  let withoutStart = 0;
  for (let t = 0; t < m; t++) {
    if (phase[t] !== 0 /* Searching */) continue;
    phase[t] = 2 /* Done */;
    withoutStart++;
  }
  const binarySearch = async (slots) => {
    const k = slots.length;
    const lows = new Float64Array(k);
    const highs = new Float64Array(k);
    const thresholds = new Float64Array(k);
    for (let r = 0; r < k; r++) {
      const t = slots[r];
      adversarial.set(stepped.subarray(t * d, (t + 1) * d), t * d);
      steppedDistance[t] = distanceOf(t, stepped, t * d);
      if (norm === "l2") {
        highs[r] = 1;
        thresholds[r] = theta;
      } else {
        highs[r] = steppedDistance[t];
        thresholds[r] = Math.min(steppedDistance[t] * theta, theta);
      }
    }
    for (; ; ) {
      const rows = [];
      for (let r = 0; r < k; r++) {
        const t = slots[r];
        if ((highs[r] - lows[r]) / thresholds[r] > 1 && used[t] < budget) rows.push(r);
      }
      if (rows.length === 0) break;
      const points2 = new Float32Array(rows.length * d);
      const pointSlots = new Int32Array(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        const t = slots[r];
        pointSlots[i] = t;
        const mid = 0.5 * (lows[r] + highs[r]);
        for (let j = 0; j < d; j++) {
          const x = clean[t * d + j];
          const p = stepped[t * d + j];
          points2[i * d + j] = norm === "l2" ? (1 - mid) * x + mid * p : Math.min(Math.max(p, x - mid), x + mid);
        }
        clipToBox(points2, i * d);
      }
      const decisions = await decide(pointSlots, rows.length, points2);
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        const t = slots[r];
        const mid = 0.5 * (lows[r] + highs[r]);
        if (decisions[i]) {
          highs[r] = mid;
          adversarial.set(points2.subarray(i * d, (i + 1) * d), t * d);
        } else {
          lows[r] = mid;
        }
      }
    }
    for (let r = 0; r < k; r++) {
      const t = slots[r];
      distance[t] = distanceOf(t, adversarial, t * d);
      if (distance[t] <= epsilon) phase[t] = 2 /* Done */;
    }
  };
  await binarySearch(select((t) => phase[t] === 1 /* Running */));
  const update = new Float64Array(d);
  const estimate = new Float64Array(d);
  const report2 = () => {
    let spent = budget;
    for (let t = 0; t < m; t++) if (phase[t] === 1 /* Running */) spent = Math.min(spent, used[t]);
    progress(spent, budget);
  };
  report2();
  const updates = new Float64Array(m * d);
  const hasUpdate = new Uint8Array(m);
  for (let iteration = 1; ; iteration++) {
    const running = select((t) => phase[t] === 1 /* Running */);
    if (running.length === 0) break;
    const evaluations = new Int32Array(running.length);
    for (let r2 = 0; r2 < running.length; r2++) {
      const t = running[r2];
      const affordable = budget - used[t] - MAX_HALVINGS - searchSteps;
      evaluations[r2] = Math.min(
        Math.floor(INITIAL_EVALUATIONS * Math.sqrt(iteration)),
        MAX_EVALUATIONS,
        affordable
      );
      if (evaluations[r2] < 2) phase[t] = 2 /* Done */;
    }
    const maxRows = Math.max(1, Math.floor(MAX_VALUES_PER_CALL / Math.max(1, d)));
    let r = 0;
    while (r < running.length) {
      const group = [];
      let rows = 0;
      while (r < running.length && (group.length === 0 || rows + evaluations[r] <= maxRows)) {
        if (evaluations[r] >= 2) {
          group.push(r);
          rows += evaluations[r];
        }
        r++;
      }
      if (group.length === 0) continue;
      const probes = new Float32Array(rows * d);
      const probeSlots = new Int32Array(rows);
      const deltas = new Float64Array(group.length);
      let row = 0;
      for (let g = 0; g < group.length; g++) {
        const t = running[group[g]];
        const delta = iteration === 1 ? 0.1 * (upper - lower) : (norm === "l2" ? Math.sqrt(d) : d) * theta * steppedDistance[t];
        deltas[g] = delta;
        for (let e = 0; e < evaluations[group[g]]; e++, row++) {
          probeSlots[row] = t;
          let norm2 = 0;
          for (let k = 0; k < d; k++) {
            const v = norm === "l2" ? rng.normal() : 2 * rng.next() - 1;
            estimate[k] = v;
            norm2 += v * v;
          }
          const scale = norm2 > 0 ? delta / Math.sqrt(norm2) : 0;
          for (let k = 0; k < d; k++) probes[row * d + k] = adversarial[t * d + k] + scale * estimate[k];
          clipToBox(probes, row * d);
        }
      }
      const decisions = await decide(probeSlots, rows, probes);
      row = 0;
      for (let g = 0; g < group.length; g++) {
        const t = running[group[g]];
        const count2 = evaluations[group[g]];
        let mean = 0;
        for (let e = 0; e < count2; e++) mean += decisions[row + e] ? 1 : -1;
        mean /= count2;
        update.fill(0);
        for (let e = 0; e < count2; e++, row++) {
          const f = decisions[row] ? 1 : -1;
          const weight = mean === 1 ? 1 : mean === -1 ? -1 : f - mean;
          for (let k = 0; k < d; k++) {
            update[k] += weight * (probes[row * d + k] - adversarial[t * d + k]) / deltas[g];
          }
        }
        let norm2 = 0;
        for (let k = 0; k < d; k++) norm2 += update[k] * update[k];
        hasUpdate[t] = norm2 > 0 && Number.isFinite(norm2) ? 1 : 0;
        const scale = hasUpdate[t] ? 1 / Math.sqrt(norm2) : 0;
        for (let k = 0; k < d; k++) {
          const v = update[k] * scale;
          updates[t * d + k] = norm === "l2" ? v : v > 0 ? 1 : v < 0 ? -1 : 0;
        }
      }
    }
    const stepping = select((t) => phase[t] === 1 /* Running */ && hasUpdate[t] === 1);
    const stepSize = new Float64Array(m);
    const accepted = new Uint8Array(m);
    for (const t of stepping) stepSize[t] = distance[t] / Math.sqrt(iteration);
    for (let halving = 0; halving <= MAX_HALVINGS; halving++) {
      const trying = Int32Array.from(
        Array.from(stepping).filter((t) => !accepted[t] && used[t] < budget - searchSteps)
      );
      if (trying.length === 0) break;
      const points2 = new Float32Array(trying.length * d);
      for (let i = 0; i < trying.length; i++) {
        const t = trying[i];
        for (let k = 0; k < d; k++) {
          points2[i * d + k] = adversarial[t * d + k] + stepSize[t] * updates[t * d + k];
        }
        clipToBox(points2, i * d);
      }
      const decisions = await decide(trying, trying.length, points2);
      for (let i = 0; i < trying.length; i++) {
        const t = trying[i];
        if (decisions[i]) {
          accepted[t] = 1;
          stepped.set(points2.subarray(i * d, (i + 1) * d), t * d);
        } else {
          stepSize[t] /= 2;
        }
      }
    }
    for (const t of running) {
      if (phase[t] === 1 /* Running */ && !accepted[t]) phase[t] = 2 /* Done */;
    }
    await binarySearch(select((t) => phase[t] === 1 /* Running */ && accepted[t] === 1));
    report2();
  }
  progress(budget, budget);
  const candidates = select((t) => distance[t] <= epsilon);
  const points = new Float32Array(candidates.length * d);
  for (let i = 0; i < candidates.length; i++) {
    const t = candidates[i];
    points.set(adversarial.subarray(t * d, (t + 1) * d), i * d);
  }
  const verified = await verifyCandidates(classifier, targets, candidates, points);
  const broken = new Uint8Array(m);
  for (let i = 0; i < candidates.length; i++) if (verified[i]) broken[candidates[i]] = 1;
  if (withoutStart === 0) return { broken };
  return {
    broken,
    note: `no misclassified starting point in ${initialDraws} uniform draws for ${withoutStart} of ${m} sample(s), which count as robust to this attack`
  };
}

// src/checks/robustness-check/attack-square.ts
function squareLayout(sampleShape) {
  const dims = [...sampleShape];
  while (dims.length > 3 && dims[0] === 1) dims.shift();
  if (dims.length > 3) {
    throw new UsageError(
      "INVALID_INPUT",
      `the Square attack needs samples of shape [C, H, W], [H, W] or [D]; the model's sample shape is [${sampleShape.join(", ")}]: drop the extra dimensions in the preprocessing`
    );
  }
  if (dims.length === 0) return { channels: 1, height: 1, width: 1 };
  if (dims.length === 1) return { channels: 1, height: 1, width: dims[0] };
  if (dims.length === 2) return { channels: 1, height: dims[0], width: dims[1] };
  return { channels: dims[0], height: dims[1], width: dims[2] };
}
function squareFraction(initial, iteration, iterations) {
  const it = Math.floor(iteration / iterations * 1e4);
  if (it > 10 && it <= 50) return initial / 2;
  if (it > 50 && it <= 200) return initial / 4;
  if (it > 200 && it <= 500) return initial / 8;
  if (it > 500 && it <= 1e3) return initial / 16;
  if (it > 1e3 && it <= 2e3) return initial / 32;
  if (it > 2e3 && it <= 4e3) return initial / 64;
  if (it > 4e3 && it <= 6e3) return initial / 128;
  if (it > 6e3 && it <= 8e3) return initial / 256;
  if (it > 8e3 && it <= 1e4) return initial / 512;
  return initial;
}
var LINF_INITIAL_FRACTION = 0.05;
var L2_INITIAL_FRACTION = 0.1;
function windowSize(layout, p, norm) {
  const { height, width } = layout;
  const shape = (side2, limit) => {
    let s = Math.max(norm === "l2" ? 3 : 1, side2);
    if (norm === "l2" && s % 2 === 0) s += 1;
    return Math.max(1, Math.min(s, limit));
  };
  if (height === 1) return { height: 1, width: shape(Math.round(p * width), width) };
  const side = shape(Math.round(Math.sqrt(p * height * width)), Math.min(height, width));
  return { height: side, width: side };
}
async function squareAttack(classifier, targets, settings, rng, progress) {
  const layout = squareLayout(targets.sampleShape);
  if (layout.channels * layout.height * layout.width !== targets.inputSize) {
    throw new Error("squareAttack: the sample shape does not match the input size");
  }
  return targets.region.norm === "linf" ? squareLinf(classifier, targets, layout, settings.queries, rng, progress) : squareL2(classifier, targets, layout, settings.queries, rng, progress);
}
function compact(active, count2, marginMin) {
  let kept = 0;
  for (let a = 0; a < count2; a++) {
    const t = active[a];
    if (marginMin[t] > 0) active[kept++] = t;
  }
  return kept;
}
async function finish(classifier, targets, marginMin, best) {
  const d = targets.inputSize;
  const candidates = [];
  for (let t = 0; t < targets.count; t++) if (!(marginMin[t] > 0)) candidates.push(t);
  const slots = Int32Array.from(candidates);
  const points = new Float32Array(slots.length * d);
  for (let r = 0; r < slots.length; r++) {
    const t = slots[r];
    points.set(best.subarray(t * d, (t + 1) * d), r * d);
  }
  const verified = await verifyCandidates(classifier, targets, slots, points);
  const broken = new Uint8Array(targets.count);
  for (let r = 0; r < slots.length; r++) if (verified[r]) broken[slots[r]] = 1;
  return { broken };
}
async function initialMargins(classifier, targets, best) {
  const m = targets.count;
  const logits = await classifier.logits(best, m);
  checkLogits(logits, m, targets.classes);
  return Float64Array.from({ length: m }, (_, t) => marginOf(logits, t, targets.classes, targets.labels[t]));
}
async function squareLinf(classifier, targets, layout, queries, rng, progress) {
  const { count: m, inputSize: d, lo, hi } = targets;
  const { channels, height, width } = layout;
  const plane = height * width;
  const best = new Float32Array(m * d);
  for (let t = 0; t < m; t++) {
    for (let c = 0; c < channels; c++) {
      for (let w = 0; w < width; w++) {
        const up = rng.sign() > 0;
        for (let h = 0; h < height; h++) {
          const k = t * d + c * plane + h * width + w;
          best[k] = up ? hi[k] : lo[k];
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
    const size = windowSize(layout, p, "linf");
    for (let a = 0; a < activeCount; a++) {
      const t = active[a];
      const row = a * d;
      candidates.set(best.subarray(t * d, (t + 1) * d), row);
      const top = rng.int(height - size.height + 1);
      const left = rng.int(width - size.width + 1);
      corners[2 * a] = top;
      corners[2 * a + 1] = left;
      for (let attempt = 0; attempt < 16; attempt++) {
        for (let c = 0; c < channels; c++) signs[c] = rng.sign();
        if (windowChanges(targets, t, layout, top, left, size, signs, best)) break;
      }
      for (let c = 0; c < channels; c++) {
        const up = signs[c] > 0;
        for (let h = top; h < top + size.height; h++) {
          const k = c * plane + h * width + left;
          for (let w = 0; w < size.width; w++) {
            candidates[row + k + w] = up ? hi[t * d + k + w] : lo[t * d + k + w];
          }
        }
      }
    }
    const logits = await classifier.logits(candidates.subarray(0, activeCount * d), activeCount);
    checkLogits(logits, activeCount, targets.classes);
    for (let a = 0; a < activeCount; a++) {
      const t = active[a];
      const margin = marginOf(logits, a, targets.classes, targets.labels[t]);
      if (!(margin < marginMin[t]) && !Number.isNaN(margin)) continue;
      marginMin[t] = margin;
      const top = corners[2 * a];
      const left = corners[2 * a + 1];
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
function windowChanges(targets, t, layout, top, left, size, signs, best) {
  const { inputSize: d, lo, hi } = targets;
  const plane = layout.height * layout.width;
  for (let c = 0; c < layout.channels; c++) {
    const bound = signs[c] > 0 ? hi : lo;
    for (let h = top; h < top + size.height; h++) {
      const k = t * d + c * plane + h * layout.width + left;
      for (let w = 0; w < size.width; w++) if (bound[k + w] !== best[k + w]) return true;
    }
  }
  return false;
}
function pseudoGaussianRectangle(rows, cols, out, outCols, rowOffset, sign) {
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
        values[r * cols + c] += weight;
    }
    r0--;
    c0--;
  }
  let norm2 = 0;
  for (const v of values) norm2 += v * v;
  const scale = sign / Math.sqrt(norm2);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out[(rowOffset + r) * outCols + c] = values[r * cols + c] * scale;
  }
}
function squareBump(rows, cols, transposed) {
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
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[r * cols + c] = t[c * rows + r];
  }
  let norm2 = 0;
  for (const v of out) norm2 += v * v;
  const scale = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
  for (let k = 0; k < out.length; k++) out[k] *= scale;
  return out;
}
var BumpCache = class {
  cache = /* @__PURE__ */ new Map();
  get(rows, cols, transposed) {
    const key = `${rows}x${cols}${transposed ? "t" : ""}`;
    let bump = this.cache.get(key);
    if (!bump) {
      bump = squareBump(rows, cols, transposed);
      this.cache.set(key, bump);
    }
    return bump;
  }
};
async function squareL2(classifier, targets, layout, queries, rng, progress) {
  const { count: m, inputSize: d, clean } = targets;
  const eps = targets.region.epsilon;
  const { channels, height, width } = layout;
  const plane = height * width;
  const bumps = new BumpCache();
  const delta = new Float64Array(d);
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
              delta[c * plane + (top + h) * width + left + w] += sign * bump[h * gridCols + w];
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
    const size = windowSize(layout, p, "l2");
    const rows = size.height;
    const cols = size.width;
    if (scratch.length < rows * cols) scratch = new Float64Array(rows * cols);
    for (let a = 0; a < activeCount; a++) {
      const t = active[a];
      const base = t * d;
      let imageNorm2 = 0;
      for (let k = 0; k < d; k++) {
        const v = best[base + k] - clean[base + k];
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
            const v = delta[c * plane + h * width + w];
            if (in1) window += v * v;
            union += v * v;
          }
        }
        windowNorms[c] = Math.sqrt(window);
        unionNorms[c] = Math.sqrt(union);
      }
      const bump = bumps.get(rows, cols, rng.next() > 0.5);
      const budget2 = Math.max(eps * eps - imageNorm2, 0) / channels;
      let newNorm2 = imageNorm2;
      for (let c = 0; c < channels; c++) {
        const sign = rng.sign();
        let norm2 = 0;
        for (let h = 0; h < rows; h++) {
          for (let w = 0; w < cols; w++) {
            const old = delta[c * plane + (top + h) * width + left + w] / (1e-10 + windowNorms[c]);
            const v = sign * bump[h * cols + w] + old;
            scratch[h * cols + w] = v;
            norm2 += v * v;
          }
        }
        const target = Math.sqrt(budget2 + unionNorms[c] * unionNorms[c]);
        newNorm2 += (norm2 > 0 ? target * target : 0) - unionNorms[c] * unionNorms[c];
        const scale = norm2 > 0 ? target / Math.sqrt(norm2) : 0;
        for (let h = top2; h < top2 + rows; h++) {
          for (let w = left2; w < left2 + cols; w++) delta[c * plane + h * width + w] = 0;
        }
        for (let h = 0; h < rows; h++) {
          for (let w = 0; w < cols; w++) {
            delta[c * plane + (top + h) * width + left + w] = scratch[h * cols + w] * scale;
          }
        }
      }
      writeScaled(targets, t, delta, eps, candidates, a * d, Math.max(0, newNorm2));
    }
    const logits = await classifier.logits(candidates.subarray(0, activeCount * d), activeCount);
    checkLogits(logits, activeCount, targets.classes);
    for (let a = 0; a < activeCount; a++) {
      const t = active[a];
      const margin = marginOf(logits, a, targets.classes, targets.labels[t]);
      if (!(margin < marginMin[t]) && !Number.isNaN(margin)) continue;
      marginMin[t] = margin;
      best.set(candidates.subarray(a * d, (a + 1) * d), t * d);
    }
    activeCount = compact(active, activeCount, marginMin);
    progress(iteration + 1, iterations);
  }
  progress(iterations, iterations);
  return finish(classifier, targets, marginMin, best);
}
function squaredNorm(values) {
  let total = 0;
  for (const v of values) total += v * v;
  return total;
}
function writeScaled(targets, t, delta, eps, out, offset, norm2) {
  const d = targets.inputSize;
  const base = t * d;
  const scale = norm2 > 0 ? eps * (1 - 2 ** -16) / Math.sqrt(norm2) : 0;
  for (let k = 0; k < d; k++) out[offset + k] = targets.clean[base + k] + scale * delta[k];
  targets.project(t, out, offset);
}

// src/checks/robustness-check/rng.ts
var TWO_POW_32 = 4294967296;
function splitmix32(state) {
  state.value = state.value + 2654435769 | 0;
  let z = state.value;
  z = Math.imul(z ^ z >>> 16, 2246822507);
  z = Math.imul(z ^ z >>> 13, 3266489909);
  return (z ^ z >>> 16) >>> 0;
}
function rotl(x, k) {
  return x << k | x >>> 32 - k;
}
function createRng(seed) {
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`createRng: the seed must be a safe integer, got ${seed}`);
  }
  const mixer = { value: (seed | 0) ^ Math.imul(Math.floor(seed / TWO_POW_32) | 0, 668265263) };
  let s0 = splitmix32(mixer);
  let s1 = splitmix32(mixer);
  let s2 = splitmix32(mixer);
  let s3 = splitmix32(mixer);
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  const nextUint32 = () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  let spareNormal;
  const next = () => nextUint32() / TWO_POW_32;
  return {
    next,
    int(n) {
      if (!(Number.isInteger(n) && n >= 1 && n <= TWO_POW_32)) {
        throw new Error(`Rng.int: n must be an integer in 1..2^32, got ${n}`);
      }
      return Math.floor(next() * n);
    },
    normal() {
      if (spareNormal !== void 0) {
        const value = spareNormal;
        spareNormal = void 0;
        return value;
      }
      const radius = Math.sqrt(-2 * Math.log(1 - next()));
      const angle = 2 * Math.PI * next();
      spareNormal = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
    sign() {
      return nextUint32() >= 2147483648 ? 1 : -1;
    }
  };
}
function deriveSeed(seed, stream) {
  let h = 2166136261;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 16777619);
  return (seed | 0) ^ Math.imul(Math.floor(seed / TWO_POW_32) | 0, 668265263) ^ h | 0;
}

// src/checks/robustness-check/attacks.ts
var ATTACK_NAMES = ["fgsm", "pgd", "square", "hsj", "noise"];
var NOISE_DRAWS = 8;
var WHITE_BOX = /* @__PURE__ */ new Set(["fgsm", "pgd"]);
var BLACK_BOX_FLAG_FRACTION = 0.01;
function validate(classifier, inputs, labels, n, settings) {
  const d = classifier.inputSize;
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`runAttacks: n must be a non-negative integer, got ${n}`);
  if (classifier.sampleShape.reduce((a, b) => a * b, 1) !== d) {
    throw new Error("runAttacks: the classifier sample shape does not match its input size");
  }
  if (inputs.length !== n * d) {
    throw new UsageError(
      "INVALID_INPUT",
      `expected ${n} samples of ${d} values, got ${inputs.length} values`
    );
  }
  if (labels.length !== n)
    throw new UsageError("INVALID_INPUT", `expected ${n} labels, got ${labels.length}`);
  for (let i = 0; i < n; i++) {
    const y = labels[i];
    if (!(y >= 0 && y < classifier.classes)) {
      throw new UsageError(
        "INVALID_INPUT",
        `the label of sample ${i} is not a class of the ${classifier.classes}-class model: labels must be 0..${classifier.classes - 1}`
      );
    }
  }
  const { epsilon, norm, lower, upper } = settings;
  if (!(epsilon >= 0) || !Number.isFinite(epsilon)) {
    throw new UsageError("INVALID_CONFIG", `epsilon must be a finite number >= 0, got ${epsilon}`);
  }
  if (norm !== "linf" && norm !== "l2") {
    throw new UsageError("INVALID_CONFIG", `norm must be 'linf' or 'l2', got '${String(norm)}'`);
  }
  if (!Number.isFinite(lower) || !Number.isFinite(upper) || !(lower <= upper)) {
    throw new UsageError(
      "INVALID_CONFIG",
      `the input range [${lower}, ${upper}] must be finite and not empty`
    );
  }
  const seen = /* @__PURE__ */ new Set();
  for (const name of settings.attacks) {
    if (!ATTACK_NAMES.includes(name)) {
      throw new UsageError(
        "INVALID_CONFIG",
        `unknown attack '${String(name)}': use ${ATTACK_NAMES.join(", ")}`
      );
    }
    if (seen.has(name)) throw new UsageError("INVALID_CONFIG", `attack '${name}' is listed twice`);
    seen.add(name);
  }
  const counts = [
    ["PGD steps", settings.pgdSteps],
    ["PGD restarts", settings.pgdRestarts],
    ["Square queries", settings.squareQueries],
    ["HopSkipJump queries", settings.hsjQueries]
  ];
  for (const [what, value] of counts) {
    if (!Number.isInteger(value) || value < 1) {
      throw new UsageError("INVALID_CONFIG", `${what} must be a positive integer, got ${value}`);
    }
  }
  if (!Number.isSafeInteger(settings.seed)) {
    throw new UsageError("INVALID_CONFIG", `the seed must be an integer, got ${settings.seed}`);
  }
  for (let i = 0; i < n; i++) {
    for (let k = i * d; k < (i + 1) * d; k++) {
      const v = inputs[k];
      if (!(v >= lower && v <= upper)) {
        throw new UsageError(
          "INVALID_INPUT",
          `sample ${i} has a value outside the declared input range [${lower}, ${upper}] (or not a number): fix the data or the range`
        );
      }
    }
  }
}
async function noiseAttack(classifier, targets, rng, progress) {
  const { count: m, inputSize: d, clean, lo, hi, region } = targets;
  const found = new Uint8Array(m);
  const best = new Float32Array(m * d);
  const points = new Float32Array(m * d);
  const slots = new Int32Array(m);
  for (let draw = 0; draw < NOISE_DRAWS; draw++) {
    let count2 = 0;
    for (let t = 0; t < m; t++) {
      if (found[t]) continue;
      const row = count2 * d;
      const base = t * d;
      if (region.norm === "linf") {
        for (let k = 0; k < d; k++) points[row + k] = rng.sign() > 0 ? hi[base + k] : lo[base + k];
      } else {
        let norm2 = 0;
        for (let k = 0; k < d; k++) {
          const g = rng.normal();
          points[row + k] = g;
          norm2 += g * g;
        }
        const scale = norm2 > 0 ? region.epsilon / Math.sqrt(norm2) : 0;
        for (let k = 0; k < d; k++) points[row + k] = clean[base + k] + scale * points[row + k];
        targets.project(t, points, row);
      }
      slots[count2++] = t;
    }
    if (count2 === 0) break;
    const logits = await classifier.logits(points.subarray(0, count2 * d), count2);
    checkLogits(logits, count2, targets.classes);
    for (let r = 0; r < count2; r++) {
      const t = slots[r];
      if (isCorrect(logits, r, targets.classes, targets.labels[t])) continue;
      found[t] = 1;
      best.set(points.subarray(r * d, (r + 1) * d), t * d);
    }
    progress(draw + 1, NOISE_DRAWS);
  }
  progress(NOISE_DRAWS, NOISE_DRAWS);
  const candidates = [];
  for (let t = 0; t < m; t++) if (found[t]) candidates.push(t);
  const candidateSlots = Int32Array.from(candidates);
  const candidatePoints = new Float32Array(candidates.length * d);
  for (let r = 0; r < candidates.length; r++) {
    const t = candidates[r];
    candidatePoints.set(best.subarray(t * d, (t + 1) * d), r * d);
  }
  const verified = await verifyCandidates(classifier, targets, candidateSlots, candidatePoints);
  const broken = new Uint8Array(m);
  for (let r = 0; r < candidates.length; r++) if (verified[r]) broken[candidates[r]] = 1;
  return { broken };
}
function percent(fraction2) {
  return `${(100 * fraction2).toFixed(fraction2 < 0.1 ? 1 : 0)}%`;
}
async function runAttacks(classifier, inputs, labels, n, settings, onProgress) {
  validate(classifier, inputs, labels, n, settings);
  if (settings.attacks.includes("square")) squareLayout(classifier.sampleShape);
  const d = classifier.inputSize;
  const classes = classifier.classes;
  const clean = new Uint8Array(n);
  const rowsPerCall = Math.max(1, Math.floor(MAX_VALUES_PER_CALL / Math.max(1, d)));
  for (let first = 0; first < n; first += rowsPerCall) {
    const rows = Math.min(rowsPerCall, n - first);
    const logits = await classifier.logits(inputs.subarray(first * d, (first + rows) * d), rows);
    checkLogits(logits, rows, classes);
    for (let r = 0; r < rows; r++)
      clean[first + r] = isCorrect(logits, r, classes, labels[first + r]) ? 1 : 0;
  }
  const ids = [];
  for (let i = 0; i < n; i++) if (clean[i]) ids.push(i);
  const targetIds = Int32Array.from(ids);
  const targetPoints = new Float32Array(targetIds.length * d);
  const targetLabels = new Int32Array(targetIds.length);
  for (let t = 0; t < targetIds.length; t++) {
    const i = targetIds[t];
    targetPoints.set(inputs.subarray(i * d, (i + 1) * d), t * d);
    targetLabels[t] = labels[i];
  }
  const region = {
    epsilon: settings.epsilon,
    norm: settings.norm,
    lower: settings.lower,
    upper: settings.upper
  };
  const targets = new AttackTargets(
    region,
    targetIds,
    targetPoints,
    targetLabels,
    classifier.sampleShape,
    classes
  );
  const hasGradients = classifier.gradients !== "none";
  const runs = [];
  const brokenBy = /* @__PURE__ */ new Map();
  let zeroGradient;
  for (const name of settings.attacks) {
    const counting = new CountingClassifier(classifier);
    const rng = createRng(deriveSeed(settings.seed, name));
    const progress = (done, total) => onProgress?.(name, done, total);
    if (WHITE_BOX.has(name) && !hasGradients) {
      runs.push({
        name,
        robust: clean.slice(),
        queries: 0,
        note: "label-only model: no gradients, so this gradient attack was skipped",
        skipped: true
      });
      continue;
    }
    let result;
    if (targets.count === 0) {
      result = { broken: new Uint8Array(0) };
      progress(0, 0);
    } else if (name === "fgsm") {
      const fgsm = await fgsmAttack(counting, targets, progress);
      zeroGradient = fgsm.zeroGradient;
      result = fgsm;
    } else if (name === "pgd") {
      result = await pgdAttack(
        counting,
        targets,
        { steps: settings.pgdSteps, restarts: settings.pgdRestarts },
        rng,
        progress
      );
    } else if (name === "square") {
      result = await squareAttack(counting, targets, { queries: settings.squareQueries }, rng, progress);
    } else if (name === "hsj") {
      result = await hsjAttack(counting, targets, { queries: settings.hsjQueries }, rng, progress);
    } else {
      result = await noiseAttack(counting, targets, rng, progress);
    }
    const robust = clean.slice();
    for (let t = 0; t < targets.count; t++) if (result.broken[t]) robust[targetIds[t]] = 0;
    brokenBy.set(name, result.broken);
    const run2 = { name, robust, queries: counting.queries };
    const note = result.note ?? (classifier.gradients === "estimated" && WHITE_BOX.has(name) ? `gradients estimated (SPSA)${classifier.gradientNote ? `: ${classifier.gradientNote}` : ""}` : void 0);
    if (note !== void 0) run2.note = note;
    runs.push(run2);
  }
  const worstCase = clean.slice();
  for (const run2 of runs) for (let i = 0; i < n; i++) worstCase[i] = worstCase[i] & run2.robust[i];
  if (zeroGradient === void 0 && hasGradients && targets.count > 0) {
    zeroGradient = (await cleanGradient(new CountingClassifier(classifier), targets)).zeroGradient;
  }
  let zeroCount = 0;
  if (zeroGradient) for (const z of zeroGradient) zeroCount += z;
  const zeroGradientFraction = targets.count > 0 ? zeroCount / targets.count : 0;
  const whiteRan = [...brokenBy.keys()].filter((name) => WHITE_BOX.has(name));
  const blackRan = [...brokenBy.keys()].filter((name) => !WHITE_BOX.has(name));
  let blackBoxOnlyBreaks = 0;
  if (whiteRan.length > 0 && blackRan.length > 0) {
    for (let t = 0; t < targets.count; t++) {
      const byBlack = blackRan.some((name) => brokenBy.get(name)[t] === 1);
      const byWhite = whiteRan.some((name) => brokenBy.get(name)[t] === 1);
      if (byBlack && !byWhite) blackBoxOnlyBreaks++;
    }
  }
  const remarks = [];
  if (zeroCount > 0) {
    remarks.push(
      `${percent(zeroGradientFraction)} of the correctly classified samples have an all-zero input gradient`
    );
  }
  if (blackBoxOnlyBreaks > 0 && blackBoxOnlyBreaks >= BLACK_BOX_FLAG_FRACTION * targets.count) {
    remarks.push(
      `${blackBoxOnlyBreaks} sample(s) were broken by ${blackRan.join("/")} but not by ${whiteRan.join("/")}`
    );
  }
  const detail = remarks.length === 0 ? "" : `${remarks.join(", and ")}: signs of gradient masking, under which gradient attacks alone overstate robustness.`;
  return { clean, runs, worstCase, flags: { zeroGradientFraction, blackBoxOnlyBreaks, detail } };
}

// src/checks/robustness-check/graph.ts
var DataType = {
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  INT32: 6,
  INT64: 7,
  BOOL: 9,
  DOUBLE: 11
};
function broadcastShapes(a, b) {
  const rank = Math.max(a.length, b.length);
  const out = [];
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) return void 0;
    out.push(da === 1 ? db : da);
  }
  return out;
}

// src/checks/robustness-check/model-size.ts
var MAX_SAMPLE_VALUES = 64 * 2 ** 20;
var MAX_CONSTANT_VALUES = 2 ** 29;
var MAX_FOLDED_VALUES = 64;
var GROWTH_BATCHES = [2, 256];
var product = (dims) => dims.reduce((a, b) => a * b, 1);
var ints = (v) => v && !v.real ? v.data : void 0;
var numbers = (v) => v?.data;
var withData = (shape, data, real = false) => data && data.length === product(shape) && data.every(Number.isFinite) ? { shape, data, ...real ? { real } : {} } : { shape };
var SAME_SHAPE = /* @__PURE__ */ new Set([
  "Acos",
  "Asin",
  "Atan",
  "Celu",
  "Clip",
  "Cos",
  "Cosh",
  "CumSum",
  "DequantizeLinear",
  "Elu",
  "Erf",
  "Exp",
  "EyeLike",
  "Gelu",
  "HardSigmoid",
  "HardSwish",
  "Hardmax",
  "InstanceNormalization",
  "IsInf",
  "IsNaN",
  "LeakyRelu",
  "Log",
  "LogSoftmax",
  "LRN",
  "MeanVarianceNormalization",
  "Mish",
  "Not",
  "QuantizeLinear",
  "Reciprocal",
  "Relu",
  "Round",
  "Selu",
  "Shrink",
  "Sigmoid",
  "Sign",
  "Sin",
  "Sinh",
  "Softmax",
  "Softplus",
  "Softsign",
  "Sqrt",
  "Tan",
  "Tanh",
  "ThresholdedRelu",
  "Trilu"
]);
var BROADCAST = /* @__PURE__ */ new Set([
  "Add",
  "And",
  "BitShift",
  "Div",
  "Equal",
  "Greater",
  "GreaterOrEqual",
  "Less",
  "LessOrEqual",
  "Max",
  "Mean",
  "Min",
  "Mod",
  "Mul",
  "Or",
  "Pow",
  "PRelu",
  "Sub",
  "Sum",
  "Where",
  "Xor"
]);
var REDUCE = /* @__PURE__ */ new Set([
  "ReduceL1",
  "ReduceL2",
  "ReduceLogSum",
  "ReduceLogSumExp",
  "ReduceMax",
  "ReduceMean",
  "ReduceMin",
  "ReduceProd",
  "ReduceSum",
  "ReduceSumSquare"
]);
function intAttr(node, name, fallback) {
  const a = node.attributes[name];
  return a?.kind === "int" ? a.value : fallback;
}
function intsAttr(node, name) {
  const a = node.attributes[name];
  return a?.kind === "ints" ? a.value : void 0;
}
function floatsAttr(node, name) {
  const a = node.attributes[name];
  return a?.kind === "floats" ? a.value : void 0;
}
function fromTensor(tensor) {
  const shape = [...tensor.dims];
  if (tensor.data.length > MAX_FOLDED_VALUES) return { shape };
  const real = tensor.data instanceof Float32Array || tensor.data instanceof Float64Array;
  return withData(shape, Array.from(tensor.data, Number), real);
}
var isDimension = (d) => Number.isInteger(d) && d >= 0;
function normalize(axis, rank) {
  const a = axis < 0 ? axis + rank : axis;
  return Number.isInteger(a) && a >= 0 && a < rank ? a : void 0;
}
function broadcastAll(shapes) {
  let out = [];
  for (const s of shapes) out = out && broadcastShapes(out, s);
  return out;
}
function padsAndStrides(node, rank) {
  return {
    strides: intsAttr(node, "strides") ?? new Array(rank).fill(1),
    dilations: intsAttr(node, "dilations") ?? new Array(rank).fill(1),
    pads: intsAttr(node, "pads") ?? new Array(2 * rank).fill(0),
    mode: node.attributes["auto_pad"]?.kind === "string" ? node.attributes["auto_pad"].value : "NOTSET"
  };
}
function windowOutput(node, spatial, kernel, ceil) {
  const rank = spatial.length;
  const { strides, dilations, pads, mode } = padsAndStrides(node, rank);
  const out = [];
  for (let i = 0; i < rank; i++) {
    const stride = strides[i] ?? 1;
    const dilation = dilations[i] ?? 1;
    if (!(stride >= 1) || !(dilation >= 1)) return void 0;
    if (mode === "SAME_UPPER" || mode === "SAME_LOWER") {
      out.push(Math.ceil(spatial[i] / stride));
      continue;
    }
    const padded = spatial[i] + (mode === "VALID" ? 0 : (pads[i] ?? 0) + (pads[i + rank] ?? 0));
    const span = dilation * (kernel[i] - 1) + 1;
    const steps = (padded - span) / stride;
    out.push(Math.max(0, (ceil ? Math.ceil(steps) : Math.floor(steps)) + 1));
  }
  return out;
}
function transposedOutput(node, spatial, kernel) {
  const rank = spatial.length;
  const explicit = intsAttr(node, "output_shape");
  if (explicit) return explicit.length === rank ? [...explicit] : void 0;
  const { strides, dilations, pads, mode } = padsAndStrides(node, rank);
  const outputPadding = intsAttr(node, "output_padding") ?? new Array(rank).fill(0);
  const out = [];
  for (let i = 0; i < rank; i++) {
    const stride = strides[i] ?? 1;
    const dilation = dilations[i] ?? 1;
    if (!(stride >= 1) || !(dilation >= 1)) return void 0;
    if (mode === "SAME_UPPER" || mode === "SAME_LOWER") {
      out.push(spatial[i] * stride);
      continue;
    }
    const padding = mode === "VALID" ? 0 : (pads[i] ?? 0) + (pads[i + rank] ?? 0);
    const span = dilation * (kernel[i] - 1) + 1;
    out.push(stride * (spatial[i] - 1) + (outputPadding[i] ?? 0) + span - padding);
  }
  return out;
}
function reshape(input, target, allowZero) {
  const out = target.map((d, i) => d === 0 && !allowZero ? input[i] : d);
  if (out.some((d) => d === void 0)) return void 0;
  const resolved = out;
  const inferred = resolved.indexOf(-1);
  if (inferred >= 0) {
    const known = product(resolved.filter((_, i) => i !== inferred));
    if (known === 0) return void 0;
    resolved[inferred] = product(input) / known;
  }
  return resolved.every(isDimension) ? resolved : void 0;
}
var FOLDED_BINARY = {
  Add: (l, r) => l + r,
  Sub: (l, r) => l - r,
  Mul: (l, r) => l * r,
  Div: (l, r, real) => r === 0 ? NaN : real ? l / r : Math.trunc(l / r),
  Max: (l, r) => Math.max(l, r),
  Min: (l, r) => Math.min(l, r),
  Equal: (l, r) => l === r ? 1 : 0
};
var FOLDED_UNARY = {
  Abs: Math.abs,
  Neg: (v) => -v,
  Floor: Math.floor,
  Ceil: Math.ceil
};
function foldElementwise(op, operands, shape) {
  const n = product(shape);
  const data = operands.map((v) => v.data);
  if (n > MAX_FOLDED_VALUES || data.some((d) => !d || d.length !== 1 && d.length !== n)) return { shape };
  const at = (d, i) => d[d.length === 1 ? 0 : i];
  const values = op === "Where" ? operands.slice(1) : operands;
  const real = values.some((v) => v.real);
  const out = [];
  for (let i = 0; i < n; i++) {
    if (op === "Where") {
      out.push(at(data[0], i) !== 0 ? at(data[1], i) : at(data[2], i));
      continue;
    }
    const fold = FOLDED_BINARY[op];
    out.push(data.slice(1).reduce((acc, d) => fold(acc, at(d, i), real), at(data[0], i)));
  }
  return withData(shape, out, real && op !== "Equal");
}
function resized(node, opset, input) {
  const x = input(0);
  if (!x) return void 0;
  const rank = x.shape.length;
  const policy = node.attributes["keep_aspect_ratio_policy"];
  if (policy && !(policy.kind === "string" && policy.value === "stretch")) return void 0;
  const axes = (intsAttr(node, "axes") ?? x.shape.map((_, i) => i)).map((a) => normalize(a, rank));
  if (axes.some((a) => a === void 0)) return void 0;
  const scalesIndex = node.opType === "Upsample" || opset < 11 ? 1 : 2;
  const given = (i) => node.inputs[i] !== void 0 && node.inputs[i] !== "";
  const sizes = node.opType === "Resize" && opset >= 11 && given(3) ? ints(input(3)) : void 0;
  const scales = given(scalesIndex) ? numbers(input(scalesIndex)) : floatsAttr(node, "scales");
  const shape = [...x.shape];
  const factors = sizes ?? scales;
  if (!factors || factors.length !== axes.length) return void 0;
  axes.forEach((axis, k) => {
    shape[axis] = sizes ? sizes[k] : Math.floor(x.shape[axis] * scales[k]);
  });
  return shape;
}
function inferNode(node, opset, input) {
  const x = input(0);
  const op = node.opType;
  if (node.domain !== "" && node.domain !== "ai.onnx") return [];
  if (SAME_SHAPE.has(op)) return x ? [{ shape: x.shape }] : [];
  if (BROADCAST.has(op)) {
    const operands = node.inputs.map((_, i) => input(i));
    if (operands.length === 0 || operands.some((v) => v === void 0)) return [];
    const known = operands;
    const shape = broadcastAll(known.map((v) => v.shape));
    if (!shape) return [];
    return [op in FOLDED_BINARY || op === "Where" ? foldElementwise(op, known, shape) : { shape }];
  }
  if (REDUCE.has(op)) {
    if (!x) return [];
    const rank = x.shape.length;
    const axesGiven = node.inputs[1] !== void 0 && node.inputs[1] !== "";
    const axes = axesGiven ? ints(input(1)) : intsAttr(node, "axes");
    if (axesGiven && !axes) return [];
    const keep = intAttr(node, "keepdims", 1) === 1;
    if (!axes && intAttr(node, "noop_with_empty_axes", 0) === 1) return [{ shape: x.shape }];
    const reduced = (axes ?? x.shape.map((_, i) => i)).map((a) => normalize(a, rank));
    if (reduced.some((a) => a === void 0)) return [];
    return [{ shape: x.shape.flatMap((d, i) => !reduced.includes(i) ? [d] : keep ? [1] : []) }];
  }
  switch (op) {
    case "ArgMax":
    case "ArgMin": {
      if (!x) return [];
      const axis = normalize(intAttr(node, "axis", 0), x.shape.length);
      if (axis === void 0) return [];
      const keep = intAttr(node, "keepdims", 1) === 1;
      return [{ shape: x.shape.flatMap((d, i) => i !== axis ? [d] : keep ? [1] : []) }];
    }
    case "Identity":
      return x ? [x] : [];
    case "Abs":
    case "Neg":
    case "Floor":
    case "Ceil":
      return x ? [withData(x.shape, x.data?.map(FOLDED_UNARY[op]), x.real)] : [];
    case "Dropout":
      return x ? node.outputs.map(() => ({ shape: x.shape })) : [];
    case "BatchNormalization":
      return x ? [{ shape: x.shape }, ...node.outputs.slice(1).map(() => ({ shape: [x.shape[1] ?? 1] }))] : [];
    case "LayerNormalization": {
      if (!x) return [];
      const axis = normalize(intAttr(node, "axis", -1), x.shape.length);
      if (axis === void 0) return [];
      const statistics = { shape: x.shape.map((d, i) => i < axis ? d : 1) };
      return [{ shape: x.shape }, statistics, statistics];
    }
    case "Constant": {
      const value = node.attributes["value"];
      if (value?.kind === "tensor") return [fromTensor(value.value)];
      const intValues = node.attributes["value_ints"];
      if (intValues?.kind === "ints") return [withData([intValues.value.length], intValues.value)];
      const int = node.attributes["value_int"];
      if (int?.kind === "int") return [withData([], [int.value])];
      const floatValues = node.attributes["value_floats"];
      if (floatValues?.kind === "floats")
        return [withData([floatValues.value.length], floatValues.value, true)];
      const float = node.attributes["value_float"];
      if (float?.kind === "float") return [withData([], [float.value], true)];
      return [];
    }
    case "Cast": {
      if (!x) return [];
      const to = intAttr(node, "to", DataType.FLOAT);
      if (to === DataType.BOOL)
        return [
          withData(
            x.shape,
            x.data?.map((v) => v !== 0 ? 1 : 0)
          )
        ];
      if (to === DataType.FLOAT || to === DataType.DOUBLE) return [withData(x.shape, x.data, true)];
      return [withData(x.shape, x.data?.map(Math.trunc))];
    }
    case "Shape": {
      if (!x) return [];
      const rank = x.shape.length;
      const start = normalize(Math.max(-rank, Math.min(rank - 1, intAttr(node, "start", 0))), rank) ?? 0;
      const endAttr = intAttr(node, "end", rank);
      const end = Math.max(0, Math.min(rank, endAttr < 0 ? endAttr + rank : endAttr));
      const dims = x.shape.slice(start, end);
      return [withData([dims.length], dims)];
    }
    case "Size":
      return x ? [withData([], [product(x.shape)])] : [];
    case "ConstantOfShape": {
      const dims = ints(x);
      if (!dims || !dims.every(isDimension)) return [];
      const value = node.attributes["value"];
      const fill = value?.kind === "tensor" ? fromTensor(value.value) : { shape: [1], data: [0], real: true };
      const size = product(dims);
      const data = fill.data?.length === 1 && size <= MAX_FOLDED_VALUES ? new Array(size).fill(fill.data[0]) : void 0;
      return [withData(dims, data, fill.real)];
    }
    case "Gather": {
      const indices = input(1);
      if (!x || !indices) return [];
      const axis = normalize(intAttr(node, "axis", 0), x.shape.length);
      if (axis === void 0) return [];
      const shape = [...x.shape.slice(0, axis), ...indices.shape, ...x.shape.slice(axis + 1)];
      const positions = ints(indices);
      if (x.data && positions && x.shape.length === 1) {
        const data = positions.map((i) => x.data[i < 0 ? i + x.data.length : i]);
        if (data.every((d) => d !== void 0)) return [withData(shape, data, x.real)];
      }
      return [{ shape }];
    }
    case "Unsqueeze":
    case "Squeeze": {
      if (!x) return [];
      const axesGiven = node.inputs[1] !== void 0 && node.inputs[1] !== "";
      const axes = axesGiven ? ints(input(1)) : intsAttr(node, "axes");
      if (axesGiven && !axes) return [];
      let shape;
      if (op === "Squeeze") {
        const rank = x.shape.length;
        const drop = axes ? axes.map((a) => normalize(a, rank)) : x.shape.flatMap((d, i) => d === 1 ? [i] : []);
        if (drop.some((a) => a === void 0)) return [];
        shape = x.shape.filter((_, i) => !drop.includes(i));
      } else {
        if (!axes) return [];
        const rank = x.shape.length + axes.length;
        const added = axes.map((a) => normalize(a, rank));
        if (added.some((a) => a === void 0)) return [];
        shape = [];
        let next = 0;
        for (let i = 0; i < rank; i++) shape.push(added.includes(i) ? 1 : x.shape[next++] ?? 1);
      }
      return [withData(shape, x.data, x.real)];
    }
    case "Concat": {
      const parts = node.inputs.map((_, i) => input(i));
      if (parts.some((p) => p === void 0) || parts.length === 0) return [];
      const known = parts;
      const first = known[0].shape;
      const axis = normalize(intAttr(node, "axis", 0), first.length);
      if (axis === void 0) return [];
      const shape = [...first];
      shape[axis] = known.reduce((sum, p) => sum + (p.shape[axis] ?? 0), 0);
      const data = known.every((p) => p.data) && first.length === 1 ? known.flatMap((p) => p.data) : void 0;
      return [
        withData(
          shape,
          data,
          known.some((p) => p.real)
        )
      ];
    }
    case "Reshape": {
      const target = ints(input(1)) ?? intsAttr(node, "shape");
      if (!x || !target) return [];
      const shape = reshape(x.shape, target, intAttr(node, "allowzero", 0) === 1);
      return shape ? [withData(shape, x.data, x.real)] : [];
    }
    case "Flatten": {
      if (!x) return [];
      const rank = x.shape.length;
      const axis = intAttr(node, "axis", 1);
      const split = axis < 0 ? axis + rank : axis;
      if (!(split >= 0 && split <= rank)) return [];
      return [{ shape: [product(x.shape.slice(0, split)), product(x.shape.slice(split))] }];
    }
    case "Transpose": {
      if (!x) return [];
      const perm = intsAttr(node, "perm") ?? x.shape.map((_, i) => x.shape.length - 1 - i);
      if (perm.length !== x.shape.length) return [];
      return [{ shape: perm.map((p) => x.shape[p] ?? 1) }];
    }
    case "Expand": {
      const target = ints(input(1));
      if (!x || !target) return [];
      const shape = broadcastShapes(x.shape, target);
      return shape ? [{ shape }] : [];
    }
    case "Tile": {
      const repeats = ints(input(1));
      if (!x || !repeats || repeats.length !== x.shape.length) return [];
      return [{ shape: x.shape.map((d, i) => d * repeats[i]) }];
    }
    case "Pad": {
      const padsGiven = node.inputs[1] !== void 0 && node.inputs[1] !== "";
      const pads = padsGiven ? ints(input(1)) : intsAttr(node, "pads");
      if (!x || !pads) return [];
      const rank = x.shape.length;
      const axesGiven = node.inputs[3] !== void 0 && node.inputs[3] !== "";
      const axes = axesGiven ? ints(input(3)) : x.shape.map((_, i) => i);
      if (!axes || pads.length !== 2 * axes.length) return [];
      const shape = [...x.shape];
      for (let k = 0; k < axes.length; k++) {
        const axis = normalize(axes[k], rank);
        if (axis === void 0) return [];
        shape[axis] = shape[axis] + pads[k] + pads[k + axes.length];
      }
      return [{ shape }];
    }
    case "Slice": {
      const given = (i) => node.inputs[i] !== void 0 && node.inputs[i] !== "";
      const fromInput = opset >= 10;
      const starts = fromInput ? ints(input(1)) : intsAttr(node, "starts");
      const ends = fromInput ? ints(input(2)) : intsAttr(node, "ends");
      if (!x || !starts || !ends || starts.length !== ends.length) return [];
      const axes = fromInput && given(3) ? ints(input(3)) : intsAttr(node, "axes") ?? starts.map((_, i) => i);
      const steps = fromInput && given(4) ? ints(input(4)) : starts.map(() => 1);
      if (!axes || !steps) return [];
      const shape = [...x.shape];
      const begins = [];
      for (let k = 0; k < starts.length; k++) {
        const axis = normalize(axes[k] ?? k, shape.length);
        const step = steps[k] ?? 1;
        if (axis === void 0 || step === 0) return [];
        const d = x.shape[axis];
        const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v < 0 ? v + d : v));
        const start = step > 0 ? clamp(starts[k], 0, d) : clamp(starts[k], -1, d - 1);
        const end = step > 0 ? clamp(ends[k], 0, d) : clamp(ends[k], -1, d - 1);
        begins.push(start);
        shape[axis] = Math.max(0, Math.ceil((end - start) / step));
      }
      const data = x.data && x.shape.length === 1 && starts.length === 1 && (steps[0] ?? 1) === 1 ? x.data.slice(begins[0], begins[0] + shape[0]) : void 0;
      return [withData(shape, data, x.real)];
    }
    case "Split": {
      if (!x) return [];
      const axis = normalize(intAttr(node, "axis", 0), x.shape.length);
      if (axis === void 0) return [];
      const length = x.shape[axis];
      const count2 = node.outputs.length;
      const splitGiven = node.inputs[1] !== void 0 && node.inputs[1] !== "";
      const parts = splitGiven ? ints(input(1)) : intsAttr(node, "split") ?? Array.from({ length: count2 }, (_, i) => {
        const part = Math.ceil(length / count2);
        return Math.max(0, Math.min(part, length - i * part));
      });
      if (!parts || parts.length !== count2) return [];
      return parts.map((part) => ({ shape: x.shape.map((d, i) => i === axis ? part : d) }));
    }
    case "MatMul": {
      const w = input(1);
      if (!x || !w || x.shape.length === 0 || w.shape.length === 0) return [];
      const a = x.shape.length === 1 ? [1, x.shape[0]] : x.shape;
      const b = w.shape.length === 1 ? [w.shape[0], 1] : w.shape;
      const batch = broadcastShapes(a.slice(0, -2), b.slice(0, -2));
      if (!batch) return [];
      const shape = [...batch];
      if (x.shape.length > 1) shape.push(a[a.length - 2]);
      if (w.shape.length > 1) shape.push(b[b.length - 1]);
      return [{ shape }];
    }
    case "Gemm": {
      const w = input(1);
      if (!x || !w || x.shape.length !== 2 || w.shape.length !== 2) return [];
      const rows = intAttr(node, "transA", 0) ? x.shape[1] : x.shape[0];
      const columns = intAttr(node, "transB", 0) ? w.shape[0] : w.shape[1];
      return [{ shape: [rows, columns] }];
    }
    case "Conv":
    case "ConvInteger": {
      const w = input(1);
      if (!x || !w || x.shape.length < 3 || w.shape.length !== x.shape.length) return [];
      const spatial = windowOutput(node, x.shape.slice(2), w.shape.slice(2), false);
      return spatial ? [{ shape: [x.shape[0], w.shape[0], ...spatial] }] : [];
    }
    case "ConvTranspose": {
      const w = input(1);
      if (!x || !w || x.shape.length < 3 || w.shape.length !== x.shape.length) return [];
      const spatial = transposedOutput(node, x.shape.slice(2), w.shape.slice(2));
      const channels = w.shape[1] * intAttr(node, "group", 1);
      return spatial ? [{ shape: [x.shape[0], channels, ...spatial] }] : [];
    }
    case "MaxPool":
    case "AveragePool":
    case "LpPool": {
      const kernel = intsAttr(node, "kernel_shape");
      if (!x || !kernel || x.shape.length !== kernel.length + 2) return [];
      const spatial = windowOutput(node, x.shape.slice(2), kernel, intAttr(node, "ceil_mode", 0) === 1);
      if (!spatial) return [];
      const shape = [x.shape[0], x.shape[1], ...spatial];
      return [{ shape }, { shape }];
    }
    case "GlobalAveragePool":
    case "GlobalMaxPool":
    case "GlobalLpPool":
      return x ? [{ shape: x.shape.map((d, i) => i < 2 ? d : 1) }] : [];
    case "DepthToSpace":
    case "SpaceToDepth": {
      const block = intAttr(node, "blocksize", 0);
      if (!x || x.shape.length !== 4 || !(block >= 1)) return [];
      const [n, c, h, w] = x.shape;
      const area = block * block;
      return [
        {
          shape: op === "DepthToSpace" ? [n, c / area, h * block, w * block] : [n, c * area, h / block, w / block]
        }
      ];
    }
    case "Resize":
    case "Upsample": {
      const shape = resized(node, opset, input);
      return shape ? [{ shape }] : [];
    }
    case "Range": {
      const [start, limit, delta] = [0, 1, 2].map((i) => numbers(input(i))?.[0]);
      if (start === void 0 || limit === void 0 || delta === void 0 || delta === 0) return [];
      const count2 = Math.max(0, Math.ceil((limit - start) / delta));
      const real = [0, 1, 2].some((i) => input(i).real);
      const data = count2 <= MAX_FOLDED_VALUES ? Array.from({ length: count2 }, (_, i) => start + i * delta) : void 0;
      return [withData([count2], data, real)];
    }
    case "OneHot": {
      const indices = input(0);
      const depth = numbers(input(1))?.[0];
      if (!indices || depth === void 0) return [];
      const rank = indices.shape.length + 1;
      const axis = normalize(intAttr(node, "axis", -1), rank);
      if (axis === void 0) return [];
      const shape = [...indices.shape];
      shape.splice(axis, 0, Math.trunc(depth));
      return [{ shape }];
    }
    default:
      return [];
  }
}
function infer(graph, batch) {
  const known = /* @__PURE__ */ new Map();
  for (const [name, tensor] of graph.initializers) known.set(name, fromTensor(tensor));
  for (const info of graph.inputs) {
    const shape = info.shape?.map((d, i) => i === 0 ? batch : d);
    if (shape?.every((d) => typeof d === "number" && isDimension(d))) {
      known.set(info.name, { shape });
    }
  }
  const opset = graph.opsets[""] ?? graph.opsets["ai.onnx"] ?? 1;
  for (const node of graph.nodes) {
    const outputs = inferNode(node, opset, (i) => {
      const name = node.inputs[i];
      return name === void 0 || name === "" ? void 0 : known.get(name);
    });
    for (let i = 0; i < node.outputs.length; i++) {
      const name = node.outputs[i];
      if (name === "") continue;
      const value = outputs[i];
      if (!value || !value.shape.every(isDimension)) return { values: known, unknown: { node } };
      known.set(name, value);
    }
  }
  return { values: known };
}
function inputDependent(graph) {
  const dependent = new Set(graph.inputs.map((info) => info.name));
  for (const node of graph.nodes) {
    if (node.inputs.some((name) => dependent.has(name))) {
      for (const name of node.outputs) if (name !== "") dependent.add(name);
    }
  }
  return dependent;
}
function notEvaluated(file, what) {
  return new UsageError("INVALID_INPUT", `${file}: ${what}; the model is not evaluated`);
}
var cannotTell = (file, node) => notEvaluated(file, `cannot tell how large ${node.opType} node '${node.name}' makes its output`);
function modelSizes(graph, file = "the model") {
  const base = infer(graph, 1);
  if (base.unknown) throw cannotTell(file, base.unknown.node);
  const dependent = inputDependent(graph);
  const grown = GROWTH_BATCHES.map((batch) => ({ batch, inference: infer(graph, batch) }));
  const values = [];
  const constants3 = [];
  let largest = 0;
  let total = 0;
  let constantTotal = 0;
  for (const node of graph.nodes) {
    for (const output of node.outputs) {
      if (output === "") continue;
      const size = product(base.values.get(output).shape);
      if (!dependent.has(output)) {
        constants3.push({ node, output, size });
        constantTotal += size;
        continue;
      }
      for (const { batch, inference } of grown) {
        const at = inference.values.get(output);
        if (!at) throw cannotTell(file, inference.unknown?.node ?? node);
        const sizeAt = product(at.shape);
        if (sizeAt > batch * size) {
          throw notEvaluated(
            file,
            `${node.opType} node '${node.name}' makes '${output}' grow faster than the batch (${size} values at a batch of 1, ${sizeAt} at a batch of ${batch})`
          );
        }
      }
      values.push({ node, output, size });
      largest = Math.max(largest, size);
      total += size;
    }
  }
  return { values, largest, total, constants: constants3, constantTotal };
}
function tooLarge(file, what) {
  return new UsageError(
    "INVALID_INPUT",
    `${file}: ${what}, more than the limit of ${MAX_SAMPLE_VALUES} values per sample; the model is too large to evaluate`
  );
}
function checkModelSize(graph, file) {
  const sizes = modelSizes(graph, file);
  for (const { node, output, size } of sizes.values) {
    if (!(size <= MAX_SAMPLE_VALUES)) {
      throw tooLarge(
        file,
        `${node.opType} node '${node.name}' makes '${output}' of ${size} values per sample`
      );
    }
  }
  if (!(sizes.total <= MAX_SAMPLE_VALUES)) {
    throw tooLarge(file, `the intermediate values of the model hold ${sizes.total} values per sample`);
  }
  if (!(sizes.constantTotal <= MAX_CONSTANT_VALUES)) {
    throw new UsageError(
      "INVALID_INPUT",
      `${file}: the values the model computes from its constants hold ${sizes.constantTotal} values, more than the limit of ${MAX_CONSTANT_VALUES}; the model is too large to evaluate`
    );
  }
  return sizes;
}
function rowsWithinBudget(perSampleValues, batchSize, budget) {
  if (!(perSampleValues > 0)) return batchSize;
  return Math.max(1, Math.min(batchSize, Math.floor(budget / perSampleValues)));
}

// src/checks/robustness-check/evaluate.ts
var UnsupportedBoundError = class _UnsupportedBoundError extends UsageError {
  constructor(opType, nodeName, detail) {
    super(
      "NOT_IMPLEMENTED",
      `${opType} node '${nodeName}': ${detail ?? `the op ${opType} is not supported by the robustness bounds`}`
    );
    this.opType = opType;
    this.nodeName = nodeName;
  }
  opType;
  nodeName;
  /** The evaluator runs a Softmax; the bounds need the logits before it (the transforms remove a final one). */
  static softmax(op) {
    return new _UnsupportedBoundError(
      op.opType,
      op.node,
      "the bounds do not support Softmax: certify the logits"
    );
  }
};
function isLinearOp(op) {
  switch (op.kind) {
    case "unary":
    case "softmax":
      return false;
    case "pool":
      return op.mode === "average";
    case "binary":
      return op.operation !== "mul";
    default:
      return true;
  }
}
function opInputs(op) {
  switch (op.kind) {
    case "binary":
      return [op.left, op.right];
    case "concat":
      return op.inputs;
    default:
      return [op.input];
  }
}
var product2 = (dims) => dims.reduce((a, b) => a * b, 1);
function constFromTensor(tensor) {
  const data = new Float64Array(tensor.data.length);
  if (tensor.data instanceof BigInt64Array) {
    for (let i = 0; i < data.length; i++) data[i] = Number(tensor.data[i]);
  } else {
    data.set(tensor.data);
  }
  const integer2 = tensor.dataType !== DataType.FLOAT && tensor.dataType !== DataType.DOUBLE;
  return { dims: [...tensor.dims], data, integer: integer2 };
}
function stridesOf(dims) {
  const strides = new Array(dims.length).fill(1);
  for (let i = dims.length - 2; i >= 0; i--) strides[i] = strides[i + 1] * dims[i + 1];
  return strides;
}
function checkPlanValues(node, values, what) {
  if (!(values <= MAX_SAMPLE_VALUES)) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `${what} would hold ${values} values per sample, more than the limit of ${MAX_SAMPLE_VALUES}; the model is too large to evaluate`
    );
  }
}
function broadcastIndexMap(node, outShape, inShape) {
  const same = outShape.length === inShape.length && outShape.every((d, i) => d === inShape[i]);
  if (same) return void 0;
  const size = product2(outShape);
  checkPlanValues(node, size, "its output");
  const map = new Int32Array(size);
  const inStrides = stridesOf(inShape);
  const rank = outShape.length;
  const offset = rank - inShape.length;
  const coords = new Array(rank).fill(0);
  for (let o = 0; o < size; o++) {
    let index = 0;
    for (let axis = offset; axis < rank; axis++) {
      if (inShape[axis - offset] !== 1) index += coords[axis] * inStrides[axis - offset];
    }
    map[o] = index;
    for (let axis = rank - 1; axis >= 0; axis--) {
      if (++coords[axis] < outShape[axis]) break;
      coords[axis] = 0;
    }
  }
  return map;
}
function expandConstant(node, tensor, dims, outShape) {
  const map = broadcastIndexMap(node, outShape, dims);
  if (!map) return Float64Array.from(tensor.data);
  const out = new Float64Array(map.length);
  for (let o = 0; o < map.length; o++) out[o] = tensor.data[map[o]];
  return out;
}
function isInjective(map, size) {
  if (!map) return true;
  const seen = new Uint8Array(size);
  for (const index of map) {
    if (seen[index]) return false;
    seen[index] = 1;
  }
  return true;
}
function normalizeAxis(axis, rank, op, what) {
  const normalized = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(normalized) || normalized < 0 || normalized >= rank) {
    throw new UnsupportedBoundError(op.opType, op.name, `${what} ${axis} is out of range for rank ${rank}`);
  }
  return normalized;
}
var FOLDABLE = /* @__PURE__ */ new Set([
  "Constant",
  "Identity",
  "Cast",
  "Gather",
  "Unsqueeze",
  "Squeeze",
  "Concat",
  "Reshape",
  "Flatten",
  "Add",
  "Sub",
  "Mul",
  "Div",
  "Neg",
  "Dropout"
]);
var FLOAT_TYPES = /* @__PURE__ */ new Set([DataType.FLOAT, DataType.DOUBLE, 10, 16]);
var PlanBuilder = class {
  constructor(graph, batch, opset) {
    this.graph = graph;
    this.batch = batch;
    this.opset = opset;
  }
  graph;
  batch;
  opset;
  values = /* @__PURE__ */ new Map();
  valueSizes = [];
  inputScale = [];
  l2Radius = [];
  ops = [];
  addOp(op, outName, shape, inputScale, l2Radius) {
    if (op.output !== this.valueSizes.length) throw new Error("plan ops must be added in order");
    this.ops.push(op);
    this.valueSizes.push(product2(shape));
    this.inputScale.push(inputScale);
    this.l2Radius.push(l2Radius);
    this.values.set(outName, { kind: "var", id: op.output, shape });
  }
  nextId() {
    return this.valueSizes.length;
  }
  get(node, index) {
    const name = node.inputs[index];
    if (name === void 0 || name === "") return void 0;
    const value = this.values.get(name);
    if (!value) {
      throw new UsageError(
        "INVALID_INPUT",
        `${node.opType} node '${node.name}' reads '${name}', which no earlier node, initializer or input defines`
      );
    }
    if (value.kind === "unavailable") {
      throw new UnsupportedBoundError(value.producer.opType, value.producer.name, value.why);
    }
    return value;
  }
  require(node, index) {
    const value = this.get(node, index);
    if (!value) {
      throw new UnsupportedBoundError(node.opType, node.name, `input ${index} is missing`);
    }
    return value;
  }
  requireVar(node, index) {
    const value = this.require(node, index);
    if (value.kind !== "var") {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `input ${index} was expected to depend on the model input`
      );
    }
    return value;
  }
  requireConst(node, index, what) {
    const value = this.require(node, index);
    if (value.kind !== "const") {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `${what} (input ${index}) depends on the model input; only a constant is supported`
      );
    }
    return value.tensor;
  }
  optionalConst(node, index, what) {
    return this.get(node, index) === void 0 ? void 0 : this.requireConst(node, index, what);
  }
  /** The full shape ([batch, ...sample]) of a computed tensor. */
  fullShape(value) {
    return [this.batch, ...value.shape];
  }
};
function attribute(node, name) {
  return node.attributes[name];
}
function typedAttribute(node, name, kinds) {
  const value = attribute(node, name);
  if (value === void 0) return void 0;
  if (!kinds.includes(value.kind)) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `attribute '${name}' is ${value.kind}, expected ${kinds[0]}`
    );
  }
  return value;
}
function attrInt(node, name, fallback) {
  return typedAttribute(node, name, ["int"])?.value ?? fallback;
}
function attrFloat(node, name, fallback) {
  return typedAttribute(node, name, ["float", "int"])?.value ?? fallback;
}
function attrInts(node, name) {
  return typedAttribute(node, name, ["ints"])?.value;
}
function attrString(node, name, fallback) {
  return typedAttribute(node, name, ["string"])?.value ?? fallback;
}
function axesOf(builder, node) {
  const fromInput = builder.optionalConst(node, 1, "axes");
  if (fromInput) return Array.from(fromInput.data);
  return attrInts(node, "axes");
}
function reshapeTarget(node, full, target, allowZero) {
  const total = product2(full);
  const out = target.map((d, i) => d === 0 && !allowZero ? full[i] : d);
  if (out.some((d) => d === void 0)) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `target shape [${target.join(", ")}] copies a missing dimension`
    );
  }
  const resolved = out;
  const inferred = resolved.indexOf(-1);
  if (inferred >= 0) {
    const known = product2(resolved.filter((_, i) => i !== inferred));
    if (known === 0 || total % known !== 0) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `cannot reshape [${full.join(", ")}] to [${target.join(", ")}]`
      );
    }
    resolved[inferred] = total / known;
  }
  if (product2(resolved) !== total || resolved.some((d) => !Number.isInteger(d) || d < 0)) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `cannot reshape [${full.join(", ")}] to [${target.join(", ")}]`
    );
  }
  return resolved;
}
function foldConstant(builder, node) {
  const c = (index) => builder.requireConst(node, index, `input ${index}`);
  switch (node.opType) {
    case "Constant": {
      const value = attribute(node, "value");
      if (value?.kind === "tensor") return [constFromTensor(value.value)];
      const single = attribute(node, "value_float") ?? attribute(node, "value_int");
      if (single && (single.kind === "float" || single.kind === "int")) {
        return [{ dims: [], data: Float64Array.of(single.value), integer: single.kind === "int" }];
      }
      const list2 = attribute(node, "value_floats") ?? attribute(node, "value_ints");
      if (list2 && (list2.kind === "floats" || list2.kind === "ints")) {
        return [
          { dims: [list2.value.length], data: Float64Array.from(list2.value), integer: list2.kind === "ints" }
        ];
      }
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        "only tensor, float(s) and int(s) constants are supported"
      );
    }
    case "Identity":
    case "Dropout":
      return [c(0)];
    case "Cast": {
      const to = attrInt(node, "to", DataType.FLOAT);
      const input = c(0);
      if (FLOAT_TYPES.has(to)) return [{ dims: input.dims, data: input.data, integer: false }];
      const data = input.data.map((v) => to === DataType.BOOL ? v !== 0 ? 1 : 0 : Math.trunc(v));
      return [{ dims: input.dims, data, integer: true }];
    }
    case "Neg": {
      const input = c(0);
      return [{ ...input, data: input.data.map((v) => -v) }];
    }
    case "Gather": {
      const data = c(0);
      const indices = c(1);
      const axis = normalizeAxis(attrInt(node, "axis", 0), data.dims.length, node, "axis");
      const outer = product2(data.dims.slice(0, axis));
      const inner = product2(data.dims.slice(axis + 1));
      const axisLength = data.dims[axis];
      checkPlanValues(node, outer * indices.data.length * inner, "its output");
      const out = new Float64Array(outer * indices.data.length * inner);
      let o = 0;
      for (let a = 0; a < outer; a++) {
        for (const rawIndex of indices.data) {
          const index = rawIndex < 0 ? rawIndex + axisLength : rawIndex;
          if (index < 0 || index >= axisLength) {
            throw new UnsupportedBoundError(node.opType, node.name, `index ${rawIndex} is out of range`);
          }
          for (let i = 0; i < inner; i++) out[o++] = data.data[(a * axisLength + index) * inner + i];
        }
      }
      const dims = [...data.dims.slice(0, axis), ...indices.dims, ...data.dims.slice(axis + 1)];
      return [{ dims, data: out, integer: data.integer }];
    }
    case "Unsqueeze": {
      const input = c(0);
      const axes = axesOf(builder, node) ?? [];
      const rank = input.dims.length + axes.length;
      const normalized = new Set(axes.map((a) => normalizeAxis(a, rank, node, "axis")));
      const dims = [];
      let next = 0;
      for (let i = 0; i < rank; i++) dims.push(normalized.has(i) ? 1 : input.dims[next++]);
      return [{ ...input, dims }];
    }
    case "Squeeze": {
      const input = c(0);
      const axes = axesOf(builder, node);
      const drop = new Set(
        axes === void 0 ? input.dims.flatMap((d, i) => d === 1 ? [i] : []) : axes.map((a) => normalizeAxis(a, input.dims.length, node, "axis"))
      );
      return [{ ...input, dims: input.dims.filter((_, i) => !drop.has(i)) }];
    }
    case "Concat": {
      const parts = node.inputs.map((_, i) => c(i));
      const rank = parts[0].dims.length;
      const axis = normalizeAxis(attrInt(node, "axis", 0), rank, node, "axis");
      const outer = product2(parts[0].dims.slice(0, axis));
      const dims = [...parts[0].dims];
      dims[axis] = parts.reduce((sum, p) => sum + p.dims[axis], 0);
      const out = new Float64Array(product2(dims));
      let o = 0;
      for (let a = 0; a < outer; a++) {
        for (const part of parts) {
          const block = product2(part.dims.slice(axis));
          out.set(part.data.subarray(a * block, (a + 1) * block), o);
          o += block;
        }
      }
      return [{ dims, data: out, integer: parts.every((p) => p.integer) }];
    }
    case "Reshape": {
      const input = c(0);
      const target = Array.from(c(1).data);
      return [
        { ...input, dims: reshapeTarget(node, input.dims, target, attrInt(node, "allowzero", 0) === 1) }
      ];
    }
    case "Flatten": {
      const input = c(0);
      const axis = attrInt(node, "axis", 1);
      const split = axis < 0 ? axis + input.dims.length : axis;
      return [{ ...input, dims: [product2(input.dims.slice(0, split)), product2(input.dims.slice(split))] }];
    }
    case "Add":
    case "Sub":
    case "Mul":
    case "Div": {
      const a = c(0);
      const b = c(1);
      const dims = broadcastShapes(a.dims, b.dims);
      if (!dims) {
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          `shapes [${a.dims}] and [${b.dims}] do not broadcast`
        );
      }
      const left = expandConstant(node, a, a.dims, dims);
      const right = expandConstant(node, b, b.dims, dims);
      const integer2 = a.integer && b.integer;
      const out = new Float64Array(left.length);
      for (let i = 0; i < out.length; i++) {
        const l = left[i];
        const r = right[i];
        const v = node.opType === "Add" ? l + r : node.opType === "Sub" ? l - r : node.opType === "Mul" ? l * r : l / r;
        out[i] = integer2 && node.opType === "Div" ? Math.trunc(v) : v;
      }
      return [{ dims, data: out, integer: integer2 }];
    }
    default:
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `the op ${node.opType} is not supported on constant inputs`
      );
  }
}
function windowGeometry(node, inSize, kernel, ceilMode) {
  const rank = inSize.length;
  const strides = [...attrInts(node, "strides") ?? new Array(rank).fill(1)];
  const dilations = [...attrInts(node, "dilations") ?? new Array(rank).fill(1)];
  const pads = attrInts(node, "pads") ?? new Array(2 * rank).fill(0);
  const autoPad = attrString(node, "auto_pad", "NOTSET");
  if (strides.length !== rank || dilations.length !== rank || pads.length !== 2 * rank) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `strides, dilations or pads do not match ${rank} spatial axes`
    );
  }
  if ([...strides, ...dilations].some((v) => !(v >= 1)) || pads.some((v) => v < 0)) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      "strides and dilations must be >= 1 and pads >= 0"
    );
  }
  const outSize = [];
  const padBegin = [];
  const padEnd = [];
  for (let axis = 0; axis < rank; axis++) {
    const input = inSize[axis];
    const stride = strides[axis];
    const span = (kernel[axis] - 1) * dilations[axis] + 1;
    let out;
    let begin;
    let end;
    if (autoPad === "SAME_UPPER" || autoPad === "SAME_LOWER") {
      out = Math.ceil(input / stride);
      const total = Math.max(0, (out - 1) * stride + span - input);
      begin = autoPad === "SAME_UPPER" ? Math.floor(total / 2) : total - Math.floor(total / 2);
      end = total - begin;
    } else if (autoPad === "VALID") {
      begin = 0;
      end = 0;
      out = Math.floor((input - span) / stride) + 1;
    } else if (autoPad === "NOTSET") {
      begin = pads[axis];
      end = pads[axis + rank];
      const room = input + begin + end - span;
      out = (ceilMode ? Math.ceil(room / stride) : Math.floor(room / stride)) + 1;
      if (ceilMode && (out - 1) * stride >= input + begin) out--;
    } else {
      throw new UnsupportedBoundError(node.opType, node.name, `auto_pad '${autoPad}' is not an ONNX value`);
    }
    if (!(out >= 1)) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `the window does not fit the input (axis size ${input})`
      );
    }
    outSize.push(out);
    padBegin.push(begin);
    padEnd.push(end);
  }
  return { outSize, padBegin, padEnd, strides, dilations };
}
function compileConv(builder, node) {
  const x = builder.requireVar(node, 0);
  const weightTensor = builder.requireConst(node, 1, "weight");
  const biasTensor = builder.optionalConst(node, 2, "bias");
  if (x.shape.length !== 2 && x.shape.length !== 3) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `only 1-D and 2-D convolutions are supported (input rank ${x.shape.length + 1})`
    );
  }
  const spatial = x.shape.slice(1);
  const kernel = weightTensor.dims.slice(2);
  const group = attrInt(node, "group", 1);
  const inC = x.shape[0];
  const outC = weightTensor.dims[0];
  if (weightTensor.dims.length !== x.shape.length + 1 || !(group >= 1) || inC % group !== 0 || outC % group !== 0 || weightTensor.dims[1] !== inC / group) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `weight [${weightTensor.dims.join(", ")}] does not match input channels ${inC} with group ${group}`
    );
  }
  const declaredKernel = attrInts(node, "kernel_shape");
  if (declaredKernel && declaredKernel.some((k, i) => k !== kernel[i])) {
    throw new UnsupportedBoundError(node.opType, node.name, "kernel_shape does not match the weight");
  }
  const geometry = windowGeometry(node, spatial, kernel, false);
  const twoD = spatial.length === 2;
  const bias = biasTensor ? Float64Array.from(biasTensor.data) : void 0;
  if (bias && bias.length !== outC) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `bias has ${bias.length} values for ${outC} channels`
    );
  }
  const geometryH = twoD ? {
    out: geometry.outSize[0],
    stride: geometry.strides[0],
    pad: geometry.padBegin[0],
    dilation: geometry.dilations[0],
    k: kernel[0],
    size: spatial[0]
  } : { out: 1, stride: 1, pad: 0, dilation: 1, k: 1, size: 1 };
  const last = spatial.length - 1;
  const geometryW = {
    out: geometry.outSize[last],
    stride: geometry.strides[last],
    pad: geometry.padBegin[last],
    dilation: geometry.dilations[last],
    k: kernel[last],
    size: spatial[last]
  };
  const perGroupIn = inC / group;
  const perGroupOut = outC / group;
  const patchSize = perGroupIn * geometryH.k * geometryW.k;
  checkPlanValues(node, outC * geometryH.out * geometryW.out, "its output");
  checkPlanValues(node, geometryH.out * geometryW.out * patchSize, "its patch index");
  const patchIndex = new Int32Array(geometryH.out * geometryW.out * patchSize);
  for (let oh = 0; oh < geometryH.out; oh++) {
    for (let ow = 0; ow < geometryW.out; ow++) {
      const base = (oh * geometryW.out + ow) * patchSize;
      for (let cg = 0; cg < perGroupIn; cg++) {
        for (let kh = 0; kh < geometryH.k; kh++) {
          const ih = oh * geometryH.stride - geometryH.pad + kh * geometryH.dilation;
          for (let kw = 0; kw < geometryW.k; kw++) {
            const iw = ow * geometryW.stride - geometryW.pad + kw * geometryW.dilation;
            const inside = ih >= 0 && ih < geometryH.size && iw >= 0 && iw < geometryW.size;
            patchIndex[base + (cg * geometryH.k + kh) * geometryW.k + kw] = inside ? (cg * geometryH.size + ih) * geometryW.size + iw : -1;
          }
        }
      }
    }
  }
  const weight = Float64Array.from(weightTensor.data);
  const transposedWeight = new Float64Array(weight.length);
  for (let g = 0; g < group; g++) {
    const block = perGroupOut * patchSize;
    transposedWeight.set(
      transpose(weight.subarray(g * block, (g + 1) * block), perGroupOut, patchSize),
      g * block
    );
  }
  const op = {
    kind: "conv",
    node: node.name,
    opType: node.opType,
    output: builder.nextId(),
    input: x.id,
    inC,
    inH: twoD ? spatial[0] : 1,
    inW: spatial[spatial.length - 1],
    outC,
    outH: twoD ? geometry.outSize[0] : 1,
    outW: geometry.outSize[geometry.outSize.length - 1],
    kH: twoD ? kernel[0] : 1,
    kW: kernel[kernel.length - 1],
    strideH: twoD ? geometry.strides[0] : 1,
    strideW: geometry.strides[geometry.strides.length - 1],
    padTop: twoD ? geometry.padBegin[0] : 0,
    padLeft: geometry.padBegin[geometry.padBegin.length - 1],
    dilationH: twoD ? geometry.dilations[0] : 1,
    dilationW: geometry.dilations[geometry.dilations.length - 1],
    group,
    weight,
    absWeight: weight.map(Math.abs),
    bias,
    patchSize,
    patchIndex,
    transposedWeight
  };
  const scale = builder.inputScale[x.id];
  builder.addOp(
    op,
    node.outputs[0],
    [outC, ...geometry.outSize],
    void 0,
    scale && linearRadius(op, scale)
  );
}
function compilePool(builder, node, mode, global) {
  const x = builder.requireVar(node, 0);
  if (x.shape.length < 2 || x.shape.length > 3) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `only 1-D and 2-D pooling is supported (input rank ${x.shape.length + 1})`
    );
  }
  if (node.outputs.length > 1 && node.outputs[1]) {
    builder.values.set(node.outputs[1], {
      kind: "unavailable",
      producer: node,
      why: "its Indices output is not supported"
    });
  }
  const channels = x.shape[0];
  const spatial = x.shape.slice(1);
  const twoD = spatial.length === 2;
  const inH = twoD ? spatial[0] : 1;
  const inW = spatial[spatial.length - 1];
  let outSize;
  let kernelH = inH;
  let kernelW = inW;
  let strideH = 1;
  let strideW = 1;
  let padTop = 0;
  let padLeft = 0;
  let padBottom = 0;
  let padRight = 0;
  let dilH = 1;
  let dilW = 1;
  if (global) {
    outSize = spatial.map(() => 1);
  } else {
    const kernel = attrInts(node, "kernel_shape");
    if (!kernel || kernel.length !== spatial.length) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        "kernel_shape is missing or does not match the input rank"
      );
    }
    const geometry = windowGeometry(node, spatial, kernel, attrInt(node, "ceil_mode", 0) === 1);
    outSize = geometry.outSize;
    const last = spatial.length - 1;
    kernelW = kernel[last];
    strideW = geometry.strides[last];
    padLeft = geometry.padBegin[last];
    padRight = geometry.padEnd[last];
    dilW = geometry.dilations[last];
    if (twoD) {
      kernelH = kernel[0];
      strideH = geometry.strides[0];
      padTop = geometry.padBegin[0];
      padBottom = geometry.padEnd[0];
      dilH = geometry.dilations[0];
    } else {
      kernelH = 1;
    }
  }
  const outH = twoD ? outSize[0] : 1;
  const outW = outSize[outSize.length - 1];
  const includePad = mode === "average" && attrInt(node, "count_include_pad", 0) === 1;
  checkPlanValues(node, channels * outH * outW, "its output");
  checkPlanValues(node, outH * outW * kernelH * kernelW, "its window index");
  const windowStart = new Int32Array(outH * outW + 1);
  const indices = [];
  const divisor = new Float64Array(outH * outW);
  for (let oh = 0; oh < outH; oh++) {
    for (let ow = 0; ow < outW; ow++) {
      const p = oh * outW + ow;
      windowStart[p] = indices.length;
      let padded = 0;
      for (let kh = 0; kh < kernelH; kh++) {
        const ih = oh * strideH - padTop + kh * dilH;
        const rowInPadded = ih >= -padTop && ih < inH + padBottom;
        for (let kw = 0; kw < kernelW; kw++) {
          const iw = ow * strideW - padLeft + kw * dilW;
          if (rowInPadded && iw >= -padLeft && iw < inW + padRight) padded++;
          if (ih >= 0 && ih < inH && iw >= 0 && iw < inW) indices.push(ih * inW + iw);
        }
      }
      const real = indices.length - windowStart[p];
      if (real === 0) {
        throw new UnsupportedBoundError(node.opType, node.name, "a pooling window covers only padding");
      }
      divisor[p] = includePad ? padded : real;
    }
  }
  windowStart[outH * outW] = indices.length;
  const op = {
    kind: "pool",
    mode,
    node: node.name,
    opType: node.opType,
    output: builder.nextId(),
    input: x.id,
    channels,
    inSpatial: inH * inW,
    outSpatial: outH * outW,
    windowStart,
    windowIndex: Int32Array.from(indices),
    divisor
  };
  builder.addOp(op, node.outputs[0], [channels, ...outSize]);
}
function compileConstantArithmetic(builder, node, x, constant, makeScaleShift) {
  let dims = constant.dims;
  if (dims.length > x.shape.length + 1 || dims.length === x.shape.length + 1 && dims[0] !== 1) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `constant [${dims.join(", ")}] would broadcast across the batch of [N, ${x.shape.join(", ")}]`
    );
  }
  if (dims.length === x.shape.length + 1) dims = dims.slice(1);
  const outShape = broadcastShapes(x.shape, dims);
  if (!outShape) {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      `shapes [N, ${x.shape}] and [${constant.dims}] do not broadcast`
    );
  }
  const expanded = expandConstant(node, constant, dims, outShape);
  const scale = new Float64Array(expanded.length);
  const shift = new Float64Array(expanded.length);
  for (let i = 0; i < expanded.length; i++) {
    const [s, t] = makeScaleShift(expanded[i]);
    scale[i] = s;
    shift[i] = t;
  }
  emitScaleShift(builder, node, x, outShape, broadcastIndexMap(node, outShape, x.shape), scale, shift);
}
function emitScaleShift(builder, node, x, outShape, map, scale, shift) {
  const inScale = builder.inputScale[x.id];
  let outScale;
  if (inScale && isInjective(map, builder.valueSizes[x.id])) {
    outScale = new Float64Array(scale.length);
    for (let o = 0; o < scale.length; o++) outScale[o] = scale[o] * inScale[map ? map[o] : o];
  }
  const op = {
    kind: "scaleShift",
    node: node.name,
    opType: node.opType,
    output: builder.nextId(),
    input: x.id,
    map,
    scale,
    shift
  };
  builder.addOp(op, node.outputs[0], outShape, outScale);
}
function compileArithmetic(builder, node) {
  const a = builder.require(node, 0);
  const b = builder.require(node, 1);
  const op = node.opType;
  if (a.kind === "var" && b.kind === "var") {
    if (op === "Div") {
      throw new UnsupportedBoundError(
        op,
        node.name,
        "division by a tensor that depends on the input is not supported"
      );
    }
    const outShape = broadcastShapes(a.shape, b.shape);
    if (!outShape) {
      throw new UnsupportedBoundError(
        op,
        node.name,
        `shapes [N, ${a.shape}] and [N, ${b.shape}] do not broadcast`
      );
    }
    const binary = {
      kind: "binary",
      operation: op === "Add" ? "add" : op === "Sub" ? "sub" : "mul",
      node: node.name,
      opType: op,
      output: builder.nextId(),
      left: a.id,
      right: b.id,
      leftMap: broadcastIndexMap(node, outShape, a.shape),
      rightMap: broadcastIndexMap(node, outShape, b.shape)
    };
    builder.addOp(binary, node.outputs[0], outShape);
    return;
  }
  const varFirst = a.kind === "var";
  const x = varFirst ? a : b;
  const constant = varFirst ? b : a;
  switch (op) {
    case "Add":
      return compileConstantArithmetic(builder, node, x, constant.tensor, (c) => [1, c]);
    case "Sub":
      return compileConstantArithmetic(
        builder,
        node,
        x,
        constant.tensor,
        (c) => varFirst ? [1, -c] : [-1, c]
      );
    case "Mul":
      return compileConstantArithmetic(builder, node, x, constant.tensor, (c) => [c, 0]);
    default:
      if (!varFirst) {
        throw new UnsupportedBoundError(
          op,
          node.name,
          "division by a tensor that depends on the input is not supported"
        );
      }
      if (constant.tensor.data.some((c) => c === 0 || !Number.isFinite(c))) {
        throw new UnsupportedBoundError(op, node.name, "the divisor contains zero or a non-finite value");
      }
      return compileConstantArithmetic(builder, node, x, constant.tensor, (c) => [1 / c, 0]);
  }
}
function compileDense(builder, node) {
  const x = builder.requireVar(node, 0);
  if (builder.get(node, 1)?.kind === "var") {
    throw new UnsupportedBoundError(
      node.opType,
      node.name,
      "a product of two tensors that depend on the input is not supported"
    );
  }
  const b = builder.requireConst(node, 1, "the weight");
  let inner;
  let outer;
  let rows;
  let outShape;
  let weight;
  let bias;
  if (node.opType === "Gemm") {
    if (attrInt(node, "transA", 0) !== 0) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        "transA = 1 would put the batch in the inner dimension"
      );
    }
    const transB = attrInt(node, "transB", 0) === 1;
    const alpha = attrFloat(node, "alpha", 1);
    const beta = attrFloat(node, "beta", 1);
    if (x.shape.length !== 1 || b.dims.length !== 2) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `Gemm needs 2-D operands, got [N, ${x.shape}] and [${b.dims}]`
      );
    }
    inner = x.shape[0];
    outer = transB ? b.dims[0] : b.dims[1];
    if ((transB ? b.dims[1] : b.dims[0]) !== inner) {
      throw new UnsupportedBoundError(node.opType, node.name, `B [${b.dims}] does not match A [N, ${inner}]`);
    }
    rows = 1;
    outShape = [outer];
    weight = new Float64Array(outer * inner);
    for (let m = 0; m < outer; m++) {
      for (let k = 0; k < inner; k++)
        weight[m * inner + k] = alpha * b.data[transB ? m * inner + k : k * outer + m];
    }
    const c = builder.optionalConst(node, 2, "C");
    if (c) {
      const dims = c.dims.length === 2 && c.dims[0] === 1 ? c.dims.slice(1) : c.dims;
      const last = dims[dims.length - 1] ?? 1;
      if (dims.length > 1 || last !== 1 && last !== outer) {
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          `C [${c.dims}] must broadcast to [1, ${outer}]`
        );
      }
      bias = expandConstant(node, c, dims, [outer]).map((v) => beta * v);
    }
  } else {
    if (x.shape.length < 1) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        "MatMul of a per-sample scalar is not supported"
      );
    }
    let dims = b.dims;
    while (dims.length > 2 && dims[0] === 1) dims = dims.slice(1);
    if (dims.length > 2 || b.dims.length > x.shape.length + 1 || dims.length === 0) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `batched MatMul with a constant [${b.dims}] is not supported`
      );
    }
    inner = x.shape[x.shape.length - 1];
    if (dims[0] !== inner) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `[N, ${x.shape}] times [${b.dims}]: inner sizes differ`
      );
    }
    outer = dims.length === 2 ? dims[1] : 1;
    rows = product2(x.shape.slice(0, -1));
    outShape = dims.length === 2 ? [...x.shape.slice(0, -1), outer] : x.shape.slice(0, -1);
    weight = new Float64Array(outer * inner);
    for (let m = 0; m < outer; m++) {
      for (let k = 0; k < inner; k++) weight[m * inner + k] = b.data[k * outer + m];
    }
  }
  const op = {
    kind: "dense",
    node: node.name,
    opType: node.opType,
    output: builder.nextId(),
    input: x.id,
    rows,
    inner,
    outer,
    weight,
    absWeight: weight.map(Math.abs),
    transposedWeight: transpose(weight, outer, inner),
    bias
  };
  const scale = builder.inputScale[x.id];
  builder.addOp(op, node.outputs[0], outShape, void 0, scale && linearRadius(op, scale));
}
function transpose(matrix, rows, columns) {
  const out = new Float64Array(matrix.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) out[c * rows + r] = matrix[r * columns + c];
  }
  return out;
}
function linearRadius(op, scale) {
  const squaredWeight = op.weight.map((w) => w * w);
  const squaredScale = scale.map((s) => s * s);
  const out = new Float64Array(op.kind === "dense" ? op.rows * op.outer : op.outC * op.outH * op.outW);
  if (op.kind === "dense") denseKernel(op, squaredWeight, void 0, squaredScale, out, 1);
  else convKernel(op, squaredWeight, void 0, squaredScale, out, 1);
  return out.map(Math.sqrt);
}
function compileNode(builder, node) {
  const out = node.outputs[0];
  if (out === void 0 || out === "") {
    throw new UnsupportedBoundError(node.opType, node.name, "the node has no output");
  }
  const present = node.inputs.map((_, i) => builder.get(node, i));
  const anyVar = present.some((v) => v?.kind === "var");
  if (node.opType === "Shape") {
    const input = builder.require(node, 0);
    const full = input.kind === "var" ? builder.fullShape(input) : input.kind === "const" ? input.tensor.dims : [];
    const rank = full.length;
    const clamp = (v) => Math.min(rank, Math.max(0, v < 0 ? v + rank : v));
    const dims = full.slice(clamp(attrInt(node, "start", 0)), clamp(attrInt(node, "end", rank)));
    builder.values.set(out, {
      kind: "const",
      tensor: { dims: [dims.length], data: Float64Array.from(dims), integer: true }
    });
    return;
  }
  if (!anyVar) {
    if (!FOLDABLE.has(node.opType)) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `the op ${node.opType} is not supported on constant inputs`
      );
    }
    const results = foldConstant(builder, node);
    results.forEach((tensor, i) => {
      const name = node.outputs[i];
      if (name) builder.values.set(name, { kind: "const", tensor });
    });
    return;
  }
  const alias = (shape) => {
    const x = builder.requireVar(node, 0);
    builder.values.set(out, { kind: "var", id: x.id, shape });
  };
  const unary = (fn) => {
    const x = builder.requireVar(node, 0);
    const op = {
      kind: "unary",
      node: node.name,
      opType: node.opType,
      output: builder.nextId(),
      input: x.id,
      fn
    };
    builder.addOp(op, out, x.shape);
  };
  const batchPreserving = (full) => {
    if (full[0] !== builder.batch) {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `the result [${full.join(", ")}] does not keep the batch (${builder.batch}) as its first axis`
      );
    }
    return full.slice(1);
  };
  switch (node.opType) {
    case "Identity":
      return alias(builder.requireVar(node, 0).shape);
    case "Dropout": {
      const training = builder.optionalConst(node, 2, "training_mode");
      if (training && training.data[0] !== 0) {
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          "training_mode is true: the output is random"
        );
      }
      if (node.outputs[1]) {
        builder.values.set(node.outputs[1], {
          kind: "unavailable",
          producer: node,
          why: "its mask output is not supported"
        });
      }
      return alias(builder.requireVar(node, 0).shape);
    }
    case "Flatten": {
      const x = builder.requireVar(node, 0);
      const full = builder.fullShape(x);
      const axis = attrInt(node, "axis", 1);
      const split = axis < 0 ? axis + full.length : axis;
      if (split < 0 || split > full.length) {
        throw new UnsupportedBoundError(node.opType, node.name, `axis ${axis} is out of range`);
      }
      return alias(batchPreserving([product2(full.slice(0, split)), product2(full.slice(split))]));
    }
    case "Reshape": {
      const x = builder.requireVar(node, 0);
      const target = Array.from(builder.requireConst(node, 1, "shape").data);
      return alias(
        batchPreserving(
          reshapeTarget(node, builder.fullShape(x), target, attrInt(node, "allowzero", 0) === 1)
        )
      );
    }
    case "Squeeze": {
      const x = builder.requireVar(node, 0);
      const full = builder.fullShape(x);
      const axes = axesOf(builder, node);
      const drop = new Set(
        axes === void 0 ? full.flatMap((d, i) => d === 1 && i > 0 ? [i] : []) : axes.map((a) => normalizeAxis(a, full.length, node, "axis"))
      );
      if (drop.has(0))
        throw new UnsupportedBoundError(node.opType, node.name, "squeezing the batch axis is not supported");
      for (const axis of drop) {
        if (full[axis] !== 1)
          throw new UnsupportedBoundError(
            node.opType,
            node.name,
            `axis ${axis} has size ${full[axis]}, not 1`
          );
      }
      return alias(full.filter((_, i) => !drop.has(i)).slice(1));
    }
    case "Unsqueeze": {
      const x = builder.requireVar(node, 0);
      const full = builder.fullShape(x);
      const axes = axesOf(builder, node) ?? [];
      const rank = full.length + axes.length;
      const inserted = new Set(axes.map((a) => normalizeAxis(a, rank, node, "axis")));
      if (inserted.has(0))
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          "inserting an axis before the batch is not supported"
        );
      const dims = [];
      let next = 0;
      for (let i = 0; i < rank; i++) dims.push(inserted.has(i) ? 1 : full[next++]);
      return alias(dims.slice(1));
    }
    case "Transpose": {
      const x = builder.requireVar(node, 0);
      const full = builder.fullShape(x);
      const perm = attrInts(node, "perm") ?? full.map((_, i) => full.length - 1 - i);
      if (perm.length !== full.length || perm[0] !== 0 || new Set(perm).size !== perm.length) {
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          `perm [${perm.join(", ")}] must keep the batch axis first`
        );
      }
      const samplePerm = perm.slice(1).map((p) => p - 1);
      const outShape = samplePerm.map((p) => x.shape[p]);
      const inStrides = stridesOf(x.shape);
      const size = product2(outShape);
      const map = new Int32Array(size);
      const coords = new Array(outShape.length).fill(0);
      for (let o = 0; o < size; o++) {
        let index = 0;
        for (let axis = 0; axis < outShape.length; axis++)
          index += coords[axis] * inStrides[samplePerm[axis]];
        map[o] = index;
        for (let axis = outShape.length - 1; axis >= 0; axis--) {
          if (++coords[axis] < outShape[axis]) break;
          coords[axis] = 0;
        }
      }
      const inScale = builder.inputScale[x.id];
      const op = {
        kind: "permute",
        node: node.name,
        opType: node.opType,
        output: builder.nextId(),
        input: x.id,
        map
      };
      builder.addOp(op, out, outShape, inScale ? inScale.map((_, o) => inScale[map[o]]) : void 0);
      return;
    }
    case "Concat": {
      const parts = node.inputs.map((_, i) => builder.require(node, i));
      if (parts.some((p) => p.kind !== "var")) {
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          "concatenating a constant with input-dependent tensors is not supported"
        );
      }
      const vars = parts;
      const rank = vars[0].shape.length + 1;
      const axis = normalizeAxis(attrInt(node, "axis", 0), rank, node, "axis");
      if (axis === 0)
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          "concatenating along the batch axis is not supported"
        );
      const sampleAxis = axis - 1;
      const outShape = [...vars[0].shape];
      outShape[sampleAxis] = 0;
      for (const v of vars) {
        if (v.shape.length !== rank - 1 || v.shape.some((d, i) => i !== sampleAxis && d !== vars[0].shape[i])) {
          throw new UnsupportedBoundError(
            node.opType,
            node.name,
            "input shapes differ outside the concatenation axis"
          );
        }
        outShape[sampleAxis] += v.shape[sampleAxis];
      }
      const outer = product2(outShape.slice(0, sampleAxis));
      const outBlock = product2(outShape.slice(sampleAxis));
      let offset = 0;
      const placements = vars.map((v) => {
        const block = product2(v.shape.slice(sampleAxis));
        const placement = new Int32Array(outer * block);
        for (let a = 0; a < outer; a++) {
          for (let i = 0; i < block; i++) placement[a * block + i] = a * outBlock + offset + i;
        }
        offset += block;
        return placement;
      });
      const op = {
        kind: "concat",
        node: node.name,
        opType: node.opType,
        output: builder.nextId(),
        inputs: vars.map((v) => v.id),
        placements
      };
      builder.addOp(op, out, outShape);
      return;
    }
    case "Add":
    case "Sub":
    case "Mul":
    case "Div":
      return compileArithmetic(builder, node);
    case "Neg": {
      const x = builder.requireVar(node, 0);
      const size = builder.valueSizes[x.id];
      return emitScaleShift(
        builder,
        node,
        x,
        x.shape,
        void 0,
        new Float64Array(size).fill(-1),
        new Float64Array(size)
      );
    }
    case "Gemm":
    case "MatMul":
      return compileDense(builder, node);
    case "Conv":
      return compileConv(builder, node);
    case "MaxPool":
      return compilePool(builder, node, "max", false);
    case "AveragePool":
      return compilePool(builder, node, "average", false);
    case "GlobalAveragePool":
      return compilePool(builder, node, "average", true);
    case "BatchNormalization": {
      const x = builder.requireVar(node, 0);
      if (attrInt(node, "training_mode", 0) !== 0) {
        throw new UnsupportedBoundError(node.opType, node.name, "training_mode = 1 is not inference");
      }
      if (attrInt(node, "spatial", 1) !== 1) {
        throw new UnsupportedBoundError(node.opType, node.name, "spatial = 0 is not supported");
      }
      const [gamma, beta, mean, variance] = [1, 2, 3, 4].map(
        (i) => builder.requireConst(node, i, "a statistic")
      );
      const epsilon = attrFloat(node, "epsilon", 1e-5);
      const channels = x.shape[0];
      if (channels === void 0 || [gamma, beta, mean, variance].some((t) => t.data.length !== channels)) {
        throw new UnsupportedBoundError(
          node.opType,
          node.name,
          "the statistics do not match the channel axis"
        );
      }
      for (let i = 1; i < node.outputs.length; i++) {
        const name = node.outputs[i];
        if (name)
          builder.values.set(name, {
            kind: "unavailable",
            producer: node,
            why: "its training outputs are not supported"
          });
      }
      const size = builder.valueSizes[x.id];
      const perChannel = size / channels;
      const scale = new Float64Array(size);
      const shift = new Float64Array(size);
      for (let c = 0; c < channels; c++) {
        const s = gamma.data[c] / Math.sqrt(variance.data[c] + epsilon);
        const t = beta.data[c] - mean.data[c] * s;
        scale.fill(s, c * perChannel, (c + 1) * perChannel);
        shift.fill(t, c * perChannel, (c + 1) * perChannel);
      }
      return emitScaleShift(builder, node, x, x.shape, void 0, scale, shift);
    }
    case "Relu":
      return unary({ kind: "relu" });
    case "LeakyRelu":
      return unary({ kind: "leakyRelu", alpha: attrFloat(node, "alpha", 0.01) });
    case "Sigmoid":
      return unary({ kind: "sigmoid" });
    case "Tanh":
      return unary({ kind: "tanh" });
    case "Exp":
      return unary({ kind: "exp" });
    case "Log":
      return unary({ kind: "log" });
    case "Clip": {
      let min = -Infinity;
      let max = Infinity;
      if (builder.opset >= 11) {
        const lo = builder.optionalConst(node, 1, "min");
        const hi = builder.optionalConst(node, 2, "max");
        if (lo) min = lo.data[0];
        if (hi) max = hi.data[0];
      } else {
        min = attrFloat(node, "min", -Infinity);
        max = attrFloat(node, "max", Infinity);
      }
      if (!(min <= max))
        throw new UnsupportedBoundError(node.opType, node.name, `min ${min} exceeds max ${max}`);
      return unary({ kind: "clip", min, max });
    }
    case "Softmax": {
      const x = builder.requireVar(node, 0);
      const full = builder.fullShape(x);
      const legacy = builder.opset < 13;
      const axis = normalizeAxis(attrInt(node, "axis", legacy ? 1 : -1), full.length, node, "axis");
      if (axis === 0)
        throw new UnsupportedBoundError(node.opType, node.name, "softmax across the batch is not supported");
      const sampleAxis = axis - 1;
      const op = {
        kind: "softmax",
        node: node.name,
        opType: node.opType,
        output: builder.nextId(),
        input: x.id,
        outer: product2(x.shape.slice(0, sampleAxis)),
        axisLength: legacy ? product2(x.shape.slice(sampleAxis)) : x.shape[sampleAxis],
        inner: legacy ? 1 : product2(x.shape.slice(sampleAxis + 1))
      };
      builder.addOp(op, out, x.shape);
      return;
    }
    default:
      throw new UnsupportedBoundError(node.opType, node.name);
  }
}
function compilePlan(graph, batch) {
  if (graph.inputs.length !== 1) {
    throw new UsageError(
      "INVALID_INPUT",
      `the classifier graph must have exactly one input, found ${graph.inputs.length} (${graph.inputs.map((i) => i.name).join(", ")})`
    );
  }
  if (graph.outputs.length !== 1) {
    throw new UsageError(
      "INVALID_INPUT",
      `the classifier graph must have exactly one output, found ${graph.outputs.length}`
    );
  }
  const input = graph.inputs[0];
  const dims = input.shape?.slice(1);
  if (!input.shape || !dims || dims.some((d) => typeof d !== "number" || !(d >= 1))) {
    throw new UsageError(
      "INVALID_INPUT",
      `model input '${input.name}' needs a fixed shape after the batch axis, found [${(input.shape ?? []).map((d) => d ?? "?").join(", ")}]`
    );
  }
  const sampleShape = dims;
  const opset = graph.opsets[""] ?? graph.opsets["ai.onnx"] ?? 21;
  const builder = new PlanBuilder(graph, Math.max(1, batch), opset);
  for (const [name, tensor] of graph.initializers)
    builder.values.set(name, { kind: "const", tensor: constFromTensor(tensor) });
  builder.values.set(input.name, { kind: "var", id: 0, shape: sampleShape });
  builder.valueSizes.push(product2(sampleShape));
  builder.inputScale.push(new Float64Array(product2(sampleShape)).fill(1));
  builder.l2Radius.push(void 0);
  for (const node of graph.nodes) {
    if (node.domain !== "" && node.domain !== "ai.onnx") {
      throw new UnsupportedBoundError(
        node.opType,
        node.name,
        `ops of domain '${node.domain}' are not supported`
      );
    }
    compileNode(builder, node);
  }
  const outputName = graph.outputs[0].name;
  const output = builder.values.get(outputName);
  if (!output || output.kind !== "var") {
    throw new UsageError(
      "INVALID_INPUT",
      `graph output '${outputName}' ${output ? "does not depend on the input" : "is never produced"}`
    );
  }
  if (output.shape.filter((d) => d !== 1).length > 1) {
    throw new UsageError(
      "INVALID_INPUT",
      `graph output '${outputName}' is [N, ${output.shape.join(", ")}], not [N, classes]`
    );
  }
  return {
    inputName: input.name,
    sampleShape,
    inputSize: product2(sampleShape),
    classes: builder.valueSizes[output.id],
    valueSizes: builder.valueSizes,
    ops: builder.ops,
    output: output.id,
    inputScale: builder.inputScale,
    l2Radius: builder.l2Radius
  };
}
function denseKernel(op, weight, bias, input, out, samples) {
  matmulRows(samples * op.rows, op.inner, op.outer, weight, bias, input, out);
}
function matmulRows(rowsTotal, inner, outer, weight, bias, input, out) {
  let r = 0;
  for (; r + 4 <= rowsTotal; r += 4) {
    const i0 = r * inner;
    const i1 = i0 + inner;
    const i2 = i1 + inner;
    const i3 = i2 + inner;
    const o0 = r * outer;
    for (let m = 0; m < outer; m += 2) {
      const pair = m + 1 < outer;
      const w0 = m * inner;
      const w1 = pair ? w0 + inner : w0;
      const b0 = bias ? bias[m] : 0;
      const b1 = bias && pair ? bias[m + 1] : 0;
      let a0 = b0;
      let a1 = b0;
      let a2 = b0;
      let a3 = b0;
      let c0 = b1;
      let c1 = b1;
      let c2 = b1;
      let c3 = b1;
      for (let k = 0; k < inner; k++) {
        const u = weight[w0 + k];
        const v = weight[w1 + k];
        const x0 = input[i0 + k];
        const x1 = input[i1 + k];
        const x2 = input[i2 + k];
        const x3 = input[i3 + k];
        a0 += u * x0;
        a1 += u * x1;
        a2 += u * x2;
        a3 += u * x3;
        c0 += v * x0;
        c1 += v * x1;
        c2 += v * x2;
        c3 += v * x3;
      }
      out[o0 + m] = a0;
      out[o0 + outer + m] = a1;
      out[o0 + 2 * outer + m] = a2;
      out[o0 + 3 * outer + m] = a3;
      if (pair) {
        out[o0 + m + 1] = c0;
        out[o0 + outer + m + 1] = c1;
        out[o0 + 2 * outer + m + 1] = c2;
        out[o0 + 3 * outer + m + 1] = c3;
      }
    }
  }
  for (; r < rowsTotal; r++) {
    const inBase = r * inner;
    const outBase = r * outer;
    for (let m = 0; m < outer; m++) {
      const wBase = m * inner;
      let sum = bias ? bias[m] : 0;
      for (let k = 0; k < inner; k++) sum += weight[wBase + k] * input[inBase + k];
      out[outBase + m] = sum;
    }
  }
}
function convKernel(op, weight, bias, input, out, samples) {
  const { outC, group, patchIndex, patchSize } = op;
  const outPlane = op.outH * op.outW;
  const perGroupOut = outC / group;
  const inSize = op.inC * op.inH * op.inW;
  const groupStride = op.inC / group * op.inH * op.inW;
  const outSize = outC * outPlane;
  const patches = new Float64Array(outPlane * patchSize);
  const weightBlock = perGroupOut * patchSize;
  for (let s = 0; s < samples; s++) {
    for (let g = 0; g < group; g++) {
      const base = s * inSize + g * groupStride;
      for (let i = 0; i < patches.length; i++) {
        const index = patchIndex[i];
        patches[i] = index >= 0 ? input[base + index] : 0;
      }
      const outBase = s * outSize + g * perGroupOut * outPlane;
      const target = out.subarray(outBase, outBase + perGroupOut * outPlane);
      matmulRows(
        perGroupOut,
        patchSize,
        outPlane,
        patches,
        void 0,
        weight.subarray(g * weightBlock, (g + 1) * weightBlock),
        target
      );
      if (bias) {
        for (let mg = 0; mg < perGroupOut; mg++) {
          const b = bias[g * perGroupOut + mg];
          for (let p = 0; p < outPlane; p++) target[mg * outPlane + p] += b;
        }
      }
    }
  }
}
function averagePoolKernel(op, input, out, samples) {
  const { channels, inSpatial, outSpatial, windowStart, windowIndex, divisor } = op;
  for (let sc = 0; sc < samples * channels; sc++) {
    const inBase = sc * inSpatial;
    const outBase = sc * outSpatial;
    for (let p = 0; p < outSpatial; p++) {
      let sum = 0;
      for (let w = windowStart[p]; w < windowStart[p + 1]; w++) sum += input[inBase + windowIndex[w]];
      out[outBase + p] = sum / divisor[p];
    }
  }
}
function maxPoolKernel(op, input, out, samples) {
  const { channels, inSpatial, outSpatial, windowStart, windowIndex } = op;
  for (let sc = 0; sc < samples * channels; sc++) {
    const inBase = sc * inSpatial;
    const outBase = sc * outSpatial;
    for (let p = 0; p < outSpatial; p++) {
      let best = -Infinity;
      for (let w = windowStart[p]; w < windowStart[p + 1]; w++) {
        const v = input[inBase + windowIndex[w]];
        if (v > best || Number.isNaN(v)) best = v;
      }
      out[outBase + p] = best;
    }
  }
}
function scaleShiftKernel(op, input, out, inSize, samples) {
  const { map, scale, shift } = op;
  const size = scale.length;
  for (let s = 0; s < samples; s++) {
    const inBase = s * inSize;
    const outBase = s * size;
    for (let o = 0; o < size; o++)
      out[outBase + o] = input[inBase + (map ? map[o] : o)] * scale[o] + shift[o];
  }
}
function gatherKernel(map, input, out, inSize, samples) {
  const size = map.length;
  for (let s = 0; s < samples; s++) {
    const inBase = s * inSize;
    const outBase = s * size;
    for (let o = 0; o < size; o++) out[outBase + o] = input[inBase + map[o]];
  }
}
function concatKernel(op, inputs, inSizes, out, outSize, samples) {
  op.placements.forEach((placement, i) => {
    const input = inputs[i];
    const inSize = inSizes[i];
    for (let s = 0; s < samples; s++) {
      for (let k = 0; k < inSize; k++) out[s * outSize + placement[k]] = input[s * inSize + k];
    }
  });
}
function applyUnary(fn, v) {
  switch (fn.kind) {
    case "relu":
      return v < 0 ? 0 : v;
    case "leakyRelu":
      return v >= 0 ? v : fn.alpha * v;
    case "sigmoid":
      return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
    case "tanh":
      return Math.tanh(v);
    case "exp":
      return Math.exp(v);
    case "log":
      return Math.log(v);
    case "clip":
      return v < fn.min ? fn.min : v > fn.max ? fn.max : v;
  }
}
function softmaxKernel(op, input, out, size, samples) {
  const { outer, axisLength, inner } = op;
  for (let s = 0; s < samples; s++) {
    for (let a = 0; a < outer; a++) {
      for (let i = 0; i < inner; i++) {
        const base = s * size + a * axisLength * inner + i;
        let max = -Infinity;
        for (let k = 0; k < axisLength; k++) max = Math.max(max, input[base + k * inner]);
        let sum = 0;
        for (let k = 0; k < axisLength; k++) {
          const e = Math.exp(input[base + k * inner] - max);
          out[base + k * inner] = e;
          sum += e;
        }
        for (let k = 0; k < axisLength; k++) out[base + k * inner] /= sum;
      }
    }
  }
}
function forwardPoint(plan, input, samples) {
  const values = [input];
  for (const op of plan.ops) {
    const size = plan.valueSizes[op.output];
    const out = new Float64Array(samples * size);
    switch (op.kind) {
      case "permute":
        gatherKernel(op.map, values[op.input], out, plan.valueSizes[op.input], samples);
        break;
      case "scaleShift":
        scaleShiftKernel(op, values[op.input], out, plan.valueSizes[op.input], samples);
        break;
      case "dense":
        denseKernel(op, op.weight, op.bias, values[op.input], out, samples);
        break;
      case "conv":
        convKernel(op, op.weight, op.bias, values[op.input], out, samples);
        break;
      case "pool":
        if (op.mode === "average") averagePoolKernel(op, values[op.input], out, samples);
        else maxPoolKernel(op, values[op.input], out, samples);
        break;
      case "binary": {
        const left = values[op.left];
        const right = values[op.right];
        const leftSize = plan.valueSizes[op.left];
        const rightSize = plan.valueSizes[op.right];
        const { leftMap, rightMap } = op;
        for (let s = 0; s < samples; s++) {
          for (let o = 0; o < size; o++) {
            const a = left[s * leftSize + (leftMap ? leftMap[o] : o)];
            const b = right[s * rightSize + (rightMap ? rightMap[o] : o)];
            out[s * size + o] = op.operation === "add" ? a + b : op.operation === "sub" ? a - b : a * b;
          }
        }
        break;
      }
      case "concat":
        concatKernel(
          op,
          op.inputs.map((i) => values[i]),
          op.inputs.map((i) => plan.valueSizes[i]),
          out,
          size,
          samples
        );
        break;
      case "unary": {
        const input2 = values[op.input];
        for (let i = 0; i < out.length; i++) out[i] = applyUnary(op.fn, input2[i]);
        break;
      }
      case "softmax":
        softmaxKernel(op, values[op.input], out, size, samples);
        break;
    }
    values.push(out);
  }
  return values;
}
function checkInputLength(plan, inputs, n) {
  if (!Number.isInteger(n) || n < 0 || inputs.length !== n * plan.inputSize) {
    throw new UsageError(
      "INVALID_INPUT",
      `expected ${n} samples of ${plan.inputSize} values ([${plan.sampleShape.join(", ")}]) for input '${plan.inputName}', got ${inputs.length} values`
    );
  }
}

// src/checks/robustness-check/interval.ts
function validateRegion(region) {
  const { epsilon, norm, lower, upper } = region;
  if (!(epsilon >= 0) || !Number.isFinite(epsilon)) {
    throw new UsageError("INVALID_CONFIG", `epsilon must be a finite number >= 0, got ${epsilon}`);
  }
  if (norm !== "linf" && norm !== "l2") {
    throw new UsageError("INVALID_CONFIG", `norm must be 'linf' or 'l2', got '${String(norm)}'`);
  }
  if (Number.isNaN(lower) || Number.isNaN(upper) || !(lower <= upper)) {
    throw new UsageError("INVALID_CONFIG", `the input range [${lower}, ${upper}] is empty or not a number`);
  }
}
function chunkRegion(inputs, first, samples, inputSize, region) {
  const size = samples * inputSize;
  const center = new Float64Array(size);
  const lo = new Float64Array(size);
  const hi = new Float64Array(size);
  const { epsilon, lower, upper } = region;
  const offset = first * inputSize;
  for (let i = 0; i < size; i++) {
    const x = inputs[offset + i];
    if (!(x >= lower && x <= upper)) {
      const sample = first + Math.floor(i / inputSize);
      throw new UsageError(
        "INVALID_INPUT",
        `sample ${sample}, feature ${i % inputSize}: value ${x} is outside the declared input range [${lower}, ${upper}]`
      );
    }
    center[i] = x;
    lo[i] = Math.max(lower, x - epsilon);
    hi[i] = Math.min(upper, x + epsilon);
  }
  return { samples, norm: region.norm, epsilon, center, lo, hi };
}
function minOverBallBox(c, offset, length, dl, du, boxOffset, epsilon, iterations) {
  let cornerValue = 0;
  let cornerNorm2 = 0;
  let cNorm2 = 0;
  let muHigh = 0;
  for (let i = 0; i < length; i++) {
    const ci = c[offset + i];
    if (ci === 0) continue;
    const d = ci > 0 ? dl[boxOffset + i] : du[boxOffset + i];
    cornerValue += ci * d;
    cornerNorm2 += d * d;
    cNorm2 += ci * ci;
    muHigh = Math.max(muHigh, -d / ci);
  }
  const eps2 = epsilon * epsilon;
  if (cornerNorm2 <= eps2) return { lower: cornerValue, upper: cornerValue };
  let lower = Math.max(cornerValue, -epsilon * Math.sqrt(cNorm2));
  let upper = 0;
  let muLow = 0;
  for (let it = 0; it < iterations; it++) {
    const mu = 0.5 * (muLow + muHigh);
    if (!(mu > muLow && mu < muHigh)) break;
    let value = 0;
    let norm2 = 0;
    for (let i = 0; i < length; i++) {
      const ci = c[offset + i];
      if (ci === 0) continue;
      let d = -mu * ci;
      const l = dl[boxOffset + i];
      const u = du[boxOffset + i];
      if (d < l) d = l;
      else if (d > u) d = u;
      value += ci * d;
      norm2 += d * d;
    }
    const dual = value + (norm2 - eps2) / (2 * mu);
    if (dual > lower) lower = dual;
    if (norm2 <= eps2) {
      muLow = mu;
      if (value < upper) upper = value;
    } else {
      muHigh = mu;
    }
  }
  return { lower: Math.min(lower, upper), upper };
}
function opsNeedingBoxes(plan) {
  const needed = new Uint8Array(plan.ops.length);
  const neededValue = new Uint8Array(plan.valueSizes.length);
  for (let i = plan.ops.length - 1; i >= 0; i--) {
    const op = plan.ops[i];
    if (isLinearOp(op) && !neededValue[op.output]) continue;
    needed[i] = 1;
    neededValue[op.output] = 1;
    for (const v of opInputs(op)) neededValue[v] = 1;
  }
  return needed;
}
function intervalForward(plan, region, points, needed, afterOp) {
  const samples = region.samples;
  const boxes = {
    lo: [region.lo],
    hi: [region.hi],
    unbounded: new Uint8Array(samples)
  };
  const { lo: los, hi: his } = boxes;
  for (let i = 0; i < plan.ops.length; i++) {
    const op = plan.ops[i];
    if (!needed[i]) {
      los.push(void 0);
      his.push(void 0);
      continue;
    }
    const size = plan.valueSizes[op.output];
    const lo = new Float64Array(samples * size);
    const hi = new Float64Array(samples * size);
    intervalOp(plan, op, boxes, lo, hi, samples);
    if (region.norm === "l2" && (op.kind === "dense" || op.kind === "conv")) {
      const radius = plan.l2Radius[op.output];
      if (radius) intersectBall(points[op.output], radius, region.epsilon, lo, hi, size, samples);
    }
    if (op.kind === "unary" && (op.fn.kind === "exp" || op.fn.kind === "log")) {
      markUnbounded(lo, hi, size, samples, boxes.unbounded);
    }
    los.push(lo);
    his.push(hi);
    afterOp?.(i, boxes);
  }
  return boxes;
}
function intersectBall(center, radius, epsilon, lo, hi, size, samples) {
  for (let s = 0; s < samples; s++) {
    for (let k = 0; k < size; k++) {
      const index = s * size + k;
      const r = epsilon * radius[k];
      const c = center[index];
      if (c - r > lo[index]) lo[index] = c - r;
      if (c + r < hi[index]) hi[index] = c + r;
    }
  }
}
function markUnbounded(lo, hi, size, samples, unbounded) {
  for (let s = 0; s < samples; s++) {
    for (let k = 0; k < size; k++) {
      const index = s * size + k;
      if (!Number.isFinite(lo[index]) || !Number.isFinite(hi[index])) {
        unbounded[s] = 1;
        lo.fill(0, s * size, (s + 1) * size);
        hi.fill(0, s * size, (s + 1) * size);
        break;
      }
    }
  }
}
function intervalOp(plan, op, boxes, lo, hi, samples) {
  const inputBox = (v) => {
    const l = boxes.lo[v];
    const h = boxes.hi[v];
    if (!l || !h) throw new Error(`interval of tensor ${v} was not computed before op ${op.node}`);
    return [l, h];
  };
  const size = plan.valueSizes[op.output];
  switch (op.kind) {
    case "permute": {
      const [l, h] = inputBox(op.input);
      gatherKernel(op.map, l, lo, plan.valueSizes[op.input], samples);
      gatherKernel(op.map, h, hi, plan.valueSizes[op.input], samples);
      return;
    }
    case "scaleShift": {
      const [l, h] = inputBox(op.input);
      const inSize = plan.valueSizes[op.input];
      const { map, scale, shift } = op;
      for (let s = 0; s < samples; s++) {
        for (let o = 0; o < size; o++) {
          const j = s * inSize + (map ? map[o] : o);
          const a = l[j] * scale[o] + shift[o];
          const b = h[j] * scale[o] + shift[o];
          const index = s * size + o;
          if (a <= b) {
            lo[index] = a;
            hi[index] = b;
          } else {
            lo[index] = b;
            hi[index] = a;
          }
        }
      }
      return;
    }
    case "dense":
    case "conv": {
      const [l, h] = inputBox(op.input);
      const center = new Float64Array(l.length);
      const radius = new Float64Array(l.length);
      for (let i = 0; i < l.length; i++) {
        center[i] = 0.5 * (l[i] + h[i]);
        radius[i] = 0.5 * (h[i] - l[i]);
      }
      if (op.kind === "dense") {
        denseKernel(op, op.weight, op.bias, center, lo, samples);
        denseKernel(op, op.absWeight, void 0, radius, hi, samples);
      } else {
        convKernel(op, op.weight, op.bias, center, lo, samples);
        convKernel(op, op.absWeight, void 0, radius, hi, samples);
      }
      for (let i = 0; i < lo.length; i++) {
        const mid = lo[i];
        const spread = hi[i];
        lo[i] = mid - spread;
        hi[i] = mid + spread;
      }
      return;
    }
    case "pool": {
      const [l, h] = inputBox(op.input);
      const kernel = op.mode === "average" ? averagePoolKernel : maxPoolKernel;
      kernel(op, l, lo, samples);
      kernel(op, h, hi, samples);
      return;
    }
    case "binary": {
      const [la, ha] = inputBox(op.left);
      const [lb, hb] = inputBox(op.right);
      const leftSize = plan.valueSizes[op.left];
      const rightSize = plan.valueSizes[op.right];
      const { leftMap, rightMap, operation } = op;
      for (let s = 0; s < samples; s++) {
        for (let o = 0; o < size; o++) {
          const i = s * leftSize + (leftMap ? leftMap[o] : o);
          const j = s * rightSize + (rightMap ? rightMap[o] : o);
          const index = s * size + o;
          if (operation === "add") {
            lo[index] = la[i] + lb[j];
            hi[index] = ha[i] + hb[j];
          } else if (operation === "sub") {
            lo[index] = la[i] - hb[j];
            hi[index] = ha[i] - lb[j];
          } else {
            const p1 = la[i] * lb[j];
            const p2 = la[i] * hb[j];
            const p3 = ha[i] * lb[j];
            const p4 = ha[i] * hb[j];
            lo[index] = Math.min(p1, p2, p3, p4);
            hi[index] = Math.max(p1, p2, p3, p4);
          }
        }
      }
      return;
    }
    case "concat": {
      const sizes = op.inputs.map((v) => plan.valueSizes[v]);
      concatKernel(
        op,
        op.inputs.map((v) => inputBox(v)[0]),
        sizes,
        lo,
        size,
        samples
      );
      concatKernel(
        op,
        op.inputs.map((v) => inputBox(v)[1]),
        sizes,
        hi,
        size,
        samples
      );
      return;
    }
    case "unary": {
      const [l, h] = inputBox(op.input);
      unaryInterval(op.fn, l, h, lo, hi);
      return;
    }
    case "softmax":
      throw UnsupportedBoundError.softmax(op);
  }
}
function unaryInterval(fn, l, h, lo, hi) {
  const n = l.length;
  switch (fn.kind) {
    case "relu":
      for (let i = 0; i < n; i++) {
        lo[i] = l[i] > 0 ? l[i] : 0;
        hi[i] = h[i] > 0 ? h[i] : 0;
      }
      return;
    case "leakyRelu": {
      const a = fn.alpha;
      const f = (v) => v >= 0 ? v : a * v;
      for (let i = 0; i < n; i++) {
        const fl = f(l[i]);
        const fh = f(h[i]);
        if (a >= 0) {
          lo[i] = fl;
          hi[i] = fh;
        } else {
          lo[i] = l[i] < 0 && h[i] > 0 ? 0 : Math.min(fl, fh);
          hi[i] = Math.max(fl, fh);
        }
      }
      return;
    }
    case "clip":
      for (let i = 0; i < n; i++) {
        lo[i] = Math.min(fn.max, Math.max(fn.min, l[i]));
        hi[i] = Math.min(fn.max, Math.max(fn.min, h[i]));
      }
      return;
    case "sigmoid":
      for (let i = 0; i < n; i++) {
        lo[i] = sigmoid(l[i]);
        hi[i] = sigmoid(h[i]);
      }
      return;
    case "tanh":
      for (let i = 0; i < n; i++) {
        lo[i] = Math.tanh(l[i]);
        hi[i] = Math.tanh(h[i]);
      }
      return;
    case "exp":
      for (let i = 0; i < n; i++) {
        lo[i] = Math.exp(l[i]);
        hi[i] = Math.exp(h[i]);
      }
      return;
    case "log":
      for (let i = 0; i < n; i++) {
        lo[i] = l[i] > 0 ? Math.log(l[i]) : -Infinity;
        hi[i] = h[i] > 0 ? Math.log(h[i]) : -Infinity;
      }
      return;
  }
}
function sigmoid(v) {
  return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
}

// src/checks/robustness-check/crown.ts
function backward(context, start, coefficients, first, samples, rows) {
  const { plan } = context;
  const pending = new Array(plan.valueSizes.length);
  pending[start] = coefficients;
  const bias = new Float64Array(samples * rows);
  const accumulator = (v) => {
    let a = pending[v];
    if (!a) {
      a = new Float64Array(samples * rows * plan.valueSizes[v]);
      pending[v] = a;
    }
    return a;
  };
  for (let i = start - 1; i >= 0; i--) {
    const op = plan.ops[i];
    const a = pending[op.output];
    if (!a) continue;
    pending[op.output] = void 0;
    if (!isLinearOp(op) && context.mode === "interval") {
      concretizeAtBox(context, op.output, a, bias, first, samples, rows);
      continue;
    }
    backwardOp(context, i, op, a, pending, accumulator, bias, first, samples, rows);
  }
  return { bias, input: pending[0] };
}
function boxMinimum(a, base, lo, hi, boxBase, size) {
  let sum = 0;
  for (let k = 0; k < size; k++) {
    const c = a[base + k];
    if (c > 0) sum += c * lo[boxBase + k];
    else if (c < 0) sum += c * hi[boxBase + k];
  }
  return sum;
}
function concretizeAtBox(context, v, a, bias, first, samples, rows) {
  const lo = context.boxes.lo[v];
  const hi = context.boxes.hi[v];
  if (!lo || !hi) throw new Error(`no interval for tensor ${v}`);
  const size = context.plan.valueSizes[v];
  for (let s = 0; s < samples; s++) {
    const boxBase = (first + s) * size;
    for (let r = 0; r < rows; r++) {
      const q = s * rows + r;
      bias[q] += boxMinimum(a, q * size, lo, hi, boxBase, size);
    }
  }
}
function backwardOp(context, opIndex, op, a, pending, accumulator, bias, first, samples, rows) {
  const { plan } = context;
  const outSize = plan.valueSizes[op.output];
  const totalRows = samples * rows;
  switch (op.kind) {
    case "permute": {
      const inSize = plan.valueSizes[op.input];
      const target = accumulator(op.input);
      const { map } = op;
      for (let q = 0; q < totalRows; q++) {
        for (let o = 0; o < outSize; o++) target[q * inSize + map[o]] += a[q * outSize + o];
      }
      return;
    }
    case "scaleShift": {
      const inSize = plan.valueSizes[op.input];
      const target = accumulator(op.input);
      const { map, scale, shift } = op;
      for (let q = 0; q < totalRows; q++) {
        let sum = 0;
        for (let o = 0; o < outSize; o++) {
          const c = a[q * outSize + o];
          if (c === 0) continue;
          target[q * inSize + (map ? map[o] : o)] += c * scale[o];
          sum += c * shift[o];
        }
        bias[q] += sum;
      }
      return;
    }
    case "dense":
      denseBackward(op, a, pending, op.input, samples * rows, bias);
      return;
    case "conv":
      if (density(a) >= 0.25) convBackwardDense(op, a, accumulator(op.input), bias, totalRows);
      else convBackward(op, a, accumulator(op.input), bias, totalRows);
      return;
    case "pool": {
      const inSize = plan.valueSizes[op.input];
      const target = accumulator(op.input);
      const { channels, inSpatial, outSpatial, windowStart, windowIndex, divisor } = op;
      if (op.mode === "average") {
        for (let q = 0; q < totalRows; q++) {
          for (let ch = 0; ch < channels; ch++) {
            for (let p = 0; p < outSpatial; p++) {
              const c = a[q * outSize + ch * outSpatial + p];
              if (c === 0) continue;
              const share2 = c / divisor[p];
              const base = q * inSize + ch * inSpatial;
              for (let w = windowStart[p]; w < windowStart[p + 1]; w++)
                target[base + windowIndex[w]] += share2;
            }
          }
        }
        return;
      }
      const relaxation = requireRelaxation(context, opIndex, op);
      const follow = relaxation.follow;
      const ceiling = relaxation.ceiling;
      const exact = relaxation.exact;
      for (let s = 0; s < samples; s++) {
        const base = (first + s) * outSize;
        for (let r = 0; r < rows; r++) {
          const q = s * rows + r;
          for (let o = 0; o < outSize; o++) {
            const c = a[q * outSize + o];
            if (c === 0) continue;
            if (c > 0 || exact[base + o]) target[q * inSize + follow[base + o]] += c;
            else bias[q] += c * ceiling[base + o];
          }
        }
      }
      return;
    }
    case "binary": {
      const leftSize = plan.valueSizes[op.left];
      const rightSize = plan.valueSizes[op.right];
      const left = accumulator(op.left);
      const right = accumulator(op.right);
      const { leftMap, rightMap } = op;
      if (op.operation !== "mul") {
        const sign = op.operation === "add" ? 1 : -1;
        for (let q = 0; q < totalRows; q++) {
          for (let o = 0; o < outSize; o++) {
            const c = a[q * outSize + o];
            if (c === 0) continue;
            left[q * leftSize + (leftMap ? leftMap[o] : o)] += c;
            right[q * rightSize + (rightMap ? rightMap[o] : o)] += sign * c;
          }
        }
        return;
      }
      const { lo, hi } = context.boxes;
      const lx = lo[op.left];
      const ly = lo[op.right];
      const uy = hi[op.right];
      for (let s = 0; s < samples; s++) {
        for (let r = 0; r < rows; r++) {
          const q = s * rows + r;
          let sum = 0;
          for (let o = 0; o < outSize; o++) {
            const c = a[q * outSize + o];
            if (c === 0) continue;
            const i = leftMap ? leftMap[o] : o;
            const j = rightMap ? rightMap[o] : o;
            const xl = lx[(first + s) * leftSize + i];
            const yBound = c > 0 ? ly[(first + s) * rightSize + j] : uy[(first + s) * rightSize + j];
            left[q * leftSize + i] += c * yBound;
            right[q * rightSize + j] += c * xl;
            sum -= c * xl * yBound;
          }
          bias[q] += sum;
        }
      }
      return;
    }
    case "concat":
      op.inputs.forEach((v, i) => {
        const inSize = plan.valueSizes[v];
        const target = accumulator(v);
        const placement = op.placements[i];
        for (let q = 0; q < totalRows; q++) {
          for (let k = 0; k < inSize; k++) target[q * inSize + k] += a[q * outSize + placement[k]];
        }
      });
      return;
    case "unary": {
      const relaxation = requireRelaxation(context, opIndex, op);
      const kl = relaxation.lowerSlope;
      const bl = relaxation.lowerOffset;
      const ku = relaxation.upperSlope;
      const bu = relaxation.upperOffset;
      const target = accumulator(op.input);
      for (let s = 0; s < samples; s++) {
        const base = (first + s) * outSize;
        for (let r = 0; r < rows; r++) {
          const q = s * rows + r;
          let sum = 0;
          for (let o = 0; o < outSize; o++) {
            const c = a[q * outSize + o];
            if (c > 0) {
              target[q * outSize + o] += c * kl[base + o];
              sum += c * bl[base + o];
            } else if (c < 0) {
              target[q * outSize + o] += c * ku[base + o];
              sum += c * bu[base + o];
            }
          }
          bias[q] += sum;
        }
      }
      return;
    }
    case "softmax":
      throw UnsupportedBoundError.softmax(op);
  }
}
function denseBackward(op, a, pending, input, totalRows, bias) {
  const { inner, outer, weight } = op;
  const blocks = totalRows * op.rows;
  if (op.bias) {
    const opBias = op.bias;
    for (let b = 0; b < blocks; b++) {
      let sum = 0;
      for (let m = 0; m < outer; m++) sum += a[b * outer + m] * opBias[m];
      bias[Math.floor(b / op.rows)] += sum;
    }
  }
  const existing = pending[input];
  if (density(a) >= 0.25) {
    const product4 = new Float64Array(blocks * inner);
    matmulRows(blocks, outer, inner, op.transposedWeight, void 0, a, product4);
    if (existing) for (let i = 0; i < product4.length; i++) existing[i] += product4[i];
    else pending[input] = product4;
    return;
  }
  const target = existing ?? new Float64Array(blocks * inner);
  pending[input] = target;
  for (let b = 0; b < blocks; b++) {
    const inBase = b * inner;
    for (let m = 0; m < outer; m++) {
      const c = a[b * outer + m];
      if (c === 0) continue;
      const wBase = m * inner;
      for (let k = 0; k < inner; k++) target[inBase + k] += c * weight[wBase + k];
    }
  }
}
function requireRelaxation(context, opIndex, op) {
  const relaxation = context.relaxations[opIndex];
  if (!relaxation) throw new Error(`no relaxation for ${op.opType} node '${op.node}'`);
  return relaxation;
}
function density(a) {
  let nonzero = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== 0) nonzero++;
  return a.length === 0 ? 0 : nonzero / a.length;
}
function convBackwardDense(op, a, target, bias, totalRows) {
  const { outC, group, patchIndex, patchSize, transposedWeight } = op;
  const outPlane = op.outH * op.outW;
  const perGroupOut = outC / group;
  const inSize = op.inC * op.inH * op.inW;
  const groupStride = op.inC / group * op.inH * op.inW;
  const outSize = outC * outPlane;
  const transposed = new Float64Array(outPlane * perGroupOut);
  const patches = new Float64Array(outPlane * patchSize);
  const weightBlock = perGroupOut * patchSize;
  for (let q = 0; q < totalRows; q++) {
    if (op.bias) {
      let sum = 0;
      for (let m = 0; m < outC; m++) {
        let plane = 0;
        for (let p = 0; p < outPlane; p++) plane += a[q * outSize + m * outPlane + p];
        sum += plane * op.bias[m];
      }
      bias[q] += sum;
    }
    for (let g = 0; g < group; g++) {
      const aBase = q * outSize + g * perGroupOut * outPlane;
      for (let mg = 0; mg < perGroupOut; mg++) {
        for (let p = 0; p < outPlane; p++) transposed[p * perGroupOut + mg] = a[aBase + mg * outPlane + p];
      }
      matmulRows(
        outPlane,
        perGroupOut,
        patchSize,
        transposedWeight.subarray(g * weightBlock, (g + 1) * weightBlock),
        void 0,
        transposed,
        patches
      );
      const base = q * inSize + g * groupStride;
      for (let i = 0; i < patches.length; i++) {
        const index = patchIndex[i];
        if (index >= 0) target[base + index] += patches[i];
      }
    }
  }
}
function convBackward(op, a, target, bias, totalRows) {
  const {
    inC,
    inH,
    inW,
    outC,
    outH,
    outW,
    kH,
    kW,
    strideH,
    strideW,
    padTop,
    padLeft,
    dilationH,
    dilationW,
    weight
  } = op;
  const perGroupIn = inC / op.group;
  const perGroupOut = outC / op.group;
  const inSize = inC * inH * inW;
  const outPlane = outH * outW;
  const outSize = outC * outPlane;
  for (let q = 0; q < totalRows; q++) {
    const inBase = q * inSize;
    let sum = 0;
    for (let m = 0; m < outC; m++) {
      const g = Math.floor(m / perGroupOut);
      const planeBase = q * outSize + m * outPlane;
      for (let oh = 0; oh < outH; oh++) {
        for (let ow = 0; ow < outW; ow++) {
          const c = a[planeBase + oh * outW + ow];
          if (c === 0) continue;
          if (op.bias) sum += c * op.bias[m];
          const ih0 = oh * strideH - padTop;
          const iw0 = ow * strideW - padLeft;
          for (let cg = 0; cg < perGroupIn; cg++) {
            const channelBase = inBase + (g * perGroupIn + cg) * inH * inW;
            const wBase = (m * perGroupIn + cg) * kH * kW;
            for (let kh = 0; kh < kH; kh++) {
              const ih = ih0 + kh * dilationH;
              if (ih < 0 || ih >= inH) continue;
              const rowBase = channelBase + ih * inW;
              for (let kw = 0; kw < kW; kw++) {
                const iw = iw0 + kw * dilationW;
                if (iw < 0 || iw >= inW) continue;
                target[rowBase + iw] += c * weight[wBase + kh * kW + kw];
              }
            }
          }
        }
      }
    }
    bias[q] += sum;
  }
}
function concretizeInput(region, input, bias, first, samples, rows, exact) {
  const size = input.length / (samples * rows);
  const { lo, hi, center, epsilon } = region;
  let dl;
  let du;
  if (region.norm === "l2") {
    dl = new Float64Array(size);
    du = new Float64Array(size);
  }
  for (let s = 0; s < samples; s++) {
    const boxBase = (first + s) * size;
    if (dl && du) {
      for (let k = 0; k < size; k++) {
        dl[k] = lo[boxBase + k] - center[boxBase + k];
        du[k] = hi[boxBase + k] - center[boxBase + k];
      }
    }
    for (let r = 0; r < rows; r++) {
      const q = s * rows + r;
      const base = q * size;
      if (!dl || !du) {
        bias[q] += boxMinimum(input, base, lo, hi, boxBase, size);
        continue;
      }
      let atCenter = 0;
      for (let k = 0; k < size; k++) atCenter += input[base + k] * center[boxBase + k];
      bias[q] += atCenter + minOverBallBox(input, base, size, dl, du, 0, epsilon, exact ? 40 : 0).lower;
    }
  }
}
function breakpoints(fn) {
  switch (fn.kind) {
    case "relu":
    case "leakyRelu":
      return [0];
    case "clip":
      return [fn.min, fn.max];
    default:
      return void 0;
  }
}
var SMOOTH_SLACK = 1e-12;
function relaxUnary(fn, lo, hi) {
  const n = lo.length;
  const lowerSlope = new Float64Array(n);
  const lowerOffset = new Float64Array(n);
  const upperSlope = new Float64Array(n);
  const upperOffset = new Float64Array(n);
  const f = scalar(fn);
  for (let i = 0; i < n; i++) {
    const l = lo[i];
    const u = hi[i];
    let kl;
    let ku;
    if (fn.kind === "relu" || fn.kind === "leakyRelu") {
      const alpha = fn.kind === "relu" ? 0 : fn.alpha;
      if (u <= 0) {
        kl = ku = alpha;
      } else if (l >= 0) {
        kl = ku = 1;
      } else {
        const chord = (u - alpha * l) / (u - l);
        const adaptive = u >= -l ? 1 : alpha;
        if (alpha <= 1) {
          ku = chord;
          kl = adaptive;
        } else {
          kl = chord;
          ku = adaptive;
        }
      }
    } else if (fn.kind === "clip") {
      const { min, max } = fn;
      if (u <= min || l >= max) {
        kl = ku = 0;
      } else if (l >= min && u <= max) {
        kl = ku = 1;
      } else {
        const chord = u > l ? (f(u) - f(l)) / (u - l) : 0;
        if (l < min && u <= max) {
          ku = chord;
          kl = u - min >= min - l ? 1 : 0;
        } else if (l >= min && u > max) {
          kl = chord;
          ku = max - l >= u - max ? 1 : 0;
        } else {
          kl = ku = chord;
        }
      }
    } else {
      const chord = u - l > 1e-9 * (1 + Math.abs(l) + Math.abs(u)) ? (f(u) - f(l)) / (u - l) : derivative(fn, 0.5 * (l + u));
      kl = ku = Number.isFinite(chord) ? chord : 0;
    }
    const [minimum, maximum] = extremesOfDifference(fn, f, l, u, kl, ku);
    lowerSlope[i] = kl;
    upperSlope[i] = ku;
    if (breakpoints(fn)) {
      lowerOffset[i] = minimum;
      upperOffset[i] = maximum;
    } else {
      const slack = SMOOTH_SLACK * (1 + Math.abs(f(l)) + Math.abs(f(u)) + Math.abs(kl) * (Math.abs(l) + Math.abs(u)));
      lowerOffset[i] = minimum - slack;
      upperOffset[i] = maximum + slack;
    }
  }
  return { lowerSlope, lowerOffset, upperSlope, upperOffset };
}
function scalar(fn) {
  switch (fn.kind) {
    case "relu":
      return (v) => v > 0 ? v : 0;
    case "leakyRelu":
      return (v) => v >= 0 ? v : fn.alpha * v;
    case "clip":
      return (v) => v < fn.min ? fn.min : v > fn.max ? fn.max : v;
    case "sigmoid":
      return sigmoid;
    case "tanh":
      return Math.tanh;
    case "exp":
      return Math.exp;
    case "log":
      return Math.log;
  }
}
function derivative(fn, v) {
  switch (fn.kind) {
    case "sigmoid": {
      const s = sigmoid(v);
      return s * (1 - s);
    }
    case "tanh": {
      const t = Math.tanh(v);
      return 1 - t * t;
    }
    case "exp":
      return Math.exp(v);
    case "log":
      return 1 / v;
    default:
      return 0;
  }
}
function criticalPoints(fn, k) {
  switch (fn.kind) {
    case "relu":
    case "leakyRelu":
      return [0];
    case "clip":
      return [fn.min, fn.max];
    case "sigmoid": {
      const disc = 1 - 4 * k;
      if (!(disc >= 0)) return [0];
      const root = Math.sqrt(disc);
      return [(1 + root) / 2, (1 - root) / 2].filter((s) => s > 0 && s < 1).map((s) => Math.log(s / (1 - s)));
    }
    case "tanh": {
      if (!(k <= 1)) return [0];
      const t = Math.sqrt(Math.max(0, 1 - k));
      return t < 1 ? [Math.atanh(t), -Math.atanh(t)] : [];
    }
    case "exp":
      return k > 0 ? [Math.log(k)] : [];
    case "log":
      return k > 0 ? [1 / k] : [];
  }
}
function extremesOfDifference(fn, f, l, u, kl, ku) {
  let minimum = Math.min(f(l) - kl * l, f(u) - kl * u);
  let maximum = Math.max(f(l) - ku * l, f(u) - ku * u);
  for (const t of criticalPoints(fn, kl)) {
    if (t > l && t < u) minimum = Math.min(minimum, f(t) - kl * t);
  }
  for (const t of criticalPoints(fn, ku)) {
    if (t > l && t < u) maximum = Math.max(maximum, f(t) - ku * t);
  }
  return [minimum, maximum];
}
function relaxMaxPool(op, lo, hi, samples) {
  const { channels, inSpatial, outSpatial, windowStart, windowIndex } = op;
  const outSize = channels * outSpatial;
  const inSize = channels * inSpatial;
  const follow = new Int32Array(samples * outSize);
  const ceiling = new Float64Array(samples * outSize);
  const exact = new Uint8Array(samples * outSize);
  for (let s = 0; s < samples; s++) {
    for (let ch = 0; ch < channels; ch++) {
      const inBase = s * inSize + ch * inSpatial;
      for (let p = 0; p < outSpatial; p++) {
        let best = -1;
        let bestLower = -Infinity;
        for (let w = windowStart[p]; w < windowStart[p + 1]; w++) {
          const j = windowIndex[w];
          if (best < 0 || lo[inBase + j] > bestLower) {
            best = j;
            bestLower = lo[inBase + j];
          }
        }
        let top = -Infinity;
        let otherTop = -Infinity;
        for (let w = windowStart[p]; w < windowStart[p + 1]; w++) {
          const j = windowIndex[w];
          const u = hi[inBase + j];
          top = Math.max(top, u);
          if (j !== best) otherTop = Math.max(otherTop, u);
        }
        const o = s * outSize + ch * outSpatial + p;
        follow[o] = ch * inSpatial + best;
        ceiling[o] = top;
        exact[o] = bestLower >= otherTop ? 1 : 0;
      }
    }
  }
  return { follow, ceiling, exact };
}
function boundTargets(plan) {
  const targets = /* @__PURE__ */ new Map();
  const add = (v, points) => {
    const previous = targets.get(v);
    if (previous === "all" || points === void 0) targets.set(v, "all");
    else targets.set(v, [...previous ?? [], ...points]);
  };
  for (const op of plan.ops) {
    if (op.kind === "unary") add(op.input, breakpoints(op.fn));
    else if (op.kind === "pool" && op.mode === "max") add(op.input, void 0);
    else if (op.kind === "binary" && op.operation === "mul") {
      add(op.left, void 0);
      add(op.right, void 0);
    }
  }
  return targets;
}
function intervalExactTensors(plan) {
  const exact = new Uint8Array(plan.valueSizes.length);
  exact[0] = 1;
  for (const op of plan.ops) {
    if (op.kind === "permute" || op.kind === "scaleShift") exact[op.output] = exact[op.input];
    else if (op.kind === "concat") exact[op.output] = op.inputs.every((v) => exact[v]) ? 1 : 0;
    else if (op.kind === "dense" || op.kind === "conv") exact[op.output] = plan.inputScale[op.input] ? 1 : 0;
  }
  return exact;
}
var ROW_BUDGET = 4e6;
function crownIntermediate(plan, region, points, needed, statistics) {
  const targets = boundTargets(plan);
  const exactTensors = intervalExactTensors(plan);
  const relaxations = new Array(plan.ops.length);
  const samples = region.samples;
  const maxSize = Math.max(...plan.valueSizes);
  const boxes = intervalForward(plan, region, points, needed, (opIndex, current) => {
    const op = plan.ops[opIndex];
    const lo = (u) => current.lo[u];
    const hi = (u) => current.hi[u];
    if (op.kind === "unary") relaxations[opIndex] = relaxUnary(op.fn, lo(op.input), hi(op.input));
    else if (op.kind === "pool" && op.mode === "max") {
      relaxations[opIndex] = relaxMaxPool(op, lo(op.input), hi(op.input), samples);
    }
    const v = op.output;
    const target = targets.get(v);
    if (target !== void 0) {
      if (exactTensors[v]) statistics.exactTensors.add(v);
      else refineTensor(plan, region, current, relaxations, v, target, samples, maxSize, statistics);
    }
  });
  return { boxes, relaxations };
}
function refineTensor(plan, region, boxes, relaxations, v, target, samples, maxSize, statistics) {
  const lo = boxes.lo[v];
  const hi = boxes.hi[v];
  const size = plan.valueSizes[v];
  const context = { plan, region, boxes, mode: "crown", relaxations };
  const neuronsPerPass = Math.max(1, Math.floor(ROW_BUDGET / (2 * maxSize)));
  for (let s = 0; s < samples; s++) {
    if (boxes.unbounded[s]) continue;
    const base = s * size;
    const neurons = [];
    for (let k = 0; k < size; k++) {
      const l = lo[base + k];
      const u = hi[base + k];
      if (target === "all" ? l < u : target.some((b) => l < b && b < u)) neurons.push(k);
    }
    for (let startIndex = 0; startIndex < neurons.length; startIndex += neuronsPerPass) {
      const batch = neurons.slice(startIndex, startIndex + neuronsPerPass);
      const rows = 2 * batch.length;
      const spec = new Float64Array(rows * size);
      batch.forEach((k, i) => {
        spec[2 * i * size + k] = 1;
        spec[(2 * i + 1) * size + k] = -1;
      });
      const { bias, input } = backward(context, v, spec, s, 1, rows);
      if (input) concretizeInput(region, input, bias, s, 1, rows, false);
      batch.forEach((k, i) => {
        const lower = Math.max(lo[base + k], bias[2 * i]);
        const upper = Math.min(hi[base + k], -bias[2 * i + 1]);
        lo[base + k] = Math.min(lower, upper);
        hi[base + k] = Math.max(lower, upper);
      });
      statistics.refinedNeurons += batch.length;
    }
  }
  statistics.refinedTensors.add(v);
}

// src/checks/robustness-check/certify.ts
var CHUNK_VALUES = 4e6;
var MAX_SAMPLE_BOUND_VALUES = 8 * CHUNK_VALUES;
function samplesPerChunk(plan, method, rows) {
  const totalValues = plan.valueSizes.reduce((a, b) => a + b, 0);
  const maxSize = Math.max(...plan.valueSizes);
  const perSample = Math.max(3 * totalValues, method === "crown" ? 2 * rows * maxSize : 0);
  if (!(perSample <= MAX_SAMPLE_BOUND_VALUES)) {
    const op = plan.ops[Math.max(0, plan.valueSizes.indexOf(maxSize) - 1)];
    throw new UnsupportedBoundError(
      op?.opType ?? "Identity",
      op?.node ?? plan.inputName,
      `the ${method.toUpperCase()} bounds need ${perSample} float64 values for one sample, more than the limit of ${MAX_SAMPLE_BOUND_VALUES}; the model is too large to certify`
    );
  }
  return Math.max(1, Math.min(256, Math.floor(CHUNK_VALUES / perSample)));
}
function checkLabels(labels, n, classes) {
  if (labels.length !== n) {
    throw new UsageError("INVALID_INPUT", `expected ${n} labels, got ${labels.length}`);
  }
  for (let i = 0; i < n; i++) {
    const y = labels[i];
    if (!(y >= 0 && y < classes)) {
      throw new UsageError(
        "INVALID_INPUT",
        `label ${y} of sample ${i} is not a class of a ${classes}-class model`
      );
    }
  }
}
function marginSpecification(labels, first, samples, classes) {
  const rows = classes - 1;
  const spec = new Float64Array(samples * rows * classes);
  for (let s = 0; s < samples; s++) {
    const y = labels[first + s];
    for (let r = 0; r < rows; r++) {
      const j = r < y ? r : r + 1;
      const base = (s * rows + r) * classes;
      spec[base + y] = 1;
      spec[base + j] = -1;
    }
  }
  return spec;
}
function foldedOps(plan) {
  const reached = new Uint8Array(plan.valueSizes.length);
  reached[plan.output] = 1;
  const names = [];
  for (let i = plan.ops.length - 1; i >= 0; i--) {
    const op = plan.ops[i];
    if (!reached[op.output] || !isLinearOp(op)) continue;
    names.unshift(op.node);
    for (const v of opInputs(op)) reached[v] = 1;
  }
  return names;
}
function finalBounds(context, spec, samples, rows) {
  const { bias, input } = backward(context, context.plan.output, spec, 0, samples, rows);
  if (input) concretizeInput(context.region, input, bias, 0, samples, rows, true);
  return bias;
}
function certify(graph, inputs, labels, n, region, method) {
  validateRegion(region);
  if (method !== "ibp" && method !== "crown") {
    throw new UsageError(
      "INVALID_CONFIG",
      `certify method must be 'ibp' or 'crown', got '${String(method)}'`
    );
  }
  const plan = compilePlan(graph, n);
  checkInputLength(plan, inputs, n);
  const classes = plan.classes;
  if (classes < 2) {
    throw new UsageError(
      "INVALID_INPUT",
      `the graph's output has ${classes} value per sample; certification needs logits of 2 or more classes`
    );
  }
  checkLabels(labels, n, classes);
  const softmax = plan.ops.find((op) => op.kind === "softmax");
  if (softmax) {
    throw new UnsupportedBoundError(
      softmax.opType,
      softmax.node,
      "the bounds do not support Softmax: certify the logits"
    );
  }
  const rows = classes - 1;
  const needed = opsNeedingBoxes(plan);
  const chunk = samplesPerChunk(plan, method, rows);
  const certified = new Uint8Array(n);
  const marginLowerBounds = new Float64Array(n);
  const statistics = {
    refinedTensors: /* @__PURE__ */ new Set(),
    refinedNeurons: 0,
    exactTensors: /* @__PURE__ */ new Set()
  };
  let unboundedSamples = 0;
  let crownTighter = 0;
  for (let first = 0; first < n; first += chunk) {
    const samples = Math.min(chunk, n - first);
    const chunkBox = chunkRegion(inputs, first, samples, plan.inputSize, region);
    const points = forwardPoint(plan, chunkBox.center, samples);
    const logits = points[plan.output];
    const spec = marginSpecification(labels, first, samples, classes);
    let rowBounds;
    let boxes;
    if (method === "ibp") {
      boxes = intervalForward(plan, chunkBox, points, needed);
      rowBounds = finalBounds(
        { plan, region: chunkBox, boxes, mode: "interval", relaxations: [] },
        spec,
        samples,
        rows
      );
    } else {
      const intermediate = crownIntermediate(plan, chunkBox, points, needed, statistics);
      boxes = intermediate.boxes;
      const relaxations = intermediate.relaxations;
      const crownRows = finalBounds(
        { plan, region: chunkBox, boxes, mode: "crown", relaxations },
        spec,
        samples,
        rows
      );
      const intervalRows = finalBounds(
        { plan, region: chunkBox, boxes, mode: "interval", relaxations },
        spec,
        samples,
        rows
      );
      rowBounds = new Float64Array(crownRows.length);
      for (let s = 0; s < samples; s++) {
        let crownMin = Infinity;
        let intervalMin = Infinity;
        for (let r = 0; r < rows; r++) {
          const q = s * rows + r;
          rowBounds[q] = Math.max(crownRows[q], intervalRows[q]);
          crownMin = Math.min(crownMin, crownRows[q]);
          intervalMin = Math.min(intervalMin, intervalRows[q]);
        }
        if (crownMin > intervalMin) crownTighter++;
      }
    }
    for (let s = 0; s < samples; s++) {
      const y = labels[first + s];
      let clean = Infinity;
      let bound = Infinity;
      for (let r = 0; r < rows; r++) {
        const j = r < y ? r : r + 1;
        clean = Math.min(clean, logits[s * classes + y] - logits[s * classes + j]);
        bound = Math.min(bound, rowBounds[s * rows + r]);
      }
      if (boxes.unbounded[s]) unboundedSamples++;
      const lowerBound = boxes.unbounded[s] || Number.isNaN(bound) || Number.isNaN(clean) ? -Infinity : Math.min(bound, clean);
      marginLowerBounds[first + s] = lowerBound;
      certified[first + s] = clean > 0 && lowerBound > 0 ? 1 : 0;
    }
  }
  const notes = [];
  const folded = foldedOps(plan);
  const reachesInput = foldedReachesInput(plan);
  if (method === "ibp") {
    notes.push(
      reachesInput ? "IBP: the graph is affine, so the margin was bounded exactly over the region" : `IBP: interval bounds, with the margin folded through the last linear ops (${folded.join(", ") || "none"})`
    );
  } else {
    notes.push(
      `CROWN: backward linear bounds; intermediate bounds by CROWN for ${statistics.refinedTensors.size} tensor(s) (${statistics.refinedNeurons} neuron bounds over all samples, unstable neurons only for piecewise-linear activations), by IBP for ${statistics.exactTensors.size} tensor(s) that are one linear layer from the input, where IBP is already as tight`
    );
    notes.push(
      `CROWN: each class margin takes the better of the CROWN and the folded-IBP bound; CROWN was tighter on ${crownTighter} of ${n} samples`
    );
    const maxPools = plan.ops.filter((op) => op.kind === "pool" && op.mode === "max").map((op) => op.node);
    if (maxPools.length > 0) {
      notes.push(
        `CROWN: MaxPool (${maxPools.join(", ")}) relaxed by its input with the largest lower bound (below) and the largest upper bound (above)`
      );
    }
    const smooth = plan.ops.filter((op) => op.kind === "unary" && breakpointFree(op.fn.kind)).map((op) => `${op.opType} ${op.node}`);
    if (smooth.length > 0)
      notes.push(
        `CROWN: ${smooth.join(", ")} relaxed by lines of the chord's slope through the function's extremes`
      );
    const products = plan.ops.filter((op) => op.kind === "binary" && op.operation === "mul").map((op) => op.node);
    if (products.length > 0)
      notes.push(`CROWN: products of computed tensors (${products.join(", ")}) relaxed by McCormick planes`);
  }
  if (region.norm === "l2") {
    const radii = plan.ops.filter((op) => plan.l2Radius[op.output] && needed[plan.ops.indexOf(op)]).map((op) => op.node);
    notes.push(
      (radii.length > 0 ? `L2: first linear layer(s) (${radii.join(", ")}) bounded by each neuron's exact radius over the ball, intersected with the box; later layers by intervals` : "L2: intervals start from the box that encloses ball \u2229 range") + (method === "crown" ? "; backward bounds minimised over ball \u2229 box by dual bisection (final margins) or the better of ball and box alone (intermediate bounds)" : "")
    );
  }
  if (unboundedSamples > 0) {
    notes.push(
      `${unboundedSamples} sample(s) have unbounded intermediate values (Log of a non-positive bound or Exp overflow): margin bound -Infinity`
    );
  }
  return { certified, marginLowerBounds, method, notes };
}
function breakpointFree(kind) {
  return kind === "sigmoid" || kind === "tanh" || kind === "exp" || kind === "log";
}
function foldedReachesInput(plan) {
  return plan.ops.every((op) => isLinearOp(op));
}
var NO_BOXES = { lo: [], hi: [], unbounded: new Uint8Array(0) };
function affineForm(graph) {
  const plan = compilePlan(graph, 1);
  if (!plan.ops.every((op) => isLinearOp(op))) return void 0;
  const classes = plan.classes;
  const spec = new Float64Array(classes * classes);
  for (let j = 0; j < classes; j++) spec[j * classes + j] = 1;
  const region = {
    samples: 1,
    norm: "linf",
    epsilon: 0,
    center: new Float64Array(plan.inputSize),
    lo: new Float64Array(plan.inputSize),
    hi: new Float64Array(plan.inputSize)
  };
  const { bias, input } = backward(
    { plan, region, boxes: NO_BOXES, mode: "interval", relaxations: [] },
    plan.output,
    spec,
    0,
    1,
    classes
  );
  return {
    classes,
    inputSize: plan.inputSize,
    weights: input ?? new Float64Array(classes * plan.inputSize),
    bias
  };
}
function exactAffineRobust(form, inputs, labels, n, region) {
  validateRegion(region);
  const { classes, inputSize: d, weights, bias } = form;
  if (weights.length !== classes * d || bias.length !== classes) {
    throw new UsageError(
      "INVALID_INPUT",
      `the affine form's weights (${weights.length}) or bias (${bias.length}) do not match ${classes} x ${d}`
    );
  }
  if (inputs.length !== n * d) {
    throw new UsageError(
      "INVALID_INPUT",
      `expected ${n} samples of ${d} values, got ${inputs.length} values`
    );
  }
  checkLabels(labels, n, classes);
  const robust = new Uint8Array(n);
  const c = new Float64Array(d);
  const dl = new Float64Array(d);
  const du = new Float64Array(d);
  const chunk = Math.max(1, Math.floor(CHUNK_VALUES / (3 * d)));
  for (let first = 0; first < n; first += chunk) {
    const samples = Math.min(chunk, n - first);
    const box = chunkRegion(inputs, first, samples, d, region);
    for (let s = 0; s < samples; s++) {
      const y = labels[first + s];
      const base = s * d;
      for (let k = 0; k < d; k++) {
        dl[k] = box.lo[base + k] - box.center[base + k];
        du[k] = box.hi[base + k] - box.center[base + k];
      }
      let isRobust = true;
      for (let j = 0; j < classes && isRobust; j++) {
        if (j === y) continue;
        let atCenter = bias[y] - bias[j];
        for (let k = 0; k < d; k++) {
          c[k] = weights[y * d + k] - weights[j * d + k];
          atCenter += c[k] * box.center[base + k];
        }
        if (!(atCenter > 0)) {
          isRobust = false;
          break;
        }
        let worst;
        if (region.norm === "linf") {
          worst = atCenter;
          for (let k = 0; k < d; k++) worst += c[k] > 0 ? c[k] * dl[k] : c[k] * du[k];
        } else {
          const { lower, upper } = minOverBallBox(c, 0, d, dl, du, 0, region.epsilon, 200);
          if (atCenter + lower > 0) worst = atCenter + lower;
          else if (atCenter + upper <= 0) worst = atCenter + upper;
          else worst = atCenter + 0.5 * (lower + upper);
        }
        if (!(worst > 0)) isRobust = false;
      }
      robust[first + s] = isRobust ? 1 : 0;
    }
  }
  return robust;
}

// src/checks/robustness-check/channels-first.ts
function permuteChannels(values, n, shape, toChannelsFirst) {
  const { height, width, channels } = shape;
  const plane = height * width;
  const size = plane * channels;
  const out = new Float32Array(n * size);
  for (let s = 0; s < n; s++) {
    const base = s * size;
    for (let p = 0; p < plane; p++) {
      for (let c = 0; c < channels; c++) {
        const last = base + p * channels + c;
        const first = base + c * plane + p;
        if (toChannelsFirst) out[first] = values[last];
        else out[last] = values[first];
      }
    }
  }
  return out;
}
function channelsFirstView(inner) {
  const [height, width, channels] = inner.sampleShape;
  if (inner.sampleShape.length !== 3) throw new Error("channelsFirstView: the sample shape is not [H, W, C]");
  const shape = { height, width, channels };
  return {
    sampleShape: [channels, height, width],
    inputSize: inner.inputSize,
    classes: inner.classes,
    // Read through: the runtime may fall back to estimated gradients when a backward graph fails.
    get gradients() {
      return inner.gradients;
    },
    get gradientNote() {
      return inner.gradientNote;
    },
    logits: (inputs, n) => inner.logits(permuteChannels(inputs, n, shape, false), n),
    async lossGradient(inputs, labels, n, loss) {
      const result = await inner.lossGradient(permuteChannels(inputs, n, shape, false), labels, n, loss);
      return { logits: result.logits, gradient: permuteChannels(result.gradient, n, shape, true) };
    }
  };
}

// src/checks/robustness-check/data.ts
import { constants } from "node:buffer";
var MAX_DATA_BYTES = 2 * 1024 ** 3;
function invalid(file, message) {
  return new UsageError("INVALID_INPUT", `${file}: ${message}`);
}
var TYPED_READERS = {
  f2: { size: 2, read: (view, at, little) => halfToNumber(view.getUint16(at, little)) },
  f4: { size: 4, read: (view, at, little) => view.getFloat32(at, little) },
  f8: { size: 8, read: (view, at, little) => view.getFloat64(at, little) },
  i1: { size: 1, read: (view, at) => view.getInt8(at) },
  u1: { size: 1, read: (view, at) => view.getUint8(at) },
  b1: { size: 1, read: (view, at) => view.getUint8(at) },
  i2: { size: 2, read: (view, at, little) => view.getInt16(at, little) },
  u2: { size: 2, read: (view, at, little) => view.getUint16(at, little) },
  i4: { size: 4, read: (view, at, little) => view.getInt32(at, little) },
  u4: { size: 4, read: (view, at, little) => view.getUint32(at, little) },
  i8: { size: 8, read: (view, at, little) => Number(view.getBigInt64(at, little)) },
  u8: { size: 8, read: (view, at, little) => Number(view.getBigUint64(at, little)) }
};
function halfToNumber(bits) {
  const sign = bits & 32768 ? -1 : 1;
  const exponent = bits >> 10 & 31;
  const fraction2 = bits & 1023;
  if (exponent === 0) return sign * 2 ** -14 * (fraction2 / 1024);
  if (exponent === 31) return fraction2 ? NaN : sign * Infinity;
  return sign * 2 ** (exponent - 15) * (1 + fraction2 / 1024);
}
function rowsOf(shape) {
  return shape.length === 0 ? 1 : shape[0];
}
function rowSizeOf(shape) {
  return shape.slice(1).reduce((product4, dim) => product4 * dim, 1);
}
async function openNpy(bytes, file, storedLength = bytes.length) {
  const { header, issues } = await readNpyHeader({ ...bufferSource(bytes), size: storedLength });
  const problem = issues.find((issue) => issue.level === "error");
  if (!header || problem) {
    throw invalid(file, `not a valid .npy file (${problem?.message ?? "no header"})`);
  }
  if (header.hasObjects) {
    throw invalid(
      file,
      "the array holds Python objects (a pickle); store numbers (float32, int64, ...) instead"
    );
  }
  const match = header.dtype === void 0 ? null : /^([<>|=]?)([fiub])(\d)$/.exec(header.dtype);
  const reader = match ? TYPED_READERS[`${match[2]}${match[3]}`] : void 0;
  if (!match || !reader) {
    throw invalid(
      file,
      `dtype ${printable(JSON.stringify(header.dtype ?? "structured"))} is not a plain number type; store float32, float64 or integer arrays`
    );
  }
  const shape = header.shape;
  const count2 = shape.reduce((product4, dim) => product4 * dim, 1);
  if (header.dataBytes !== count2 * reader.size || header.dataOffset + count2 * reader.size > storedLength) {
    throw invalid(file, `the header announces ${count2} values, the file holds fewer`);
  }
  const little = match[1] !== ">";
  const view = new DataView(
    bytes.buffer,
    bytes.byteOffset + header.dataOffset,
    Math.max(0, Math.min(count2 * reader.size, bytes.length - header.dataOffset))
  );
  const size = reader.size;
  const read = reader.read;
  const fortran = header.fortranOrder && shape.length > 1;
  const totalRows = rowsOf(shape);
  const rowSize = rowSizeOf(shape);
  const dataOffset = header.dataOffset;
  const bytesFor = (rows) => dataOffset + (fortran ? count2 : rows * rowSize) * size;
  return {
    shape,
    integral: match[2] !== "f",
    bytesFor,
    readRows(rows, target, accept) {
      if (rows > totalRows || target.length < rows * rowSize || bytesFor(rows) > dataOffset + view.byteLength) {
        throw new Error(
          `readRows: ${rows} rows of ${rowSize} do not fit the array, the bytes read or the target`
        );
      }
      if (!fortran) {
        for (let index = 0; index < rows * rowSize; index += 1) {
          const value = read(view, index * size, little);
          if (accept && !accept(value)) return index;
          target[index] = value;
        }
        return -1;
      }
      const offsets = fortranRowOffsets(shape);
      for (let row = 0; row < rows; row += 1) {
        for (let column = 0; column < rowSize; column += 1) {
          const value = read(view, (row + offsets[column]) * size, little);
          const index = row * rowSize + column;
          if (accept && !accept(value)) return index;
          target[index] = value;
        }
      }
      return -1;
    }
  };
}
function fortranRowOffsets(shape) {
  const rest = shape.slice(1);
  const strides = [];
  let stride = shape[0];
  for (const dim of rest) {
    strides.push(stride);
    stride *= dim;
  }
  const offsets = new Float64Array(rowSizeOf(shape));
  const index = new Array(rest.length).fill(0);
  for (let c = 0; c < offsets.length; c += 1) {
    let offset = 0;
    for (let axis = 0; axis < rest.length; axis += 1) offset += index[axis] * strides[axis];
    offsets[c] = offset;
    for (let axis = rest.length - 1; axis >= 0; axis -= 1) {
      index[axis] += 1;
      if (index[axis] < rest[axis]) break;
      index[axis] = 0;
    }
  }
  return offsets;
}
var INPUT_NAMES = ["x", "inputs", "X", "features", "data", "images", "x_test"];
var LABEL_NAMES = ["y", "labels", "Y", "targets", "target", "label", "y_test"];
async function openNpz(bytes, file) {
  const source = bufferSource(bytes);
  const directory = await readZipDirectory(source, { maxEntries: 1e3 });
  if (!directory) throw invalid(file, "not a zip archive, as an .npz must be");
  const problem = directory.issues.find((issue) => issue.level === "error");
  if (problem) throw invalid(file, `a damaged archive (${problem.message})`);
  const entries = /* @__PURE__ */ new Map();
  for (const entry of directory.entries) {
    if (entry.name.endsWith(".npy")) entries.set(entry.name.slice(0, -".npy".length), entry);
  }
  return {
    names: [...entries.keys()],
    async open(name, rows) {
      const entry = entries.get(name);
      if (!entry) throw new Error(`openNpz: no member ${name}`);
      const member = `${file}!${printable(entry.name)}`;
      if (entry.uncompressedSize > MAX_DATA_BYTES) {
        throw invalid(
          member,
          `decompresses to ${entry.uncompressedSize} bytes, over the ${MAX_DATA_BYTES} the check reads; store fewer samples`
        );
      }
      const { maxRatio, ratioFloorBytes } = DEFAULT_ZIP_LIMITS;
      if (entry.method === 8 && entry.uncompressedSize > Math.max(ratioFloorBytes, maxRatio * entry.compressedSize)) {
        throw ratioRefusal(member, maxRatio);
      }
      if (entry.method === 0 && entry.uncompressedSize !== entry.compressedSize) {
        throw invalid(
          member,
          "is stored uncompressed with two different sizes in its directory entry (a damaged archive)"
        );
      }
      const size = entry.uncompressedSize;
      if (rows === void 0) return openNpy(await readMember(entry, member, size, true), member);
      const prefix = await readMember(entry, member, Math.min(size, 12 + NUMPY_MAX_HEADER_BYTES), false);
      const probe = await openNpy(prefix, member, size);
      const keep = Math.min(size, probe.bytesFor(Math.min(rows, rowsOf(probe.shape))));
      return openNpy(await readMember(entry, member, keep, true), member, size);
    }
  };
  async function readMember(entry, member, keep, whole) {
    const buffer = new Uint8Array(keep);
    let total = 0;
    let overflow = false;
    const read = await readZipMember(
      source,
      entry,
      (chunk) => {
        if (total + chunk.length > entry.uncompressedSize) {
          overflow = true;
          return false;
        }
        if (total < keep) buffer.set(chunk.subarray(0, keep - total), total);
        total += chunk.length;
        return whole || total < keep;
      },
      { maxMemberBytes: MAX_DATA_BYTES }
    );
    const ratio = read.issues.find((issue) => issue.properties?.limit === "maxRatio");
    if (ratio) throw ratioRefusal(member, DEFAULT_ZIP_LIMITS.maxRatio);
    if (overflow) {
      throw invalid(
        member,
        `decompresses to more than the ${entry.uncompressedSize} bytes its directory entry says`
      );
    }
    if (read.skipped) {
      throw invalid(
        member,
        read.skipped === "encrypted" ? "is encrypted; store the arrays unencrypted" : "uses a compression method other than stored or deflate; write the archive with numpy.savez"
      );
    }
    const problem2 = read.issues.find((issue) => issue.level === "error");
    if (problem2 || (whole ? !read.complete : total < keep)) {
      throw invalid(member, `could not be read completely (${problem2?.message ?? "damaged"})`);
    }
    return buffer;
  }
}
function ratioRefusal(member, maxRatio) {
  return invalid(
    member,
    `decompresses to more than ${maxRatio} times its compressed size, the ratio limit that stops zip bombs; store the arrays uncompressed (numpy.savez, not savez_compressed)`
  );
}
function pickName(names, file, wanted, candidates, what) {
  if (wanted !== void 0) {
    if (!names.includes(wanted)) {
      throw invalid(file, `has no array ${JSON.stringify(wanted)}; it holds ${namesOf(names)}`);
    }
    return wanted;
  }
  const found = candidates.filter((name) => names.includes(name));
  if (found.length !== 1) {
    throw invalid(
      file,
      `cannot tell which array holds the ${what} (it holds ${namesOf(names)}); name it as ${file}:<array>`
    );
  }
  return found[0];
}
function namesOf(names) {
  const quoted = names.map((name) => printable(JSON.stringify(name)));
  return quoted.length ? quoted.slice(0, 10).join(", ") : "no arrays";
}
function parseCsvLines(text2, file, labelColumn, totalRows, rows, maxValues = Number.POSITIVE_INFINITY) {
  if (totalRows < 1) throw invalid(file, "needs a header row and at least one data row");
  const lines = leadingLines(text2, rows + 1);
  const header = splitCsvLine(lines[0], file, 1);
  const labelIndex = header.indexOf(labelColumn);
  if (labelIndex < 0) {
    throw invalid(
      file,
      `no column named ${JSON.stringify(labelColumn)} in the header; set label-column to the label's column`
    );
  }
  const width = header.length;
  if (rows * (width - 1) > maxValues) throw overBudget(file, rows * (width - 1), maxValues, rows < totalRows);
  const features = new Float64Array(rows * (width - 1));
  const labels = new Float64Array(rows);
  let integral = true;
  for (let row = 0; row < rows; row += 1) {
    const cells = splitCsvLine(lines[row + 1], file, row + 2);
    if (cells.length !== width) {
      throw invalid(file, `line ${row + 2} has ${cells.length} columns, the header ${width}`);
    }
    let column = 0;
    for (let index = 0; index < width; index += 1) {
      const cell = cells[index].trim();
      const value = cell === "" ? NaN : Number(cell);
      if (!Number.isFinite(value)) {
        throw invalid(
          file,
          `line ${row + 2}, column ${printable(header[index].slice(0, 60))}: not a number`
        );
      }
      if (index === labelIndex) labels[row] = value;
      else {
        if (!Number.isInteger(value)) integral = false;
        features[row * (width - 1) + column] = value;
        column += 1;
      }
    }
  }
  return {
    inputs: { shape: [rows, width - 1], values: features, integral },
    labels: { shape: [rows], values: labels, integral: labels.every(Number.isInteger) },
    totalRows
  };
}
function countLineEndBytes(bytes, end) {
  let count2 = 0;
  for (let at = bytes.indexOf(10); at >= 0 && at < end; at = bytes.indexOf(10, at + 1)) count2 += 1;
  return count2;
}
function leadingLines(text2, count2) {
  const lines = [];
  let start = 0;
  while (lines.length < count2 && start <= text2.length) {
    const newline = text2.indexOf("\n", start);
    const end = newline < 0 ? text2.length : newline;
    lines.push(text2.slice(start, end > start && text2[end - 1] === "\r" ? end - 1 : end));
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}
function splitCsvLine(line, file, lineNumber) {
  const cells = [];
  let at = 0;
  for (; ; ) {
    if (line[at] === '"') {
      const close = line.indexOf('"', at + 1);
      if (close < 0) throw invalid(file, `line ${lineNumber}: a quoted cell does not end on its line`);
      cells.push(line.slice(at + 1, close));
      at = close + 1;
      if (at < line.length && line[at] !== ",") {
        throw invalid(file, `line ${lineNumber}: text after a quoted cell`);
      }
    } else {
      const comma = line.indexOf(",", at);
      cells.push(line.slice(at, comma < 0 ? line.length : comma));
      at = comma < 0 ? line.length : comma;
    }
    if (at >= line.length) return cells;
    at += 1;
  }
}
var MAX_STRING_LENGTH = constants.MAX_STRING_LENGTH;
var MAX_DECODED_VALUES = 512 * 1024 ** 2;
function kindOf(name) {
  const lower = name.toLowerCase();
  if (lower.endsWith(".npz")) return "npz";
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".npy")) return "npy";
  throw new UsageError("INVALID_INPUT", `${name}: evaluation data must be .npy, .npz or .csv`);
}
function decodedArray(array, totalRows) {
  const rowSize = rowSizeOf(array.shape);
  return {
    shape: [totalRows, ...array.shape.slice(1)],
    integral: array.integral,
    readRows(rows, target, accept) {
      if (rows * rowSize > array.values.length)
        throw new Error(`readRows: only ${array.shape[0]} rows parsed`);
      for (let index = 0; index < rows * rowSize; index += 1) {
        const value = array.values[index];
        if (accept && !accept(value)) return index;
        target[index] = value;
      }
      return -1;
    }
  };
}
function readCsv(bytes, name, labelColumn, rows, maxValues) {
  let end = bytes.length;
  while (end > 0 && ASCII_SPACE.includes(bytes[end - 1])) end -= 1;
  const totalRows = countLineEndBytes(bytes, end) + (end > 0 ? 1 : 0) - 1;
  const parsedRows = Math.min(totalRows, rows ?? totalRows);
  let cut = -1;
  for (let line = 0; line <= parsedRows; line += 1) {
    cut = bytes.indexOf(10, cut + 1);
    if (cut < 0) break;
  }
  const parsed = bytes.subarray(0, cut < 0 ? end : cut);
  if (parsed.length > MAX_STRING_LENGTH) {
    throw invalid(
      name,
      `the lines to parse take ${parsed.length} bytes, more than the ${MAX_STRING_LENGTH} one string holds; ` + (parsedRows < totalRows ? "lower samples or store the data as .npy" : "store the data as .npy")
    );
  }
  const text2 = new TextDecoder("utf-8").decode(parsed);
  const table = parseCsvLines(text2, name, labelColumn, totalRows, parsedRows, maxValues);
  return {
    inputs: decodedArray(table.inputs, totalRows),
    labels: decodedArray(table.labels, totalRows)
  };
}
var ASCII_SPACE = [32, 9, 10, 11, 12, 13];
async function readArrays(name, bytes, key, labelColumn, rows, maxValues) {
  const file = splitArrayName(name).file;
  switch (kindOf(file)) {
    case "npy":
      return { inputs: await openNpy(bytes, name) };
    case "csv":
      return readCsv(bytes, name, labelColumn, rows, maxValues);
    case "npz": {
      const archive = await openNpz(bytes, file);
      const inputsName = pickName(archive.names, file, key, INPUT_NAMES, "inputs");
      const labelsName = key === void 0 ? pickName(archive.names, file, void 0, LABEL_NAMES, "labels") : void 0;
      return {
        inputs: await archive.open(inputsName, rows),
        ...labelsName === void 0 ? {} : { labels: await archive.open(labelsName, rows) }
      };
    }
  }
}
function overBudget(name, values, budget, limited) {
  return invalid(
    name,
    `the samples to evaluate hold ${values} values, over the ${budget} the check decodes into memory; ` + (limited ? "lower samples" : "store fewer or smaller samples in the file")
  );
}
function toLabels(array, name, total, n, budget) {
  const [count2, width = 1, ...rest] = array.shape;
  if (count2 !== total || rest.length > 0) {
    throw invalid(
      name,
      `labels of shape [${array.shape.join(", ")}] do not match ${total} inputs; expected [${total}]`
    );
  }
  if (n * width > budget) throw overBudget(name, n * width, budget, n < total);
  const values = new Float64Array(n * width);
  array.readRows(n, values);
  const labels = new Int32Array(n);
  for (let row = 0; row < n; row += 1) {
    if (width === 1) {
      const value = values[row];
      if (!Number.isInteger(value) || value < 0 || value > 2 ** 31 - 1) {
        throw invalid(name, `label ${row} is not a non-negative integer class index`);
      }
      labels[row] = value;
      continue;
    }
    let hot = -1;
    for (let column = 0; column < width; column += 1) {
      const value = values[row * width + column];
      if (value === 1 && hot < 0) hot = column;
      else if (value !== 0) hot = -2;
    }
    if (hot < 0) throw invalid(name, `row ${row} of the [n, ${width}] labels is not one-hot`);
    labels[row] = hot;
  }
  return labels;
}
async function loadEvaluationData(spec) {
  const limit = spec.maxSamples;
  if (limit !== void 0 && !(Number.isInteger(limit) && limit >= 1)) {
    throw new Error(`loadEvaluationData: maxSamples ${limit} is not a positive integer`);
  }
  const budget = spec.maxValues ?? MAX_DECODED_VALUES;
  const read = await readArrays(
    spec.inputsName,
    spec.inputs,
    spec.inputsKey,
    spec.labelColumn,
    limit,
    budget
  );
  const inputs = read.inputs;
  let labelsArray = read.labels;
  let labelsName = spec.inputsName;
  if (spec.labels !== void 0 && spec.labelsName !== void 0) {
    const fromLabels = await readArrays(
      spec.labelsName,
      spec.labels,
      spec.labelsKey,
      spec.labelColumn,
      limit,
      budget
    );
    labelsArray = fromLabels.labels ?? fromLabels.inputs;
    labelsName = spec.labelsName;
  }
  if (!labelsArray) {
    throw new UsageError("INVALID_INPUT", `${spec.inputsName}: no labels; name the labels file with labels`);
  }
  if (inputs.shape.length < 2) {
    throw invalid(
      spec.inputsName,
      `inputs of shape [${inputs.shape.join(", ")}]; expected [samples, ...features]`
    );
  }
  const totalSamples = inputs.shape[0];
  if (totalSamples === 0) throw invalid(spec.inputsName, "holds no samples");
  const n = Math.min(totalSamples, limit ?? totalSamples);
  const rowSize = rowSizeOf(inputs.shape);
  if (n * rowSize > budget) throw overBudget(spec.inputsName, n * rowSize, budget, n < totalSamples);
  const labels = toLabels(labelsArray, labelsName, totalSamples, n, budget);
  const values = new Float32Array(n * rowSize);
  const refused = inputs.readRows(n, values, (value) => value >= spec.lower && value <= spec.upper);
  if (refused >= 0) {
    const sample = Math.floor(refused / rowSize);
    const row = new Float64Array((sample + 1) * rowSize);
    inputs.readRows(sample + 1, row);
    const value = row[refused];
    throw invalid(
      spec.inputsName,
      `sample ${sample} holds ${Number.isNaN(value) ? "NaN, which is outside" : value < spec.lower ? "a value below" : "a value above"} the declared input range [${spec.lower}, ${spec.upper}]; set input-range to the range of your data (the attacks keep inputs inside it) and declare any scaling as preprocessing`
    );
  }
  return { inputs: values, labels, n, totalSamples, sampleShape: inputs.shape.slice(1) };
}
function splitArrayName(value) {
  const match = /^(.*\.npz):([^/\\]+)$/i.exec(value);
  return match ? { file: match[1], key: match[2] } : { file: value };
}

// src/checks/robustness-check/external-data.ts
import { closeSync, constants as constants2, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import path from "node:path";
function externalDataReader(context, modelPath, maxBytes) {
  const userBase = outsideUserPath(context, modelPath);
  const realRoot = realpathSync(context.root);
  let total = 0;
  return (location, offset, length) => {
    const shown = JSON.stringify(printable(location).slice(0, 120));
    const refuse = (code, why) => new UsageError(code, `model: ${modelPath}: external data ${shown} ${why}`);
    const resolved = resolveExternalLocation(modelPath, location);
    if ("problem" in resolved) throw refuse("INVALID_INPUT", resolved.problem);
    let descriptor;
    try {
      const real = realpathSync(path.resolve(context.root, resolved.path));
      const allowedBase = userBase ? path.dirname(userBase) : realRoot;
      if (relativeInside(allowedBase, real) === void 0) {
        throw refuse(
          "PATH_OUTSIDE_ROOT",
          `resolves outside ${userBase ? "the model's folder" : "the repository"}`
        );
      }
      descriptor = openSync(real, constants2.O_RDONLY | constants2.O_NONBLOCK);
      const stats = fstatSync(descriptor);
      if (!stats.isFile()) throw refuse("INVALID_INPUT", "is not a regular file");
      const wanted = length ?? stats.size - offset;
      if (offset < 0 || wanted < 0 || offset + wanted > stats.size) {
        throw refuse("INVALID_INPUT", "is shorter than the tensor it holds");
      }
      total += wanted;
      if (total > maxBytes) throw refuse("INVALID_INPUT", `takes the model's data over ${maxBytes} bytes`);
      const bytes = new Uint8Array(wanted);
      let filled = 0;
      while (filled < wanted) {
        const read = readSync(descriptor, bytes, filled, wanted - filled, offset + filled);
        if (read === 0) throw refuse("INVALID_INPUT", "ended before the tensor it holds");
        filled += read;
      }
      return bytes;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw refuse("UNREADABLE_INPUT", `cannot be read (${fileErrorReason(error)})`);
    } finally {
      if (descriptor !== void 0) closeSync(descriptor);
    }
  };
}

// src/checks/robustness-check/onnx-read.ts
var OnnxModelError = class extends UsageError {
  constructor(file, message) {
    super("INVALID_INPUT", `${file}: ${message}`);
  }
};
var ELEMENT_BYTES = {
  [DataType.FLOAT]: 4,
  [DataType.UINT8]: 1,
  [DataType.INT8]: 1,
  [DataType.INT32]: 4,
  [DataType.INT64]: 8,
  [DataType.BOOL]: 1,
  [DataType.DOUBLE]: 8
};
var OTHER_TYPE_NAMES = {
  0: "UNDEFINED",
  4: "UINT16",
  5: "INT16",
  8: "STRING",
  10: "FLOAT16",
  12: "UINT32",
  13: "UINT64",
  14: "COMPLEX64",
  15: "COMPLEX128",
  16: "BFLOAT16",
  17: "FLOAT8E4M3FN",
  18: "FLOAT8E4M3FNUZ",
  19: "FLOAT8E5M2",
  20: "FLOAT8E5M2FNUZ",
  21: "UINT4",
  22: "INT4",
  23: "FLOAT4E2M1"
};
var SUPPORTED_TYPES = new Set(Object.values(DataType));
var ATTRIBUTE_TYPES = {
  1: "float",
  2: "int",
  3: "string",
  4: "tensor",
  5: "graph",
  6: "floats",
  7: "ints",
  8: "strings",
  9: "tensors",
  10: "graphs",
  11: "sparse_tensor",
  12: "sparse_tensors",
  13: "type_proto",
  14: "type_protos"
};
var ATTRIBUTE_VALUE_FIELDS = {
  2: "float",
  3: "int",
  4: "string",
  5: "tensor",
  6: "graph",
  7: "floats",
  8: "ints",
  9: "strings",
  10: "tensors",
  11: "graphs",
  14: "type_proto",
  15: "type_protos",
  22: "sparse_tensor",
  23: "sparse_tensors"
};
var DATA_LOCATION_EXTERNAL = 1;
var STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
var LENIENT_UTF8 = new TextDecoder("utf-8");
var Decoder = class {
  constructor(bytes, options) {
    this.bytes = bytes;
    this.options = options;
  }
  bytes;
  options;
  fail(message) {
    throw new OnnxModelError(this.options.file, message);
  }
  /** The fields of every occurrence of a message field, in order (protobuf's merge). */
  *fields(occurrences) {
    for (const range of occurrences)
      yield* bufferFields(this.bytes, range.offset, range.offset + range.length);
  }
  length(field, what) {
    if (field.wireType !== WireType.LengthDelimited) this.fail(`${what} is not length-delimited`);
    return field;
  }
  string(field, what) {
    const payload = this.payload(this.length(field, what));
    try {
      return STRICT_UTF8.decode(payload);
    } catch {
      return this.fail(`${what} is not valid UTF-8`);
    }
  }
  payload(field) {
    return this.bytes.subarray(field.offset, field.offset + field.length);
  }
  /** An int64 field that must fit a double exactly (versions, dims, counts). */
  safeInt(field, what) {
    if (field.wireType !== WireType.Varint) this.fail(`${what} is not a varint`);
    const value = asInt64(field.value);
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      this.fail(`${what} is out of range`);
    }
    return Number(value);
  }
  /** A repeated varint field's occurrence (packed or not), kept undecoded until counted. */
  varints(field, what, into) {
    into.add(field.wireType === WireType.Varint ? field.value : this.length(field, what));
  }
  /** Repeated fixed-width values (4 or 8 bytes), packed or not, as the bytes that hold them. */
  fixed(field, width, what, into) {
    const wire = width === 4 ? WireType.Fixed32 : WireType.Fixed64;
    if (field.wireType === wire) {
      into.push(this.bytes.subarray(field.offset, field.offset + width));
      return;
    }
    const packed = this.length(field, what);
    if (packed.length % width !== 0) this.fail(`${what} is not a whole number of ${width}-byte values`);
    into.push(this.payload(packed));
  }
  // -------------------------------------------------------------------------------------------
  model() {
    let irVersion;
    let producerName = "";
    let producerVersion = "";
    const graphs = [];
    const opsets = {};
    for (const field of bufferFields(this.bytes)) {
      switch (field.field) {
        case 1:
          irVersion = this.safeInt(field, "ir_version");
          break;
        case 2:
          producerName = this.string(field, "producer_name");
          break;
        case 3:
          producerVersion = this.string(field, "producer_version");
          break;
        case 7:
          graphs.push(this.length(field, "the graph"));
          break;
        case 8: {
          const [domain, version] = this.opset(this.length(field, "an opset_import"));
          opsets[domain] = version;
          break;
        }
      }
    }
    if (irVersion === void 0) this.fail("no ir_version: this is not an ONNX model");
    if (graphs.length === 0) this.fail("the model has no graph");
    if (opsets[""] === void 0) this.fail("the model imports no opset of the default ONNX domain");
    const producer = [producerName, producerVersion].filter((p) => p !== "").join(" ");
    return { irVersion, opsets, ...this.graph(graphs), ...producer ? { producer } : {} };
  }
  opset(message) {
    let domain = "";
    let version;
    for (const field of this.fields([message])) {
      if (field.field === 1) domain = this.string(field, "an opset domain");
      else if (field.field === 2) version = this.safeInt(field, "an opset version");
    }
    if (version === void 0 || version < 1)
      this.fail(`the opset of domain '${domain}' has no valid version`);
    return [domain === "ai.onnx" ? "" : domain, version];
  }
  graph(occurrences) {
    const nodeFields = [];
    const initializers = /* @__PURE__ */ new Map();
    const declaredInputs = [];
    const outputs = [];
    for (const field of this.fields(occurrences)) {
      switch (field.field) {
        case 1:
          nodeFields.push(this.length(field, "a node"));
          break;
        case 5: {
          const { name, tensor } = this.tensor(this.length(field, "an initializer"), "initializer");
          if (name === "") this.fail("an initializer has no name");
          if (initializers.has(name)) this.fail(`initializer '${name}' is defined twice`);
          initializers.set(name, tensor);
          break;
        }
        case 11:
          declaredInputs.push(this.valueInfo(this.length(field, "a graph input"), "graph input"));
          break;
        case 12:
          outputs.push(this.valueInfo(this.length(field, "a graph output"), "graph output"));
          break;
        case 15:
          this.fail(
            "the graph has a sparse initializer, which is not supported: store it as a dense initializer"
          );
      }
    }
    const inputs = declaredInputs.filter((input) => !initializers.has(input.name));
    const known = /* @__PURE__ */ new Set();
    for (const input of inputs) {
      if (known.has(input.name)) this.fail(`graph input '${input.name}' is declared twice`);
      known.add(input.name);
    }
    for (const name of initializers.keys()) known.add(name);
    const nodes = [];
    for (const field of nodeFields) {
      const node = this.node(field);
      const label = nodeLabel(node);
      for (const input of node.inputs) {
        if (input !== "" && !known.has(input)) {
          this.fail(
            `node ${label} reads '${input}', which is not a graph input, an initializer or an output of an earlier node (the nodes must be in topological order)`
          );
        }
      }
      for (const output of node.outputs) {
        if (output === "") continue;
        if (known.has(output)) this.fail(`node ${label} writes '${output}', which is already defined`);
        known.add(output);
      }
      if (node.opType === "Constant" && (node.domain === "" || node.domain === "ai.onnx")) {
        initializers.set(node.outputs[0], this.constantValue(node, label));
      } else {
        nodes.push(node);
      }
    }
    for (const output of outputs) {
      if (!known.has(output.name)) this.fail(`graph output '${output.name}' is never produced`);
    }
    return { inputs, outputs, initializers, nodes };
  }
  constantValue(node, label) {
    if (node.outputs.length !== 1 || node.outputs[0] === "")
      this.fail(`Constant node ${label} must have one output`);
    const entries = Object.entries(node.attributes);
    if (entries.length !== 1) {
      this.fail(`Constant node ${label} must have exactly one value attribute, found ${entries.length}`);
    }
    const [name, attribute2] = entries[0];
    if (name === "value" && attribute2.kind === "tensor") return attribute2.value;
    if (name === "value_float" && attribute2.kind === "float") {
      return { dataType: DataType.FLOAT, dims: [], data: Float32Array.of(attribute2.value) };
    }
    if (name === "value_floats" && attribute2.kind === "floats") {
      return {
        dataType: DataType.FLOAT,
        dims: [attribute2.value.length],
        data: Float32Array.from(attribute2.value)
      };
    }
    if (name === "value_int" && attribute2.kind === "int") {
      return { dataType: DataType.INT64, dims: [], data: BigInt64Array.of(BigInt(attribute2.value)) };
    }
    if (name === "value_ints" && attribute2.kind === "ints") {
      return {
        dataType: DataType.INT64,
        dims: [attribute2.value.length],
        data: BigInt64Array.from(attribute2.value, (v) => BigInt(v))
      };
    }
    return this.fail(
      `Constant node ${label}: attribute '${name}' (${attribute2.kind}) is not supported; a Constant needs value, value_float, value_floats, value_int or value_ints`
    );
  }
  node(message) {
    const inputs = [];
    const outputs = [];
    let name = "";
    let opType = "";
    let domain = "";
    const attributeFields = [];
    for (const field of this.fields([message])) {
      switch (field.field) {
        case 1:
          inputs.push(this.string(field, "a node input"));
          break;
        case 2:
          outputs.push(this.string(field, "a node output"));
          break;
        case 3:
          name = this.string(field, "a node name");
          break;
        case 4:
          opType = this.string(field, "a node op_type");
          break;
        case 5:
          attributeFields.push(this.length(field, "a node attribute"));
          break;
        case 7:
          domain = this.string(field, "a node domain");
          break;
      }
    }
    const label = nodeLabel({ name, opType });
    if (opType === "") this.fail(`node ${label} has no op_type`);
    const attributes = {};
    for (const field of attributeFields) {
      const [attributeName, value] = this.attribute(field, label);
      if (Object.hasOwn(attributes, attributeName))
        this.fail(`node ${label} has attribute '${attributeName}' twice`);
      attributes[attributeName] = value;
    }
    return { opType, domain, name, inputs, outputs, attributes };
  }
  attribute(message, node) {
    let name = "";
    let declared;
    let present;
    let float = 0;
    let int = 0n;
    let string = "";
    let tensor = [];
    const floats = [];
    const ints3 = new VarintRuns(this.bytes);
    const strings = [];
    for (const field of this.fields([message])) {
      const what = `an attribute of node ${node}`;
      if (ATTRIBUTE_VALUE_FIELDS[field.field]) present = ATTRIBUTE_VALUE_FIELDS[field.field];
      switch (field.field) {
        case 1:
          name = this.string(field, `the name of ${what}`);
          break;
        case 20: {
          const code = this.safeInt(field, `the type of ${what}`);
          declared = ATTRIBUTE_TYPES[code] ?? `unknown type ${code}`;
          break;
        }
        case 2:
          if (field.wireType !== WireType.Fixed32) this.fail(`the float of ${what} is not a fixed32`);
          float = fixed32Float(field.value);
          break;
        case 3:
          if (field.wireType !== WireType.Varint) this.fail(`the int of ${what} is not a varint`);
          int = asInt64(field.value);
          break;
        case 4:
          string = LENIENT_UTF8.decode(this.payload(this.length(field, `the string of ${what}`)));
          break;
        case 5:
          tensor = [...tensor, this.length(field, `the tensor of ${what}`)];
          break;
        case 7:
          this.fixed(field, 4, `the floats of ${what}`, floats);
          break;
        case 8:
          this.varints(field, `the ints of ${what}`, ints3);
          break;
        case 9:
          strings.push(LENIENT_UTF8.decode(this.payload(this.length(field, `the strings of ${what}`))));
          break;
      }
    }
    if (name === "") this.fail(`an attribute of node ${node} has no name`);
    const kind = declared ?? present;
    const label = `attribute '${name}' of node ${node}`;
    switch (kind) {
      case "float":
        return [name, { kind, value: float }];
      case "int":
        return [name, { kind, value: clampedNumber(int) }];
      case "string":
        return [name, { kind, value: string }];
      case "tensor":
        if (tensor.length === 0) this.fail(`${label} has no tensor`);
        return [name, { kind, value: this.tensorFrom(tensor, label).tensor }];
      case "floats":
        return [name, { kind, value: Array.from(concatFloat32(floats)) }];
      case "ints":
        return [name, { kind, value: Array.from(ints3.values(), clampedNumber) }];
      case "strings":
        return [name, { kind, value: strings }];
      case "graph":
      case "graphs":
        return [name, { kind: "graph" }];
      case void 0:
        return this.fail(`${label} has no value`);
      default:
        return this.fail(`${label} is of kind ${kind}, which is not supported`);
    }
  }
  valueInfo(message, role) {
    let name = "";
    const types = [];
    for (const field of this.fields([message])) {
      if (field.field === 1) name = this.string(field, `the name of a ${role}`);
      else if (field.field === 2) types.push(this.length(field, `the type of a ${role}`));
    }
    if (name === "") this.fail(`a ${role} has no name`);
    const tensorTypes = [];
    for (const field of this.fields(types)) {
      if (field.field === 1) tensorTypes.push(this.length(field, `the tensor type of ${role} '${name}'`));
    }
    if (tensorTypes.length === 0) return { name, elemType: 0, shape: void 0 };
    let elemType = 0;
    const shapes = [];
    for (const field of this.fields(tensorTypes)) {
      if (field.field === 1) elemType = this.safeInt(field, `the element type of ${role} '${name}'`);
      else if (field.field === 2) shapes.push(this.length(field, `the shape of ${role} '${name}'`));
    }
    if (shapes.length === 0) return { name, elemType, shape: void 0 };
    const shape = [];
    for (const field of this.fields(shapes)) {
      if (field.field !== 1) continue;
      let dim = void 0;
      for (const part of this.fields([this.length(field, `a dimension of ${role} '${name}'`)])) {
        if (part.field === 1) dim = this.safeInt(part, `a dimension of ${role} '${name}'`);
        else if (part.field === 2) dim = this.string(part, `a dimension of ${role} '${name}'`);
      }
      shape.push(dim);
    }
    return { name, elemType, shape };
  }
  tensor(message, role) {
    return this.tensorFrom([message], role);
  }
  /** `role` names the tensor in messages until its own name is known ("initializer", an attribute). */
  tensorFrom(occurrences, role) {
    const dims = new VarintRuns(this.bytes);
    let dataType = 0;
    let name = "";
    let location = 0;
    const raw = [];
    const fixed4 = [];
    const fixed8 = [];
    const int32s = new VarintRuns(this.bytes);
    const int64s = new VarintRuns(this.bytes);
    const typedFields = /* @__PURE__ */ new Set();
    const external = {};
    for (const field of this.fields(occurrences)) {
      const what = `a field of ${role}${name ? ` '${name}'` : ""}`;
      switch (field.field) {
        case 1:
          this.varints(field, `the dims of ${what}`, dims);
          break;
        case 2:
          dataType = this.safeInt(field, `the data_type of ${what}`);
          break;
        case 3:
          this.fail(`${role} '${name}' is a segment of a tensor, which is not supported`);
          break;
        case 4:
          typedFields.add("float_data");
          this.fixed(field, 4, `the float_data of ${what}`, fixed4);
          break;
        case 5:
          typedFields.add("int32_data");
          this.varints(field, `the int32_data of ${what}`, int32s);
          break;
        case 6:
          typedFields.add("string_data");
          break;
        case 7:
          typedFields.add("int64_data");
          this.varints(field, `the int64_data of ${what}`, int64s);
          break;
        case 8:
          name = this.string(field, `the name of ${role}`);
          break;
        case 9:
          raw.push(this.length(field, `the raw_data of ${what}`));
          break;
        case 10:
          typedFields.add("double_data");
          this.fixed(field, 8, `the double_data of ${what}`, fixed8);
          break;
        case 11:
          typedFields.add("uint64_data");
          break;
        case 13: {
          const [key, value] = this.keyValue(this.length(field, `the external_data of ${what}`), what);
          external[key] = value;
          break;
        }
        case 14:
          location = this.safeInt(field, `the data_location of ${what}`);
          break;
      }
    }
    const label = name ? `${role} '${name}'` : role;
    if (!SUPPORTED_TYPES.has(dataType)) {
      this.fail(
        `${label} has element type ${OTHER_TYPE_NAMES[dataType] ?? dataType}, which is not supported (supported: FLOAT, DOUBLE, INT64, INT32, INT8, UINT8, BOOL)`
      );
    }
    const type = dataType;
    if (dims.count > MAX_RANK)
      this.fail(`${label} has ${dims.count} dimensions; at most ${MAX_RANK} are supported`);
    const shape = Array.from(dims.values(), (d) => {
      if (d < 0n || d > BigInt(Number.MAX_SAFE_INTEGER)) this.fail(`${label} has a dimension out of range`);
      return Number(d);
    });
    let count2 = 1;
    for (const d of shape) {
      count2 *= d;
      if (!Number.isSafeInteger(count2)) this.fail(`${label} has more elements than can be addressed`);
    }
    const width = ELEMENT_BYTES[type];
    const expectedField = typedFieldOf(type);
    for (const field of typedFields) {
      if (field !== expectedField)
        this.fail(`${label} is ${typeName(type)} but stores its values in ${field}`);
    }
    const sources = (raw.length > 0 ? 1 : 0) + (typedFields.size > 0 ? 1 : 0) + (location === DATA_LOCATION_EXTERNAL ? 1 : 0);
    if (sources > 1) this.fail(`${label} stores its values in more than one place`);
    if (location !== 0 && location !== DATA_LOCATION_EXTERNAL)
      this.fail(`${label} has an unknown data_location`);
    const mismatch = (found) => this.fail(`${label} has ${found} values for its dims [${shape.join(", ")}] (${count2} elements)`);
    if (location === DATA_LOCATION_EXTERNAL) {
      const bytes = this.external(external, label, count2 * width);
      return { name, tensor: { dataType: type, dims: shape, data: fromRaw(type, bytes) } };
    }
    if (raw.length > 0) {
      const bytes = this.payload(raw[raw.length - 1]);
      if (bytes.length !== count2 * width) {
        this.fail(
          `${label} has ${bytes.length} bytes of raw_data, but its dims [${shape.join(", ")}] need ${count2 * width}`
        );
      }
      return { name, tensor: { dataType: type, dims: shape, data: fromRaw(type, bytes) } };
    }
    let data;
    switch (type) {
      case DataType.FLOAT: {
        const values = concatBytes(fixed4);
        if (values.length / 4 !== count2) mismatch(values.length / 4);
        data = new Float32Array(values.buffer, values.byteOffset, count2);
        break;
      }
      case DataType.DOUBLE: {
        const values = concatBytes(fixed8);
        if (values.length / 8 !== count2) mismatch(values.length / 8);
        data = new Float64Array(values.buffer, values.byteOffset, count2);
        break;
      }
      case DataType.INT64:
        if (int64s.count !== count2) mismatch(int64s.count);
        data = BigInt64Array.from(int64s.values());
        break;
      default: {
        if (int32s.count !== count2) mismatch(int32s.count);
        const narrow = narrowing(type);
        data = Int32Array.from(int32s.values(), (v) => narrow(Number(BigInt.asIntN(32, v))));
      }
    }
    return { name, tensor: { dataType: type, dims: shape, data } };
  }
  keyValue(message, what) {
    let key = "";
    let value = "";
    for (const field of this.fields([message])) {
      if (field.field === 1) key = this.string(field, `an external_data key of ${what}`);
      else if (field.field === 2) value = this.string(field, `an external_data value of ${what}`);
    }
    return [key, value];
  }
  external(entries, label, byteCount) {
    const location = entries["location"];
    if (location === void 0 || location === "") this.fail(`${label} is external data without a location`);
    const number = (key) => {
      const text2 = entries[key];
      if (text2 === void 0) return void 0;
      if (!/^\d{1,15}$/.test(text2))
        this.fail(`${label} has an external_data ${key} that is not a byte count`);
      return Number(text2);
    };
    const offset = number("offset") ?? 0;
    const length = number("length");
    if (!this.options.externalData) {
      this.fail(`${label} keeps its data in the external file '${location}', which this check does not read`);
    }
    if (length !== void 0 && length !== byteCount) {
      this.fail(`${label} declares ${length} bytes of external data, but its dims need ${byteCount}`);
    }
    const bytes = this.options.externalData(location, offset, length);
    if (bytes.length !== byteCount) {
      this.fail(
        `${label} has ${bytes.length} bytes of external data in '${location}', but its dims need ${byteCount}`
      );
    }
    return bytes;
  }
};
var MAX_RANK = 64;
var VarintRuns = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  runs = [];
  add(run2) {
    this.runs.push(run2);
  }
  get count() {
    let count2 = 0;
    for (const run2 of this.runs) {
      if (typeof run2 === "bigint") {
        count2 += 1;
        continue;
      }
      for (let at = run2.offset; at < run2.offset + run2.length; at++) if (this.bytes[at] < 128) count2 += 1;
    }
    return count2;
  }
  /** The values as signed 64-bit integers. */
  *values() {
    for (const run2 of this.runs) {
      if (typeof run2 === "bigint") yield asInt64(run2);
      else
        for (const value of packedVarints(this.bytes, run2.offset, run2.offset + run2.length))
          yield asInt64(value);
    }
  }
};
function nodeLabel(node) {
  return node.name ? `'${node.name}' (${node.opType || "no op_type"})` : `of type ${node.opType || "(none)"}`;
}
function typedFieldOf(type) {
  switch (type) {
    case DataType.FLOAT:
      return "float_data";
    case DataType.DOUBLE:
      return "double_data";
    case DataType.INT64:
      return "int64_data";
    default:
      return "int32_data";
  }
}
function typeName(type) {
  return Object.entries(DataType).find(([, code]) => code === type)[0];
}
function narrowing(type) {
  switch (type) {
    case DataType.INT8:
      return (v) => v << 24 >> 24;
    case DataType.UINT8:
      return (v) => v & 255;
    case DataType.BOOL:
      return (v) => v !== 0 ? 1 : 0;
    default:
      return (v) => v;
  }
}
function fromRaw(type, bytes) {
  const copy = new Uint8Array(bytes);
  switch (type) {
    case DataType.FLOAT:
      return new Float32Array(copy.buffer);
    case DataType.DOUBLE:
      return new Float64Array(copy.buffer);
    case DataType.INT64:
      return new BigInt64Array(copy.buffer);
    case DataType.INT32:
      return new Int32Array(copy.buffer);
    case DataType.INT8:
      return Int32Array.from(new Int8Array(copy.buffer));
    case DataType.UINT8:
      return Int32Array.from(copy);
    case DataType.BOOL:
      return Int32Array.from(copy, (v) => v !== 0 ? 1 : 0);
  }
}
function concatBytes(parts) {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
function concatFloat32(parts) {
  const bytes = concatBytes(parts);
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
}
function fixed32Float(bits) {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, bits, true);
  return view.getFloat32(0, true);
}
function clampedNumber(value) {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  if (value < BigInt(Number.MIN_SAFE_INTEGER)) return Number.MIN_SAFE_INTEGER;
  return Number(value);
}
function readOnnxModel(bytes, options) {
  const plain = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new Decoder(plain, options);
  try {
    return decoder.model();
  } catch (error) {
    if (error instanceof ProtoMalformedError) {
      decoder.fail(`not a valid ONNX model: ${error.message} (at byte ${error.offset})`);
    }
    throw error;
  }
}

// src/checks/robustness-check/onnx-write.ts
var WIRE_VARINT = 0;
var WIRE_LENGTH = 2;
var WIRE_FIXED32 = 5;
var ProtoWriter = class _ProtoWriter {
  parts = [];
  scratch = [];
  size = 0;
  flushScratch() {
    if (this.scratch.length === 0) return;
    this.parts.push(Uint8Array.from(this.scratch));
    this.size += this.scratch.length;
    this.scratch = [];
  }
  varint(value) {
    let v = BigInt.asUintN(64, BigInt(value));
    while (v >= 0x80n) {
      this.scratch.push(Number(v & 0x7fn) | 128);
      v >>= 7n;
    }
    this.scratch.push(Number(v));
  }
  tag(field, wire) {
    this.varint(field << 3 | wire);
  }
  int(field, value) {
    this.tag(field, WIRE_VARINT);
    this.varint(value);
  }
  float(field, value) {
    this.tag(field, WIRE_FIXED32);
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    for (const b of bytes) this.scratch.push(b);
  }
  bytes(field, data) {
    this.tag(field, WIRE_LENGTH);
    this.varint(data.length);
    this.flushScratch();
    this.parts.push(data);
    this.size += data.length;
  }
  string(field, value) {
    this.bytes(field, new TextEncoder().encode(value));
  }
  message(field, build) {
    const inner = new _ProtoWriter();
    build(inner);
    this.bytes(field, inner.finish());
  }
  finish() {
    this.flushScratch();
    if (this.parts.length === 1) return this.parts[0];
    const out = new Uint8Array(this.size);
    let offset = 0;
    for (const part of this.parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }
};
function tensorRawData(tensor) {
  const { data, dataType } = tensor;
  const asBytes = (view) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice();
  switch (dataType) {
    case DataType.FLOAT:
      return asBytes(data instanceof Float32Array ? data : Float32Array.from(data));
    case DataType.DOUBLE:
      return asBytes(data instanceof Float64Array ? data : Float64Array.from(data));
    case DataType.INT64:
      return asBytes(
        data instanceof BigInt64Array ? data : BigInt64Array.from(Array.from(data, (v) => BigInt(Math.trunc(v))))
      );
    case DataType.INT32:
      return asBytes(data instanceof Int32Array ? data : Int32Array.from(data));
    case DataType.INT8:
      return asBytes(Int8Array.from(data));
    case DataType.UINT8:
    case DataType.BOOL:
      return Uint8Array.from(data);
  }
}
function writeTensor(writer, tensor, name) {
  for (const d of tensor.dims) writer.int(1, d);
  writer.int(2, tensor.dataType);
  if (name !== void 0) writer.string(8, name);
  writer.bytes(9, tensorRawData(tensor));
}
function writeValueInfo(writer, name, elemType, shape) {
  writer.string(1, name);
  writer.message(
    2,
    (type) => type.message(1, (tensorType) => {
      tensorType.int(1, elemType);
      if (!shape) return;
      tensorType.message(2, (shapeProto) => {
        for (const d of shape) {
          shapeProto.message(1, (dim) => {
            if (typeof d === "number") dim.int(1, d);
            else if (typeof d === "string") dim.string(2, d);
          });
        }
      });
    })
  );
}
var ATTRIBUTE_TYPE = {
  float: 1,
  int: 2,
  string: 3,
  tensor: 4,
  graph: 5,
  floats: 6,
  ints: 7,
  strings: 8
};
var MAX_WRITTEN_IR_VERSION = 11;
function writeOnnxModel(graph) {
  const model = new ProtoWriter();
  model.int(1, Math.min(graph.irVersion, MAX_WRITTEN_IR_VERSION));
  model.string(2, "mlsec");
  model.message(7, (g) => {
    for (const node of graph.nodes) {
      g.message(1, (n) => {
        for (const input of node.inputs) n.string(1, input);
        for (const output of node.outputs) n.string(2, output);
        if (node.name) n.string(3, node.name);
        n.string(4, node.opType);
        for (const [name, attribute2] of Object.entries(node.attributes)) {
          n.message(5, (a) => {
            a.string(1, name);
            a.int(20, ATTRIBUTE_TYPE[attribute2.kind]);
            switch (attribute2.kind) {
              case "float":
                a.float(2, attribute2.value);
                break;
              case "int":
                a.int(3, attribute2.value);
                break;
              case "string":
                a.string(4, attribute2.value);
                break;
              case "tensor":
                a.message(5, (t) => writeTensor(t, attribute2.value));
                break;
              case "floats":
                for (const v of attribute2.value) a.float(7, v);
                break;
              case "ints":
                for (const v of attribute2.value) a.int(8, v);
                break;
              case "strings":
                for (const v of attribute2.value) a.string(9, v);
                break;
              case "graph":
                throw new Error(
                  `node ${node.name || node.opType}: cannot write a subgraph attribute (${name})`
                );
            }
          });
        }
        if (node.domain) n.string(7, node.domain);
      });
    }
    g.string(2, "mlsec");
    for (const [name, tensor] of graph.initializers) g.message(5, (t) => writeTensor(t, tensor, name));
    for (const input of graph.inputs)
      g.message(11, (v) => writeValueInfo(v, input.name, input.elemType, input.shape));
    for (const output of graph.outputs)
      g.message(12, (v) => writeValueInfo(v, output.name, output.elemType, output.shape));
  });
  for (const [domain, version] of Object.entries(graph.opsets)) {
    model.message(8, (o) => {
      if (domain) o.string(1, domain);
      o.int(2, version);
    });
  }
  return model.finish();
}

// src/checks/robustness-check/probes.ts
var PROBE_VALUES = 256 * 2 ** 20;
var PROBES = [
  { name: "NaN in one value", shape: (s) => s, fill: (v) => v[0] = Number.NaN },
  { name: "+Infinity in one value", shape: (s) => s, fill: (v) => v[0] = Number.POSITIVE_INFINITY },
  { name: "-Infinity in one value", shape: (s) => s, fill: (v) => v[0] = Number.NEGATIVE_INFINITY },
  { name: "every value 1e6", shape: (s) => s, fill: (v) => v.fill(1e6) },
  { name: "every value -1e6", shape: (s) => s, fill: (v) => v.fill(-1e6) },
  { name: "every value 1e30", shape: (s) => s, fill: (v) => v.fill(1e30) },
  {
    name: "one value too few (last axis)",
    reshapes: true,
    shape: (s) => [...s.slice(0, -1), Math.max(0, s[s.length - 1] - 1)],
    fill: () => void 0
  },
  {
    name: "flattened (wrong rank)",
    reshapes: true,
    shape: (s) => s.length > 1 ? [s.reduce((a, b) => a * b, 1)] : [s[0], 1],
    fill: () => void 0
  }
];
function isNonFinite(data) {
  if (!(data instanceof Float32Array || data instanceof Float64Array)) return false;
  for (const value of data) if (!Number.isFinite(value)) return true;
  return false;
}
async function probeInputValidation(ort, model, sampleShape, threads, valuesPerSample, outputName) {
  const declared = model.inputs[0]?.shape?.[0];
  const batch = typeof declared === "number" && declared >= 1 ? declared : 1;
  if (batch * Math.max(1, valuesPerSample) > PROBE_VALUES) {
    return PROBES.map((probe) => ({
      probe: probe.name,
      outcome: "not-run",
      detail: `the model's fixed batch of ${batch} is too large to probe`
    }));
  }
  const session = await ort.InferenceSession.create(writeOnnxModel(model), {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: "sequential"
  });
  const inputName = session.inputNames[0];
  const results = [];
  try {
    for (const probe of PROBES) {
      if (probe.reshapes && model.inputs[0]?.shape === void 0) {
        results.push({ probe: probe.name, outcome: "not-run", detail: "the model declares no input shape" });
        continue;
      }
      const shape = probe.shape(sampleShape);
      const row = new Float32Array(shape.reduce((a, b) => a * b, 1));
      probe.fill(row);
      const values = new Float32Array(row.length * batch);
      for (let r = 0; r < batch; r++) values.set(row, r * row.length);
      try {
        const outputs = await session.run(
          { [inputName]: new ort.Tensor("float32", values, [batch, ...shape]) },
          [outputName]
        );
        const nonFinite = Object.values(outputs).some((tensor) => isNonFinite(tensor.data));
        results.push({ probe: probe.name, outcome: nonFinite ? "non-finite" : "finite" });
      } catch (error) {
        const firstLine = (error instanceof Error ? error.message : String(error)).split("\n")[0].trim();
        const message = printable(firstLine).slice(0, 160);
        results.push({ probe: probe.name, outcome: "rejected", detail: message });
      }
    }
  } finally {
    await session.release();
  }
  return results;
}
function failedProbes(results) {
  return results.filter((result) => result.outcome === "non-finite");
}
async function checkDeclaredProbabilities(ort, served, inputs, n, sampleShape, options) {
  const session = await ort.InferenceSession.create(writeOnnxModel(served.graph), {
    intraOpNumThreads: options.threads,
    interOpNumThreads: 1,
    executionMode: "sequential"
  });
  const size = sampleShape.reduce((a, b) => a * b, 1);
  let outside = 0;
  let unnormalised = 0;
  try {
    for (let first = 0; first < n; first += PROBABILITY_ROWS) {
      const rows = Math.min(PROBABILITY_ROWS, n - first);
      const feed = new ort.Tensor("float32", inputs.subarray(first * size, (first + rows) * size), [
        rows,
        ...sampleShape
      ]);
      const output = (await session.run({ [session.inputNames[0]]: feed }))[session.outputNames[0]];
      const values = output.data;
      const columns = values.length / rows;
      for (let r = 0; r < rows; r++) {
        let sum = 0;
        let bad = false;
        for (let c = 0; c < columns; c++) {
          const p = values[r * columns + c];
          if (!(p >= -1e-6 && p <= 1 + 1e-6)) bad = true;
          sum += p;
        }
        if (bad) outside += 1;
        else if (served.kind === "probabilities" && Math.abs(sum - 1) > 1e-3) unnormalised += 1;
      }
    }
  } finally {
    await session.release();
  }
  if (outside > 0 || unnormalised > 0) {
    const what = outside > 0 ? `returns values outside [0, 1] for ${outside} of ${n} samples` : `returns rows that do not sum to 1 for ${unnormalised} of ${n} samples`;
    throw new UsageError(
      "INVALID_INPUT",
      `${options.file}: output-kind is ${served.kind}, but the model ${what}: they are not probabilities; if it returns logits, set output-kind to logits (or auto)`
    );
  }
}
var PROBABILITY_ROWS = 256;

// src/checks/robustness-check/result-file.ts
import { createHash } from "node:crypto";
var RESULT_FORMAT = "mlsec-robustness-result";
var MAX_SAMPLES = 1e6;
function settingsKey(settings, dataDigest, samples) {
  const evaluation = {
    // A new mlsec may attack differently: results of another version are not paired.
    mlsec: MLSEC_VERSION,
    dataDigest,
    labelColumn: settings.labelColumn,
    samples,
    outputKind: settings.outputKind,
    // Batches group SPSA's random directions: another batch size estimates other gradients.
    batchSize: settings.batchSize,
    lower: settings.lower,
    upper: settings.upper,
    preprocessing: settings.preprocessing,
    epsilons: settings.epsilons,
    norm: settings.norm,
    attacks: [...settings.attacks].sort(),
    seed: settings.seed,
    pgdSteps: settings.pgdSteps,
    pgdRestarts: settings.pgdRestarts,
    squareQueries: settings.squareQueries,
    hsjQueries: settings.hsjQueries
  };
  return createHash("sha256").update(JSON.stringify(evaluation)).digest("hex").slice(0, 32);
}
function packBits(bits) {
  const bytes = new Uint8Array(Math.ceil(bits.length / 8));
  for (let i = 0; i < bits.length; i++) if (bits[i]) bytes[i >> 3] |= 1 << (i & 7);
  return Buffer.from(bytes).toString("base64");
}
function unpackBits(text2, samples, where) {
  if (typeof text2 !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(text2)) {
    throw new Error(`${where} is not base64`);
  }
  const bytes = Buffer.from(text2, "base64");
  if (bytes.length !== Math.ceil(samples / 8)) throw new Error(`${where} does not hold ${samples} outcomes`);
  const bits = new Uint8Array(samples);
  for (let i = 0; i < samples; i++) bits[i] = bytes[i >> 3] >> (i & 7) & 1;
  return bits;
}
function formatResult(result) {
  return `${JSON.stringify(
    {
      format: RESULT_FORMAT,
      version: 1,
      settingsKey: result.settingsKey,
      samples: result.samples,
      ...result.commit ? { commit: result.commit } : {},
      ...result.gradients ? { gradients: result.gradients } : {},
      clean: packBits(result.clean),
      perEpsilon: result.perEpsilon.map((entry) => ({
        epsilon: entry.epsilon,
        robust: packBits(entry.robust)
      }))
    },
    null,
    2
  )}
`;
}
function parseResult(text2, source) {
  try {
    const value = JSON.parse(text2);
    if (typeof value !== "object" || value === null || value.format !== RESULT_FORMAT) {
      throw new Error(`is not an mlsec robustness result (format ${RESULT_FORMAT})`);
    }
    if (value.version !== 1) throw new Error("has a version this mlsec does not read");
    const samples = value.samples;
    if (typeof samples !== "number" || !Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
      throw new Error("samples is not a whole number of samples");
    }
    if (typeof value.settingsKey !== "string" || !/^[0-9a-f]{32}$/.test(value.settingsKey)) {
      throw new Error("settingsKey is not a settings key");
    }
    if (!Array.isArray(value.perEpsilon) || value.perEpsilon.length > 1e3) {
      throw new Error("perEpsilon is not a list");
    }
    const perEpsilon = value.perEpsilon.map((entry, index) => {
      const item = entry;
      if (typeof item !== "object" || item === null || typeof item.epsilon !== "number" || !(item.epsilon > 0)) {
        throw new Error(`perEpsilon[${index}].epsilon is not a budget`);
      }
      return {
        epsilon: item.epsilon,
        robust: unpackBits(item.robust, samples, `perEpsilon[${index}].robust`)
      };
    });
    const commit = typeof value.commit === "string" && /^[0-9a-f]{7,64}$/.test(value.commit) ? value.commit : void 0;
    const gradients = value.gradients;
    if (gradients !== void 0 && gradients !== "exact" && gradients !== "estimated" && gradients !== "none") {
      throw new Error("gradients is not exact, estimated or none");
    }
    return {
      settingsKey: value.settingsKey,
      samples,
      clean: unpackBits(value.clean, samples, "clean"),
      perEpsilon,
      ...commit ? { commit } : {},
      ...gradients ? { gradients } : {}
    };
  } catch (error) {
    throw new UsageError(
      "INVALID_INPUT",
      `${source}: ${error instanceof SyntaxError ? "is not JSON" : error.message}`
    );
  }
}

// src/checks/robustness-check/rules.ts
var EVASION = { owaspMl: ["ML01"], atlas: ["AML.T0015", "AML.T0043"] };
var ROBUSTNESS_RULES = {
  "robustness/below-minimum": {
    id: "robustness/below-minimum",
    title: "Robust accuracy is below the required minimum",
    help: "Under attack within the perturbation budget, the share of evaluation samples the model still classifies correctly (the per-sample worst case over every attack run) is below `min-robust-accuracy`. An attacker who can change inputs by that much can make the model misclassify more often than the policy allows. Train with adversarial examples (PGD adversarial training), add certified training (IBP/CROWN), or lower the budget only if the threat model allows it.",
    defaultLevel: "error",
    securitySeverity: 7.5,
    ...EVASION
  },
  "robustness/regression": {
    id: "robustness/regression",
    title: "Robust accuracy dropped against the base branch",
    help: "On the same samples, attacked with the same seed and settings, this model is robust on fewer samples than the model on the base branch, by more than `max-drop`, and a one-sided exact McNemar test on the paired outcomes says the drop is not noise (p below `significance`). Find the change that weakened the model (training data, regularisation, architecture, a removed defence).",
    defaultLevel: "error",
    securitySeverity: 6.5,
    ...EVASION
  },
  "robustness/regression-not-checked": {
    id: "robustness/regression-not-checked",
    title: "The regression gate could not compare with the base branch",
    help: "`max-drop` is set, but this run had no base result to compare with sample by sample: none is stored for the base branch with these evaluation settings (the base branch\u2019s push run stores one; changing the data, `samples`, the seed, the budgets or the attacks starts afresh), no `compare-to` file was named, or the base result lacks an epsilon or was attacked differently (exact against estimated gradients). The gate did not run: run the base branch with the same settings, or name its result file with `compare-to`.",
    defaultLevel: "warning",
    securitySeverity: 3,
    ...EVASION
  },
  "robustness/gradient-masking": {
    id: "robustness/gradient-masking",
    title: "Gradients look masked: white-box attacks may overstate robustness",
    help: "A black-box attack (Square, HopSkipJump or random noise) broke samples that the gradient attacks (FGSM, PGD) could not, or the input gradient is zero for many samples. Both are signs of gradient masking or obfuscation: the robustness the gradient attacks measure is then not real, and an adaptive attacker will do better. Trust the worst case over all attacks, and look for non-differentiable steps (rounding, quantisation, saturating activations) in the model.",
    defaultLevel: "warning",
    securitySeverity: 5.3,
    ...EVASION
  },
  "robustness/estimated-gradients": {
    id: "robustness/estimated-gradients",
    title: "Gradients were estimated, not computed",
    help: "The model has an operator without a backward rule in mlsec, so FGSM and PGD used a gradient-free estimate (SPSA). Estimated gradients are weaker: the attacked accuracy may be higher than what an attacker with the real gradient achieves.",
    defaultLevel: "note",
    securitySeverity: 2,
    ...EVASION
  },
  "robustness/not-certified": {
    id: "robustness/not-certified",
    title: "No certified lower bound could be computed",
    help: "The model has an operator the interval bounds (IBP/CROWN) do not cover, so the report has no certified robust accuracy: only the attacks, which are upper bounds, were run.",
    defaultLevel: "note",
    securitySeverity: 2,
    ...EVASION
  },
  "robustness/inconsistent-bounds": {
    id: "robustness/inconsistent-bounds",
    title: "A certified sample was broken by an attack",
    help: "A sample proved robust by the certified bound was misclassified by an attack. That cannot happen when both are right: the runtime computes something other than the graph the bound analysed (a custom kernel, a numeric difference at the decision boundary) or mlsec has a bug. Please report it with the model.",
    defaultLevel: "error",
    securitySeverity: 5,
    ...EVASION
  },
  "robustness/input-validation": {
    id: "robustness/input-validation",
    title: "Invalid inputs make the model return non-finite outputs",
    help: "Inputs with NaN or infinite values, far out of the valid range, or of the wrong shape reach the model and make it return NaN or infinite scores (or fail in an unexpected way). Code that serves the model must validate inputs (finite, in range, right shape) before inference; a model that fails open on garbage input is an evasion and denial-of-service risk.",
    defaultLevel: "warning",
    securitySeverity: 4.3,
    ...EVASION
  },
  "robustness/membership-inference": {
    id: "robustness/membership-inference",
    title: "Training samples can be told apart from unseen ones",
    help: "A loss-threshold membership-inference attack separates training samples from held-out samples better than `max-membership-auc` allows: the model memorises its training data, and anyone who can query it can learn whether a record was in the training set. Regularise (weight decay, early stopping, data augmentation) or train with differential privacy.",
    defaultLevel: "error",
    securitySeverity: 6.5,
    owaspMl: ["ML04"],
    atlas: ["AML.T0024.000"]
  }
};

// src/checks/robustness-check/gradient-graph.ts
var UnsupportedGradientError = class extends Error {
  constructor(opType, message) {
    super(message);
    this.opType = opType;
  }
  opType;
  name = "UnsupportedGradientError";
};
var LABELS_INPUT = "labels_onehot";
var LOSS_OUTPUT = "loss";
var GRADIENT_OUTPUT = "grad";
var MIN_OPSET = 13;
var MASK_MAGNITUDE = 1e30;
var TO_END = 2 ** 62;
var BATCH = 1000003;
var product3 = (dims) => dims.reduce((a, b) => a * b, 1);
function attr(node, name) {
  return node.attributes[name];
}
function attrInt2(node, name, fallback) {
  const a = attr(node, name);
  return a?.kind === "int" ? a.value : fallback;
}
function attrFloat2(node, name, fallback) {
  const a = attr(node, name);
  return a?.kind === "float" || a?.kind === "int" ? a.value : fallback;
}
function attrInts2(node, name) {
  const a = attr(node, name);
  return a?.kind === "ints" ? a.value : void 0;
}
function attrString2(node, name, fallback) {
  const a = attr(node, name);
  return a?.kind === "string" ? a.value : fallback;
}
function tensorInts(tensor) {
  if (tensor.data.length > 64) return void 0;
  if (tensor.dataType !== DataType.INT64 && tensor.dataType !== DataType.INT32) return void 0;
  return Array.from(tensor.data, (v) => Number(v));
}
var normalizeAxis2 = (axis, rank) => axis < 0 ? axis + rank : axis;
function resolvePads(node, spatial, kernel, strides, dilations) {
  const rank = spatial.length;
  const autoPad = attrString2(node, "auto_pad", "NOTSET");
  if (autoPad === "VALID") return new Array(2 * rank).fill(0);
  if (autoPad === "SAME_UPPER" || autoPad === "SAME_LOWER") {
    const pads = new Array(2 * rank).fill(0);
    for (let i = 0; i < rank; i++) {
      const out = Math.ceil(spatial[i] / strides[i]);
      const total = Math.max(0, (out - 1) * strides[i] + (kernel[i] - 1) * dilations[i] + 1 - spatial[i]);
      const small = Math.floor(total / 2);
      pads[i] = autoPad === "SAME_UPPER" ? small : total - small;
      pads[i + rank] = total - pads[i];
    }
    return pads;
  }
  return [...attrInts2(node, "pads") ?? new Array(2 * rank).fill(0)];
}
function windowGeometry2(node, inShape, weightShape) {
  const spatial = inShape.slice(2);
  const rank = spatial.length;
  const kernel = attrInts2(node, "kernel_shape") ?? weightShape?.slice(2);
  if (!kernel || kernel.length !== rank) {
    throw new UnsupportedGradientError(
      node.opType,
      `${node.opType} node '${node.name}': unknown kernel shape`
    );
  }
  const strides = attrInts2(node, "strides") ?? new Array(rank).fill(1);
  const dilations = attrInts2(node, "dilations") ?? new Array(rank).fill(1);
  const pads = resolvePads(node, spatial, kernel, strides, dilations);
  const ceil = attrInt2(node, "ceil_mode", 0) === 1;
  const outSpatial = spatial.map((size, i) => {
    const effective = (kernel[i] - 1) * dilations[i] + 1;
    const span = size + pads[i] + pads[i + rank] - effective;
    if (!ceil) return Math.floor(span / strides[i]) + 1;
    const out = Math.ceil(span / strides[i]) + 1;
    return (out - 1) * strides[i] >= size + pads[i] ? out - 1 : out;
  });
  return { kernel, strides, dilations, pads, outSpatial };
}
function inferNode2(node, facts, opset) {
  const shapeOf = (i) => {
    const name = node.inputs[i];
    return name ? facts.shapes.get(name) : void 0;
  };
  const intsOf = (i) => {
    const name = node.inputs[i];
    return name ? facts.ints.get(name) : void 0;
  };
  const set = (shape, ints3, output = 0) => {
    const name = node.outputs[output];
    if (!name || !shape) return;
    facts.shapes.set(name, shape);
    if (ints3) facts.ints.set(name, ints3);
  };
  const axesOf2 = () => opset >= 13 ? intsOf(1) : attrInts2(node, "axes");
  const x = shapeOf(0);
  switch (node.opType) {
    case "Constant": {
      const value = attr(node, "value");
      if (value?.kind === "tensor") return set(value.value.dims, tensorInts(value.value));
      const single = attr(node, "value_float") ?? attr(node, "value_int");
      if (single?.kind === "int") return set([], [single.value]);
      if (single?.kind === "float") return set([]);
      const list2 = attr(node, "value_floats") ?? attr(node, "value_ints");
      if (list2?.kind === "ints") return set([list2.value.length], list2.value);
      if (list2?.kind === "floats") return set([list2.value.length]);
      return;
    }
    case "Identity":
    case "Cast":
    case "Neg":
      return set(x, node.opType === "Neg" ? intsOf(0)?.map((v) => -v) : intsOf(0));
    case "Dropout":
    case "Relu":
    case "LeakyRelu":
    case "Sigmoid":
    case "Tanh":
    case "Exp":
    case "Log":
    case "Sqrt":
    case "Abs":
    case "Erf":
    case "Clip":
    case "Softmax":
    case "LogSoftmax":
    case "Reciprocal":
    case "Floor":
    case "Ceil":
    case "Round":
    case "Sign":
    case "Not":
    case "Elu":
    case "Selu":
    case "HardSigmoid":
    case "HardSwish":
    case "Softplus":
    case "Softsign":
    case "BatchNormalization":
    case "InstanceNormalization":
    case "LayerNormalization":
    case "LRN":
      return set(x);
    case "Add":
    case "Sub":
    case "Mul":
    case "Div":
    case "Pow":
    case "Equal":
    case "Greater":
    case "Less":
    case "GreaterOrEqual":
    case "LessOrEqual":
    case "And":
    case "Or":
    case "Max":
    case "Min":
    case "Sum":
    case "Mean":
    case "Where": {
      let shape = x;
      for (let i = 1; i < node.inputs.length && shape; i++) {
        const other = shapeOf(i);
        shape = other ? broadcastShapes(shape, other) : void 0;
      }
      let ints3;
      const a = intsOf(0);
      const b = intsOf(1);
      const arithmetic = {
        Add: (p, q) => p + q,
        Sub: (p, q) => p - q,
        Mul: (p, q) => p * q,
        Div: (p, q) => Math.trunc(p / q)
      };
      const f = arithmetic[node.opType];
      if (f && a && b && shape && shape.length <= 1) {
        const length = product3(shape);
        ints3 = Array.from({ length }, (_, i) => f(a[a.length === 1 ? 0 : i], b[b.length === 1 ? 0 : i]));
      }
      return set(shape, ints3);
    }
    case "Gemm": {
      const b = shapeOf(1);
      if (!x || !b || x.length !== 2 || b.length !== 2) return;
      const rows = attrInt2(node, "transA", 0) ? x[1] : x[0];
      const cols = attrInt2(node, "transB", 0) ? b[0] : b[1];
      return set([rows, cols]);
    }
    case "MatMul": {
      const b = shapeOf(1);
      if (!x || !b) return;
      return set(matmulShape(x, b));
    }
    case "Conv": {
      const w = shapeOf(1);
      if (!x || !w || x.length < 3) return;
      return set([x[0], w[0], ...windowGeometry2(node, x, w).outSpatial]);
    }
    case "MaxPool":
    case "AveragePool":
    case "LpPool": {
      if (!x || x.length < 3) return;
      const shape = [x[0], x[1], ...windowGeometry2(node, x).outSpatial];
      set(shape);
      return set(shape, void 0, 1);
    }
    case "GlobalAveragePool":
    case "GlobalMaxPool":
      return set(x && [x[0], x[1], ...x.slice(2).map(() => 1)]);
    case "Flatten": {
      if (!x) return;
      const axis = normalizeAxis2(attrInt2(node, "axis", 1), x.length);
      return set([product3(x.slice(0, axis)), product3(x.slice(axis))]);
    }
    case "Reshape": {
      const target = intsOf(1);
      if (!x || !target) return;
      const allowZero = attrInt2(node, "allowzero", 0) === 1;
      const out = target.map((d, i) => d === 0 && !allowZero ? x[i] : d);
      const inferred = out.indexOf(-1);
      if (inferred >= 0) out[inferred] = product3(x) / product3(out.filter((_, i) => i !== inferred));
      if (out.some((d) => !Number.isInteger(d) || d < 0) || product3(out) !== product3(x)) return;
      return set(out, intsOf(0));
    }
    case "Transpose": {
      if (!x) return;
      const perm = attrInts2(node, "perm") ?? x.map((_, i) => x.length - 1 - i);
      return set(perm.map((p) => x[p]));
    }
    case "Concat": {
      const parts = node.inputs.map((_, i) => shapeOf(i));
      if (!x || parts.some((p) => !p)) return;
      const axis = normalizeAxis2(attrInt2(node, "axis", 0), x.length);
      const out = [...x];
      out[axis] = parts.reduce((sum, p) => sum + p[axis], 0);
      const values = node.inputs.map((_, i) => intsOf(i));
      const ints3 = x.length === 1 && values.every((v) => v) ? values.flatMap((v) => [...v]) : void 0;
      return set(out, ints3);
    }
    case "Pad": {
      const pads = opset >= 11 ? intsOf(1) : attrInts2(node, "pads");
      if (!x || !pads) return;
      const axes = (opset >= 18 ? intsOf(3) : void 0)?.map((a) => normalizeAxis2(a, x.length)) ?? x.map((_, i) => i);
      const out = [...x];
      axes.forEach((axis, i) => out[axis] = out[axis] + pads[i] + pads[i + axes.length]);
      return set(out);
    }
    case "Squeeze": {
      if (!x) return;
      const axes = axesOf2()?.map((a) => normalizeAxis2(a, x.length));
      return set(
        x.filter((d, i) => axes ? !axes.includes(i) : d !== 1),
        intsOf(0)
      );
    }
    case "Unsqueeze": {
      const axes = axesOf2();
      if (!x || !axes) return;
      const rank = x.length + axes.length;
      const inserted = new Set(axes.map((a) => normalizeAxis2(a, rank)));
      const out = [];
      let next = 0;
      for (let i = 0; i < rank; i++) out.push(inserted.has(i) ? 1 : x[next++]);
      return set(out, intsOf(0));
    }
    case "Shape": {
      if (!x) return;
      const rank = x.length;
      const clamp = (v) => Math.min(rank, Math.max(0, v < 0 ? v + rank : v));
      const dims = x.slice(clamp(attrInt2(node, "start", 0)), clamp(attrInt2(node, "end", rank)));
      return set([dims.length], dims);
    }
    case "Size":
      return set(x && [], x && [product3(x)]);
    case "Gather": {
      const indices = shapeOf(1);
      if (!x || !indices) return;
      const axis = normalizeAxis2(attrInt2(node, "axis", 0), x.length);
      const out = [...x.slice(0, axis), ...indices, ...x.slice(axis + 1)];
      const data = intsOf(0);
      const which = intsOf(1);
      const ints3 = data && which && x.length === 1 ? which.map((i) => data[i < 0 ? i + data.length : i]) : void 0;
      return set(out, ints3);
    }
    case "Slice": {
      const starts = opset >= 10 ? intsOf(1) : attrInts2(node, "starts");
      const ends = opset >= 10 ? intsOf(2) : attrInts2(node, "ends");
      if (!x || !starts || !ends) return;
      const axes = ((opset >= 10 ? intsOf(3) : attrInts2(node, "axes")) ?? starts.map((_, i) => i)).map(
        (a) => normalizeAxis2(a, x.length)
      );
      const steps = (opset >= 10 ? intsOf(4) : void 0) ?? starts.map(() => 1);
      const out = [...x];
      const data = intsOf(0);
      let ints3;
      axes.forEach((axis, i) => {
        const size = x[axis];
        const step = steps[i];
        const clampIndex = (v, lo, hi) => Math.min(hi, Math.max(lo, v < 0 ? v + size : v));
        const start = step > 0 ? clampIndex(starts[i], 0, size) : clampIndex(starts[i], -1, size - 1);
        const end = step > 0 ? clampIndex(ends[i], 0, size) : clampIndex(ends[i], -1, size - 1);
        out[axis] = Math.max(0, Math.ceil((end - start) / step));
        if (data && x.length === 1) {
          ints3 = [];
          for (let k = start; step > 0 ? k < end : k > end; k += step) ints3.push(data[k]);
        }
      });
      return set(out, ints3);
    }
    case "ConstantOfShape": {
      const dims = intsOf(0);
      const value = attr(node, "value");
      const ints3 = dims && value?.kind === "tensor" && product3(dims) <= 64 ? tensorInts(value.value)?.flatMap((v) => new Array(product3(dims)).fill(v)) : void 0;
      return set(dims, ints3);
    }
    case "Expand": {
      const target = intsOf(1);
      return set(x && target && broadcastShapes(x, target));
    }
    case "ArgMax":
    case "ArgMin": {
      if (!x) return;
      const axis = normalizeAxis2(attrInt2(node, "axis", 0), x.length);
      const keep = attrInt2(node, "keepdims", 1) === 1;
      return set(keep ? x.map((d, i) => i === axis ? 1 : d) : x.filter((_, i) => i !== axis));
    }
    default:
      return;
  }
}
function matmulShape(a, b) {
  if (a.length === 0 || b.length === 0) return void 0;
  const left = a.length === 1 ? [1, a[0]] : a;
  const right = b.length === 1 ? [b[0], 1] : b;
  if (left[left.length - 1] !== right[right.length - 2]) return void 0;
  const batch = broadcastShapes(left.slice(0, -2), right.slice(0, -2));
  if (!batch) return void 0;
  return [
    ...batch,
    ...a.length === 1 ? [] : [left[left.length - 2]],
    ...b.length === 1 ? [] : [right[right.length - 1]]
  ];
}
function inferShapes(graph, opset) {
  const facts = { shapes: /* @__PURE__ */ new Map(), ints: /* @__PURE__ */ new Map() };
  for (const [name, tensor] of graph.initializers) {
    facts.shapes.set(name, tensor.dims);
    const ints3 = tensorInts(tensor);
    if (ints3) facts.ints.set(name, ints3);
  }
  for (const input of graph.inputs) {
    const dims = input.shape?.map((d, i) => i === 0 ? BATCH : d);
    if (dims && dims.every((d) => typeof d === "number")) facts.shapes.set(input.name, dims);
  }
  for (const node of graph.nodes) inferNode2(node, facts, opset);
  return facts;
}
var NON_DIFFERENTIABLE = /* @__PURE__ */ new Set([
  "Shape",
  "Size",
  "ArgMax",
  "ArgMin",
  "Equal",
  "Greater",
  "Less",
  "GreaterOrEqual",
  "LessOrEqual",
  "And",
  "Or",
  "Not",
  "Xor",
  "NonZero",
  "ConstantOfShape",
  "Floor",
  "Ceil",
  "Round",
  "Sign",
  "IsNaN",
  "IsInf",
  "RandomNormalLike",
  "RandomUniformLike"
]);
var FLOAT_CASTS = /* @__PURE__ */ new Set([DataType.FLOAT, DataType.DOUBLE, 10, 16]);
function isNonDifferentiable(node) {
  if (node.opType === "Cast") return !FLOAT_CASTS.has(attrInt2(node, "to", DataType.FLOAT));
  return NON_DIFFERENTIABLE.has(node.opType);
}
var BACKWARD_RULES = /* @__PURE__ */ new Set([
  "Identity",
  "Dropout",
  "Cast",
  "Flatten",
  "Reshape",
  "Squeeze",
  "Unsqueeze",
  "Neg",
  "Relu",
  "LeakyRelu",
  "Sigmoid",
  "Tanh",
  "Exp",
  "Log",
  "Sqrt",
  "Clip",
  "Softmax",
  "LogSoftmax",
  "Add",
  "Sub",
  "Mul",
  "Div",
  "Gemm",
  "MatMul",
  "Transpose",
  "Concat",
  "Pad",
  "BatchNormalization",
  "Conv",
  "MaxPool",
  "AveragePool",
  "GlobalAveragePool"
]);
function differentiableTensors(graph, inputName) {
  const live = /* @__PURE__ */ new Set([inputName]);
  for (const node of graph.nodes) {
    if (isNonDifferentiable(node)) continue;
    if (!node.inputs.some((name) => name && live.has(name))) continue;
    for (const output of node.outputs) if (output) live.add(output);
  }
  return live;
}
var Emitter = class {
  constructor(taken, opset, forwardOpset, shapes, trainingFlags) {
    this.taken = taken;
    this.opset = opset;
    this.forwardOpset = forwardOpset;
    this.shapes = shapes;
    this.trainingFlags = trainingFlags;
  }
  taken;
  opset;
  forwardOpset;
  shapes;
  trainingFlags;
  nodes = [];
  initializers = /* @__PURE__ */ new Map();
  counter = 0;
  fresh(hint) {
    let name;
    do
      name = `grad/${hint}_${this.counter++}`;
    while (this.taken.has(name));
    return name;
  }
  op(opType, inputs, attributes = {}, outputCount = 1) {
    const base = this.fresh(opType.toLowerCase());
    const outputs = Array.from({ length: outputCount }, (_, i) => i === 0 ? base : `${base}:${i}`);
    this.nodes.push({ opType, domain: "", name: base, inputs: [...inputs], outputs, attributes });
    return outputs;
  }
  one(opType, inputs, attributes = {}) {
    return this.op(opType, inputs, attributes)[0];
  }
  int64s(values, dims = [values.length]) {
    const name = this.fresh("i64");
    this.initializers.set(name, {
      dataType: DataType.INT64,
      dims: [...dims],
      data: BigInt64Array.from(values, (v) => BigInt(v))
    });
    return name;
  }
  floats(values, dims = [values.length]) {
    const name = this.fresh("f32");
    this.initializers.set(name, {
      dataType: DataType.FLOAT,
      dims: [...dims],
      data: Float32Array.from(values)
    });
    return name;
  }
  scalars = /* @__PURE__ */ new Map();
  /** Float scalars are shared: the backward rules ask for the same 0 and 1 many times. */
  scalar(value) {
    let name = this.scalars.get(value);
    if (!name) {
      name = this.floats([value], []);
      this.scalars.set(value, name);
    }
    return name;
  }
  reduceSum(input, axes, keepdims) {
    return this.one("ReduceSum", [input, this.int64s(axes)], { keepdims: ints2(keepdims ? 1 : 0) });
  }
  /** ReduceMax took its axes as an attribute until opset 18. */
  reduceMax(input, axes, keepdims) {
    const keep = { keepdims: ints2(keepdims ? 1 : 0) };
    if (this.opset >= 18) return this.one("ReduceMax", [input, this.int64s(axes)], keep);
    return this.one("ReduceMax", [input], { ...keep, axes: { kind: "ints", value: [...axes] } });
  }
  /** `grad` reshaped to the runtime shape of `like`. */
  reshapeLike(grad, like) {
    return this.one("Reshape", [grad, this.one("Shape", [like])]);
  }
  slice(input, starts, ends, axes) {
    return this.one("Slice", [input, this.int64s(starts), this.int64s(ends), this.int64s(axes)]);
  }
};
var ints2 = (value) => ({ kind: "int", value });
var intList = (value) => ({ kind: "ints", value: [...value] });
function unsupported(node, detail) {
  return new UnsupportedGradientError(node.opType, `${node.opType} node '${node.name}': ${detail}`);
}
function unbroadcast(ctx, grad, gradShape, target) {
  const targetShape = ctx.shape(target);
  const extra = gradShape.length - targetShape.length;
  const axes = [];
  for (let i = 0; i < gradShape.length; i++) {
    if (i < extra || targetShape[i - extra] === 1 && gradShape[i] !== 1) axes.push(i);
  }
  if (axes.length === 0 && extra === 0) return grad;
  const summed = axes.length > 0 ? ctx.emit.reduceSum(grad, axes, true) : grad;
  return ctx.emit.reshapeLike(summed, target);
}
function backwardNode(ctx) {
  const { emit, node, grad, needs } = ctx;
  const input = (i) => node.inputs[i];
  const output = node.outputs[0];
  const onlyFirst = (value) => [value];
  const refuseOthers = (from, what) => {
    for (let i = from; i < node.inputs.length; i++) {
      if (needs(i)) throw unsupported(node, `${what} (input ${i}) depends on the model input`);
    }
  };
  const zero = () => emit.scalar(0);
  switch (node.opType) {
    case "Identity":
      return onlyFirst(grad);
    case "Dropout": {
      refuseOthers(1, "the ratio or training mode");
      const training = node.inputs[2] ? emit.trainingFlags.get(node.inputs[2]) : void 0;
      if (training !== false && node.inputs[2]) {
        throw unsupported(node, "training_mode is not a constant false: the output is random");
      }
      return onlyFirst(grad);
    }
    case "Cast":
      return onlyFirst(grad);
    case "Flatten":
    case "Reshape":
    case "Squeeze":
    case "Unsqueeze":
      refuseOthers(1, "the target shape or axes");
      return onlyFirst(emit.reshapeLike(grad, input(0)));
    case "Neg":
      return onlyFirst(emit.one("Neg", [grad]));
    case "Relu":
      return onlyFirst(emit.one("Where", [emit.one("Greater", [input(0), zero()]), grad, zero()]));
    case "LeakyRelu": {
      const leak = emit.one("Mul", [grad, emit.scalar(attrFloat2(node, "alpha", 0.01))]);
      return onlyFirst(emit.one("Where", [emit.one("Greater", [input(0), zero()]), grad, leak]));
    }
    case "Sigmoid": {
      const slope = emit.one("Mul", [output, emit.one("Sub", [emit.scalar(1), output])]);
      return onlyFirst(emit.one("Mul", [grad, slope]));
    }
    case "Tanh": {
      const slope = emit.one("Sub", [emit.scalar(1), emit.one("Mul", [output, output])]);
      return onlyFirst(emit.one("Mul", [grad, slope]));
    }
    case "Exp":
      return onlyFirst(emit.one("Mul", [grad, output]));
    case "Log":
      return onlyFirst(emit.one("Div", [grad, input(0)]));
    case "Sqrt":
      return onlyFirst(emit.one("Div", [grad, emit.one("Mul", [output, emit.scalar(2)])]));
    case "Clip": {
      refuseOthers(1, "a bound");
      let mask;
      const bound = (i, compare2) => {
        const name = node.inputs[i];
        if (!name) return;
        const inside = emit.one(compare2, [input(0), name]);
        mask = mask ? emit.one("And", [mask, inside]) : inside;
      };
      bound(1, "GreaterOrEqual");
      bound(2, "LessOrEqual");
      return onlyFirst(mask ? emit.one("Where", [mask, grad, zero()]) : grad);
    }
    case "Softmax": {
      const axis = attrInt2(node, "axis", -1);
      const dot = emit.reduceSum(emit.one("Mul", [grad, output]), [axis], true);
      return onlyFirst(emit.one("Mul", [output, emit.one("Sub", [grad, dot])]));
    }
    case "LogSoftmax": {
      const axis = attrInt2(node, "axis", -1);
      const total = emit.reduceSum(grad, [axis], true);
      return onlyFirst(emit.one("Sub", [grad, emit.one("Mul", [emit.one("Exp", [output]), total])]));
    }
    case "Add":
    case "Sub":
    case "Mul":
    case "Div": {
      const outShape = ctx.shape(output);
      const result = [void 0, void 0];
      const [a, b] = [input(0), input(1)];
      if (needs(0)) {
        const local = node.opType === "Mul" ? emit.one("Mul", [grad, b]) : node.opType === "Div" ? emit.one("Div", [grad, b]) : grad;
        result[0] = unbroadcast(ctx, local, outShape, a);
      }
      if (needs(1)) {
        let local;
        if (node.opType === "Add") local = grad;
        else if (node.opType === "Sub") local = emit.one("Neg", [grad]);
        else if (node.opType === "Mul") local = emit.one("Mul", [grad, a]);
        else local = emit.one("Neg", [emit.one("Div", [emit.one("Mul", [grad, output]), b])]);
        result[1] = unbroadcast(ctx, local, outShape, b);
      }
      return result;
    }
    case "Gemm":
      return backwardGemm(ctx);
    case "MatMul":
      return backwardMatMul(ctx);
    case "Transpose": {
      const rank = ctx.shape(input(0)).length;
      const perm = attrInts2(node, "perm") ?? Array.from({ length: rank }, (_, i) => rank - 1 - i);
      const inverse = new Array(rank);
      perm.forEach((p, i) => inverse[p] = i);
      return onlyFirst(emit.one("Transpose", [grad], { perm: intList(inverse) }));
    }
    case "Concat": {
      const outShape = ctx.shape(output);
      const axis = normalizeAxis2(attrInt2(node, "axis", 0), outShape.length);
      let offset = 0;
      return node.inputs.map((name, i) => {
        const size = ctx.shape(name)[axis];
        const start = offset;
        offset += size;
        return needs(i) ? emit.slice(grad, [start], [start + size], [axis]) : void 0;
      });
    }
    case "Pad": {
      refuseOthers(1, "the pads or the pad value");
      if (attrString2(node, "mode", "constant") !== "constant") {
        throw unsupported(
          node,
          `mode '${attrString2(node, "mode", "")}' has no backward rule (only 'constant')`
        );
      }
      const rank = ctx.shape(input(0)).length;
      const pads = emit.forwardOpset >= 11 ? emit.shapes.ints.get(node.inputs[1] ?? "") : attrInts2(node, "pads");
      if (!pads) throw unsupported(node, "the pads are not a constant");
      const axesInput = emit.forwardOpset >= 18 && node.inputs[3] ? emit.shapes.ints.get(node.inputs[3]) : void 0;
      if (emit.forwardOpset >= 18 && node.inputs[3] && !axesInput)
        throw unsupported(node, "the axes are not a constant");
      const axes = axesInput?.map((a) => normalizeAxis2(a, rank)) ?? Array.from({ length: rank }, (_, i) => i);
      if (pads.some((p) => p < 0)) throw unsupported(node, "negative pads (cropping) have no backward rule");
      const begins = axes.map((_, i) => pads[i]);
      const ends = axes.map((_, i) => pads[i + axes.length] > 0 ? -pads[i + axes.length] : TO_END);
      return onlyFirst(emit.slice(grad, begins, ends, axes));
    }
    case "BatchNormalization": {
      refuseOthers(1, "a statistic");
      if (attrInt2(node, "training_mode", 0) !== 0)
        throw unsupported(node, "training_mode = 1 is not inference");
      const rank = ctx.shape(input(0)).length;
      const epsilon = emit.scalar(attrFloat2(node, "epsilon", 1e-5));
      const factor = emit.one("Div", [input(1), emit.one("Sqrt", [emit.one("Add", [input(4), epsilon])])]);
      const perChannel = emit.one("Reshape", [
        factor,
        emit.int64s([-1, ...new Array(rank - 2).fill(1)])
      ]);
      return onlyFirst(emit.one("Mul", [grad, perChannel]));
    }
    case "Conv":
      return backwardConv(ctx);
    case "MaxPool":
      return backwardMaxPool(ctx);
    case "AveragePool":
      return backwardAveragePool(ctx);
    case "GlobalAveragePool": {
      const spatial = ctx.shape(input(0)).slice(2);
      const scaled = emit.one("Div", [grad, emit.scalar(product3(spatial))]);
      return onlyFirst(emit.one("Expand", [scaled, emit.one("Shape", [input(0)])]));
    }
    default:
      throw unsupported(node, `${node.opType} has no backward rule`);
  }
}
function backwardGemm(ctx) {
  const { emit, node, grad, needs } = ctx;
  const [a, b, c] = [node.inputs[0], node.inputs[1], node.inputs[2]];
  const transA = attrInt2(node, "transA", 0);
  const transB = attrInt2(node, "transB", 0);
  const alpha = attrFloat2(node, "alpha", 1);
  const beta = attrFloat2(node, "beta", 1);
  const gemm = (left, right, tA, tB) => emit.one("Gemm", [left, right], {
    alpha: { kind: "float", value: alpha },
    transA: ints2(tA),
    transB: ints2(tB)
  });
  const result = [void 0, void 0, void 0];
  if (needs(0)) result[0] = transA ? gemm(b, grad, transB, 1) : gemm(grad, b, 0, transB ? 0 : 1);
  if (needs(1)) result[1] = transB ? gemm(grad, a, 1, transA) : gemm(a, grad, transA ? 0 : 1, 0);
  if (c && needs(2)) {
    const scaled = beta === 1 ? grad : emit.one("Mul", [grad, emit.scalar(beta)]);
    result[2] = unbroadcast(ctx, scaled, ctx.shape(node.outputs[0]), c);
  }
  return result;
}
function backwardMatMul(ctx) {
  const { emit, node, grad, needs } = ctx;
  const [a, b] = [node.inputs[0], node.inputs[1]];
  const shapeA = ctx.shape(a);
  const shapeB = ctx.shape(b);
  const outShape = ctx.shape(node.outputs[0]);
  if (shapeA.length < 2) throw unsupported(node, "a 1-D left operand has no backward rule");
  const swapLast = (rank) => [...Array.from({ length: rank - 2 }, (_, i) => i), rank - 1, rank - 2];
  const result = [void 0, void 0];
  if (shapeB.length === 1) {
    const column = emit.one("Unsqueeze", [grad, emit.int64s([-1])]);
    const gradShape = [...outShape, shapeB[0]];
    if (needs(0)) result[0] = unbroadcast(ctx, emit.one("Mul", [column, b]), gradShape, a);
    if (needs(1)) result[1] = unbroadcast(ctx, emit.one("Mul", [column, a]), gradShape, b);
    return result;
  }
  const batch = outShape.slice(0, -2);
  const [n, k] = shapeA.slice(-2);
  const m = shapeB[shapeB.length - 1];
  if (needs(0)) {
    const bT = emit.one("Transpose", [b], { perm: intList(swapLast(shapeB.length)) });
    result[0] = unbroadcast(ctx, emit.one("MatMul", [grad, bT]), [...batch, n, k], a);
  }
  if (needs(1)) {
    const aT = emit.one("Transpose", [a], { perm: intList(swapLast(shapeA.length)) });
    result[1] = unbroadcast(ctx, emit.one("MatMul", [aT, grad]), [...batch, k, m], b);
  }
  return result;
}
function transposedPadding(spatial, geometry) {
  const rank = spatial.length;
  const pads = [...geometry.pads];
  const outputPadding = new Array(rank).fill(0);
  for (let i = 0; i < rank; i++) {
    const effective = (geometry.kernel[i] - 1) * geometry.dilations[i] + 1;
    const full = geometry.strides[i] * (geometry.outSpatial[i] - 1) + effective;
    const missing = spatial[i] - (full - pads[i] - pads[i + rank]);
    if (missing >= 0) outputPadding[i] = missing;
    else pads[i + rank] = pads[i + rank] - missing;
  }
  return { pads, outputPadding };
}
function convTranspose(emit, grad, weight, geometry, spatial, group) {
  const { pads, outputPadding } = transposedPadding(spatial, geometry);
  return emit.one("ConvTranspose", [grad, weight], {
    kernel_shape: intList(geometry.kernel),
    strides: intList(geometry.strides),
    dilations: intList(geometry.dilations),
    pads: intList(pads),
    output_padding: intList(outputPadding),
    group: ints2(group)
  });
}
function backwardConv(ctx) {
  const { emit, node, grad, needs } = ctx;
  if (needs(1) || needs(2))
    throw unsupported(node, "a weight or bias that depends on the model input has no backward rule");
  const x = node.inputs[0];
  const inShape = ctx.shape(x);
  const geometry = windowGeometry2(node, inShape, ctx.shape(node.inputs[1]));
  const group = attrInt2(node, "group", 1);
  return [convTranspose(emit, grad, node.inputs[1], geometry, inShape.slice(2), group)];
}
function hasOverlappingWindows(node) {
  const kernel = attrInts2(node, "kernel_shape") ?? [];
  const strides = attrInts2(node, "strides");
  const dilations = attrInts2(node, "dilations");
  return kernel.some((k, i) => (k - 1) * (dilations?.[i] ?? 1) + 1 > (strides?.[i] ?? 1));
}
function backwardMaxPool(ctx) {
  const { emit, node, grad } = ctx;
  const x = node.inputs[0];
  const overlapping = hasOverlappingWindows(node);
  const attributes = { ...node.attributes, storage_order: ints2(0) };
  const indices = emit.op("MaxPool", [x], attributes, 2)[1];
  const flat = emit.int64s([-1]);
  const size = emit.one("Reshape", [emit.one("Size", [x]), emit.int64s([1])]);
  const zeros = emit.one("ConstantOfShape", [size], {
    value: { kind: "tensor", value: { dataType: DataType.FLOAT, dims: [1], data: Float32Array.of(0) } }
  });
  const scatterAttributes = { axis: ints2(0) };
  if (overlapping) scatterAttributes.reduction = { kind: "string", value: "add" };
  const scattered = emit.one(
    "ScatterElements",
    [zeros, emit.one("Reshape", [indices, flat]), emit.one("Reshape", [grad, flat])],
    scatterAttributes
  );
  return [emit.reshapeLike(scattered, x)];
}
function backwardAveragePool(ctx) {
  const { emit, node, grad } = ctx;
  const x = node.inputs[0];
  const inShape = ctx.shape(x);
  const geometry = windowGeometry2(node, inShape);
  if (geometry.dilations.some((d) => d !== 1))
    throw unsupported(node, "dilated average pooling has no backward rule");
  const spatial = inShape.slice(2);
  const rank = spatial.length;
  const channels = inShape[1];
  const countPads = attrInt2(node, "count_include_pad", 0) === 1;
  const perAxis = spatial.map(
    (size, i) => Array.from({ length: geometry.outSpatial[i] }, (_, o) => {
      const start = o * geometry.strides[i] - geometry.pads[i];
      const end = Math.min(start + geometry.kernel[i], size + geometry.pads[i + rank]);
      return countPads ? end - start : Math.min(end, size) - Math.max(start, 0);
    })
  );
  const divisors = [];
  const visit = (axis, acc) => {
    if (axis === rank) return void divisors.push(acc);
    for (const count2 of perAxis[axis]) visit(axis + 1, acc * count2);
  };
  visit(0, 1);
  const scaled = emit.one("Div", [grad, emit.floats(divisors, geometry.outSpatial)]);
  const kernelSize = product3(geometry.kernel);
  const ones = emit.floats(new Array(channels * kernelSize).fill(1), [
    channels,
    1,
    ...geometry.kernel
  ]);
  return [convTranspose(emit, scaled, ones, geometry, spatial, channels)];
}
function emitLoss(emit, logits, labels, loss) {
  const trueLogit = emit.reduceSum(emit.one("Mul", [logits, labels]), [1], false);
  if (loss === "ce") {
    const shifted = emit.one("Sub", [logits, emit.reduceMax(logits, [1], true)]);
    const lse = emit.one("Log", [emit.reduceSum(emit.one("Exp", [shifted]), [1], false)]);
    const shiftedTrue = emit.reduceSum(emit.one("Mul", [shifted, labels]), [1], false);
    const value2 = emit.one("Sub", [lse, shiftedTrue]);
    const grad = emit.one("Sub", [emit.one("Softmax", [logits], { axis: ints2(-1) }), labels]);
    return { loss: value2, grad };
  }
  const masked = emit.one("Sub", [logits, emit.one("Mul", [labels, emit.scalar(MASK_MAGNITUDE)])]);
  const other = emit.reduceMax(masked, [1], false);
  const value = emit.one("Sub", [other, trueLogit]);
  const best = emit.one("ArgMax", [masked], { axis: ints2(1), keepdims: ints2(1) });
  const zeros = emit.one("Mul", [labels, emit.scalar(0)]);
  const ones = emit.one("ConstantOfShape", [emit.one("Shape", [best])], {
    value: { kind: "tensor", value: { dataType: DataType.FLOAT, dims: [1], data: Float32Array.of(1) } }
  });
  const oneHot = emit.one("ScatterElements", [zeros, best, ones], { axis: ints2(1) });
  return { loss: value, grad: emit.one("Sub", [oneHot, labels]) };
}
function refuseOpsWithoutRule(graph, differentiable, logits) {
  const needed = /* @__PURE__ */ new Set([logits]);
  const onPath = [];
  for (let index = graph.nodes.length - 1; index >= 0; index--) {
    const node = graph.nodes[index];
    if (!node.outputs.some((name) => name && needed.has(name))) continue;
    for (const name of node.inputs) if (name) needed.add(name);
    if (isNonDifferentiable(node) || !node.inputs.some((name) => name && differentiable.has(name))) continue;
    onPath.push(node);
  }
  for (const node of onPath.reverse()) {
    if (node.domain !== "" && node.domain !== "ai.onnx") {
      throw unsupported(node, `ops of domain '${node.domain}' have no backward rule`);
    }
    if (!BACKWARD_RULES.has(node.opType)) throw unsupported(node, `${node.opType} has no backward rule`);
  }
}
function buildLossGradientGraph(graph, loss) {
  if (graph.inputs.length !== 1 || graph.outputs.length !== 1) {
    throw new Error("the gradient graph needs a classifier graph with one input and one output");
  }
  const inputName = graph.inputs[0].name;
  const logitsName = graph.outputs[0].name;
  const opset = graph.opsets[""] ?? graph.opsets["ai.onnx"];
  if (opset === void 0 || opset < MIN_OPSET) {
    throw new UnsupportedGradientError(
      "opset",
      `the model's ONNX opset ${opset ?? "(none)"} is older than ${MIN_OPSET}, which the backward graph needs`
    );
  }
  const facts = inferShapes(graph, opset);
  const taken = /* @__PURE__ */ new Set([
    inputName,
    LABELS_INPUT,
    LOSS_OUTPUT,
    GRADIENT_OUTPUT,
    ...graph.initializers.keys()
  ]);
  for (const node of graph.nodes)
    for (const name of [...node.inputs, ...node.outputs, node.name]) taken.add(name);
  const flags = /* @__PURE__ */ new Map();
  for (const [name, tensor] of graph.initializers) {
    if (tensor.dataType === DataType.BOOL && tensor.data.length === 1) flags.set(name, tensor.data[0] !== 0);
  }
  for (const node of graph.nodes) {
    const value = attr(node, "value");
    if (node.opType === "Constant" && value?.kind === "tensor" && value.value.dataType === DataType.BOOL) {
      if (value.value.data.length === 1) flags.set(node.outputs[0], value.value.data[0] !== 0);
    }
  }
  const writeOpset = opset < 16 && graph.nodes.some((node) => node.opType === "MaxPool" && hasOverlappingWindows(node)) ? 16 : opset;
  const emit = new Emitter(taken, writeOpset, opset, facts, flags);
  const differentiable = differentiableTensors(graph, inputName);
  if (!differentiable.has(logitsName)) {
    throw new Error(`graph output '${logitsName}' does not depend on input '${inputName}'`);
  }
  refuseOpsWithoutRule(graph, differentiable, logitsName);
  const seed = emitLoss(emit, logitsName, LABELS_INPUT, loss);
  const pending = /* @__PURE__ */ new Map([[logitsName, [seed.grad]]]);
  const gradientOf = (name) => {
    const parts = pending.get(name);
    if (!parts || parts.length === 0) return void 0;
    return parts.length === 1 ? parts[0] : emit.one("Sum", parts);
  };
  const shape = (node) => (name) => {
    const known = facts.shapes.get(name);
    if (!known) throw unsupported(node, `the shape of '${name}' could not be inferred`);
    return known;
  };
  for (let index = graph.nodes.length - 1; index >= 0; index--) {
    const node = graph.nodes[index];
    const outputsWithGradient = node.outputs.filter((name) => name && pending.has(name));
    if (outputsWithGradient.length === 0) continue;
    if (node.outputs.slice(1).some((name) => name && pending.has(name) && differentiable.has(name))) {
      throw unsupported(node, "a gradient through an output other than the first has no backward rule");
    }
    const grad = gradientOf(node.outputs[0]);
    if (!grad) continue;
    const contributions = backwardNode({
      emit,
      node,
      grad,
      needs: (i) => {
        const name = node.inputs[i];
        return name !== void 0 && name !== "" && differentiable.has(name);
      },
      shape: shape(node)
    });
    contributions.forEach((contribution, i) => {
      const name = node.inputs[i];
      if (!contribution || !name || !differentiable.has(name)) return;
      const list2 = pending.get(name) ?? [];
      list2.push(contribution);
      pending.set(name, list2);
    });
  }
  const inputGradient = gradientOf(inputName) ?? emit.one("Mul", [inputName, emit.scalar(0)]);
  emit.nodes.push(
    {
      opType: "Identity",
      domain: "",
      name: emit.fresh("loss"),
      inputs: [seed.loss],
      outputs: [LOSS_OUTPUT],
      attributes: {}
    },
    {
      opType: "Identity",
      domain: "",
      name: emit.fresh("grad"),
      inputs: [inputGradient],
      outputs: [GRADIENT_OUTPUT],
      attributes: {}
    }
  );
  const input = graph.inputs[0];
  const batchDim = input.shape?.[0] ?? "N";
  const opsetKey = "" in graph.opsets ? "" : "ai.onnx";
  return {
    ...graph,
    opsets: { ...graph.opsets, [opsetKey]: writeOpset },
    inputs: [
      input,
      { name: LABELS_INPUT, elemType: DataType.FLOAT, shape: [batchDim, graph.outputs[0].shape?.[1]] }
    ],
    outputs: [
      graph.outputs[0],
      { name: LOSS_OUTPUT, elemType: DataType.FLOAT, shape: [batchDim] },
      { name: GRADIENT_OUTPUT, elemType: DataType.FLOAT, shape: input.shape }
    ],
    initializers: new Map([...graph.initializers, ...emit.initializers]),
    nodes: [...graph.nodes, ...emit.nodes]
  };
}

// src/checks/robustness-check/runtime.ts
var DEFAULT_SPSA_SAMPLES = 32;
var CALL_VALUES = 32 * 2 ** 20;
var BACKWARD_FACTOR = 2;
var SPSA_STEP = 1e-3;
function sampleLoss(logits, offset, classes, label, loss) {
  const trueLogit = logits[offset + label];
  if (loss === "ce") {
    let max = -Infinity;
    for (let j = 0; j < classes; j++) max = Math.max(max, logits[offset + j]);
    let sum = 0;
    for (let j = 0; j < classes; j++) sum += Math.exp(logits[offset + j] - max);
    return Math.log(sum) + max - trueLogit;
  }
  let other = -Infinity;
  for (let j = 0; j < classes; j++) if (j !== label) other = Math.max(other, logits[offset + j]);
  return other - trueLogit;
}
function makeRng(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function checkPositiveInteger(value, what) {
  if (!Number.isInteger(value) || value < 1) {
    throw new UsageError("INVALID_CONFIG", `${what} must be a positive integer, got ${value}`);
  }
}
var RuntimeClassifier = class {
  constructor(ort, graph, forward, sampleShape, classes, options, rowsPerCall, gradientRowsPerCall, backwardGraphs, unsupportedNote) {
    this.ort = ort;
    this.graph = graph;
    this.forward = forward;
    this.sampleShape = sampleShape;
    this.classes = classes;
    this.options = options;
    this.rowsPerCall = rowsPerCall;
    this.gradientRowsPerCall = gradientRowsPerCall;
    this.backwardGraphs = backwardGraphs;
    this.inputSize = sampleShape.reduce((a, b) => a * b, 1);
    this.fallbackNote = unsupportedNote;
  }
  ort;
  graph;
  forward;
  sampleShape;
  classes;
  options;
  rowsPerCall;
  gradientRowsPerCall;
  backwardGraphs;
  inputSize;
  rows = 0;
  gradientSessions = /* @__PURE__ */ new Map();
  fallbackNote;
  calls = 0;
  released = false;
  get queries() {
    return this.rows;
  }
  get gradients() {
    return this.fallbackNote === void 0 ? "exact" : "estimated";
  }
  get gradientNote() {
    return this.fallbackNote;
  }
  get inputName() {
    return this.graph.inputs[0].name;
  }
  get outputName() {
    return this.graph.outputs[0].name;
  }
  checkBatch(inputs, n) {
    if (this.released) throw new Error("the classifier was released");
    if (!Number.isInteger(n) || n < 0 || inputs.length !== n * this.inputSize) {
      throw new Error(`expected ${n} samples of ${this.inputSize} values, got ${inputs.length} values`);
    }
  }
  tensor(data, dims) {
    return new this.ort.Tensor("float32", data, [...dims]);
  }
  async logits(inputs, n) {
    this.checkBatch(inputs, n);
    const batchSize = this.rowsPerCall;
    if (n > 0 && n <= batchSize) {
      const result = await this.forward.run({
        [this.inputName]: this.tensor(inputs, [n, ...this.sampleShape])
      });
      this.rows += n;
      return result[this.outputName].data;
    }
    const out = new Float32Array(n * this.classes);
    for (let start = 0; start < n; start += batchSize) {
      const rows = Math.min(batchSize, n - start);
      const view = inputs.subarray(start * this.inputSize, (start + rows) * this.inputSize);
      const result = await this.forward.run({
        [this.inputName]: this.tensor(view, [rows, ...this.sampleShape])
      });
      out.set(result[this.outputName].data, start * this.classes);
      this.rows += rows;
    }
    return out;
  }
  async lossGradient(inputs, labels, n, loss) {
    this.checkBatch(inputs, n);
    if (labels.length !== n) throw new Error(`expected ${n} labels, got ${labels.length}`);
    for (const y of labels) {
      if (!Number.isInteger(y) || y < 0 || y >= this.classes) {
        throw new Error(`a label is outside 0..${this.classes - 1}`);
      }
    }
    const call = this.calls++;
    const session = this.fallbackNote === void 0 ? await this.gradientSession(loss) : void 0;
    if (!session) return this.estimate(inputs, labels, n, loss, call);
    const batchSize = this.gradientRowsPerCall;
    const runChunk = async (start, rows) => {
      const onehot = new Float32Array(rows * this.classes);
      for (let r = 0; r < rows; r++) onehot[r * this.classes + labels[start + r]] = 1;
      const view = inputs.subarray(start * this.inputSize, (start + rows) * this.inputSize);
      const result = await session.run(
        {
          [this.inputName]: this.tensor(view, [rows, ...this.sampleShape]),
          [LABELS_INPUT]: this.tensor(onehot, [rows, this.classes])
        },
        [this.outputName, GRADIENT_OUTPUT]
      );
      this.rows += rows;
      return {
        logits: result[this.outputName].data,
        gradient: result[GRADIENT_OUTPUT].data
      };
    };
    if (n > 0 && n <= batchSize) return runChunk(0, n);
    const logits = new Float32Array(n * this.classes);
    const gradient = new Float32Array(n * this.inputSize);
    for (let start = 0; start < n; start += batchSize) {
      const chunk = await runChunk(start, Math.min(batchSize, n - start));
      logits.set(chunk.logits, start * this.classes);
      gradient.set(chunk.gradient, start * this.inputSize);
    }
    return { logits, gradient };
  }
  /** The loss's gradient session, or undefined (and SPSA from now on) when it does not load. */
  async gradientSession(loss) {
    const backward2 = this.backwardGraphs?.get(loss);
    if (!backward2) return void 0;
    let pending = this.gradientSessions.get(loss);
    if (!pending) {
      pending = this.ort.InferenceSession.create(
        writeOnnxModel(backward2),
        sessionOptions(this.options.threads)
      );
      this.gradientSessions.set(loss, pending);
    }
    try {
      return await pending;
    } catch {
      this.gradientSessions.delete(loss);
      this.fallbackNote ??= `onnxruntime could not load the backward graph; ${spsaNote(this.options.spsaSamples)}`;
      return void 0;
    }
  }
  /**
   * SPSA: for each sample, central differences of the loss along random +-1 directions, averaged.
   * The rows of several samples (the point itself and its 2 x spsaSamples perturbations) share
   * forward calls; each call draws its directions from a generator of its own, so an estimate
   * depends only on the seed and the order in which the calls were made.
   */
  async estimate(inputs, labels, n, loss, call) {
    const d = this.inputSize;
    const directions = this.options.spsaSamples;
    const rowsPerSample = 2 * directions + 1;
    const samplesPerGroup = Math.max(1, Math.floor(this.rowsPerCall / rowsPerSample));
    const rng = makeRng((Math.imul(this.options.seed, 2654435761) ^ Math.imul(call + 1, 2246822507)) >>> 0);
    const logits = new Float32Array(n * this.classes);
    const gradient = new Float32Array(n * d);
    for (let first = 0; first < n; first += samplesPerGroup) {
      const count2 = Math.min(samplesPerGroup, n - first);
      const points = new Float32Array(count2 * rowsPerSample * d);
      const steps = new Float64Array(count2);
      const signs = new Int8Array(count2 * directions * d);
      for (let s = 0; s < count2; s++) {
        const x = inputs.subarray((first + s) * d, (first + s + 1) * d);
        let largest = 1;
        for (const v of x) largest = Math.max(largest, Math.abs(v));
        const step = SPSA_STEP * largest;
        steps[s] = step;
        const base = s * rowsPerSample * d;
        points.set(x, base);
        for (let q = 0; q < directions; q++) {
          const up = base + (1 + 2 * q) * d;
          const down = up + d;
          const offset = (s * directions + q) * d;
          for (let i = 0; i < d; i++) {
            const sign = rng() < 0.5 ? -1 : 1;
            signs[offset + i] = sign;
            points[up + i] = x[i] + step * sign;
            points[down + i] = x[i] - step * sign;
          }
        }
      }
      const rowLogits = await this.logits(points, count2 * rowsPerSample);
      for (let s = 0; s < count2; s++) {
        const sample = first + s;
        const label = labels[sample];
        const rowOffset = (row) => (s * rowsPerSample + row) * this.classes;
        logits.set(rowLogits.subarray(rowOffset(0), rowOffset(0) + this.classes), sample * this.classes);
        const out = gradient.subarray(sample * d, (sample + 1) * d);
        for (let q = 0; q < directions; q++) {
          const lossUp = sampleLoss(rowLogits, rowOffset(1 + 2 * q), this.classes, label, loss);
          const lossDown = sampleLoss(rowLogits, rowOffset(2 + 2 * q), this.classes, label, loss);
          const slope = (lossUp - lossDown) / (2 * steps[s]) / directions;
          const offset = (s * directions + q) * d;
          for (let i = 0; i < d; i++) out[i] += slope * signs[offset + i];
        }
      }
    }
    return { logits, gradient };
  }
  async release() {
    if (this.released) return;
    this.released = true;
    const sessions = [...this.gradientSessions.values()];
    this.gradientSessions.clear();
    await this.forward.release();
    for (const pending of sessions) {
      const session = await pending.catch(() => void 0);
      await session?.release();
    }
  }
};
function sessionOptions(threads) {
  return {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: "sequential",
    graphOptimizationLevel: "all"
  };
}
function spsaNote(samples) {
  return `gradients are estimated with SPSA (${samples} samples)`;
}
async function createOnnxClassifier(ort, model, options) {
  checkPositiveInteger(options.batchSize, "the batch size");
  checkPositiveInteger(options.threads, "the thread count");
  const spsaSamples = options.spsaSamples ?? DEFAULT_SPSA_SAMPLES;
  checkPositiveInteger(spsaSamples, "the number of SPSA samples");
  if (model.graph.inputs.length !== 1 || model.graph.outputs.length !== 1) {
    throw new Error("the classifier graph must have one input and one output");
  }
  const declared = model.graph.inputs[0].shape?.slice(1);
  if (declared && (declared.length !== model.sampleShape.length || declared.some((d, i) => typeof d === "number" && d !== model.sampleShape[i]))) {
    throw new Error(`the sample shape [${model.sampleShape.join(", ")}] does not match the graph's input`);
  }
  const { total } = modelSizes(model.graph);
  const rowsPerCall = rowsWithinBudget(total, options.batchSize, CALL_VALUES);
  const gradientRowsPerCall = rowsWithinBudget(BACKWARD_FACTOR * total, options.batchSize, CALL_VALUES);
  let backwardGraphs;
  let unsupportedNote;
  try {
    backwardGraphs = new Map(
      ["ce", "margin"].map((loss) => [loss, buildLossGradientGraph(model.graph, loss)])
    );
  } catch (error) {
    if (!(error instanceof UnsupportedGradientError)) throw error;
    unsupportedNote = `${error.message}; ${spsaNote(spsaSamples)}`;
  }
  let forward;
  try {
    forward = await ort.InferenceSession.create(writeOnnxModel(model.graph), sessionOptions(options.threads));
  } catch (error) {
    const reason = printable(errorMessage(error).split("\n")[0].trim()).slice(0, 300);
    throw new UsageError(
      "INVALID_INPUT",
      `onnxruntime could not load the classifier graph built from the model: ${reason}`,
      { cause: error }
    );
  }
  return new RuntimeClassifier(
    ort,
    model.graph,
    forward,
    [...model.sampleShape],
    model.classes,
    { ...options, spsaSamples },
    rowsPerCall,
    gradientRowsPerCall,
    backwardGraphs,
    unsupportedNote
  );
}

// src/checks/robustness-check/settings.ts
function invalid2(option, message) {
  return new UsageError("INVALID_INPUT", `${option}: ${message}`);
}
function text(options, name) {
  const value = options[name];
  return typeof value === "string" && value !== "" ? value : void 0;
}
function list(options, name) {
  const value = options[name];
  return Array.isArray(value) ? value : [];
}
function numberOption(options, name) {
  const value = options[name];
  return typeof value === "number" ? value : void 0;
}
function integer(options, name, min, max) {
  const value = numberOption(options, name);
  if (value === void 0 || !Number.isInteger(value) || value < min || value > max) {
    throw invalid2(name, `expected a whole number from ${min} to ${max}`);
  }
  return value;
}
function fraction(options, name, openAtZero) {
  const value = numberOption(options, name);
  if (value === void 0) return void 0;
  if (!(value <= 1) || (openAtZero ? !(value > 0) : !(value >= 0))) {
    throw invalid2(
      name,
      `expected a number ${openAtZero ? "above 0" : "from 0"} up to 1 (a share, not a percentage)`
    );
  }
  return value;
}
function parseNumber(option, value) {
  const parsed = Number(value);
  if (value.trim() === "" || !Number.isFinite(parsed))
    throw invalid2(option, `${JSON.stringify(value)} is not a number`);
  return parsed;
}
function dataFiles(options, inputs, labels) {
  const inputsFile = text(options, inputs);
  const labelsFile = text(options, labels);
  if (inputsFile === void 0) {
    if (labelsFile !== void 0) throw invalid2(labels, `is set but ${inputs} is not`);
    return void 0;
  }
  return { inputs: inputsFile, ...labelsFile === void 0 ? {} : { labels: labelsFile } };
}
function minimums(values, epsilons) {
  const result = /* @__PURE__ */ new Map();
  for (const item of values) {
    const colon = item.indexOf(":");
    const minimum = parseNumber("min-robust-accuracy", colon < 0 ? item : item.slice(colon + 1));
    if (!(minimum >= 0 && minimum <= 1)) {
      throw invalid2("min-robust-accuracy", `${item}: a minimum is a share from 0 to 1, not a percentage`);
    }
    if (colon < 0) {
      for (const epsilon2 of epsilons) result.set(epsilon2, minimum);
      continue;
    }
    const epsilon = parseNumber("min-robust-accuracy", item.slice(0, colon));
    if (!epsilons.includes(epsilon)) {
      throw invalid2(
        "min-robust-accuracy",
        `${item}: epsilon ${epsilon} is not one of epsilons (${epsilons.join(", ")})`
      );
    }
    result.set(epsilon, minimum);
  }
  return result;
}
function readSettings(options) {
  const model = text(options, "model");
  if (model === void 0) throw invalid2("model", "name the ONNX classifier to evaluate");
  const data = dataFiles(options, "inputs", "labels");
  if (data === void 0) throw invalid2("inputs", "name the evaluation data (.npy, .npz or .csv)");
  const range = list(options, "input-range").map((item) => parseNumber("input-range", item));
  if (range.length !== 2 || !(range[0] < range[1])) {
    throw invalid2("input-range", "expected two numbers `low,high` with low below high");
  }
  const epsilons = [...new Set(list(options, "epsilons").map((item) => parseNumber("epsilons", item)))].sort(
    (a, b) => a - b
  );
  if (epsilons.length === 0) throw invalid2("epsilons", "name at least one perturbation budget");
  if (epsilons.some((epsilon) => !(epsilon > 0))) {
    throw invalid2("epsilons", "each budget must be above 0 (clean accuracy is always reported)");
  }
  const attacks = [...new Set(list(options, "attacks"))];
  if (attacks.length === 0) throw invalid2("attacks", "name at least one attack");
  const mean = list(options, "mean").map((item) => parseNumber("mean", item));
  const std = list(options, "std").map((item) => parseNumber("std", item));
  if (std.some((value) => !(value > 0))) throw invalid2("std", "each standard deviation must be above 0");
  const scale = numberOption(options, "scale");
  if (scale !== void 0 && !(scale !== 0)) throw invalid2("scale", "must not be 0");
  const layout = text(options, "layout");
  const preprocessing = {
    ...scale === void 0 ? {} : { scale },
    ...mean.length ? { mean } : {},
    ...std.length ? { std } : {},
    ...layout ? { layout } : {}
  };
  const maxDrop = fraction(options, "max-drop", false);
  const significance = fraction(options, "significance", true) ?? 0.05;
  const maxMembershipAuc = fraction(options, "max-membership-auc", false) ?? 0.6;
  const train = dataFiles(options, "train-inputs", "train-labels");
  const holdout = dataFiles(options, "holdout-inputs", "holdout-labels");
  if (train === void 0 !== (holdout === void 0)) {
    throw invalid2(
      train === void 0 ? "train-inputs" : "holdout-inputs",
      "membership inference needs both train-inputs and holdout-inputs"
    );
  }
  const compareTo = text(options, "compare-to");
  const saveResult = text(options, "save-result");
  return {
    model,
    data,
    labelColumn: text(options, "label-column") ?? "label",
    lower: range[0],
    upper: range[1],
    preprocessing,
    outputKind: text(options, "output-kind") ?? "auto",
    epsilons,
    norm: text(options, "norm") ?? "linf",
    attacks,
    certify: text(options, "certify") ?? "ibp",
    samples: integer(options, "samples", 1, 1e6),
    seed: integer(options, "seed", 0, 2 ** 31 - 1),
    pgdSteps: integer(options, "pgd-steps", 1, 1e4),
    pgdRestarts: integer(options, "pgd-restarts", 1, 100),
    squareQueries: integer(options, "square-queries", 1, 1e6),
    hsjQueries: integer(options, "hsj-queries", 1, 1e6),
    minRobustAccuracy: minimums(list(options, "min-robust-accuracy"), epsilons),
    ...maxDrop === void 0 ? {} : { maxDrop },
    significance,
    ...compareTo === void 0 ? {} : { compareTo },
    ...saveResult === void 0 ? {} : { saveResult },
    ...train && holdout ? { membership: { train, holdout } } : {},
    maxMembershipAuc,
    batchSize: integer(options, "batch-size", 1, 65536),
    threads: integer(options, "threads", 1, 256)
  };
}

// src/checks/robustness-check/statistics.ts
function logFactorial(n) {
  let total = 0;
  for (let k = 2; k <= n; k += 1) total += Math.log(k);
  return total;
}
function binomialUpperTail(k, n) {
  if (k <= 0) return 1;
  if (k > n) return 0;
  const logN = logFactorial(n);
  let logFactorialK = logFactorial(k);
  let logFactorialRest = logFactorial(n - k);
  const terms = [];
  for (let i = k; i <= n; i += 1) {
    terms.push(logN - logFactorialK - logFactorialRest - n * Math.LN2);
    logFactorialK += Math.log(i + 1);
    if (n - i > 0) logFactorialRest -= Math.log(n - i);
  }
  const top = Math.max(...terms);
  const sum = terms.reduce((total, term) => total + Math.exp(term - top), 0);
  return Math.min(1, Math.exp(top) * sum);
}
function comparePaired(base, current) {
  if (base.length !== current.length) throw new RangeError("paired outcomes of different lengths");
  let lost = 0;
  let gained = 0;
  for (let index = 0; index < base.length; index += 1) {
    if (base[index] && !current[index]) lost += 1;
    else if (!base[index] && current[index]) gained += 1;
  }
  const samples = base.length;
  return {
    lost,
    gained,
    samples,
    drop: samples ? (lost - gained) / samples : 0,
    pValue: binomialUpperTail(lost, lost + gained)
  };
}
function lossThresholdAttack(memberLosses, nonMemberLosses) {
  const members = memberLosses.length;
  const nonMembers = nonMemberLosses.length;
  if (members === 0 || nonMembers === 0) throw new RangeError("membership inference needs both sets");
  for (const losses of [memberLosses, nonMemberLosses])
    for (const loss of losses)
      if (Number.isNaN(loss)) throw new RangeError("membership inference needs losses that are numbers");
  const all = [
    ...Array.from(memberLosses, (loss) => ({ loss, member: true })),
    ...Array.from(nonMemberLosses, (loss) => ({ loss, member: false }))
  ].sort((a, b) => a.loss - b.loss);
  let truePositives = 0;
  let falsePositives = 0;
  let auc = 0;
  let maxAdvantage = 0;
  let tprAtOnePercentFpr = 0;
  for (let index = 0; index < all.length; ) {
    let tiedMembers = 0;
    let tiedOthers = 0;
    const loss = all[index].loss;
    while (index < all.length && all[index].loss === loss) {
      if (all[index].member) tiedMembers += 1;
      else tiedOthers += 1;
      index += 1;
    }
    auc += tiedOthers * (truePositives + tiedMembers / 2);
    truePositives += tiedMembers;
    falsePositives += tiedOthers;
    const tpr = truePositives / members;
    const fpr = falsePositives / nonMembers;
    maxAdvantage = Math.max(maxAdvantage, tpr - fpr);
    if (fpr <= 0.01) tprAtOnePercentFpr = Math.max(tprAtOnePercentFpr, tpr);
  }
  return { auc: auc / (members * nonMembers), maxAdvantage, tprAtOnePercentFpr, members, nonMembers };
}

// src/checks/robustness-check/transforms.ts
var MIN_PROBABILITY = 1e-30;
var MAX_PROBABILITY = 1 - 2 ** -24;
var MIN_OPSET2 = {
  Transpose: 1,
  Identity: 1,
  Mul: 7,
  Sub: 7,
  Div: 7,
  Log: 6,
  Clip: 6,
  Concat: 4
};
var TYPE_NAMES = Object.fromEntries(
  Object.entries(DataType).map(([name, code]) => [code, name])
);
function describeValue(value) {
  const type = TYPE_NAMES[value.elemType] ?? (value.elemType === 0 ? "a non-tensor" : `type ${value.elemType}`);
  return `'${value.name}' (${type} ${describeShape(value.shape)})`;
}
function describeShape(shape) {
  return shape ? `[${shape.map((d) => d ?? "?").join(", ")}]` : "without a shape";
}
function floatTensor(dims, values) {
  return { dataType: DataType.FLOAT, dims: [...dims], data: Float32Array.from(values) };
}
var GraphEditor = class {
  constructor(model, file) {
    this.model = model;
    this.file = file;
    this.nodes = [...model.nodes];
    this.initializers = new Map(model.initializers);
    this.used = /* @__PURE__ */ new Set(["x", "logits", ...model.initializers.keys(), ...model.inputs.map((i) => i.name)]);
    for (const node of model.nodes)
      for (const name of [...node.inputs, ...node.outputs, node.name]) this.used.add(name);
  }
  model;
  file;
  nodes;
  initializers;
  used;
  counter = 0;
  /** Whether the model itself names a tensor `name`. */
  usedByModel(name) {
    return this.model.initializers.has(name) || this.model.inputs.some((i) => i.name === name) || this.model.nodes.some((n) => n.inputs.includes(name) || n.outputs.includes(name));
  }
  get opset() {
    return this.model.opsets[""] ?? this.model.opsets["ai.onnx"] ?? 1;
  }
  fresh(stem) {
    let name;
    do
      name = `mlsec_${stem}_${this.counter++}`;
    while (this.used.has(name));
    this.used.add(name);
    return name;
  }
  constant(stem, tensor) {
    const name = this.fresh(stem);
    this.initializers.set(name, tensor);
    return name;
  }
  /** A node of the default domain; `output` names its result (fresh when omitted). */
  op(opType, inputs, attributes = {}, output) {
    const needed = MIN_OPSET2[opType] ?? Infinity;
    if (this.opset < needed) {
      throw new UsageError(
        "INVALID_INPUT",
        `${this.file}: the model's opset ${this.opset} is older than ${needed}, which the ${opType} that mlsec adds needs; re-export the model with opset ${needed} or later`
      );
    }
    const out = output ?? this.fresh(opType.toLowerCase());
    return {
      opType,
      domain: "",
      name: this.fresh(`${opType.toLowerCase()}_node`),
      inputs,
      outputs: [out],
      attributes
    };
  }
  /** max(p, min) (and min(., max)): Clip's bounds are inputs from opset 11, attributes before. */
  clip(input, min, max) {
    if (this.opset >= 11) {
      const inputs = [input, this.constant("clip_min", floatTensor([], [min]))];
      if (max !== void 0) inputs.push(this.constant("clip_max", floatTensor([], [max])));
      return this.op("Clip", inputs);
    }
    const attributes = { min: { kind: "float", value: min } };
    if (max !== void 0) attributes["max"] = { kind: "float", value: max };
    return this.op("Clip", [input], attributes);
  }
};
var isDefaultDomain = (node) => node !== void 0 && (node.domain === "" || node.domain === "ai.onnx");
function toClassifierGraph(model, options) {
  const { file } = options;
  const fail = (message) => {
    throw new UsageError("INVALID_INPUT", `${file}: ${message}`);
  };
  const notes = [];
  const { input, modelSampleShape, fixedBatch } = selectInput(
    model,
    fail,
    options.dataSampleShape,
    options.preprocessing?.layout ?? "nchw",
    notes
  );
  const output = selectOutput(model, options.outputName, fail);
  if (model.outputs.length > 1) {
    const others = model.outputs.filter((o) => o !== output).map((o) => `'${o.name}'`);
    notes.push(
      `the model's output '${output.name}' is used; its other outputs (${others.join(", ")}) are not`
    );
  }
  const editor = new GraphEditor(model, file);
  const head = toLogits(editor, output, options.outputKind, notes, fail);
  if (fixedBatch !== void 0) rewriteFixedBatch(editor, input.name, fixedBatch, notes, fail);
  const layout = options.preprocessing?.layout ?? "nchw";
  const { prelude, modelInput, modelChannelsLast } = prependPreprocessing(
    editor,
    input,
    modelSampleShape,
    options.preprocessing,
    notes,
    fail
  );
  const renames = /* @__PURE__ */ new Map([[input.name, modelInput]]);
  const logitsIsComputed = head.tail.length > 0 || editor.nodes.some((n) => n.outputs.includes(head.logits));
  if (logitsIsComputed) renames.set(head.logits, "logits");
  for (const reserved of ["x", "logits"]) {
    if (reserved !== input.name && reserved !== head.logits && editor.usedByModel(reserved)) {
      renames.set(reserved, editor.fresh(`model_${reserved}`));
    }
  }
  const rename = (name) => renames.get(name) ?? name;
  const renameNode = (node) => ({
    ...node,
    inputs: node.inputs.map(rename),
    outputs: node.outputs.map(rename)
  });
  const nodes = [...prelude, ...editor.nodes.map(renameNode), ...head.tail.map(renameNode)];
  if (!logitsIsComputed) {
    nodes.push(editor.op("Identity", [rename(head.logits)], {}, "logits"));
  }
  const initializers = /* @__PURE__ */ new Map();
  for (const [name, tensor] of editor.initializers) initializers.set(rename(name), tensor);
  const kept = neededFor("logits", nodes);
  for (const name of [...initializers.keys()]) if (!kept.tensors.has(name)) initializers.delete(name);
  const sampleShape = layout === "nhwc" ? [modelSampleShape[1], modelSampleShape[2], modelSampleShape[0]] : [...modelSampleShape];
  const graph = {
    irVersion: model.irVersion,
    opsets: model.opsets,
    inputs: [{ name: "x", elemType: DataType.FLOAT, shape: ["batch", ...sampleShape] }],
    outputs: [{ name: "logits", elemType: DataType.FLOAT, shape: ["batch", head.classes] }],
    initializers,
    nodes: kept.nodes,
    ...model.producer !== void 0 ? { producer: model.producer } : {}
  };
  if (fixedBatch !== void 0) verifyBatch(graph, fixedBatch, file);
  let servedGraph;
  if (head.readsProbabilities) {
    const served = rename(output.name);
    const needed = neededFor(served, nodes);
    servedGraph = {
      ...graph,
      outputs: [{ name: served, elemType: DataType.FLOAT, shape: ["batch", output.shape[1]] }],
      initializers: new Map([...initializers].filter(([name]) => needed.tensors.has(name))),
      nodes: needed.nodes
    };
  }
  return {
    ...servedGraph ? { probabilities: { graph: servedGraph, kind: head.readsProbabilities } } : {},
    graph,
    sampleShape,
    classes: head.classes,
    outputKind: head.outputKind,
    notes,
    sourceOutput: output.name,
    channelsLast: layout === "nhwc" || modelChannelsLast || looksChannelsLast(sampleShape)
  };
}
function looksChannelsLast(sampleShape) {
  const usual = (d) => d === 1 || d === 3 || d === 4;
  return sampleShape.length === 3 && usual(sampleShape[2]) && !usual(sampleShape[0]);
}
function selectInput(model, fail, dataSampleShape, layout, notes) {
  if (model.inputs.length !== 1) {
    const found = model.inputs.length ? `: ${model.inputs.map(describeValue).join(", ")}` : "";
    fail(
      `the model must have exactly one input (a FLOAT tensor [batch, ...]), found ${model.inputs.length}${found}`
    );
  }
  const input = model.inputs[0];
  if (input.elemType !== DataType.FLOAT) fail(`model input ${describeValue(input)} is not a FLOAT tensor`);
  if (!input.shape || input.shape.length < 2) {
    fail(`model input ${describeValue(input)} needs a batch axis and a sample shape: [batch, ...]`);
  }
  let sample = input.shape.slice(1);
  const fixed = (d) => typeof d === "number" && Number.isInteger(d) && d >= 1;
  if (!sample.every(fixed) && dataSampleShape !== void 0 && dataSampleShape.length === sample.length) {
    const fromData = layout === "nhwc" && dataSampleShape.length === 3 ? [dataSampleShape[2], dataSampleShape[0], dataSampleShape[1]] : [...dataSampleShape];
    if (!sample.every((d, axis) => !fixed(d) || d === fromData[axis])) {
      fail(
        `model input ${describeValue(input)} cannot take the data's samples, [${fromData.join(", ")}] in the model's layout`
      );
    }
    notes.push(`the model's input ${describeValue(input)} takes the data's size: [${fromData.join(", ")}]`);
    sample = fromData;
  }
  if (!sample.every(fixed)) {
    fail(`model input ${describeValue(input)} must have a fixed size on every axis after the batch`);
  }
  const batch = input.shape[0];
  if (typeof batch === "number" && !(batch >= 1)) {
    fail(`model input ${describeValue(input)} has a batch axis of size ${batch}`);
  }
  return {
    input,
    modelSampleShape: sample,
    fixedBatch: typeof batch === "number" ? batch : void 0
  };
}
function selectOutput(model, outputName, fail) {
  const isClassOutput = (o) => o.elemType === DataType.FLOAT && o.shape?.length === 2 && typeof o.shape[1] === "number" && o.shape[1] >= 1;
  const listed = model.outputs.map(describeValue).join(", ") || "none";
  if (outputName !== void 0) {
    const named = model.outputs.find((o) => o.name === outputName);
    if (!named) fail(`the model has no output '${outputName}'; its outputs are ${listed}`);
    if (!isClassOutput(named))
      fail(`model output ${describeValue(named)} is not a FLOAT tensor [batch, classes]`);
    return named;
  }
  const found = model.outputs.find(isClassOutput);
  if (!found) fail(`the model has no FLOAT output [batch, classes]; its outputs are ${listed}`);
  return found;
}
function toLogits(editor, output, requested, notes, fail) {
  const columns = output.shape[1];
  const producers = /* @__PURE__ */ new Map();
  for (const node of editor.nodes) for (const name of node.outputs) producers.set(name, node);
  let last = producers.get(output.name);
  const seen = /* @__PURE__ */ new Set();
  while (isDefaultDomain(last) && last.opType === "Identity" && !seen.has(last)) {
    seen.add(last);
    last = producers.get(last.inputs[0] ?? "");
  }
  const softmaxAtEnd = () => {
    if (!isDefaultDomain(last) || last.opType !== "Softmax") return false;
    const axisAttribute = last.attributes["axis"];
    const axis = axisAttribute?.kind === "int" ? axisAttribute.value : editor.opset < 13 ? 1 : -1;
    if (axis !== 1 && axis !== -1) {
      fail(
        `the Softmax '${last.name}' that produces '${output.name}' normalises axis ${axis}, not the classes (axis 1)`
      );
    }
    return true;
  };
  const sigmoidAtEnd = isDefaultDomain(last) && last.opType === "Sigmoid";
  const needColumns = (kind) => {
    if (columns < 2) {
      fail(
        `model output ${describeValue(output)} has one column, so it cannot be ${kind}; if it is the logit of class 1, set the output kind to 'logits', and if it is its probability, to 'sigmoid'`
      );
    }
  };
  const binaryLogits = (z, before) => {
    const zero = editor.op("Mul", [z, editor.constant("zero", floatTensor([], [0]))]);
    const joined = editor.op("Concat", [zero.outputs[0], z], { axis: { kind: "int", value: 1 } });
    return { logits: joined.outputs[0], tail: [...before, zero, joined], classes: 2, outputKind: "sigmoid" };
  };
  const stripSoftmax = () => {
    notes.push(`the Softmax at the end ('${last.name || output.name}') was removed to attack logits`);
    return { logits: last.inputs[0], tail: [], classes: columns, outputKind: "probabilities" };
  };
  const stripSigmoid = () => {
    notes.push(
      `the Sigmoid at the end ('${last.name || output.name}') was removed; its input z became the logits [0, z] of 2 classes`
    );
    return binaryLogits(last.inputs[0], []);
  };
  const asIs = { logits: output.name, tail: [], classes: columns, outputKind: "logits" };
  const singleLogit = () => {
    notes.push(`the model's one output column is read as the logit z of class 1: logits [0, z] of 2 classes`);
    return { ...binaryLogits(output.name, []), outputKind: "logits" };
  };
  const logSoftmaxAtEnd = () => {
    if (!isDefaultDomain(last) || last.opType !== "LogSoftmax") return false;
    const axisAttribute = last.attributes["axis"];
    const axis = axisAttribute?.kind === "int" ? axisAttribute.value : editor.opset < 13 ? 1 : -1;
    return axis === 1 || axis === -1;
  };
  const stripLogSoftmax = () => {
    notes.push(
      `the LogSoftmax at the end ('${last.name || output.name}') was removed: its input has the same margins between classes`
    );
    return { logits: last.inputs[0], tail: [], classes: columns, outputKind: "logits" };
  };
  switch (requested) {
    case "auto":
      if (softmaxAtEnd()) {
        needColumns("a softmax over classes");
        return stripSoftmax();
      }
      if (sigmoidAtEnd && columns === 1) return stripSigmoid();
      if (columns === 1) return singleLogit();
      if (logSoftmaxAtEnd()) return stripLogSoftmax();
      return asIs;
    case "probabilities": {
      needColumns("probabilities of classes");
      if (softmaxAtEnd()) return stripSoftmax();
      const clipped = editor.clip(output.name, MIN_PROBABILITY);
      const log = editor.op("Log", [clipped.outputs[0]]);
      notes.push(
        `the model's probabilities p are attacked as logits log(max(p, ${MIN_PROBABILITY})): no Softmax at the end could be removed`
      );
      return {
        logits: log.outputs[0],
        tail: [clipped, log],
        classes: columns,
        outputKind: "probabilities",
        readsProbabilities: "probabilities"
      };
    }
    case "sigmoid": {
      if (columns !== 1)
        fail(`output kind 'sigmoid' needs an output [batch, 1], found ${describeValue(output)}`);
      if (sigmoidAtEnd) return stripSigmoid();
      const clipped = editor.clip(output.name, MIN_PROBABILITY, MAX_PROBABILITY);
      const q = clipped.outputs[0];
      const logP = editor.op("Log", [q]);
      const oneMinus = editor.op("Sub", [editor.constant("one", floatTensor([], [1])), q]);
      const logOneMinus = editor.op("Log", [oneMinus.outputs[0]]);
      const z = editor.op("Sub", [logP.outputs[0], logOneMinus.outputs[0]]);
      notes.push(
        `the model's probability p of class 1 is attacked as logits [0, log(p) - log(1 - p)], with p clamped to [${MIN_PROBABILITY}, 1 - 2^-24]: no Sigmoid at the end could be removed`
      );
      return {
        ...binaryLogits(z.outputs[0], [clipped, logP, oneMinus, logOneMinus, z]),
        readsProbabilities: "sigmoid"
      };
    }
    case "logits":
      if (columns === 1) return singleLogit();
      if (logSoftmaxAtEnd()) return stripLogSoftmax();
      return asIs;
  }
}
function rewriteFixedBatch(editor, inputName, fixedBatch, notes, fail) {
  const dependsOnInput = /* @__PURE__ */ new Set([inputName]);
  let rewritten = 0;
  for (let i = 0; i < editor.nodes.length; i++) {
    const node = editor.nodes[i];
    if (node.inputs.some((name) => dependsOnInput.has(name))) {
      for (const name of node.outputs) dependsOnInput.add(name);
    }
    if (!isDefaultDomain(node) || node.opType !== "Reshape" || !dependsOnInput.has(node.inputs[0] ?? ""))
      continue;
    const shape = editor.initializers.get(node.inputs[1] ?? "");
    if (!shape || shape.dataType !== DataType.INT64 || shape.dims.length !== 1 || shape.data.length === 0)
      continue;
    if (shape.data[0] !== BigInt(fixedBatch)) continue;
    const allowZero = node.attributes["allowzero"];
    const literalZeros = allowZero?.kind === "int" && allowZero.value !== 0;
    if (literalZeros && shape.data.some((d) => d === 0n)) {
      fail(
        `the model fixes the batch size to ${fixedBatch}, and Reshape '${node.name}' repeats it with allowzero=1 and a literal 0, so it cannot take a batch of another size; re-export the model with a dynamic batch axis`
      );
    }
    const copy = BigInt64Array.from(shape.data);
    copy[0] = 0n;
    if (literalZeros) {
      const { allowzero: _dropped, ...attributes } = node.attributes;
      void _dropped;
      editor.nodes[i] = { ...node, attributes };
    }
    const target = editor.constant("batch_shape", {
      dataType: DataType.INT64,
      dims: [...shape.dims],
      data: copy
    });
    const current = editor.nodes[i];
    editor.nodes[i] = { ...current, inputs: [current.inputs[0], target, ...current.inputs.slice(2)] };
    rewritten += 1;
  }
  const reshapes = rewritten === 0 ? "" : ` and ${rewritten} Reshape shape${rewritten === 1 ? " that repeated it now copies" : "s that repeated it now copy"} it`;
  notes.push(`the model fixes the batch size to ${fixedBatch}; the batch axis was made dynamic${reshapes}`);
}
function prependPreprocessing(editor, input, modelSampleShape, preprocessing = {}, notes, fail) {
  const layout = preprocessing.layout ?? "nchw";
  const rank = modelSampleShape.length + 1;
  const given = [preprocessing.mean, preprocessing.std].find(
    (values) => values !== void 0 && values.length > 1
  );
  const last = modelSampleShape[modelSampleShape.length - 1];
  const channelsLast = layout !== "nhwc" && rank === 4 && given !== void 0 && given.length !== modelSampleShape[0] && given.length === last;
  const channelAxis = channelsLast ? rank - 1 : 1;
  const channels = channelsLast ? last : modelSampleShape[0];
  if (channelsLast)
    notes.push(`the model takes channels-last input: mean and std apply to its last axis (${last} channels)`);
  if (layout === "nhwc" && rank !== 4) {
    fail(
      `layout 'nhwc' needs a 4-D model input [batch, C, H, W], found ${describeValue(input)}; use layout 'nchw' for data already in the model's layout`
    );
  }
  const perChannel = (name, values) => {
    if (values === void 0) return void 0;
    if (values.length !== 1 && values.length !== channels) {
      fail(
        `preprocessing ${name} has ${values.length} values, but the model input ${describeValue(input)} has ${channels} ${rank === 2 ? "features" : "channels"}: give 1 value or ${channels}`
      );
    }
    if (!values.every(Number.isFinite)) fail(`preprocessing ${name} must be finite numbers`);
    if (name === "std" && !values.every((v) => v > 0)) fail("preprocessing std must be positive");
    return values;
  };
  const mean = perChannel("mean", preprocessing.mean);
  const std = perChannel("std", preprocessing.std);
  const scale = preprocessing.scale;
  if (scale !== void 0 && !(Number.isFinite(scale) && scale !== 0)) {
    fail("preprocessing scale must be a finite, non-zero number");
  }
  const broadcast = (values) => values.length === 1 ? floatTensor([], values) : floatTensor(
    Array.from({ length: rank }, (_, axis) => axis === channelAxis ? channels : 1),
    values
  );
  const steps = [];
  let formula = "x";
  if (layout === "nhwc") {
    steps.push({
      opType: "Transpose",
      stem: "nchw",
      attributes: { perm: { kind: "ints", value: [0, 3, 1, 2] } }
    });
    notes.push("the data is NHWC; a Transpose to the model's NCHW was added in front of the model");
  }
  if (scale !== void 0 && scale !== 1) {
    steps.push({ opType: "Mul", stem: "scale", operand: floatTensor([], [scale]) });
    formula = `x * ${scale}`;
  }
  if (mean?.some((v) => v !== 0)) {
    steps.push({ opType: "Sub", stem: "mean", operand: broadcast(mean) });
    formula = `${formula} - mean`;
  }
  if (std?.some((v) => v !== 1)) {
    steps.push({ opType: "Div", stem: "std", operand: broadcast(std) });
    formula = formula === "x" ? "x / std" : `(${formula}) / std`;
  }
  if (formula !== "x") {
    notes.push(
      `the preprocessing ${formula} is part of the graph, so budgets and gradients are in the data's own space`
    );
  }
  const modelInput = steps.length > 0 ? editor.fresh("model_input") : "x";
  const prelude = [];
  let current = "x";
  steps.forEach((step, index) => {
    const inputs = step.operand ? [current, editor.constant(step.stem, step.operand)] : [current];
    const node = editor.op(
      step.opType,
      inputs,
      step.attributes,
      index === steps.length - 1 ? modelInput : void 0
    );
    prelude.push(node);
    current = node.outputs[0];
  });
  return { prelude, modelInput, modelChannelsLast: channelsLast };
}
function neededFor(output, nodes) {
  const tensors = /* @__PURE__ */ new Set([output]);
  const kept = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (!node.outputs.some((name) => tensors.has(name))) continue;
    kept.push(node);
    for (const name of node.inputs) if (name !== "") tensors.add(name);
  }
  return { nodes: kept.reverse(), tensors };
}
function verifyBatch(graph, fixedBatch, file) {
  const other = fixedBatch === 3 ? 2 : 3;
  try {
    compilePlan(graph, fixedBatch);
  } catch (error) {
    if (error instanceof UsageError) return;
    throw error;
  }
  try {
    compilePlan(graph, other);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError(
      "INVALID_INPUT",
      `${file}: the model fixes the batch size to ${fixedBatch} and cannot take a batch of ${other} (${error.message}); re-export the model with a dynamic batch axis`
    );
  }
}

// src/checks/robustness-check/index.ts
var MAX_MODEL_BYTES = 2 * 1024 ** 3;
var MAX_RESULT_BYTES = 64 * 1024 * 1024;
var WHITE_BOX2 = /* @__PURE__ */ new Set(["fgsm", "pgd"]);
function count(bits) {
  let total = 0;
  for (const bit of bits) total += bit;
  return total;
}
function share(bits) {
  return bits.length === 0 ? 0 : count(bits) / bits.length;
}
function percent2(value) {
  return `${(value * 100).toFixed(1)}%`;
}
async function readInput(context, name, label, maxBytes, namedAs = name) {
  const absolute = namedAs !== name && outsideUserPath(context, namedAs) !== void 0 ? path2.resolve(context.root, name) : await resolveForReading(context, name, label);
  try {
    return await readRegularFile(absolute, maxBytes);
  } catch (error) {
    if (error instanceof FileReadError)
      throw new UsageError("UNREADABLE_INPUT", `${label}: ${name} ${error.message}`);
    throw error;
  }
}
async function loadData(context, files, settings, label, maxSamples) {
  const inputs = splitArrayName(files.inputs);
  const labels = files.labels === void 0 ? void 0 : splitArrayName(files.labels);
  const inputBytes = await readInput(context, inputs.file, label, MAX_DATA_BYTES, files.inputs);
  const labelBytes = labels ? await readInput(context, labels.file, label.replace("inputs", "labels"), MAX_DATA_BYTES, files.labels) : void 0;
  const sha256 = (bytes) => createHash2("sha256").update(bytes).digest("hex");
  const digest = createHash2("sha256").update(
    JSON.stringify([
      { name: files.inputs, sha256: sha256(inputBytes) },
      ...labelBytes ? [{ name: files.labels, sha256: sha256(labelBytes) }] : []
    ])
  );
  const data = await loadEvaluationData({
    inputsName: files.inputs,
    inputs: inputBytes,
    ...inputs.key === void 0 ? {} : { inputsKey: inputs.key },
    ...labels && labelBytes ? {
      labelsName: files.labels,
      labels: labelBytes,
      ...labels.key === void 0 ? {} : { labelsKey: labels.key }
    } : {},
    labelColumn: settings.labelColumn,
    lower: settings.lower,
    upper: settings.upper,
    ...maxSamples === void 0 ? {} : { maxSamples }
  });
  return { data, digest: digest.digest("hex") };
}
function fitData(data, classifier, name, limit, notes, labelsName = name) {
  const wanted = classifier.sampleShape;
  const given = data.sampleShape;
  const size = (shape) => shape.reduce((a, b) => a * b, 1);
  const squeezed = (shape) => shape.filter((d) => d !== 1).join(",");
  const sameOrder = given.length === 1 || wanted.length === 1 || squeezed(given) === squeezed(wanted);
  if (size(given) !== size(wanted) || !sameOrder) {
    throw new UsageError(
      "INVALID_INPUT",
      `${name}: samples of shape [${given.join(", ")}] do not fit the model's input [${wanted.join(", ")}]` + (given.length === 3 && wanted.length === 3 && size(given) === size(wanted) ? "; if the data is channels-last, set layout: nhwc" : "")
    );
  }
  if (given.join(",") !== wanted.join(",")) {
    notes.push(
      `${name}: samples of shape [${given.join(", ")}] are read as the model's [${wanted.join(", ")}] (same values in the same order)`
    );
  }
  for (let i = 0; i < data.n; i++) {
    if (data.labels[i] >= classifier.classes) {
      throw new UsageError(
        "INVALID_INPUT",
        `${labelsName}: the label of sample ${i} is not a class of the ${classifier.classes}-class model (0 to ${classifier.classes - 1})`
      );
    }
  }
  const n = Math.min(limit, data.n);
  return {
    inputs: data.inputs.subarray(0, n * size(wanted)),
    labels: data.labels.subarray(0, n),
    n,
    totalSamples: data.totalSamples,
    sampleShape: classifier.sampleShape
  };
}
function servedSampleShape(model, classifier, settings) {
  const declared = model.inputs[0]?.shape?.slice(1) ?? [];
  let fromData = [...classifier.sampleShape];
  if (settings.preprocessing.layout === "nhwc" && fromData.length === 3)
    fromData = [fromData[2], fromData[0], fromData[1]];
  if (declared.length === fromData.length && declared.every((d) => typeof d === "number"))
    return declared;
  return fromData;
}
function crossEntropy(logits, labels, classes) {
  const losses = new Float64Array(labels.length);
  for (let s = 0; s < labels.length; s++) {
    let top = -Infinity;
    for (let j = 0; j < classes; j++) top = Math.max(top, logits[s * classes + j]);
    let sum = 0;
    for (let j = 0; j < classes; j++) sum += Math.exp(logits[s * classes + j] - top);
    losses[s] = top + Math.log(sum) - logits[s * classes + labels[s]];
  }
  return losses;
}
function float32Tolerance(logits, n, classes) {
  const tolerance = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    let largest = 0;
    for (let j = 0; j < classes; j++) largest = Math.max(largest, Math.abs(logits[s * classes + j]));
    tolerance[s] = 1e-4 * (1 + largest);
  }
  return tolerance;
}
function correct(logits, labels, classes) {
  return Uint8Array.from(labels, (label, s) => isCorrect(logits, s, classes, label) ? 1 : 0);
}
var PROBE_OUTCOME_TEXT = {
  rejected: "refused by the runtime",
  finite: "finite outputs",
  "non-finite": "NaN or infinite outputs",
  "not-run": "not run"
};
var MIN_MEMBERSHIP_SAMPLES = 50;
function drawRows(n, count2, seed) {
  const rng = createRng(seed);
  const rows = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < count2; i++) {
    const j = i + rng.int(n - i);
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return rows.subarray(0, count2).sort();
}
async function membership(context, settings, classifier, classifierGraph, notes) {
  if (!settings.membership) return void 0;
  const sets = [
    [settings.membership.train, "train-inputs"],
    [settings.membership.holdout, "holdout-inputs"]
  ];
  const loaded = [];
  for (const [files, label] of sets) {
    const { data } = await loadData(context, files, settings, label);
    const fitted = fitData(data, classifierGraph, files.inputs, Number.MAX_SAFE_INTEGER, notes, files.labels);
    if (fitted.n < MIN_MEMBERSHIP_SAMPLES) {
      throw new UsageError(
        "INVALID_INPUT",
        `${label}: ${files.inputs} holds ${fitted.n} samples; membership inference needs at least ${MIN_MEMBERSHIP_SAMPLES} in each set`
      );
    }
    loaded.push(fitted);
  }
  const n = Math.min(loaded[0].n, loaded[1].n);
  const losses = [];
  for (const [index, data] of loaded.entries()) {
    const rows = drawRows(data.n, n, settings.seed + index);
    const d = classifier.inputSize;
    const inputs = new Float32Array(n * d);
    const labels = new Int32Array(n);
    rows.forEach((row, r) => {
      inputs.set(data.inputs.subarray(row * d, (row + 1) * d), r * d);
      labels[r] = data.labels[row];
    });
    const logits = await classifier.logits(inputs, n);
    const nonFinite = logits.filter((value) => !Number.isFinite(value)).length;
    if (nonFinite > 0) {
      throw new UsageError(
        "INVALID_INPUT",
        `${sets[index][1]}: the model returns NaN or infinite logits on samples of ${sets[index][0].inputs}; membership inference needs finite losses`
      );
    }
    losses.push(crossEntropy(logits, labels, classifier.classes));
  }
  return lossThresholdAttack(losses[0], losses[1]);
}
function resultKeyPrefix(branch, key) {
  return `mlsec-robustness-${branch.replace(/[^A-Za-z0-9._-]/g, "_")}-${key}-`;
}
async function baseline(context, settings, key) {
  if (settings.compareTo !== void 0) {
    const text3 = (await readInput(context, settings.compareTo, "compare-to", MAX_RESULT_BYTES)).toString(
      "utf8"
    );
    const result2 = parseResult(text3, `compare-to: ${settings.compareTo}`);
    if (result2.settingsKey !== key) {
      throw new UsageError(
        "INVALID_INPUT",
        `compare-to: ${settings.compareTo} was computed with other evaluation settings (data, samples, seed, budgets, attacks or mlsec version); compute the base result with the same settings to compare sample by sample`
      );
    }
    return { result: result2, source: settings.compareTo };
  }
  if (settings.maxDrop === void 0) return void 0;
  const { resultStore, baseBranch, resultBranch } = context.environment;
  if (resultBranch !== void 0 && baseBranch === void 0) return void 0;
  if (!resultStore || !baseBranch) {
    return { missing: "this run has no base branch result to compare with; name one with compare-to" };
  }
  const prefix = resultKeyPrefix(baseBranch, key);
  const text2 = await resultStore.restore(prefix, [prefix]);
  if (text2 === void 0)
    return { missing: `no result of ${baseBranch} with these evaluation settings is stored yet` };
  const source = `the stored result of ${baseBranch}`;
  const result = parseResult(text2, source);
  if (result.settingsKey !== key) return { missing: `${source} was computed with other evaluation settings` };
  return { result, source };
}
function finding(ruleId, modelPath, message, identity, properties) {
  return {
    ruleId,
    level: ROBUSTNESS_RULES[ruleId].defaultLevel,
    message,
    location: { path: modelPath },
    fingerprint: plainFingerprint(ruleId, modelPath, identity),
    ...properties ? { properties } : {}
  };
}
async function run(context) {
  const settings = readSettings(context.options);
  const notes = [];
  const findings = [];
  const modelPath = settings.model;
  context.progress(`robustness-check: reading ${modelPath}`);
  const modelBytes = await readInput(context, modelPath, "model", MAX_MODEL_BYTES);
  const model = readOnnxModel(modelBytes, {
    file: modelPath,
    externalData: externalDataReader(context, modelPath, MAX_MODEL_BYTES)
  });
  const evaluation = await loadData(context, settings.data, settings, "inputs", settings.samples);
  const classifierGraph = toClassifierGraph(model, {
    file: modelPath,
    preprocessing: settings.preprocessing,
    outputKind: settings.outputKind,
    dataSampleShape: evaluation.data.sampleShape
  });
  notes.push(...classifierGraph.notes);
  const sizes = checkModelSize(classifierGraph.graph, modelPath);
  const data = fitData(
    evaluation.data,
    classifierGraph,
    settings.data.inputs,
    settings.samples,
    notes,
    settings.data.labels
  );
  if (evaluation.data.totalSamples < settings.samples)
    notes.push(
      `the data holds ${evaluation.data.totalSamples} samples, fewer than samples (${settings.samples})`
    );
  const key = settingsKey(settings, evaluation.digest, data.n);
  const loadRuntime = context.environment.loadOnnxRuntime;
  if (!loadRuntime) {
    throw new UsageError(
      "NOT_IMPLEMENTED",
      "robustness-check needs onnxruntime-node, which this entry point cannot provide"
    );
  }
  const ort = await loadRuntime();
  const classifier = await createOnnxClassifier(ort, classifierGraph, {
    batchSize: settings.batchSize,
    threads: settings.threads,
    seed: settings.seed
  });
  try {
    if (classifierGraph.probabilities) {
      await checkDeclaredProbabilities(
        ort,
        classifierGraph.probabilities,
        data.inputs,
        data.n,
        classifier.sampleShape,
        {
          threads: settings.threads,
          file: modelPath
        }
      );
    }
    const cleanLogits = await classifier.logits(data.inputs, data.n);
    const clean = correct(cleanLogits, data.labels, classifier.classes);
    const tolerance = float32Tolerance(cleanLogits, data.n, classifier.classes);
    const channelsLast = classifierGraph.channelsLast && classifier.sampleShape.length === 3;
    const attacked = channelsLast ? channelsFirstView(classifier) : classifier;
    const attackInputs = channelsLast ? permuteChannels(
      data.inputs,
      data.n,
      {
        height: classifier.sampleShape[0],
        width: classifier.sampleShape[1],
        channels: classifier.sampleShape[2]
      },
      true
    ) : data.inputs;
    const form = exactForm(classifierGraph.graph);
    let certifyNote;
    const perEpsilon = [];
    for (const epsilon of settings.epsilons) {
      const attackSettings = {
        epsilon,
        norm: settings.norm,
        lower: settings.lower,
        upper: settings.upper,
        attacks: settings.attacks,
        seed: settings.seed,
        pgdSteps: settings.pgdSteps,
        pgdRestarts: settings.pgdRestarts,
        squareQueries: settings.squareQueries,
        hsjQueries: settings.hsjQueries
      };
      let reported = "";
      const outcome = await runAttacks(
        attacked,
        attackInputs,
        data.labels,
        data.n,
        attackSettings,
        (attack, done, total) => {
          const line = `robustness-check: epsilon ${epsilon}: ${attack} ${Math.floor(done / Math.max(1, total) * 10) * 10}%`;
          if (line !== reported) context.progress(line);
          reported = line;
        }
      );
      const region = {
        epsilon,
        norm: settings.norm,
        lower: settings.lower,
        upper: settings.upper
      };
      let certified;
      let margins;
      if (settings.certify !== "none" && certifyNote === void 0) {
        try {
          context.progress(`robustness-check: epsilon ${epsilon}: ${settings.certify} bound`);
          const bound = certify(
            classifierGraph.graph,
            data.inputs,
            data.labels,
            data.n,
            region,
            settings.certify
          );
          margins = bound.marginLowerBounds;
          certified = bound.certified.map((bit, s) => bit && margins[s] > tolerance[s] ? 1 : 0);
          const demoted = count(bound.certified) - count(certified);
          if (demoted > 0) {
            notes.push(
              `epsilon ${epsilon}: ${demoted} sample(s) with a certified margin within float32 rounding are not counted as certified`
            );
          }
        } catch (error) {
          if (!(error instanceof UnsupportedBoundError)) throw error;
          certifyNote = error.message;
        }
      }
      let exact = form ? exactAffineRobust(form, data.inputs, data.labels, data.n, region) : void 0;
      if (exact && margins) {
        exact = exact.map(
          (bit, s) => bit && (settings.norm !== "linf" || margins[s] > tolerance[s]) ? 1 : 0
        );
      }
      perEpsilon.push({ epsilon, outcome, ...certified ? { certified } : {}, ...exact ? { exact } : {} });
    }
    findings.push(...consistencyFindings(modelPath, clean, perEpsilon));
    findings.push(...gradientFindings(modelPath, classifier, perEpsilon));
    if (certifyNote !== void 0) {
      findings.push(
        finding(
          "robustness/not-certified",
          modelPath,
          `No certified bound for ${modelPath}: ${certifyNote}.`,
          "not-certified"
        )
      );
    }
    for (const entry of perEpsilon) {
      const minimum = settings.minRobustAccuracy.get(entry.epsilon);
      const robust = share(entry.outcome.worstCase);
      if (minimum !== void 0 && robust < minimum) {
        findings.push(
          finding(
            "robustness/below-minimum",
            modelPath,
            `Robust accuracy of ${modelPath} at ${settings.norm} epsilon ${entry.epsilon} is ${percent2(robust)}, below the minimum ${percent2(minimum)}.`,
            `below-minimum:${entry.epsilon}`,
            { epsilon: entry.epsilon, robustAccuracy: robust, minimum }
          )
        );
      }
    }
    context.progress("robustness-check: input validation");
    const probes = await probeInputValidation(
      ort,
      model,
      servedSampleShape(model, classifierGraph, settings),
      settings.threads,
      sizes.total,
      classifierGraph.sourceOutput
    );
    const unprobed = probes.filter((probe) => probe.outcome === "not-run");
    if (unprobed.length > 0) {
      findings.push({
        ...finding(
          "robustness/input-validation",
          modelPath,
          `${unprobed.length} of ${probes.length} input-validation probes of ${modelPath} were not run (${unprobed.map((probe) => `${probe.probe}: ${probe.detail ?? "not run"}`).join("; ")}).`,
          "input-validation:not-run"
        ),
        level: "note"
      });
    }
    const failing = failedProbes(probes);
    if (failing.length > 0) {
      findings.push(
        finding(
          "robustness/input-validation",
          modelPath,
          `${modelPath} returns NaN or infinite outputs for invalid inputs (${failing.map((probe) => probe.probe).join("; ")}): validate inputs before inference.`,
          `input-validation:${failing.map((probe) => probe.probe).join(",")}`
        )
      );
    }
    const scores = await membership(context, settings, classifier, classifierGraph, notes);
    if (scores && scores.auc > settings.maxMembershipAuc) {
      findings.push(
        finding(
          "robustness/membership-inference",
          modelPath,
          `A loss-threshold attack tells training samples of ${modelPath} from held-out ones with AUC ${scores.auc.toFixed(3)}, above max-membership-auc ${settings.maxMembershipAuc}.`,
          "membership-inference",
          { auc: scores.auc, maxAdvantage: scores.maxAdvantage }
        )
      );
    }
    const base = await baseline(context, settings, key);
    let comparison;
    const notChecked = [];
    if (base && "result" in base) {
      comparison = compare(base.result, base.source, perEpsilon, settings, classifier.gradients);
      notChecked.push(...comparison.unchecked);
      for (const entry of comparison.perEpsilon) {
        if (entry.gate === "passed") continue;
        const verdict = entry.gate === "failed" ? `more than max-drop ${percent2(settings.maxDrop ?? 0)}` : `more than max-drop ${percent2(settings.maxDrop ?? 0)}, but not significantly (p is not below ${settings.significance}; with ${entry.samples} samples a drop needs at least ${entry.detectableLost} samples lost and none gained to be)`;
        findings.push({
          ...finding(
            "robustness/regression",
            modelPath,
            `Robust accuracy of ${modelPath} at epsilon ${entry.epsilon} dropped by ${percent2(entry.drop)} against ${comparison.source} (${entry.lost} samples lost, ${entry.gained} gained; McNemar p = ${entry.pValue.toPrecision(3)}), ${verdict}.`,
            `regression:${entry.epsilon}`,
            { epsilon: entry.epsilon, drop: entry.drop, pValue: entry.pValue }
          ),
          // A drop the test cannot tell from noise must not block; it must not pass unseen either.
          ...entry.gate === "not-significant" ? { level: "warning" } : {}
        });
      }
    } else if (base) {
      notChecked.push(base.missing);
    }
    if (settings.maxDrop !== void 0 && notChecked.length > 0) {
      findings.push(
        finding(
          "robustness/regression-not-checked",
          modelPath,
          `max-drop was not checked for ${modelPath}: ${notChecked.join("; ")}.`,
          "regression-not-checked"
        )
      );
    }
    const stored = {
      settingsKey: key,
      samples: data.n,
      clean,
      perEpsilon: perEpsilon.map((entry) => ({ epsilon: entry.epsilon, robust: entry.outcome.worstCase })),
      ...context.environment.sha ? { commit: context.environment.sha } : {},
      gradients: classifier.gradients
    };
    if (settings.saveResult !== void 0) {
      await writeTextInScope(context, settings.saveResult, "save-result", formatResult(stored));
    }
    const { resultStore, resultBranch } = context.environment;
    if (resultStore && resultBranch) {
      const suffix = context.environment.sha ?? String(Date.now());
      await resultStore.save(`${resultKeyPrefix(resultBranch, key)}${suffix}`, formatResult(stored));
    }
    return report({
      settings,
      modelPath,
      classifier,
      clean,
      perEpsilon,
      probes,
      scores,
      comparison,
      notes,
      findings,
      certifyNote,
      savedTo: settings.saveResult === void 0 ? void 0 : path2.resolve(context.root, settings.saveResult)
    });
  } finally {
    await classifier.release();
  }
}
function exactForm(graph) {
  try {
    return affineForm(graph);
  } catch (error) {
    if (error instanceof UnsupportedBoundError) return void 0;
    throw error;
  }
}
function consistencyFindings(modelPath, clean, perEpsilon) {
  const findings = [];
  for (const entry of perEpsilon) {
    const worst = entry.outcome.worstCase;
    let brokenCertified = 0;
    let brokenExact = 0;
    let unsoundCertified = 0;
    let robustButWrong = 0;
    for (let s = 0; s < worst.length; s++) {
      if (worst[s] && !clean[s]) robustButWrong += 1;
      if (entry.certified?.[s] && !worst[s]) brokenCertified += 1;
      if (entry.exact?.[s] && !worst[s]) brokenExact += 1;
      if (entry.certified?.[s] && entry.exact && !entry.exact[s]) unsoundCertified += 1;
    }
    const problems = [
      brokenCertified ? `${brokenCertified} certified sample(s) were broken by an attack` : "",
      brokenExact ? `${brokenExact} sample(s) robust by the exact affine bound were broken by an attack` : "",
      unsoundCertified ? `${unsoundCertified} certified sample(s) are not robust by the exact affine bound` : "",
      robustButWrong ? `${robustButWrong} sample(s) counted robust are misclassified without attack` : ""
    ].filter(Boolean);
    if (problems.length > 0) {
      findings.push(
        finding(
          "robustness/inconsistent-bounds",
          modelPath,
          `Bounds of ${modelPath} at epsilon ${entry.epsilon} disagree: ${problems.join("; ")}.`,
          `inconsistent:${entry.epsilon}`,
          { epsilon: entry.epsilon }
        )
      );
    }
  }
  return findings;
}
function gradientFindings(modelPath, classifier, perEpsilon) {
  const findings = [];
  if (classifier.gradients === "estimated") {
    findings.push(
      finding(
        "robustness/estimated-gradients",
        modelPath,
        `FGSM and PGD on ${modelPath} used estimated gradients: ${classifier.gradientNote ?? "the graph has an op without a backward rule"}.`,
        "estimated-gradients"
      )
    );
  }
  const masked = perEpsilon.filter((entry) => maskingSuspected(entry.outcome, classifier.gradients));
  if (masked.length > 0) {
    findings.push(
      finding(
        "robustness/gradient-masking",
        modelPath,
        `Gradient attacks on ${modelPath} may overstate robustness: ${masked.map((entry) => `epsilon ${entry.epsilon}: ${entry.outcome.flags.detail.replace(/\.$/, "")}`).join("; ")}.`,
        "gradient-masking"
      )
    );
  }
  return findings;
}
function maskingSuspected(outcome, gradients) {
  const whiteBoxRan = outcome.runs.some((run2) => WHITE_BOX2.has(run2.name) && !run2.skipped);
  if (!whiteBoxRan || outcome.flags.detail === "") return false;
  const attacked = count(outcome.clean);
  if (outcome.flags.zeroGradientFraction >= 0.5) return true;
  return gradients === "exact" && outcome.flags.blackBoxOnlyBreaks >= Math.max(2, Math.ceil(attacked / 100));
}
function detectableLost(significance) {
  return Math.floor(Math.log2(1 / significance)) + 1;
}
function compare(base, source, perEpsilon, settings, gradients) {
  const rows = [];
  const unchecked = [];
  if (base.gradients !== void 0 && base.gradients !== gradients) {
    unchecked.push(
      `${source} was attacked with ${base.gradients} gradients, this run with ${gradients} ones`
    );
    return { source, perEpsilon: rows, unchecked, ...base.commit ? { commit: base.commit } : {} };
  }
  for (const entry of perEpsilon) {
    const stored = base.perEpsilon.find((item) => item.epsilon === entry.epsilon);
    if (!stored || stored.robust.length !== entry.outcome.worstCase.length) {
      unchecked.push(
        `${source} has no result at epsilon ${entry.epsilon} for these ${entry.outcome.worstCase.length} samples`
      );
      continue;
    }
    const paired = comparePaired(stored.robust, entry.outcome.worstCase);
    const over = settings.maxDrop !== void 0 && paired.drop > settings.maxDrop;
    const gate = !over ? "passed" : paired.pValue < settings.significance ? "failed" : "not-significant";
    rows.push({
      ...paired,
      epsilon: entry.epsilon,
      gate,
      detectableLost: detectableLost(settings.significance)
    });
  }
  return { source, perEpsilon: rows, unchecked, ...base.commit ? { commit: base.commit } : {} };
}
function report(input) {
  const { settings, classifier, clean, perEpsilon, probes, scores, comparison, notes, findings } = input;
  const cleanAccuracy = share(clean);
  const attacked = Math.max(1, count(clean));
  const metricsPerEpsilon = perEpsilon.map((entry) => ({
    epsilon: entry.epsilon,
    norm: settings.norm,
    robustAccuracy: share(entry.outcome.worstCase),
    certifiedAccuracy: entry.certified ? share(entry.certified) : null,
    ...entry.exact ? { exactRobustAccuracy: share(entry.exact) } : {},
    byAttack: Object.fromEntries(
      entry.outcome.runs.filter((run2) => !run2.skipped).map((run2) => [run2.name, share(run2.robust)])
    ),
    queriesPerSample: Object.fromEntries(
      entry.outcome.runs.filter((run2) => !run2.skipped).map((run2) => [run2.name, Math.round(run2.queries / attacked)])
    )
  }));
  const method = settings.certify === "none" || input.certifyNote !== void 0 ? void 0 : settings.certify;
  const attackNames = [
    ...new Set(
      perEpsilon.flatMap((entry) => entry.outcome.runs.filter((run2) => !run2.skipped).map((run2) => run2.name))
    )
  ];
  const hasExact = perEpsilon.some((entry) => entry.exact);
  const tables = [
    {
      title: `Robust accuracy (${settings.norm}, ${clean.length} samples, clean ${percent2(cleanAccuracy)})`,
      columns: [
        "Epsilon",
        "Worst case (attacks)",
        ...method ? [`Certified (${method})`] : [],
        ...hasExact ? ["Exact (affine model)"] : []
      ],
      rows: metricsPerEpsilon.map((entry) => [
        String(entry.epsilon),
        percent2(entry.robustAccuracy),
        ...method ? [percent2(entry.certifiedAccuracy ?? 0)] : [],
        ...hasExact ? [percent2(entry.exactRobustAccuracy ?? 0)] : []
      ])
    },
    ...attackNames.map((name) => {
      const runs = perEpsilon.map((entry) => entry.outcome.runs.find((item) => item.name === name));
      const noted = runs.some((run2) => run2.note);
      return {
        title: `Attack: ${name}`,
        columns: ["Epsilon", "Robust accuracy", "Queries per attacked sample", ...noted ? ["Note"] : []],
        rows: runs.map((run2, index) => [
          String(perEpsilon[index].epsilon),
          percent2(share(run2.robust)),
          String(Math.round(run2.queries / attacked)),
          ...noted ? [run2.note ?? ""] : []
        ])
      };
    }),
    {
      title: "Input validation (the model as served)",
      columns: ["Input", "What the model does"],
      rows: probes.map((probe) => [
        probe.probe,
        PROBE_OUTCOME_TEXT[probe.outcome] + (probe.detail ? `: ${probe.detail}` : "")
      ])
    }
  ];
  if (scores) {
    tables.push({
      title: "Membership inference (loss threshold, balanced sets)",
      columns: ["AUC", "Max advantage", "TPR at 1% FPR", "Samples per set"],
      rows: [
        [
          scores.auc.toFixed(3),
          scores.maxAdvantage.toFixed(3),
          scores.tprAtOnePercentFpr.toFixed(3),
          String(scores.members)
        ]
      ]
    });
  }
  if (comparison) {
    tables.push({
      title: `Against ${comparison.source}${comparison.commit ? ` (commit ${comparison.commit.slice(0, 12)})` : ""}`,
      columns: ["Epsilon", "Drop", "Lost", "Gained", "McNemar p", "Smallest detectable drop", "Gate"],
      rows: comparison.perEpsilon.map((entry) => [
        String(entry.epsilon),
        percent2(entry.drop),
        String(entry.lost),
        String(entry.gained),
        entry.pValue.toPrecision(3),
        percent2(entry.detectableLost / Math.max(1, entry.samples)),
        entry.gate === "not-significant" ? "over max-drop, not significant" : entry.gate
      ])
    });
  }
  if (notes.length > 0) tables.push({ title: "Notes", columns: ["Note"], rows: notes.map((note) => [note]) });
  const x = [0, ...settings.epsilons];
  const series = [
    {
      name: "worst case",
      values: [cleanAccuracy, ...metricsPerEpsilon.map((entry) => entry.robustAccuracy)]
    },
    ...method ? [
      {
        name: `certified (${method})`,
        values: [cleanAccuracy, ...metricsPerEpsilon.map((entry) => entry.certifiedAccuracy ?? 0)]
      }
    ] : [],
    ...attackNames.map((name) => ({
      name,
      values: [
        cleanAccuracy,
        ...metricsPerEpsilon.map((entry) => entry.byAttack[name] ?? 0)
      ]
    }))
  ].map((line) => ({ name: line.name, values: line.values.map((value) => Math.round(value * 1e3) / 10) }));
  return {
    check: "robustness-check",
    rules: Object.values(ROBUSTNESS_RULES),
    findings,
    metrics: {
      cleanAccuracy,
      samples: clean.length,
      perEpsilon: metricsPerEpsilon,
      certify: method ?? "none",
      gradients: classifier.gradients,
      inputValidation: probes.map((probe) => ({
        probe: probe.probe,
        outcome: probe.outcome,
        ...probe.detail ? { detail: probe.detail } : {}
      })),
      ...scores ? { membership: scores } : {},
      ...comparison ? {
        comparison: {
          source: comparison.source,
          ...comparison.commit ? { commit: comparison.commit } : {},
          perEpsilon: comparison.perEpsilon.map(({ epsilon, drop, lost, gained, pValue, gate }) => ({
            epsilon,
            drop,
            lost,
            gained,
            pValue,
            gate,
            failed: gate === "failed"
          }))
        }
      } : {}
    },
    artifacts: input.savedTo ? [{ kind: "robustness-result", path: input.savedTo }] : [],
    outputs: {
      "clean-accuracy": String(cleanAccuracy),
      "robust-accuracy": JSON.stringify(
        Object.fromEntries(metricsPerEpsilon.map((entry) => [String(entry.epsilon), entry.robustAccuracy]))
      )
    },
    tables,
    charts: [
      {
        title: `Robust accuracy versus ${settings.norm} epsilon`,
        xLabel: "epsilon",
        x,
        yLabel: "accuracy (%)",
        yMin: 0,
        yMax: 100,
        series
      }
    ]
  };
}
export {
  maskingSuspected,
  run
};
