import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-BEPZSZRB.mjs";
import "./chunks/chunk-6DKXLHZP.mjs";

// src/entries/sign-model.ts
await runAction({ check: "sign-model" });
