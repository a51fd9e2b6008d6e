import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  scanRange
} from "./chunks/chunk-T4MGXSNN.mjs";
import "./chunks/chunk-TG7JXAVZ.mjs";
import "./chunks/chunk-AHRJEZCV.mjs";
import {
  serveTasks
} from "./chunks/chunk-ENYK53ZS.mjs";
import "./chunks/chunk-DJZDCILK.mjs";

// src/entries/scan-pii-worker.ts
serveTasks(scanRange);
