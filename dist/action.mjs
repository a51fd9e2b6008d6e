import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-X4MZKYRF.mjs";
import "./chunks/chunk-JPLXS5ND.mjs";
import "./chunks/chunk-JWSFV467.mjs";

// src/entries/action.ts
await runAction({ umbrella: true });
