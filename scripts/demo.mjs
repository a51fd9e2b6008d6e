// `npm run demo`: runs every mlsec check over examples/demo-ml-repo, the small ML repository
// with planted problems, and shows what a reviewer would see. Checks whose issue has not landed
// say so (exit 2, "not implemented yet"); that is expected, and never shown as a pass.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// sign-model writes a signature: the demo runs in a scratch copy, so the repository stays clean.
const demo = mkdtempSync(path.join(os.tmpdir(), 'mlsec-demo-'));
cpSync(path.join(root, 'examples/demo-ml-repo'), demo, { recursive: true });
const cli = path.join(root, 'dist/cli.mjs');
const demoKey = path.join(root, 'scripts/fixtures/demo-signing-key.pem');

const runs = [
  ['scan-pii', ['.']],
  ['scan-model', ['.']],
  [
    'sign-model',
    [
      'models/sentiment',
      '--method',
      'key',
      '--private-key',
      demoKey,
      '--signature',
      'models/sentiment/model.sig',
    ],
  ],
  // No model path: every model.sig in the repository, and every model file none of them signs.
  ['verify-provenance', ['--method', 'key', '--public-key', 'keys/demo-signing-key.pub.pem']],
  // Over mlsec's own trained fixtures, from mlsec's checkout, whose onnxruntime-node it uses.
  [
    'robustness-check',
    [
      '--model',
      'test/fixtures/robustness-check/models/mlp-weakened.onnx',
      '--inputs',
      'test/fixtures/robustness-check/data/test-x.npy',
      '--labels',
      'test/fixtures/robustness-check/data/test-y.npy',
      '--epsilons',
      '0.02,0.05,0.1',
      '--min-robust-accuracy',
      '0.05:0.8',
    ],
    root,
  ],
  // Offline, against the fixture OSV copy (PyYAML 5.3.1's advisory is in it); in CI, the OSV API.
  ['dependency-sbom', ['.', '--osv-dir', path.join(root, 'test/fixtures/dependency-sbom/osv')]],
];

const meaning = { 0: 'pass', 1: 'findings at or above fail-on', 2: 'not run', 3: 'INTERNAL ERROR' };
const rows = [];
let crashed = false;
for (const [check, args, cwd = demo] of runs) {
  console.log(`\n$ mlsec ${check} ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [cli, check, ...args], { cwd, encoding: 'utf8' });
  process.stdout.write(result.stdout);
  process.stdout.write(result.stderr);
  crashed ||= result.status === 3 || result.status === null;
  const reason =
    result.status === 2
      ? result.stderr
          .trim()
          .split('\n')[0]
          .replace(/^mlsec: /, '')
      : '';
  rows.push(
    `  ${check.padEnd(18)} exit ${result.status}  ${meaning[result.status] ?? 'crashed'}${reason ? `: ${reason}` : ''}`,
  );
}
console.log(`\nmlsec demo over examples/demo-ml-repo:\n${rows.join('\n')}`);
rmSync(demo, { recursive: true, force: true });
process.exit(crashed ? 1 : 0);
