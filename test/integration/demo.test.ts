import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The demo repository is the product's showcase: its planted problems must all be found, and nothing else. */
const root = path.resolve(import.meta.dirname, '../..');
// A copy outside this repository: in place, the root would be mlsec's own git top level.
let demo: string;

beforeAll(async () => {
  demo = await mkdtemp(path.join(os.tmpdir(), 'mlsec-demo-test-'));
  await cp(path.join(root, 'examples/demo-ml-repo'), demo, { recursive: true });
});

afterAll(async () => {
  await rm(demo, { recursive: true, force: true });
});

describe('examples/demo-ml-repo', () => {
  it('scan-pii finds every planted value and none of the hard negatives', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'dist/cli.mjs'), 'scan-pii', '.', '--format', 'json'],
      {
        cwd: demo,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout).findings as Array<{
      ruleId: string;
      location: { path: string; line?: number };
    }>;
    expect(findings.map((f) => `${f.location.path}:${f.location.line ?? '-'} ${f.ruleId}`).sort()).toEqual([
      'configs/train.env:2 secret/wandb-api-key',
      'configs/train.env:6 secret/github-token',
      'data/customers.csv:2 pii/email-address',
      'data/customers.csv:2 pii/phone-number',
      'data/customers.csv:2 pii/us-ssn',
      'data/customers.csv:3 pii/phone-number',
      'data/customers.csv:4 pii/credit-card',
      'data/customers.csv:4 pii/email-address',
      'data/customers.csv:5 pii/email-address',
      'data/customers.csv:5 pii/phone-number',
      'data/events.jsonl:1 pii/email-address',
      'data/events.jsonl:1 pii/ip-address',
      'data/events.jsonl:3 pii/iban',
      'data/events.jsonl:3 pii/ip-address',
      'data/profiles.parquet:- pii/email-address',
      'data/profiles.parquet:- pii/email-address',
      'data/profiles.parquet:- pii/phone-number',
      'data/profiles.parquet:- pii/us-ssn',
      'notebooks/explore.ipynb:20 pii/us-ssn',
      'notebooks/explore.ipynb:37 secret/openai-api-key',
      'notebooks/explore.ipynb:8 pii/email-address',
    ]);
  });
});

describe('examples/demo-ml-repo models', () => {
  it('verify-provenance verifies the signed model, and flags the tampered and the unsigned one', () => {
    const result = spawnSync(
      process.execPath,
      [
        path.join(root, 'dist/cli.mjs'),
        'verify-provenance',
        '--method',
        'key',
        '--public-key',
        'keys/demo-signing-key.pub.pem',
        '--format',
        'json',
      ],
      { cwd: demo, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      findings: Array<{ ruleId: string; location: { path: string } }>;
      metrics: { artifacts: Array<{ artifact: string; status: string }> };
    };
    expect(report.findings.map((f) => `${f.location.path} ${f.ruleId}`).sort()).toEqual([
      'models/downloads/encoder.safetensors provenance/unsigned-model',
      'models/downloads/legacy-classifier.pkl provenance/unsigned-model',
      'models/tampered/model.safetensors provenance/file-modified',
    ]);
    expect(report.metrics.artifacts.map((a) => `${a.artifact}: ${a.status}`)).toEqual([
      'models/sentiment: verified (2 resources)',
      'models/tampered: failed: changed',
      'models/downloads/encoder.safetensors: unsigned',
      'models/downloads/legacy-classifier.pkl: unsigned',
    ]);
  });

  it('scan-model finds the unsafe pickle, and nothing in the safetensors models', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'dist/cli.mjs'), 'scan-model', '.', '--format', 'json'],
      { cwd: demo, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      findings: Array<{ ruleId: string; level: string; message: string; location: { path: string } }>;
    };
    expect(report.findings.map((f) => `${f.location.path} ${f.level} ${f.ruleId}: ${f.message}`)).toEqual([
      'models/downloads/legacy-classifier.pkl error model/pickle-unsafe-global: GLOBAL imports posix.system: ' +
        'its module executes code, touches files or the network, or resolves other globals (at byte 2).',
    ]);
  });
});

describe('examples/demo-ml-repo dependencies', () => {
  it('dependency-sbom finds the vulnerable pin, the range and the pickle, and writes the SBOM', () => {
    const result = spawnSync(
      process.execPath,
      [
        path.join(root, 'dist/cli.mjs'),
        'dependency-sbom',
        '.',
        '--osv-dir',
        path.join(root, 'test/fixtures/dependency-sbom/osv'),
        '--format',
        'json',
      ],
      { cwd: demo, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout).findings as Array<{
      ruleId: string;
      level: string;
      location: { path: string; line?: number };
    }>;
    expect(
      findings.map((f) => `${f.location.path}:${f.location.line ?? '-'} ${f.level} ${f.ruleId}`).sort(),
    ).toEqual([
      'models/downloads/legacy-classifier.pkl:- warning sbom/pickle-model',
      'requirements.txt:3 error sbom/vulnerable-package',
      'requirements.txt:5 warning sbom/unpinned-requirement',
    ]);
  });
});
