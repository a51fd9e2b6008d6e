import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-YNLYZ7YU.mjs";
import "./chunks/chunk-2476OUPO.mjs";

// src/entries/verify-provenance.ts
await runAction({ check: "verify-provenance" });
