import * as CDX from '@cyclonedx/cyclonedx-library';
import { cp, mkdtemp, readFile, realpath } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PackageURL } from 'packageurl-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { dependencySbom } from '../../../src/checks/dependency-sbom/definition.js';
import type { OptionValues } from '../../../src/core/check.js';
import { EMPTY_CONFIG } from '../../../src/core/config.js';
import { resolveOptions, runEngine } from '../../../src/core/engine.js';
import type { CheckResult } from '../../../src/core/findings.js';
import { fingerprintKeyFrom } from '../../../src/core/redaction.js';

/**
 * The fixture ML repository (test/fixtures/dependency-sbom, written by
 * scripts/fixtures/dependency-sbom/make_fixture.py) against its oracle, EXPECTED.json, computed
 * by the generator independently of mlsec's readers: every pinned or locked package with its
 * purl and file, every unpinned requirement, every model with its hash and format, the model
 * cards' datasets, and exactly the vulnerabilities the OSV copy says.
 */

const FIXTURES = path.resolve('test/fixtures/dependency-sbom');

interface Expected {
  packages: { purl: string; file: string }[];
  unpinned: {
    ecosystem: string;
    name: string;
    specifier?: string;
    reference?: { kind: string; value: string };
    file: string;
  }[];
  models: { path: string; sha256: string; format: string; pickleBased: boolean; card?: string }[];
  datasets: string[];
  dataFiles: string[];
  vulnerabilities: {
    purl: string;
    ids: string[];
    files: string[];
    severity: { level: string; score?: number };
  }[];
  huggingface: { path: string; purl: string }[];
}

const expected = JSON.parse(await readFile(path.join(FIXTURES, 'EXPECTED.json'), 'utf8')) as Expected;

type Json = Record<string, unknown>;
type Component = {
  type: string;
  name: string;
  version?: string;
  purl?: string;
  'bom-ref': string;
  hashes?: { alg: string; content: string }[];
  properties?: { name: string; value: string }[];
  modelCard?: { modelParameters?: { datasets?: { ref: string }[] } };
};

const property = (component: Component, name: string): string[] =>
  (component.properties ?? []).filter((item) => item.name === name).map((item) => item.value);

async function run(osvDir: string): Promise<{ result: CheckResult; text: string; bom: Json }> {
  // A copy: the check writes its SBOM into the repository it reads.
  const root = path.join(
    await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-sbom-fixture-'))),
    'ml-repo',
  );
  await cp(path.join(FIXTURES, 'ml-repo'), root, { recursive: true });
  const explicit = { 'osv-dir': osvDir };
  const { result } = await runEngine({
    check: dependencySbom,
    root,
    paths: [],
    options: resolveOptions(dependencySbom.options, explicit, undefined, 'option') as OptionValues,
    explicit: new Set(Object.keys(explicit)),
    config: EMPTY_CONFIG,
    failOn: 'error',
    fingerprintKey: fingerprintKeyFrom(undefined),
    environment: {},
  });
  const text = await readFile(path.join(root, 'bom.cdx.json'), 'utf8');
  return { result, text, bom: JSON.parse(text) as Json };
}

let fromDirectory: Awaited<ReturnType<typeof run>>;
beforeAll(async () => {
  fromDirectory = await run(path.join(FIXTURES, 'osv'));
});

