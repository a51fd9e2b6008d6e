import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  scanRange
} from "./chunks/chunk-PITOIGAL.mjs";
import {
  serveTasks
} from "./chunks/chunk-LXT7T7SN.mjs";
import "./chunks/chunk-DJZDCILK.mjs";

// src/entries/scan-pii-worker.ts
serveTasks(scanRange);
