// `npm run demo`: runs every mlsec check over examples/demo-ml-repo, the small ML repository
// with planted problems, and shows what a reviewer would see. Checks whose issue has not landed
// say so (exit 2, "not implemented yet"); that is expected, and never shown as a pass.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demo = path.join(root, 'examples/demo-ml-repo');
const cli = path.join(root, 'dist/cli.mjs');

const runs = [
  ['scan-pii', ['.']],
  ['scan-model', ['.']],
  ['sign-model', ['models', '--method', 'key']],
  ['verify-provenance', ['models', '--method', 'key']],
  ['robustness-check', ['--model', 'models/classifier.onnx']],
  ['dependency-sbom', ['.']],
];

const meaning = { 0: 'pass', 1: 'findings at or above fail-on', 2: 'not run', 3: 'INTERNAL ERROR' };
const rows = [];
let crashed = false;
for (const [check, args] of runs) {
  console.log(`\n$ mlsec ${check} ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [cli, check, ...args], { cwd: demo, encoding: 'utf8' });
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
process.exit(crashed ? 1 : 0);
