import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  scanRange
} from "./chunks/chunk-VH47GMZ3.mjs";
import "./chunks/chunk-UILZPUQP.mjs";

// src/entries/scan-pii-worker.ts
import { parentPort } from "node:worker_threads";
parentPort.on("message", (task) => {
  scanRange(task).then(
    (result) => parentPort.postMessage({ ok: true, result }),
    (error) => parentPort.postMessage({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
      code: error.code
    })
  );
});
