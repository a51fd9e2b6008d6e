import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-G5FQQYJX.mjs";
import "./chunks/chunk-OERX42IH.mjs";

// src/entries/verify-provenance.ts
await runAction({ check: "verify-provenance" });
