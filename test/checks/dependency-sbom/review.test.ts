/**
 * Review of dependency-sbom's wiring (branch sbom-review): each test states the behaviour the
 * check should have and fails on main today.
 */
import { mkdir, mkdtemp, readFile, realpath, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencySbom } from '../../../src/checks/dependency-sbom/definition.js';
import { deniedLicense } from '../../../src/checks/dependency-sbom/index.js';
import { parseRequirements } from '../../../src/checks/dependency-sbom/requirements.js';
import type { OptionValues, RunEnvironment } from '../../../src/core/check.js';
import { EMPTY_CONFIG } from '../../../src/core/config.js';
import { resolveOptions, runEngine } from '../../../src/core/engine.js';
import { userPath } from '../../../src/core/paths.js';
import { fingerprintKeyFrom } from '../../../src/core/redaction.js';

const key = fingerprintKeyFrom(undefined);

async function sbom(
  root: string,
  explicit: Record<string, string> = {},
  fromConfig: Record<string, string> | undefined = undefined,
  paths: Parameters<typeof runEngine>[0]['paths'] = [],
  environment: RunEnvironment = {},
) {
  return runEngine({
    check: dependencySbom,
    root,
    paths,
    options: resolveOptions(dependencySbom.options, explicit, fromConfig, 'option') as OptionValues,
    explicit: new Set(Object.keys(explicit)),
    config: EMPTY_CONFIG,
    failOn: 'error',
    fingerprintKey: key,
    environment,
  });
}

const temp = async (prefix: string) => realpath(await mkdtemp(path.join(os.tmpdir(), prefix)));

describe('dependency-sbom review', () => {
  it('1. osv-dir from the repository (config file) does not follow a link out of the root', async () => {
    const root = await temp('mlsec-rv-');
    const outside = await temp('mlsec-rv-secret-');
    await writeFile(path.join(outside, 'creds.json'), '{"token": ghs_SECRETSECRETSECRET}');
    await symlink(path.join(outside, 'creds.json'), path.join(root, 'osv.json'));
    await writeFile(path.join(root, 'requirements.txt'), 'numpy==1.21.0\n');
    // As .github/mlsec.yml would give it: not explicit, so not an `anywhere` file.
    const run = sbom(root, {}, { 'osv-dir': 'osv.json' });
    await expect(run).rejects.toThrow(/outside/);
  });

  it('2. an osv-dir action input outside the workspace with a bad record does not crash the engine', async () => {
    const root = await temp('mlsec-rv-');
    const osv = await temp('mlsec-rv-osv-');
    await writeFile(path.join(osv, 'bad.json'), '{"id": "X"}');
    await writeFile(path.join(root, 'requirements.txt'), 'numpy==1.21.0\n');
    const { result } = await sbom(root, { 'osv-dir': osv });
    expect(result.findings.map((f) => f.ruleId)).toContain('sbom/unreadable');
  });

  it('3. two project directories outside the root with the same layout give deterministic, distinct bom-refs', async () => {
    const root = await temp('mlsec-rv-');
    const a = await temp('mlsec-rv-a-');
    const b = await temp('mlsec-rv-b-');
    for (const dir of [a, b]) {
      await mkdir(path.join(dir, 'models'));
      await writeFile(
        path.join(dir, 'models/m.pt'),
        Buffer.from('80027d710058010000006171014b01732e', 'hex'),
      );
    }
    await sbom(root, { 'osv-api-url': 'off' }, undefined, [
      userPath(root, a, 'dir'),
      userPath(root, b, 'dir'),
    ]);
    const bom = JSON.parse(await readFile(path.join(root, 'bom.cdx.json'), 'utf8'));
    // Today: the second model gets a random "BomRef.<random>" from the library, and both are named models/m.pt.
    expect(bom.components.map((c: { 'bom-ref': string }) => c['bom-ref']).sort()).toEqual([
      expect.stringMatching(/^model:/),
      expect.stringMatching(/^model:/),
    ]);
    expect(new Set(bom.components.map((c: { name: string }) => c.name)).size).toBe(2);
  });

  it('4. includes repeated in a chain are read once, not 2^depth times', () => {
    const depth = 17;
    const files = new Map<string, string>();
    for (let i = 0; i < depth; i += 1) files.set(`r${i}.req`, `-r r${i + 1}.req\n-r r${i + 1}.req\n`);
    files.set(`r${depth}.req`, 'numpy==1.21.0\n');
    let includes = 0;
    const result = parseRequirements('-r r0.req\n', 'requirements.txt', (target) => {
      includes += 1;
      const text = files.get(target);
      return text === undefined ? { problem: 'missing' } : { text, file: target };
    });
    expect(result.packages.map((p) => `${p.name}==${p.version}`)).toEqual(['numpy==1.21.0']);
    // Each file is parsed once: its two lines ask twice, and the second is not read again.
    expect(includes).toBe(1 + 2 * depth);
  });

  it('5. a lock entry installed from a local path is neither asked of the OSV API nor submitted as a PyPI release', async () => {
    const root = await temp('mlsec-rv-');
    await writeFile(
      path.join(root, 'pyproject.toml'),
      '[project]\nname = "app"\nversion = "1"\ndependencies = ["internal-lib"]\n',
    );
    await writeFile(
      path.join(root, 'uv.lock'),
      'version = 1\nrequires-python = ">=3.10"\n\n[[package]]\nname = "app"\nversion = "1"\nsource = { editable = "." }\n' +
        'dependencies = [{ name = "internal-lib" }]\n\n[[package]]\nname = "internal-lib"\nversion = "0.1.0"\nsource = { directory = "libs/internal" }\n',
    );
    const bodies: string[] = [];
    const fetch = (async (_url: string, init?: RequestInit) => {
      bodies.push(String(init?.body));
      return new Response(JSON.stringify({ results: [{}] }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }) as unknown as typeof globalThis.fetch;
    const { result } = await sbom(root, { 'submit-dependencies': 'true' }, undefined, [], { fetch });
    expect(bodies.join('\n')).not.toContain('internal-lib');
    const submitted = (result.handoff?.dependencySubmission ?? []) as { name: string }[];
    expect(submitted.map((record) => record.name)).not.toContain('internal-lib');
  });

  it('6. an osv-dir holding all.zip files (not *.json) is not silently an empty database', async () => {
    const root = await temp('mlsec-rv-');
    const osv = await temp('mlsec-rv-osv-');
    await writeFile(path.join(osv, 'PyPI-all.zip'), Buffer.from('504b0506' + '00'.repeat(18), 'hex'));
    await writeFile(path.join(root, 'requirements.txt'), 'numpy==1.21.0\n');
    const { result } = await sbom(root, { 'osv-dir': osv });
    expect(result.metrics.osvRecords).toBe(0);
    expect(result.findings.map((f) => f.ruleId)).toContain('sbom/vulnerabilities-not-checked');
  });

  it('7. deny-licenses denies an AND that requires a denied license whatever the OR inside it', () => {
    expect(deniedLicense('GPL-3.0-only AND (MIT OR Apache-2.0)', ['gpl-3.0-only'])).toBe(true);
  });

  it('8. credentials in a requirements URL do not reach the SBOM', async () => {
    const root = await temp('mlsec-rv-');
    await writeFile(
      path.join(root, 'requirements.txt'),
      'private @ git+https://oauth2:glpat-SECRET123@gitlab.example/org/private.git@v1\n',
    );
    await sbom(root, { 'osv-api-url': 'off' });
    expect(await readFile(path.join(root, 'bom.cdx.json'), 'utf8')).not.toContain('glpat-SECRET123');
  });
});
