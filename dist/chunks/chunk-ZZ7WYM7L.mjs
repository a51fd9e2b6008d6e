import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  MLSEC_VERSION
} from "./chunk-QPWZXP3V.mjs";

// src/cli/version.ts
function versionAnswer(args) {
  return args[0] === "--version" || args[0] === "-V" ? `${MLSEC_VERSION}
` : void 0;
}

export {
  versionAnswer
};
