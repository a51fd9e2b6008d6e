import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-2UP4GD3G.mjs";
import "./chunks/chunk-GZJFG2L2.mjs";
import "./chunks/chunk-4G3WWMV4.mjs";

// src/entries/dependency-sbom.ts
await runAction({ check: "dependency-sbom" });
