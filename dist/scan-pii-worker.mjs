import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  scanParquetTask,
  scanRange
} from "./chunks/chunk-LINZ6GVL.mjs";
import "./chunks/chunk-VCTSVVVY.mjs";
import "./chunks/chunk-EBHPDEBE.mjs";
import "./chunks/chunk-SLAN3BLR.mjs";
import "./chunks/chunk-WMHXYQRZ.mjs";
import {
  serveTasks
} from "./chunks/chunk-6FTASGPM.mjs";
import "./chunks/chunk-DJZDCILK.mjs";

// src/entries/scan-pii-worker.ts
serveTasks(
  (task) => "parquet" in task ? scanParquetTask(task) : scanRange(task)
);
