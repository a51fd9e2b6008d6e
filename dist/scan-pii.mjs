import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  runActionEntry
} from "./chunks/chunk-THXPJCLE.mjs";
import "./chunks/chunk-6C55WR2U.mjs";
import "./chunks/chunk-DJZDCILK.mjs";

// src/entries/scan-pii.ts
await runActionEntry(import.meta.url, { check: "scan-pii" });
