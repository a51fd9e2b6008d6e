import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);

// src/core/version.ts
var MLSEC_VERSION = "0.1.0";
var MLSEC_URL = "https://github.com/mlsec-dev/mlsec";

export {
  MLSEC_VERSION,
  MLSEC_URL
};
