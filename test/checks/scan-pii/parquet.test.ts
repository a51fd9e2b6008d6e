import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../../src/cli/main.js';
import { ENTITIES } from '../../../src/checks/scan-pii/entities.js';
import type { ScanSettings } from '../../../src/checks/scan-pii/file-scan.js';
import { parquetFailureReason } from '../../../src/checks/scan-pii/parallel.js';
import {
  PARQUET_REASONS,
  type ParquetOutcome,
  scanParquetBuffer,
} from '../../../src/checks/scan-pii/parquet.js';
import { DeadlineError } from '../../../src/core/worker-pool.js';
import { fingerprintKeyFrom } from '../../../src/core/redaction.js';

const SETTINGS: ScanSettings = {
  entities: new Set(ENTITIES),
  minConfidence: 0.5,
  fingerprintKey: fingerprintKeyFrom('a-test-key-of-16+chars'),
  phoneRegions: ['US'],
};

const ROWS = 50;
/** A valid SSN for every row, under a column that says so; three row groups (20, 20, 10). */
const SSNS = Array.from({ length: ROWS }, (_, i) => `536-22-${8100 + i}`);
const COLUMN = '536-22-8199'; // a column name that is itself an SSN: no reason may quote it

function fixture(): Uint8Array {
  return new Uint8Array(
    parquetWriteBuffer({
      columnData: [
        { name: 'id', data: Int32Array.from({ length: ROWS }, (_, i) => i), type: 'INT32' },
        { name: 'ssn', data: SSNS, type: 'STRING' },
        { name: COLUMN, data: SSNS.map(() => 'x'), type: 'STRING' },
      ],
      rowGroupSize: 20,
    }),
  );
}
const GOOD = fixture();

const buffer = (bytes: Uint8Array) => ({
  byteLength: bytes.byteLength,
  slice: (start: number, end?: number) => bytes.slice(start, end).buffer,
});

const scan = (bytes: Uint8Array) => scanParquetBuffer(buffer(bytes), 'data/people.parquet', SETTINGS);

const FIXED = new Set<string>(Object.values(PARQUET_REASONS));

/** Every outcome is a scan whose findings match the rows decoded, or a fixed reason. */
function expectWellFormed(outcome: ParquetOutcome): void {
  if (!outcome.scanned) {
    expect(FIXED.has(outcome.reason), outcome.reason).toBe(true);
    return;
  }
  expect(outcome.rows).toBeLessThanOrEqual(ROWS * 4096);
  for (const finding of outcome.findings) {
    const row = finding.properties?.row as number;
    expect(row).toBeGreaterThanOrEqual(1);
    expect(row).toBeLessThanOrEqual(outcome.rows);
  }
}

/** The footer's thrift: `num_rows` of the file (field 3, i64) is 0x16 then the zigzag varint. */
function footerStart(bytes: Uint8Array): number {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 8, true);
  return bytes.length - 8 - length;
}

function patchFileRows(bytes: Uint8Array, rows: number): Uint8Array {
  const patched = bytes.slice();
  const start = footerStart(bytes);
  // FileMetaData: version (field 1), schema (list, field 2), num_rows (field 3, i64 = 0x16).
  // The first 0x16 followed by zigzag(50) = 0x64 after the schema list is the file's num_rows.
  for (let i = start; i < bytes.length - 9; i++) {
    if (bytes[i] === 0x16 && bytes[i + 1] === ROWS * 2) {
      patched[i + 1] = rows * 2;
      return patched;
    }
  }
  throw new Error('num_rows not found');
}

describe('Parquet: a valid file', () => {
  it('is scanned: one finding per SSN, with its row and column', async () => {
    const outcome = await scan(GOOD);
    expect(outcome.scanned).toBe(true);
    if (!outcome.scanned) return;
    expect(outcome.rows).toBe(ROWS);
    expect(outcome.findings.map((f) => [f.ruleId, f.properties?.field, f.properties?.row])).toEqual(
      SSNS.map((_, i) => ['pii/us-ssn', 'ssn', i + 1]),
    );
  });
});

