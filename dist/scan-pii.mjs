import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-2D7Y3VPF.mjs";
import "./chunks/chunk-UVPP6HF3.mjs";
import "./chunks/chunk-DSQRLEYR.mjs";
import "./chunks/chunk-UILZPUQP.mjs";

// src/entries/scan-pii.ts
await runAction({ check: "scan-pii" });
