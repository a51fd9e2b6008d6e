import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-WMHXYQRZ.mjs";

// src/core/size.ts
var SIZE = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?$/i;
var UNITS = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
function parseSize(text, name) {
  const match = SIZE.exec(text.trim());
  if (!match)
    throw new UsageError(
      "INVALID_INPUT",
      `${name}: expected a size like 500MB or 2GB, got ${JSON.stringify(text)}`
    );
  return Math.floor(Number(match[1]) * UNITS[(match[2] ?? "b")[0].toLowerCase()]);
}

export {
  parseSize
};
