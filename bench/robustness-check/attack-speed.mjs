// The speed target, measured: PGD-20 with exact gradients plus Square (1000 queries)
// plus IBP on 1,000 MNIST-sized samples of a 784-128-10 MLP, one intra-op thread, batched calls,
// under 60 s on 2 cores. Also rows/s of forward and forward+backward through our classifier,
// and the ratio of each to onnxruntime's own plain forward throughput on the same graph and
// batch size (the anchor, run in the same process).
//
// The MLP has seeded random weights and the labels are its own predictions, so every sample is
// attacked. epsilon is small enough that most samples survive PGD: Square then spends its whole
// budget on them, the slow case. Usage: npm run bench:robustness-check [-- --samples N --epsilon E]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import * as ort from 'onnxruntime-node';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(args[at + 1]);
};
const SAMPLES = option('samples', 1000);
const EPSILON = option('epsilon', 0.002);
const BATCH = option('batch-size', 256);
const SQUARE_QUERIES = option('square-queries', 1000);
const LIMIT_SECONDS = 60;

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(next) {
  return Math.sqrt(-2 * Math.log(Math.max(next(), 1e-12))) * Math.cos(2 * Math.PI * next());
}

function mlp(DataType, next) {
  const tensor = (dims, scale) => ({
    dataType: DataType.FLOAT,
    dims,
    data: Float32Array.from({ length: dims.reduce((a, b) => a * b, 1) }, () => gaussian(next) * scale),
  });
  const node = (opType, inputs, output, attributes = {}) => ({
    opType,
    domain: '',
    name: output,
    inputs,
    outputs: [output],
    attributes,
  });
  return {
    irVersion: 8,
    opsets: { '': 17 },
    inputs: [{ name: 'x', elemType: DataType.FLOAT, shape: ['batch', 784] }],
    outputs: [{ name: 'logits', elemType: DataType.FLOAT, shape: ['batch', 10] }],
    initializers: new Map([
      ['w1', tensor([128, 784], 1 / Math.sqrt(784))],
      ['b1', tensor([128], 0.1)],
      ['w2', tensor([10, 128], 1 / Math.sqrt(128))],
      ['b2', tensor([10], 0.1)],
    ]),
    nodes: [
      node('Gemm', ['x', 'w1', 'b1'], 'h1', { transB: { kind: 'int', value: 1 } }),
      node('Relu', ['h1'], 'a1'),
      node('Gemm', ['a1', 'w2', 'b2'], 'logits', { transB: { kind: 'int', value: 1 } }),
    ],
  };
}

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

async function rowsPerSecond(run, rows, minimum = 1.5) {
  await run(); // warm-up
  const start = process.hrtime.bigint();
  let done = 0;
  do {
    await run();
    done += rows;
  } while (seconds(start) < minimum);
  return done / seconds(start);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'mlsec-robustness-bench-'));
try {
  const bundle = path.join(dir, 'entry.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    packages: 'external',
    logLevel: 'error',
  });
  const { runAttacks, certify, DataType, writeOnnxModel, createOnnxClassifier } = await import(bundle);
  const next = rng(1);
  const graph = mlp(DataType, next);
  const inputs = Float32Array.from({ length: SAMPLES * 784 }, () => next());

  // The anchor: onnxruntime's own forward throughput, same graph, same thread count and batch.
  const session = await ort.InferenceSession.create(writeOnnxModel(graph), {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  });
  const batchInput = inputs.subarray(0, BATCH * 784);
  const anchor = await rowsPerSecond(
    () => session.run({ x: new ort.Tensor('float32', batchInput, [BATCH, 784]) }),
    BATCH,
  );
  await session.release();

  const classifier = await createOnnxClassifier(
    ort,
    { graph, sampleShape: [784], classes: 10 },
    {
      batchSize: BATCH,
      threads: 1,
      seed: 0,
    },
  );
  const logits = await classifier.logits(inputs, SAMPLES);
  const labels = new Int32Array(SAMPLES);
  for (let s = 0; s < SAMPLES; s++) {
    let best = 0;
    for (let j = 1; j < 10; j++) if (logits[s * 10 + j] > logits[s * 10 + best]) best = j;
    labels[s] = best;
  }
  const forward = await rowsPerSecond(() => classifier.logits(batchInput, BATCH), BATCH);
  const backward = await rowsPerSecond(
    () => classifier.lossGradient(batchInput, labels.subarray(0, BATCH), BATCH, 'ce'),
    BATCH,
  );

  const settings = {
    epsilon: EPSILON,
    norm: 'linf',
    lower: 0,
    upper: 1,
    seed: 0,
    pgdSteps: 20,
    pgdRestarts: 1,
    squareQueries: SQUARE_QUERIES,
    hsjQueries: 1000,
  };
  const total = process.hrtime.bigint();
  let start = process.hrtime.bigint();
  const pgd = await runAttacks(classifier, inputs, labels, SAMPLES, { ...settings, attacks: ['pgd'] });
  const pgdSeconds = seconds(start);
  start = process.hrtime.bigint();
  const square = await runAttacks(classifier, inputs, labels, SAMPLES, { ...settings, attacks: ['square'] });
  const squareSeconds = seconds(start);
  start = process.hrtime.bigint();
  const bound = certify(
    graph,
    inputs,
    labels,
    SAMPLES,
    { epsilon: EPSILON, norm: 'linf', lower: 0, upper: 1 },
    'ibp',
  );
  const ibpSeconds = seconds(start);
  const totalSeconds = seconds(total);
  await classifier.release();

  const share = (bits) => ((bits.reduce((a, b) => a + b, 0) / bits.length) * 100).toFixed(1);
  const worst = pgd.worstCase.map((bit, s) => bit & square.worstCase[s]);
  console.log(
    `robustness-check speed: 784-128-10 MLP, ${SAMPLES} samples, linf epsilon ${EPSILON}, 1 intra-op thread, batch ${BATCH}`,
  );
  console.log('');
  console.log('| | rows/s | ratio to onnxruntime forward |');
  console.log('|---|---:|---:|');
  console.log(`| onnxruntime forward (anchor) | ${Math.round(anchor)} | 1.00 |`);
  console.log(`| classifier forward | ${Math.round(forward)} | ${(forward / anchor).toFixed(2)} |`);
  console.log(
    `| classifier forward+backward (exact gradient graph) | ${Math.round(backward)} | ${(backward / anchor).toFixed(2)} |`,
  );
  console.log('');
  console.log('| phase | seconds | robust accuracy |');
  console.log('|---|---:|---:|');
  console.log(
    `| PGD-20 (CE and margin runs, then targeted runs on survivors; exact gradients) | ${pgdSeconds.toFixed(1)} | ${share(pgd.worstCase)}% |`,
  );
  console.log(
    `| Square, ${SQUARE_QUERIES} queries | ${squareSeconds.toFixed(1)} | ${share(square.worstCase)}% |`,
  );
  console.log(`| IBP | ${ibpSeconds.toFixed(2)} | ${share(bound.certified)}% certified |`);
  console.log(
    `| all (worst case ${share(worst)}%) | ${totalSeconds.toFixed(1)} | target < ${LIMIT_SECONDS} s: ${totalSeconds < LIMIT_SECONDS ? 'met' : 'NOT met'} |`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
