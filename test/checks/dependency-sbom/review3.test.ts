/**
 * Third review of dependency-sbom (branch sbom-review3): each test states the behaviour the
 * check should have and fails on main (7743490) today.
 */
import * as CDX from '@cyclonedx/cyclonedx-library';
import { mkdir, mkdtemp, readFile, realpath, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBom } from '../../../src/checks/dependency-sbom/bom.js';
import { dependencySbom } from '../../../src/checks/dependency-sbom/definition.js';
import { unreadManifest } from '../../../src/checks/dependency-sbom/manifests.js';
import { readUvLock } from '../../../src/checks/dependency-sbom/python-locks.js';
import type { PackageRecord } from '../../../src/checks/dependency-sbom/types.js';
import type { OptionValues } from '../../../src/core/check.js';
import { EMPTY_CONFIG } from '../../../src/core/config.js';
import { resolveOptions, runEngine } from '../../../src/core/engine.js';
import { userPath } from '../../../src/core/paths.js';
import { fingerprintKeyFrom } from '../../../src/core/redaction.js';

const key = fingerprintKeyFrom(undefined);

async function sbom(
  root: string,
  explicit: Record<string, string> = {},
  paths: Parameters<typeof runEngine>[0]['paths'] = [],
) {
  return runEngine({
    check: dependencySbom,
    root,
    paths,
    options: resolveOptions(dependencySbom.options, explicit, undefined, 'option') as OptionValues,
    explicit: new Set(Object.keys(explicit)),
    config: EMPTY_CONFIG,
    failOn: 'error',
    fingerprintKey: key,
    environment: {},
  });
}
const temp = async (prefix: string) => realpath(await mkdtemp(path.join(os.tmpdir(), prefix)));
const tgz = (name: string, version: string) => `https://registry.npmjs.org/${name}/-/${name}-${version}.tgz`;

describe('dependency-sbom third review', () => {
  it('1. a PyPI-only OSV copy does not vouch for npm packages', async () => {
    const root = await temp('mlsec-rv3-');
    const osv = await temp('mlsec-rv3-osv-');
    await writeFile(
      path.join(osv, 'PYSEC-1.json'),
      JSON.stringify({
        id: 'PYSEC-1',
        modified: '2024-01-01T00:00:00Z',
        affected: [
          {
            package: { ecosystem: 'PyPI', name: 'requests' },
            ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0' }] }],
          },
        ],
      }),
    );
    await writeFile(path.join(root, 'package.json'), JSON.stringify({ dependencies: { lodash: '4.17.20' } }));
    await writeFile(
      path.join(root, 'package-lock.json'),
      JSON.stringify({
        name: 'p',
        version: '1.0.0',
        lockfileVersion: 3,
        packages: {
          '': { name: 'p', version: '1.0.0', dependencies: { lodash: '4.17.20' } },
          'node_modules/lodash': { version: '4.17.20', resolved: tgz('lodash', '4.17.20') },
        },
      }),
    );
    const { result } = await sbom(root, { 'osv-dir': osv });
    expect(result.findings.map((f) => f.ruleId)).toContain('sbom/vulnerabilities-not-checked');
  });

  it('2. a uv virtual workspace member is not an installed component', () => {
    const lock = [
      'version = 1',
      'requires-python = ">=3.10"',
      '[manifest]',
      'members = ["app", "tools"]',
      '[[package]]',
      'name = "app"',
      'version = "0.1.0"',
      'source = { editable = "." }',
      'dependencies = [{ name = "tools" }]',
      '[[package]]',
      'name = "tools"',
      'version = "0.1.0"',
      'source = { virtual = "tools" }',
      'dependencies = [{ name = "numpy" }]',
      '[[package]]',
      'name = "numpy"',
      'version = "1.26.4"',
      'source = { registry = "https://pypi.org/simple" }',
      '',
    ].join('\n');
    const names = readUvLock(lock, 'uv.lock').packages.map((p) => p.name);
    expect(names).not.toContain('tools');
  });

  it('3. a package that runs in one file is not scoped excluded by another file', () => {
    const base = { ecosystem: 'pypi', name: 'numpy', normalizedName: 'numpy', version: '1.26.4' } as const;
    const dev: PackageRecord = { ...base, groups: ['dev'], source: { file: 'a/poetry.lock', line: 3 } };
    const main: PackageRecord = { ...base, source: { file: 'b/requirements.txt', line: 1 } };
    const scopes = [
      [dev, main],
      [main, dev],
    ].map((packages) => {
      const bom = JSON.parse(buildBom({ project: { name: 'p' }, packages, models: [] }));
      return bom.components.find((c: { name: string }) => c.name === 'numpy').scope;
    });
    expect(scopes).toEqual([undefined, undefined]);
  });

  it('4. files inside the root keep their root-relative path when an outside path is also checked', async () => {
    const parent = await temp('mlsec-rv3-');
    const root = path.join(parent, 'repo');
    const other = path.join(parent, 'other');
    await mkdir(root);
    await mkdir(other);
    await writeFile(path.join(root, 'requirements.txt'), 'numpy==1.26.4\n');
    await writeFile(path.join(other, 'requirements.txt'), 'torch==2.2.0\n');
    await sbom(root, { 'osv-api-url': 'off' }, ['.', userPath(root, other, 'dir')]);
    const bom = JSON.parse(await readFile(path.join(root, 'bom.cdx.json'), 'utf8'));
    const numpy = bom.components.find((c: { name: string }) => c.name === 'numpy');
    const source = numpy.properties.find((p: { name: string }) => p.name === 'mlsec:source').value;
    expect(source).toBe('requirements.txt');
  });
});

