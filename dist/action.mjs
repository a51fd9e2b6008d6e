import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  runAction
} from "./chunks/chunk-EWUDX2EV.mjs";
import "./chunks/chunk-2QNUEQA6.mjs";

// src/entries/action.ts
await runAction({ umbrella: true });
