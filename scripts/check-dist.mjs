// Fails when dist/ or an action.yml differs from a fresh build of the sources.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'mlsec-build-'));
const list = (dir, prefix = '') =>
  existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .flatMap((name) =>
          statSync(path.join(dir, name)).isDirectory()
            ? list(path.join(dir, name), `${prefix}${name}/`)
            : [`${prefix}${name}`],
        )
    : [];
const built = (base) => [
  ...list(path.join(base, 'dist'), 'dist/'),
  ...(existsSync(path.join(base, 'action.yml')) ? ['action.yml'] : []),
  ...list(path.join(base, 'actions'), 'actions/').filter((file) => file.endsWith('/action.yml')),
];
try {
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--out', scratch], {
    stdio: 'inherit',
  });
  const committed = built(root);
  const fresh = built(scratch);
  const problems = [];
  for (const file of new Set([...committed, ...fresh])) {
    if (!committed.includes(file)) problems.push(`missing: ${file}`);
    else if (!fresh.includes(file)) problems.push(`no longer built: ${file}`);
    else if (!readFileSync(path.join(root, file)).equals(readFileSync(path.join(scratch, file)))) {
      problems.push(`differs from the sources: ${file}`);
    }
  }
  if (problems.length) {
    console.error(
      `Built files are stale; run \`npm run build\` and commit them:\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`dist/ and action.yml files match the sources (${committed.length} files)`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
