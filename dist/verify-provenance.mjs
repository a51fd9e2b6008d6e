import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-TYCW62GD.mjs";
import "./chunks/chunk-3N4N3T77.mjs";

// src/entries/verify-provenance.ts
await runAction({ check: "verify-provenance" });