describe('dependency-sbom third review: the project name', () => {
  it('5. a FIFO named pyproject.toml at the top does not hang the run', async () => {
    const { execFileSync } = await import('node:child_process');
    const root = await temp('mlsec-rv3-');
    execFileSync('mkfifo', [path.join(root, 'pyproject.toml')]);
    await writeFile(path.join(root, 'requirements.txt'), 'numpy==1.26.4\n');
    // A child process (the built CLI), since the blocking open stops the event loop and no vitest
    // timeout can end it. Today: killed after 15 s.
    let out = '';
    try {
      out = execFileSync(
        process.execPath,
        [path.resolve('dist/cli.mjs'), 'dependency-sbom', '.', '--osv-api-url', 'off'],
        {
          cwd: root,
          timeout: 15000,
          encoding: 'utf8',
        },
      );
    } catch (error) {
      out = `${String((error as { stdout?: string }).stdout ?? '')} (${String((error as { signal?: string }).signal ?? 'failed')})`;
    }
    expect(out).toContain('mlsec dependency-sbom:');
  }, 30000);
});

describe('dependency-sbom third review: baselines and notes', () => {
  it('6. a vulnerable pin keeps its fingerprint (its baseline entry) when a line is added above it', async () => {
    const osv = await temp('mlsec-rv3-osv-');
    await writeFile(
      path.join(osv, 'PYSEC-9.json'),
      JSON.stringify({
        id: 'PYSEC-9',
        modified: '2024-01-01T00:00:00Z',
        affected: [
          {
            package: { ecosystem: 'PyPI', name: 'numpy' },
            ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0' }] }],
          },
        ],
      }),
    );
    const prints: string[] = [];
    for (const text of ['numpy==1.26.4\n', 'torch==2.2.0\nnumpy==1.26.4\n']) {
      const root = await temp('mlsec-rv3-');
      await writeFile(path.join(root, 'requirements.txt'), text);
      const { result } = await sbom(root, { 'osv-dir': osv });
      prints.push(result.findings.find((f) => f.ruleId === 'sbom/vulnerable-package')!.fingerprint);
    }
    expect(prints[1]).toBe(prints[0]);
  });

  it('7. a package.json that no lock above covers (not a workspace member) is still noted', () => {
    // The top lock is for the repository's tooling; web/ is its own project with no lock.
    expect(
      unreadManifest('web/package.json', new Set(['package-lock.json', 'package.json', 'web/package.json'])),
    ).toBeDefined();
  });
});

describe('dependency-sbom third review: pedigree refs (7743490)', () => {
  it("8. a model file named like another model's base-model ref does not crash the run", async () => {
    const root = await temp('mlsec-rv3-');
    const pickle = Buffer.from('80027d710058010000006171014b01732e', 'hex');
    await writeFile(path.join(root, 'config.json'), '{"model_type":"bert"}');
    await writeFile(path.join(root, 'README.md'), '---\nbase_model: x.pt\n---\n# m\n');
    await writeFile(path.join(root, 'm.pt'), pickle);
    await writeFile(path.join(root, 'm.pt#base-model:x.pt'), pickle);
    // Today: "bom-ref model:m.pt#base-model:x.pt is used twice" thrown out of the check.
    const { result } = await sbom(root, { 'osv-api-url': 'off' });
    expect(result.findings).toBeDefined();
  });
});

describe('dependency-sbom third review: licenses', () => {
  it('9. a license named like an Object.prototype key still gives a valid CycloneDX BOM', async () => {
    for (const license of ['constructor', '__proto__']) {
      const text = buildBom({
        project: { name: 'p' },
        packages: [
          {
            ecosystem: 'npm',
            name: 'a',
            normalizedName: 'a',
            version: '1.0.0',
            license,
            source: { file: 'package-lock.json', line: 3 },
          },
        ],
        models: [],
      });
      // Today: fixupSpdxId looks the id up in a plain object, so `constructor` gives
      // `"license": {}` and `__proto__` gives `"license": { "name": {} }`.
      const validator = new CDX.Validation.JsonStrictValidator(CDX.Spec.Version.v1dot6);
      expect(await validator.validate(text)).toBeNull();
    }
  });
});
