import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);

// src/runtime/bounded.ts
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var YOUNG_GENERATION_MB = 8;
function flush(stream) {
  return new Promise((resolve) => stream.write("", () => resolve()));
}
async function runBounded(entryUrl, work, onCrash, immediate) {
  const data = workerData;
  if (!isMainThread && data?.mlsecBounded) {
    let exitCode;
    try {
      exitCode = await work({ stderrIsTty: data.stderrIsTty, args: data.args }) ?? Number(process.exitCode ?? 0);
    } catch (error) {
      onCrash(error instanceof Error ? error.message : String(error));
      exitCode = 3;
    }
    await Promise.all([flush(process.stdout), flush(process.stderr)]);
    parentPort.postMessage({ exitCode });
    return;
  }
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
  const answer = immediate?.(process.argv.slice(2));
  if (answer !== void 0) {
    process.stdout.write(answer);
    process.exitCode = 0;
    return;
  }
  const worker = new Worker(new URL(entryUrl), {
    workerData: {
      mlsecBounded: true,
      stderrIsTty: process.stderr.isTTY === true,
      args: process.argv.slice(2)
    },
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
