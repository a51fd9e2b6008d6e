import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  hashRangeSync
} from "./chunks/chunk-2QZJNSAK.mjs";
import {
  serveTasks
} from "./chunks/chunk-LXT7T7SN.mjs";
import "./chunks/chunk-DJZDCILK.mjs";

// src/entries/oms-hash-worker.ts
serveTasks((task) => Promise.resolve(hashRangeSync(task)));
