import { mkdtemp, readFile, realpath, writeFile, mkdir, cp, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanModel } from '../../../src/checks/scan-model/definition.js';
import type { OptionValues } from '../../../src/core/check.js';
import { checkOptionSpecs } from '../../../src/checks/registry.js';
import { EMPTY_CONFIG } from '../../../src/core/config.js';
import { parseConfig } from '../../../src/core/config-parse.js';
import { resolveOptions, runEngine } from '../../../src/core/engine.js';
import type { Finding } from '../../../src/core/findings.js';
import { fingerprintKeyFrom } from '../../../src/core/redaction.js';
import { toSarif } from '../../../src/core/render/sarif.js';
import { END_OF_ARCHIVE, tarBytes, tarEntry } from './tar-bytes.js';
import { zipBytes } from './zip-bytes.js';

/**
 * scan-model end to end, over the committed fixtures: every malicious file is an error finding
 * on the rule and member its generator names; no benign file yields an error or a warning.
 */

const FIXTURES = path.resolve('test/fixtures/scan-model');
const key = fingerprintKeyFrom(undefined);

async function scan(root: string, paths: string[] = [], explicit: Record<string, string> = {}) {
  const output = await runEngine({
    check: scanModel,
    root,
    paths,
    options: resolveOptions(scanModel.options, explicit, undefined, 'option') as OptionValues,
    config: EMPTY_CONFIG,
    failOn: 'error',
    fingerprintKey: key,
    environment: {},
  });
  return output;
}

interface MaliciousEntry {
  file: string;
  technique: string;
  rule: string;
  member?: string;
  options?: Record<string, string>;
}

const malicious = JSON.parse(await readFile(path.join(FIXTURES, 'malicious/MANIFEST.json'), 'utf8')) as {
  files: MaliciousEntry[];
};

function summary(finding: Finding): string {
  return `${finding.level} ${finding.ruleId}${finding.location.member ? ` [${finding.location.member}]` : ''}: ${finding.message}`;
}

describe('scan-model over the benign fixtures', () => {
  it.each(['benign-more', 'joblib', 'gguf/chatml.gguf', 'onnx/external-valid', 'onnx/local-function.onnx'])(
    'reports no error and no warning on %s',
    async (where) => {
      const { result } = await scan(FIXTURES, [where]);
      expect(result.findings.filter((finding) => finding.level !== 'note').map(summary)).toEqual([]);
    },
  );

  it('reports no error and no warning on any file the libraries wrote', async () => {
    const { result, report } = await scan(path.join(FIXTURES, 'benign'));
    const loud = result.findings.filter((finding) => finding.level !== 'note');
    expect(loud.map((finding) => `${finding.location.path}: ${summary(finding)}`)).toEqual([]);
    expect(report.failed).toBe(false);
    expect(result.metrics.filesScanned).toBeGreaterThanOrEqual(25);
  });
});

describe('scan-model over the malicious container fixtures', () => {
  const root = path.join(FIXTURES, 'malicious');
  it.each(malicious.files.map((entry) => [entry.file, entry] as const))('%s', async (file, entry) => {
    const { result, report } = await scan(root, [file], entry.options);
    const errors = result.findings.filter(
      (finding) =>
        finding.level === 'error' && finding.location.path === file && finding.ruleId === entry.rule,
    );
    expect(errors.map(summary), entry.technique).not.toEqual([]);
    if (entry.member !== undefined) {
      expect(errors.map((finding) => finding.location.member)).toContain(entry.member);
    }
    expect(report.failed).toBe(true);
  });
});

describe('scan-model results in SARIF', () => {
  it('point at the scanned file and name the archive member in properties.member', async () => {
    const { report } = await scan(path.join(FIXTURES, 'malicious'), ['nested.zip']);
    const log = toSarif([report], { version: '0.0.0', informationUri: 'https://example.invalid' }) as {
      runs: { results: { ruleId: string; locations: unknown[]; properties?: Record<string, unknown> }[] }[];
    };
    const result = log.runs[0]!.results.find((item) => item.ruleId === 'model/pickle-unsafe-global')!;
    expect(result.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'nested.zip' } } }]);
    expect(result.properties).toMatchObject({ member: 'bundle.zip!inner/model.pkl', global: 'posix.system' });
  });
});