const sorted = <T>(items: T[]): T[] =>
  [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('the fixture ML repository', () => {
  it('gives an SBOM that passes the strict CycloneDX 1.6 validator', async () => {
    const validator = new CDX.Validation.JsonStrictValidator(CDX.Spec.Version.v1dot6);
    expect(await validator.validate(fromDirectory.text)).toBeNull();
  });

  it('reads every manifest and lock file without a problem', () => {
    expect(fromDirectory.result.findings.filter((item) => item.ruleId === 'sbom/unreadable')).toEqual([]);
  });

  it('has every pinned or locked package with its exact purl, from the file that pins or locks it, and no other', () => {
    const components = fromDirectory.bom.components as Component[];
    const found = components
      .filter((component) => component.type === 'library' && component.version !== undefined)
      .flatMap((component) =>
        property(component, 'mlsec:source').map((file) => ({ purl: component.purl!, file })),
      );
    expect(sorted(found)).toEqual(sorted(expected.packages));
    // A range never has a version: its purl has none either. Every purl is a valid one; an
    // unnamed local reference (`-e ./localpkg`) has none rather than an invalid one.
    const unversioned = components.filter((item) => item.type === 'library' && item.version === undefined);
    for (const component of unversioned) expect(component.purl ?? '').not.toMatch(/@/);
    for (const component of components.filter((item) => item.purl !== undefined)) {
      expect(PackageURL.fromString(component.purl!).name).not.toMatch(/^\.|\//);
    }
    const local = components.find((item) => item.name === './localpkg')!;
    expect(local.purl).toBeUndefined();
    expect(local['bom-ref']).toMatch(/^local:\.\/localpkg#requirements\.txt:\d+$/);
  });

  it('warns about exactly the unpinned requirements no lock file stands for', () => {
    const warned = fromDirectory.result.findings
      .filter((item) => item.ruleId === 'sbom/unpinned-requirement')
      .map((item) => `${item.location.path}: ${item.message.split(' ')[0]}`);
    // A path reference (`-e ./localpkg`) is the project's own code, which it builds from the tree.
    const oracle = expected.unpinned
      .filter((entry) => entry.reference?.kind !== 'path')
      .map((entry) => `${entry.file}: ${entry.name}`);
    expect(warned.sort()).toEqual(oracle.sort());
  });

  it('has every model with its SHA-256, format and pickle flag, and Hugging Face purls only from the cache layout', () => {
    const models = (fromDirectory.bom.components as Component[]).filter(
      (component) => component.type === 'machine-learning-model',
    );
    expect(
      sorted(
        models.map((model) => ({
          path: model.name,
          sha256: model.hashes?.find((hash) => hash.alg === 'SHA-256')?.content,
          format: property(model, 'mlsec:model:format')[0],
          pickleBased: property(model, 'mlsec:model:pickle-based')[0] === 'true',
        })),
      ),
    ).toEqual(
      sorted(
        expected.models.map(({ path: file, sha256, format, pickleBased }) => ({
          path: file,
          sha256,
          format,
          pickleBased,
        })),
      ),
    );
    expect(
      models.filter((model) => model.purl).map((model) => ({ path: model.name, purl: model.purl })),
    ).toEqual(expected.huggingface);
    const pickles = fromDirectory.result.findings.filter((item) => item.ruleId === 'sbom/pickle-model');
    expect(pickles.map((item) => item.location.path).sort()).toEqual(
      expected.models
        .filter((model) => model.pickleBased)
        .map((model) => model.path)
        .sort(),
    );
  });

  it("gives the cards' datasets as data components that their references resolve to, and the dataset files", () => {
    const components = fromDirectory.bom.components as Component[];
    const refs = new Set(components.map((component) => component['bom-ref']));
    const data = components.filter((component) => component.type === 'data');
    expect(
      data
        .filter((item) => item['bom-ref'].startsWith('data:'))
        .map((item) => item.name)
        .sort(),
    ).toEqual([...expected.datasets].sort());
    expect(
      data
        .filter((item) => item['bom-ref'].startsWith('data-file:'))
        .map((item) => item.name)
        .sort(),
    ).toEqual([...expected.dataFiles].sort());
    const cardRefs = components.flatMap((component) =>
      (component.modelCard?.modelParameters?.datasets ?? []).map((dataset) => dataset.ref),
    );
    expect(cardRefs.length).toBeGreaterThan(0);
    for (const ref of cardRefs) expect(refs.has(ref)).toBe(true);
    const withBase = components.find(
      (component) => component.name === 'hf/sentiment-model/model.safetensors',
    ) as (Component & { pedigree?: { ancestors: { name: string; purl?: string }[] } }) | undefined;
    expect(withBase?.pedigree?.ancestors.map((a) => [a.name, a.purl])).toEqual([
      ['distilbert-base-uncased', 'pkg:huggingface/distilbert-base-uncased'],
    ]);
    const cards = components.filter((component) => component.modelCard).map((component) => component.name);
    expect(cards.sort()).toEqual(
      expected.models
        .filter((model) => model.card)
        .map((model) => model.path)
        .sort(),
    );
  });

  it('finds exactly the expected vulnerabilities, at the level their severity says, in the BOM too', () => {
    const found = fromDirectory.result.findings
      .filter((item) => item.ruleId === 'sbom/vulnerable-package')
      .map((item) => ({
        purl: String(item.properties?.purl),
        id: String(item.properties?.vulnerability),
        file: item.location.path,
        level: item.level,
      }));
    const oracle = expected.vulnerabilities.flatMap((entry) =>
      entry.files.map((file) => ({ purl: entry.purl, id: entry.ids[0]!, file, level: entry.severity.level })),
    );
    expect(sorted(found)).toEqual(sorted(oracle));
    const inBom = (fromDirectory.bom.vulnerabilities as { id: string; affects: { ref: string }[] }[]).flatMap(
      (vulnerability) => vulnerability.affects.map((affect) => ({ id: vulnerability.id, ref: affect.ref })),
    );
    expect(sorted(inBom)).toEqual(
      sorted([
        ...new Map(
          expected.vulnerabilities.map((e) => [`${e.ids[0]}${e.purl}`, { id: e.ids[0]!, ref: e.purl }]),
        ).values(),
      ]),
    );
  });

  it('gives the same SBOM from the all.zip as from the directory', async () => {
    const fromZip = await run(path.join(FIXTURES, 'osv-all.zip'));
    expect(fromZip.text).toBe(fromDirectory.text);
  });
});
