import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  scanRange
} from "./chunks/chunk-DXM6J2UY.mjs";
import "./chunks/chunk-E76ITDPB.mjs";
import "./chunks/chunk-3TPPHE7Y.mjs";
import {
  serveTasks
} from "./chunks/chunk-ENYK53ZS.mjs";
import "./chunks/chunk-DJZDCILK.mjs";

// src/entries/scan-pii-worker.ts
serveTasks(scanRange);
