import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github.js';
import { runActionYml } from '../helpers/run-action.js';
import { pemBlock, seededRandom, syntheticSecrets } from '../checks/scan-pii/synthetic.js';

/**
 * The promise of scan-pii: whatever it finds never reaches a log line, an annotation, the job
 * summary, the PR comment, the check run, SARIF or JSON. Every planted value (and its digits
 * without separators) is searched for in everything the real action and CLI produce.
 */

const root = path.resolve(import.meta.dirname, '../..');
const secretBody = 'R8cT2vX9qL4mN7pK1sW5yB3dF6hJ0gZ2aE4u';
const PLANTED = {
  email: 'maria.gonzalez@fastmail.com',
  phone: '(415) 867-5309',
  ssn: '536-22-8812',
  card: '4539 1488 0343 6467',
  iban: 'GB82 WEST 1234 5698 7654 32',
  ip: '73.162.14.201',
  btc: '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
  github: `ghp_${secretBody}`,
  aws: 'AKIA2E3R4T5Y6U7I2O3P',
  pem: '-----BEGIN RSA PRIVATE KEY-----',
};
// The provider formats of issue 12, generated (no secret-shaped literal in the repository).
const generated = syntheticSecrets(77);
const FORMATS = {
  jwtLong: generated.jwtLong,
  slackWorkflow: generated.slackWorkflow,
  slackBare: generated.slackWebhookBare,
  slackApp: generated.slackApp,
  slackConfig: generated.slackConfig,
  githubLong: generated.githubLong,
  githubSplit: generated.githubFineGrainedSplit,
  awsDigits: generated.awsWithDigits,
  anthropicWeak: generated.anthropicWeak,
};
const jsonKey = pemBlock(seededRandom(78), 'PRIVATE KEY', 3, '\\n');
const keyBody = jsonKey.split('\\n')[1]!;
const forms = (value: string) =>
  [value, value.replace(/[^0-9A-Za-z]/g, ''), value.toLowerCase()].filter((v) => v.length >= 8);

let workspace: string;
let github: FakeGitHub;

beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'mlsec-noleak-'));
  const files: Record<string, string | Buffer> = {
    'data/users.csv': `id,email,phone,ssn,notes\n1,${PLANTED.email},${PLANTED.phone},${PLANTED.ssn},"card ${PLANTED.card}"\n`,
    'data/events.jsonl': `{"client_ip": "${PLANTED.ip}", "iban": "${PLANTED.iban}", "wallet": "${PLANTED.btc}"}\n`,
    'configs/.env': `GITHUB_TOKEN=${PLANTED.github}\nAWS_ACCESS_KEY_ID=${PLANTED.aws}\n`,
    'keys/deploy.pem': `${PLANTED.pem}\nMIIEowIBAAKCAQEAx7Qp2mN9vL4kR8s\n-----END RSA PRIVATE KEY-----\n`,
    'configs/tokens.env': Object.entries(FORMATS)
      .map(([name, value]) => `${name.toUpperCase()}=${value}\n`)
      .join(''),
    'configs/service-account.json': `{"type": "service_account", "private_key": "${jsonKey}"}\n`,
    'data/archive.csv.gz': gzipSync(`email\n${PLANTED.email}\n`),
    'notebooks/eda.ipynb': JSON.stringify(
      { cells: [{ cell_type: 'markdown', metadata: {}, source: [`Owner: ${PLANTED.email}\n`] }] },
      null,
      1,
    ),
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(workspace, name)), { recursive: true });
    await writeFile(path.join(workspace, name), content);
  }
  github = await new FakeGitHub().start();
});

afterAll(async () => {
  await github.stop();
});

function expectNoPlantedValue(where: string, text: string): void {
  for (const [name, value] of Object.entries(PLANTED)) {
    for (const form of forms(value)) {
      // The PEM header is the one part of a key that is shown (it names the key type), but never whole.
      if (name === 'pem' && form !== value) continue;
      expect(text.includes(form), `${where} contains the planted ${name} (${form.slice(0, 4)}...)`).toBe(
        false,
      );
    }
  }
  expect(text.includes(secretBody), `${where} contains the secret's random part`).toBe(false);
  for (const [name, value] of Object.entries(FORMATS)) {
    // Every stretch of 12 characters past the provider's fixed text (a webhook's host and kind),
    // so no part of a long token (a JWT's tail) shows.
    const fixed = value.includes('hooks.slack.com/') ? value.indexOf('/', value.indexOf('.com/') + 5) + 1 : 8;
    for (let at = value.length - 12; at >= fixed; at -= 12) {
      expect(text.includes(value.slice(at, at + 12)), `${where} contains part of ${name}`).toBe(false);
    }
  }
  expect(text.includes(keyBody.slice(0, 24)), `${where} contains key material`).toBe(false);
}

describe('scan-pii never leaks what it finds', () => {
  it('the action: log, annotations, outputs, job summary, SARIF, PR comment and check run', async () => {
    github.pullFiles.set(3, [{ filename: 'data/users.csv', status: 'added' }]);
    const run = await runActionYml(path.join(root, 'actions/scan-pii/action.yml'), {
      workspace,
      apiUrl: github.url,
      inputs: {
        scope: 'all',
        'check-run': 'true',
        'fail-on': 'never',
        'fingerprint-key': 'a-sixteen-char-key!',
      },
      event: {
        name: 'pull_request',
        payload: {
          pull_request: {
            number: 3,
            head: { sha: 'c'.repeat(40), repo: { full_name: 'octo/demo' } },
            base: { repo: { full_name: 'octo/demo' } },
          },
        },
      },
    });
    expect(run.exitCode).toBe(0);
    expect(Number(run.outputs['findings'])).toBeGreaterThanOrEqual(11 + Object.keys(FORMATS).length + 1);
    expectNoPlantedValue('stdout', run.stdout);
    expectNoPlantedValue('stderr', run.stderr);
    expectNoPlantedValue('job summary', run.summary);
    expectNoPlantedValue('outputs', JSON.stringify(run.outputs));
    expectNoPlantedValue('SARIF', await readFile(run.outputs['sarif-file']!, 'utf8'));
    expectNoPlantedValue('requests to GitHub', JSON.stringify(github.requests.map((r) => r.body)));
    expect(github.comments.get(3)).toHaveLength(1);
    expect(github.checkRuns).toHaveLength(1);
    // Nothing else was written next to the SARIF file that could hold a value.
    for (const name of await readdir(path.dirname(run.outputs['sarif-file']!))) {
      expectNoPlantedValue(
        name,
        await readFile(path.join(path.dirname(run.outputs['sarif-file']!), name), 'utf8'),
      );
    }
  });

  it.each(['text', 'json', 'sarif'])('the CLI, --format %s', (format) => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'dist/cli.mjs'), 'scan-pii', '.', '--format', format, '--fail-on', 'never'],
      {
        cwd: workspace,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(100);
    expectNoPlantedValue(`--format ${format}`, result.stdout + result.stderr);
  });

  it('the baseline file holds fingerprints, not values', async () => {
    const result = spawnSync(
      process.execPath,
      [
        path.join(root, 'dist/cli.mjs'),
        'scan-pii',
        '.',
        '--write-baseline',
        'baseline.json',
        '--fingerprint-key',
        'a-sixteen-char-key!',
      ],
      { cwd: workspace, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expectNoPlantedValue('baseline', await readFile(path.join(workspace, 'baseline.json'), 'utf8'));
  });
});
