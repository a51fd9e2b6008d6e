import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  hashRangeSync
} from "./chunks/chunk-JLVXBGN6.mjs";
import {
  serveTasks
} from "./chunks/chunk-6FTASGPM.mjs";
import "./chunks/chunk-DJZDCILK.mjs";

// src/entries/oms-hash-worker.ts
serveTasks(async (task) => hashRangeSync(task));