describe('scan-model inputs and files', () => {
  it('refuses an allow-globals pattern that is not module.name, naming the option or the config key', () => {
    expect(() =>
      resolveOptions(scanModel.options, { 'allow-globals': 'mypkg.*,os system' }, undefined, 'option'),
    ).toThrow(
      'option allow-globals: expected module.name or module.* (such as mypkg.layers.Block or mypkg.*), got "os system"',
    );
    expect(() =>
      parseConfig(
        'scan-model:\n  allow-globals: [mypkg.*, "os.*.x"]\n',
        '.github/mlsec.yml',
        FIXTURES,
        checkOptionSpecs(),
      ),
    ).toThrow(
      'config .github/mlsec.yml: key scan-model.allow-globals: expected module.name or module.* (such as mypkg.layers.Block or mypkg.*), got "os.*.x"',
    );
  });

  it('allow-globals turns an unknown global into no finding, never a denylisted one', async () => {
    const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-scan-model-')));
    // GLOBAL mypkg.Block, EMPTY_TUPLE, REDUCE; then GLOBAL os.system likewise; STOP.
    await writeFile(
      path.join(root, 'custom.pkl'),
      Buffer.from('\x80\x02cmypkg\nBlock\n)R0cos\nsystem\n)R.', 'latin1'),
    );
    const before = (await scan(root)).report.findings.map((finding) => `${finding.level} ${finding.ruleId}`);
    expect(before).toEqual(['error model/pickle-unsafe-global', 'warning model/pickle-unknown-global']);
    const after = (await scan(root, [], { 'allow-globals': 'mypkg.*,os.system' })).report.findings.map(
      (finding) => `${finding.level} ${finding.ruleId}`,
    );
    expect(after).toEqual(['error model/pickle-unsafe-global']);
  });

  it('reports a model file over max-file-size as not scanned, never clean', async () => {
    const { result } = await scan(path.join(FIXTURES, 'benign'), ['state-dict.pt'], {
      'max-file-size': '100',
    });
    expect(result.findings.map(summary)).toEqual([
      expect.stringMatching(
        /^warning model\/not-scanned: Not scanned: \d+ bytes is over max-file-size \(100 bytes\)\.$/,
      ),
    ]);
  });

  it('ignores files that are no model by content or name, and notes a model name with foreign content', async () => {
    const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-scan-model-')));
    await writeFile(path.join(root, 'README.md'), '# not a model\n');
    await writeFile(path.join(root, 'weights.bin'), 'plain text in a .bin');
    const { result } = await scan(root);
    expect(result.findings.map((finding) => `${finding.location.path} ${summary(finding)}`)).toEqual([
      'weights.bin note model/not-scanned: Not scanned: its content is in no model format mlsec reads.',
    ]);
  });

  it('a symbolic link named like a model is reported as not scanned', async () => {
    const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-scan-model-')));
    await symlink('/etc/hostname', path.join(root, 'model.pt'));
    const { result } = await scan(root);
    expect(result.findings.map((finding) => `${finding.location.path} ${summary(finding)}`)).toEqual([
      'model.pt warning model/not-scanned: Not scanned: symbolic link (not followed).',
    ]);
  });

  it('finds a pickle by content under any name, in a nested folder', async () => {
    const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-scan-model-')));
    await mkdir(path.join(root, 'a/b'), { recursive: true });
    await cp(path.join(FIXTURES, 'malicious/model.bin'), path.join(root, 'a/b/notes.txt'));
    const { result } = await scan(root);
    expect(
      result.findings.map((finding) => `${finding.location.path} ${finding.level} ${finding.ruleId}`),
    ).toContain('a/b/notes.txt error model/pickle-unsafe-global');
  });
});

