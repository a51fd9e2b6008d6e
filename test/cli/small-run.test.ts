import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSmallRun, SMALL_RUN_BYTES } from '../../src/cli/small-run.js';

describe('isSmallRun: which CLI runs stay in the main thread', () => {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'mlsec-small-run-'));
  writeFileSync(path.join(cwd, 'a.csv'), 'id,email\n1,a@b.io\n');
  writeFileSync(path.join(cwd, 'b.csv'), 'x');
  mkdirSync(path.join(cwd, 'data'));
  const big = path.join(cwd, 'big.csv');
  writeFileSync(big, Buffer.alloc(SMALL_RUN_BYTES + 1));

  it.each([
    [['scan-pii', 'a.csv'], true],
    [['scan-pii', 'a.csv', 'b.csv', '--format', 'json'], true],
    [['scan-pii', '--format=sarif', path.join(cwd, 'a.csv')], true],
    [['sign-model', 'b.csv', '--method', 'key', '--private-key', 'missing.pem'], true],
    [['scan-pii', 'a.csv', 'data'], false],
    [['scan-pii', '.'], false],
    [['scan-pii'], false],
    [['scan-pii', '--format', 'json'], false],
    [['scan-pii', 'big.csv'], false],
    [['scan-pii', 'a.csv', 'big.csv'], false],
    [['check', 'a.csv'], false],
    [['--help'], true],
    [['scan-pii', '.', '--help'], true],
    [[], true],
    [['--format', 'json'], false],
  ] as const)('%j -> %s', (args, small) => {
    expect(isSmallRun(args, cwd)).toBe(small);
  });
});
