import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  hashRange
} from "./chunks/chunk-JYMM5AB7.mjs";
import {
  serveTasks
} from "./chunks/chunk-5DELLRPM.mjs";
import "./chunks/chunk-DJZDCILK.mjs";

// src/entries/oms-hash-worker.ts
serveTasks(hashRange);
