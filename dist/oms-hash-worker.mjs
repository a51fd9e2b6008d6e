import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  hashRange
} from "./chunks/chunk-DSNHINRE.mjs";
import {
  serveTasks
} from "./chunks/chunk-OUSXDTLB.mjs";
import "./chunks/chunk-DJZDCILK.mjs";

// src/entries/oms-hash-worker.ts
serveTasks(hashRange);
