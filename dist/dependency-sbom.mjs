import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-TYCW62GD.mjs";
import "./chunks/chunk-3N4N3T77.mjs";

// src/entries/dependency-sbom.ts
await runAction({ check: "dependency-sbom" });
