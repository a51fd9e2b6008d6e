import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanModel } from '../../src/checks/scan-model/definition.js';
import { verifyProvenance } from '../../src/checks/verify-provenance/definition.js';
import { checkOptionSpecs } from '../../src/checks/registry.js';
import { createTreeWalk } from '../../src/core/paths.js';
import { runChecks } from '../../src/core/runner.js';
import type { CheckDefinition } from '../../src/core/check.js';

async function tree(): Promise<string> {
  const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-walk-')));
  await mkdir(path.join(root, 'models/skip'), { recursive: true });
  await writeFile(path.join(root, 'models/a.pt'), 'x');
  await writeFile(path.join(root, 'models/skip/b.pt'), 'x');
  await symlink('/nonexistent', path.join(root, 'models/skip/link.pt'));
  await symlink('/nonexistent', path.join(root, 'models/link.pt'));
  return root;
}

describe('createTreeWalk', () => {
  it('lists a tree once per start and exclude list, whatever the order of the globs', async () => {
    const root = await tree();
    const walk = createTreeWalk(root);
    const first = await walk(root, ['models/skip/**', 'x/**']);
    const second = await walk(root, ['x/**', 'models/skip/**']);
    expect(second).toBe(first);
    expect(walk.walks()).toBe(1);
    expect(first.files.map((file) => file.relative)).toEqual(['models/a.pt']);
    // Skipped entries are left out by the same globs as files.
    expect(first.skipped.map((entry) => entry.relative)).toEqual(['models/link.pt']);
    await walk(root, []);
    expect(walk.walks()).toBe(2);
  });
});

describe('the umbrella run', () => {
  it('gives every check the same tree walk, so scan-model and verify-provenance list the tree once', async () => {
    const root = await tree();
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await writeFile(path.join(root, 'signing.pub.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
    const seen: unknown[] = [];
    const spy = (check: CheckDefinition): CheckDefinition => ({
      ...check,
      run: async (context) => {
        seen.push(context.walkTree);
        return check.run(context);
      },
    });
    const outcome = await runChecks({
      checks: [spy(scanModel), spy(verifyProvenance)],
      root,
      paths: [],
      explicitOptions: new Map([['verify-provenance', { method: 'key', 'public-key': 'signing.pub.pem' }]]),
      shared: { failOn: 'never' },
      source: 'input',
      environment: {},
      optionsByCheck: checkOptionSpecs(),
    });
    // Both looked at the tree: scan-model at the files, verify-provenance found the unsigned one.
    expect(outcome.reports.map((report) => report.check)).toEqual(['scan-model', 'verify-provenance']);
    expect(
      outcome.results[1]!.findings.map((finding) => `${finding.location.path} ${finding.ruleId}`),
    ).toContain('models/a.pt provenance/unsigned-model');
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBeDefined();
    expect(seen[1]).toBe(seen[0]);
    expect((seen[0] as ReturnType<typeof createTreeWalk>).walks()).toBe(1);
  });
});