describe('Parquet: hostile files', () => {
  it('a patched num_rows is not scanned (the counts do not match), never scanned and clean', async () => {
    for (const rows of [0, 40, 49]) {
      expect(await scan(patchFileRows(GOOD, rows))).toEqual({
        scanned: false,
        reason: PARQUET_REASONS.counts,
      });
    }
  });

  it('every one-byte change ends: scanned as decoded, or not scanned for a fixed reason', async () => {
    for (let at = 0; at < GOOD.length; at++) {
      for (const flip of [0xff, 0x01, 0x80]) {
        const mutated = GOOD.slice();
        mutated[at]! ^= flip;
        const outcome = await scan(mutated);
        expectWellFormed(outcome);
        // The footer holds the counts: a change there can drop rows only by being refused.
        if (outcome.scanned && at >= footerStart(GOOD)) expect(outcome.rows).toBe(ROWS);
      }
    }
  });

  it('every truncation is not scanned for a fixed reason', async () => {
    for (let length = 0; length < GOOD.length; length++) {
      const outcome = await scan(GOOD.slice(0, length));
      expect(outcome.scanned).toBe(false);
      expectWellFormed(outcome);
    }
  });

  it('fuzz: random patches, insertions and junk between magic numbers never throw or hang', async () => {
    const patches = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    });
    await fc.assert(
      fc.asyncProperty(patches, async (edits) => {
        const mutated = GOOD.slice();
        for (const [at, value] of edits) mutated[at % mutated.length] = value;
        expectWellFormed(await scan(mutated));
      }),
      { numRuns: 400, seed: 13 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (junk) => {
        const magic = new TextEncoder().encode('PAR1');
        const length = new Uint8Array(new Uint32Array([junk.length]).buffer);
        const file = new Uint8Array([...magic, ...junk, ...length, ...magic]);
        expectWellFormed(await scan(file));
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('the reason never quotes the file: a column named like an SSN is not in it', async () => {
    const reasons = new Set<string>();
    for (let at = 0; at < GOOD.length; at++) {
      const mutated = GOOD.slice();
      mutated[at]! ^= 0xff;
      const outcome = await scan(mutated);
      if (!outcome.scanned) reasons.add(outcome.reason);
    }
    expect(reasons.size).toBeGreaterThan(1);
    for (const reason of reasons) expect(reason).not.toContain('536');
  });

  it('a task past its deadline or out of memory leaves the file not scanned; any other crash fails the run', () => {
    expect(parquetFailureReason(new DeadlineError(61))).toBe('parsing took longer than 61 s');
    expect(parquetFailureReason(Object.assign(new Error('oom'), { code: 'ERR_WORKER_OUT_OF_MEMORY' }))).toBe(
      'parsing needed more memory than a worker has',
    );
    expect(parquetFailureReason(new Error('worker crashed'))).toBeUndefined();
  });
});

describe('Parquet through the CLI', () => {
  it('hostile files are findings (exit 1 or 0), never exit 3, and name no content', async () => {
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'mlsec-parquet-'));
    await mkdir(path.join(cwd, 'data'));
    const hostile = {
      'data/good.parquet': GOOD,
      'data/rows0.parquet': patchFileRows(GOOD, 0),
      'data/rows40.parquet': patchFileRows(GOOD, 40),
      'data/cut.parquet': GOOD.slice(0, GOOD.length - 30),
      'data/empty.parquet': new Uint8Array(),
      'data/magic.parquet': new TextEncoder().encode('PAR1\u0000\u0000\u0000\u0000PAR1'),
    };
    for (const [name, bytes] of Object.entries(hostile)) await writeFile(path.join(cwd, name), bytes);
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      cwd,
      env: {},
      stderrIsTty: false,
    };
    const code = await runCli(['scan-pii', 'data', '--format', 'json', '--fail-on', 'warning'], io);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    const json = JSON.parse(stdout) as {
      findings: Array<{
        ruleId: string;
        level: string;
        location: { path: string };
        properties: { reason?: string };
      }>;
    };
    const notScanned = json.findings
      .filter((f) => f.ruleId === 'pii/file-not-scanned')
      .map((f) => [f.location.path, f.level, f.properties.reason])
      .sort();
    expect(notScanned).toEqual([
      ['data/cut.parquet', 'warning', PARQUET_REASONS.unreadable],
      ['data/empty.parquet', 'warning', PARQUET_REASONS.unreadable],
      ['data/magic.parquet', 'warning', PARQUET_REASONS.unreadable],
      ['data/rows0.parquet', 'warning', PARQUET_REASONS.counts],
      ['data/rows40.parquet', 'warning', PARQUET_REASONS.counts],
    ]);
    expect(json.findings.filter((f) => f.ruleId === 'pii/us-ssn').length).toBe(ROWS);
    expect(stdout).not.toContain(COLUMN);
  });
});
