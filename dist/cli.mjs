#!/usr/bin/env node
import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  versionAnswer
} from "./chunks/chunk-ZZ7WYM7L.mjs";
import "./chunks/chunk-QPWZXP3V.mjs";
import {
  runBounded
} from "./chunks/chunk-BVQ7O5AV.mjs";
import "./chunks/chunk-DJZDCILK.mjs";

// src/cli/small-run.ts
import { statSync } from "node:fs";
import path from "node:path";
var SMALL_RUN_BYTES = 16 * 1024 * 1024;
function isSmallRun(args, cwd) {
  if (args.length === 0 || args.includes("--help") || args.includes("-h")) return true;
  const [command, ...rest] = args;
  if (command === void 0 || command === "check" || command.startsWith("-")) return false;
  let files = 0;
  let bytes = 0;
  for (const arg of rest) {
    if (arg.startsWith("-") || arg === "") continue;
    let stats;
    try {
      stats = statSync(path.resolve(cwd, arg));
    } catch {
      continue;
    }
    if (!stats.isFile()) return false;
    files += 1;
    bytes += stats.size;
    if (bytes > SMALL_RUN_BYTES) return false;
  }
  return files > 0;
}

// src/entries/cli.ts
await runBounded(
  import.meta.url,
  async ({ stderrIsTty, args }) => {
    const { runCli } = await import("./chunks/main-WLXSIWP5.mjs");
    return runCli(args, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      cwd: process.cwd(),
      env: process.env,
      stderrIsTty
    });
  },
  (message) => process.stderr.write(`mlsec: internal error (please report it): ${message}
`),
  { immediate: versionAnswer, small: (args) => isSmallRun(args, process.cwd()) }
);
