import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-WMHXYQRZ.mjs";

// src/core/options.ts
function shown(spec, value) {
  return spec.secret ? "(a secret, not shown)" : JSON.stringify(value);
}
function parseOptionValue(spec, raw, source) {
  const where = `${source} ${spec.name}`;
  switch (spec.type) {
    case "boolean": {
      const normal = raw.trim().toLowerCase();
      if (normal === "true") return true;
      if (normal === "false") return false;
      throw new UsageError("INVALID_INPUT", `${where}: expected true or false, got ${shown(spec, raw)}`);
    }
    case "number": {
      const value = Number(raw.trim());
      if (raw.trim() === "" || !Number.isFinite(value)) {
        throw new UsageError("INVALID_INPUT", `${where}: expected a number, got ${shown(spec, raw)}`);
      }
      return value;
    }
    case "list":
    case "paths": {
      const items = raw.split(/[,\n]/).map((item) => item.trim()).filter((item) => item !== "");
      if (spec.choices) for (const item of items) assertChoice(spec, item, where);
      if (spec.format) for (const item of items) assertFormat(spec, item, where);
      return items;
    }
    case "string":
    case "path":
    case "pem-or-path": {
      const value = raw.trim();
      if (spec.choices) assertChoice(spec, value, where);
      if (spec.format) assertFormat(spec, value, where);
      return value;
    }
  }
}
function assertFormat(spec, value, where) {
  if (!spec.format.pattern.test(value)) {
    throw new UsageError(
      "INVALID_INPUT",
      `${where}: expected ${spec.format.expected}, got ${shown(spec, value)}`
    );
  }
}
function assertChoice(spec, value, where) {
  if (!spec.choices.includes(value)) {
    throw new UsageError(
      "INVALID_INPUT",
      `${where}: expected one of ${spec.choices.join(", ")}, got ${shown(spec, value)}`
    );
  }
}
function suggest(name, known) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export {
  parseOptionValue,
  suggest
};
