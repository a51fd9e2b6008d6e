import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  runActionEntry
} from "./chunks/chunk-63AH5IVF.mjs";
import "./chunks/chunk-BVQ7O5AV.mjs";
import "./chunks/chunk-DJZDCILK.mjs";

// src/entries/robustness-check.ts
await runActionEntry(import.meta.url, { check: "robustness-check" });