describe('scan-model on a text SavedModel', () => {
  it('judges the ops of saved_model.pbtxt like the binary graph', async () => {
    const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-scan-model-')));
    await mkdir(path.join(root, 'export'));
    await writeFile(
      path.join(root, 'export/saved_model.pbtxt'),
      'meta_graphs {\n  graph_def {\n    node {\n      name: "read"\n      op: "ReadFile"\n    }\n' +
        '    node {\n      name: "save"\n      op: "SaveV2"\n    }\n    node {\n      name: "p"\n      op: "PrintV2"\n    }\n  }\n}\n',
    );
    const { report } = await scan(root);
    expect(
      report.findings.map((finding) => `${finding.location.path} ${finding.level} ${finding.ruleId}`),
    ).toEqual([
      'export/saved_model.pbtxt error model/unsafe-construct',
      'export/saved_model.pbtxt warning model/unsafe-construct',
    ]);
    expect(report.findings[0]!.message).toBe(
      "Op 'ReadFile' (first at byte 64) reads files named at run time.",
    );
  });
});

describe('scan-model nesting', () => {
  it('opens zips inside zips up to the depth limit, and reports what lies deeper as a limit, never clean', async () => {
    const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-scan-model-')));
    const payload = await readFile(path.join(FIXTURES, 'malicious/model.bin'));
    const wrap = (inner: Uint8Array, name: string) => zipBytes({ members: [{ name, data: inner }] });
    const levels = (count: number) => {
      let bytes: Uint8Array = wrap(payload, 'model.pkl');
      for (let level = 1; level < count; level++) bytes = wrap(bytes, `level${level}.zip`);
      return bytes;
    };
    await writeFile(path.join(root, 'four.zip'), levels(4));
    await writeFile(path.join(root, 'five.zip'), levels(5));
    const { report } = await scan(root);
    expect(
      report.findings.map(
        (finding) => `${finding.location.path} ${finding.ruleId} [${finding.location.member}]`,
      ),
    ).toEqual([
      'five.zip model/scan-limit [level4.zip!level3.zip!level2.zip!level1.zip!model.pkl]',
      'four.zip model/pickle-unsafe-global [level3.zip!level2.zip!level1.zip!model.pkl]',
    ]);
  });
});

describe('scan-model on legacy tar checkpoints', () => {
  const count = (n: number) => Buffer.from([0x80, 2, 0x4b, n, 0x2e]);
  const storageRecord = Buffer.from(
    '\x80\x02X\x01\x00\x00\x000X\x03\x00\x00\x00cpuctorch\nFloatStorage\n\x87.',
    'latin1',
  );
  const elements = (n: bigint) => {
    const field = Buffer.alloc(8);
    field.writeBigInt64LE(n);
    return field;
  };
  async function scanTar(storages: Uint8Array) {
    const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-scan-model-')));
    await writeFile(
      path.join(root, 'old.tar'),
      tarBytes(
        tarEntry({ name: 'sys_info', data: count(1) }),
        tarEntry({ name: 'pickle', data: count(0) }),
        tarEntry({ name: 'storages', data: storages }),
        END_OF_ARCHIVE,
      ),
    );
    return (await scan(root)).report.findings.map(
      (finding) => `${finding.level} ${finding.ruleId}: ${finding.message}`,
    );
  }

  it('walks every storage record, skipping the raw elements by the length each declares', async () => {
    const payload = await readFile(path.join(FIXTURES, 'malicious/model.bin'));
    const clean = Buffer.concat([
      count(2),
      storageRecord,
      elements(3n),
      Buffer.alloc(12),
      storageRecord,
      elements(1n),
      Buffer.alloc(4),
    ]);
    expect(await scanTar(clean)).toEqual([]);
    const hidden = Buffer.concat([count(2), storageRecord, elements(1n), Buffer.alloc(4), payload]);
    expect((await scanTar(hidden))[0]).toMatch(
      /^error model\/pickle-unsafe-global: STACK_GLOBAL imports posix\.system/,
    );
  });

  it('a record whose length is negative or runs past the member is malformed, never skipped in silence', async () => {
    expect(await scanTar(Buffer.concat([count(1), storageRecord, elements(-5n)]))).toEqual([
      'error model/malformed-file: A legacy storages record at byte 43 declares a negative length, so the records after it cannot be located.',
    ]);
    expect(await scanTar(Buffer.concat([count(1), storageRecord, elements(1000n), Buffer.alloc(8)]))).toEqual(
      [
        'error model/malformed-file: The last legacy storages record declares more bytes than the member holds.',
      ],
    );
  });
});
