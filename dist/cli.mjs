#!/usr/bin/env node
import { createRequire as __mlsecCreateRequire } from 'node:module';
const require = __mlsecCreateRequire(import.meta.url);
import {
  versionAnswer
} from "./chunks/chunk-ZZ7WYM7L.mjs";
import "./chunks/chunk-QPWZXP3V.mjs";
import {
  runBounded
} from "./chunks/chunk-6C55WR2U.mjs";
import "./chunks/chunk-DJZDCILK.mjs";

// src/entries/cli.ts
await runBounded(
  import.meta.url,
  async ({ stderrIsTty, args }) => {
    const { runCli } = await import("./chunks/main-Y4KS5BCF.mjs");
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
  versionAnswer
);
