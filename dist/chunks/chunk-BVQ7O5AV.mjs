import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);

// src/runtime/bounded.ts
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var YOUNG_GENERATION_MB = 8;
function flush(stream) {
  return new Promise((resolve) => stream.write("", () => resolve()));
}
async function runHere(work, context, onCrash) {
  try {
    return await work(context) ?? Number(process.exitCode ?? 0);
  } catch (error) {
    onCrash(error instanceof Error ? error.message : String(error));
    return 3;
  }
}
async function runBounded(entryUrl, work, onCrash, options = {}) {
  const data = workerData;
  if (!isMainThread && data?.mlsecBounded) {
    const exitCode = await runHere(work, { stderrIsTty: data.stderrIsTty, args: data.args }, onCrash);
    await Promise.all([flush(process.stdout), flush(process.stderr)]);
    parentPort.postMessage({ exitCode });
    return;
  }
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
  const args = process.argv.slice(2);
  const answer = options.immediate?.(args);
  if (answer !== void 0) {
    process.stdout.write(answer);
    process.exitCode = 0;
    return;
  }
  const stderrIsTty = process.stderr.isTTY === true;
  if (options.small?.(args)) {
    process.exitCode = await runHere(work, { stderrIsTty, args }, onCrash);
    return;
  }
  const worker = new Worker(new URL(entryUrl), {
    workerData: { mlsecBounded: true, stderrIsTty, args },
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
  });
  process.exitCode = await new Promise((resolve) => {
    let reported;
    worker.on("message", (message) => {
      reported = message.exitCode;
    });
    worker.on("error", (error) => {
      onCrash(error.message);
      reported = 3;
    });
    worker.on("exit", () => resolve(reported ?? 3));
  });
}

export {
  runBounded
};
