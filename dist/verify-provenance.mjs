import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-VEAZBIBU.mjs";
import "./chunks/chunk-NXU73FML.mjs";
import "./chunks/chunk-4G3WWMV4.mjs";

// src/entries/verify-provenance.ts
await runAction({ check: "verify-provenance" });
