import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-LKJJXNXV.mjs";
import "./chunks/chunk-BVCKVXPG.mjs";
import "./chunks/chunk-QVM3LB6C.mjs";

// src/entries/verify-provenance.ts
await runAction({ check: "verify-provenance" });
