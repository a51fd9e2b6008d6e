/**
 * The CycloneDX 1.6 ML-BOM, built with @cyclonedx/cyclonedx-library and serialized
 * deterministically: no serial number or timestamp, lists sorted, every bom-ref explicit and
 * derived from what the component is, so the same repository gives the same bytes. The library
 * has no model of `modelCard` or of a data component's `data`: those are added to the serialized
 * JSON, and their references are checked here (`checkReferences`), since nothing else would.
 */
// Subpath imports: the package's index also loads its validators, which find their schema files
// through __dirname, which a bundle does not have.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as SPDX from '@cyclonedx/cyclonedx-library/SPDX';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import type { ModelCardFacts } from './model-card.js';
import type { ModelFileFacts } from './model-file.js';
import { MLSEC_VERSION } from '../../core/version.js';
import { developmentOnly, purlOf } from './purl.js';
import type { PackageRecord } from './types.js';

export { purlOf } from './purl.js';

export interface ModelEntry {
  /** Display path of the file (or Hugging Face folder). */
  readonly path: string;
  readonly sha256?: string;
  readonly facts?: ModelFileFacts;
  readonly card?: ModelCardFacts;
  /** `pkg:huggingface/...@revision`, when the revision is known. */
  readonly purl?: string;
}

/** A dataset file of the repository (`data/train.parquet`), hashed. */
export interface DatasetFile {
  readonly path: string;
  readonly sha256: string;
}

/** A known vulnerability of components of the BOM, for its `vulnerabilities` section. */
export interface BomVulnerability {
  /** The OSV id the entry goes by (the first of the merged records' ids). */
  readonly id: string;
  /** The other ids and aliases (CVE, GHSA, PYSEC ...). */
  readonly aliases: readonly string[];
  readonly summary?: string;
  readonly score?: number;
  readonly vector?: string;
  /** OSV severity type of `vector`: CVSS_V2, CVSS_V3, CVSS_V4. */
  readonly vectorType?: string;
  /** Versions the records say fix it, for the recommendation. */
  readonly fixed: readonly string[];
  /** The affected packages (as they are in BomInput.packages). */
  readonly affects: readonly PackageRecord[];
}

export interface BomInput {
  readonly project: { readonly name: string; readonly version?: string };
  readonly packages: readonly PackageRecord[];
  readonly models: readonly ModelEntry[];
  readonly datasetFiles?: readonly DatasetFile[];
  readonly vulnerabilities?: readonly BomVulnerability[];
}

/**
 * A bom-ref that says what the component is and differs for every distinct one: the purl of a
 * pinned package, else the purl with where it was required (a range in two files, or on two
 * lines with different markers, is two facts).
 */
export function packageRef(record: PackageRecord): string {
  const where = `#${record.source.file}${record.source.line === undefined ? '' : `:${record.source.line}`}`;
  if (!hasPurl(record)) return `local:${record.reference?.value ?? record.name}${where}`;
  const purl = purlOf(record);
  return record.version !== undefined ? purl : `${purl}${where}`;
}

/**
 * A package URL names a package of a registry: a local path (`-e ./localpkg`, a workspace member)
 * is the repository's own code, so it gets none rather than a claim about the index.
 */
function hasPurl(record: PackageRecord): boolean {
  return record.reference?.kind !== 'path';
}

export const modelRef = (path: string): string => `model:${path}`;
export const datasetRef = (id: string): string => `data:${id}`;
export const datasetFileRef = (path: string): string => `data-file:${path}`;

/**
 * A license as the lock file or card writes it: an SPDX id the library knows, an SPDX
 * expression (`MIT OR Apache-2.0`), or else a named license, so nothing is claimed that was not
 * written.
 */
function licenseOf(value: string): Models.License {
  // Cards write ids in lower case (`apache-2.0`): SPDX ids compare without case.
  const id = SPDX.fixupSpdxId(value);
  // The library looks ids up in a plain object: `constructor` would find Object's.
  if (typeof id === 'string' && SPDX.isSupportedSpdxId(id)) return new Models.SpdxLicense(id);
  if (/\s(?:OR|AND|WITH)\s/.test(value)) return new Models.LicenseExpression(value);
  return new Models.NamedLicense(value);
}

/**
 * CycloneDX's scope from the groups a lock gives: only for development (`excluded`: not part of
 * what runs) or only for extras and optional installs (`optional`); else left as required.
 */
function scopeOf(groups: readonly string[]): Enums.ComponentScope | undefined {
  if (groups.length === 0) return undefined;
  if (developmentOnly(groups)) return Enums.ComponentScope.Excluded;
  if (groups.every((group) => group !== 'main' && group !== 'prod' && group !== 'default')) {
    return groups.some((group) => group === 'optional' || group === 'peer')
      ? Enums.ComponentScope.Optional
      : undefined;
  }
  return undefined;
}

function packageComponent(record: PackageRecord): Models.Component {
  const component = new Models.Component(Enums.ComponentType.Library, record.name, {
    bomRef: packageRef(record),
    ...(record.version !== undefined ? { version: record.version } : {}),
  });
  if (hasPurl(record)) component.purl = purlOf(record);
  const properties: [string, string][] = [['mlsec:source', record.source.file]];
  if (record.specifier !== undefined) properties.push(['mlsec:specifier', record.specifier]);
  if (record.marker !== undefined) properties.push(['mlsec:marker', record.marker]);
  for (const group of record.groups ?? []) properties.push(['mlsec:group', group]);
  if (record.reference) properties.push([`mlsec:reference:${record.reference.kind}`, record.reference.value]);
  for (const [name, value] of properties) component.properties.add(new Models.Property(name, value));
  if (record.license !== undefined) component.licenses.add(licenseOf(record.license));
  // CycloneDX keeps one hash per algorithm: the first the file lists. A lock lists one per
  // artifact (the sdist and each wheel), and every one is kept as a property.
  for (const hash of record.hashes ?? []) {
    const [algorithm, content] = hash.split(':', 2);
    const known = HASH_ALGORITHMS[algorithm ?? ''];
    if (known && content && !component.hashes.has(known)) component.hashes.set(known, content);
  }
  if ((record.hashes ?? []).length > 1)
    for (const hash of record.hashes!)
      component.properties.add(new Models.Property('mlsec:artifact-hash', hash));
  return component;
}

const HASH_ALGORITHMS: Readonly<Record<string, Enums.HashAlgorithm>> = {
  sha256: Enums.HashAlgorithm['SHA-256'],
  sha384: Enums.HashAlgorithm['SHA-384'],
  sha512: Enums.HashAlgorithm['SHA-512'],
  sha1: Enums.HashAlgorithm['SHA-1'],
  md5: Enums.HashAlgorithm.MD5,
};

function modelComponent(model: ModelEntry): Models.Component {
  const component = new Models.Component(Enums.ComponentType.MachineLearningModel, model.path, {
    bomRef: modelRef(model.path),
  });
  if (model.sha256) component.hashes.set(Enums.HashAlgorithm['SHA-256'], model.sha256);
  if (model.purl) component.purl = model.purl;
  for (const property of model.facts?.properties ?? [])
    component.properties.add(new Models.Property(property.name, property.value));
  if (model.facts?.pickleBased)
    component.properties.add(new Models.Property('mlsec:model:pickle-based', 'true'));
  if (model.card?.license !== undefined) component.licenses.add(licenseOf(model.card.license));
  return component;
}

/** The datasets the cards name, once each, for their `data` components. */
function datasetsOf(models: readonly ModelEntry[]): string[] {
  const ids = new Set<string>();
  for (const model of models) {
    for (const id of model.card?.datasets ?? []) ids.add(id);
    for (const metric of model.card?.metrics ?? []) if (metric.dataset) ids.add(metric.dataset);
  }
  return [...ids].sort();
}

type Json = Record<string, unknown>;

function modelCardJson(card: ModelCardFacts): Json {
  const parameters: Json = {};
  if (card.task) parameters.task = card.task;
  if (card.modelType) parameters.architectureFamily = card.modelType;
  if (card.architectures.length > 0) parameters.modelArchitecture = card.architectures.join(', ');
  const datasets = [
    ...new Set([...card.datasets, ...card.metrics.flatMap((m) => (m.dataset ? [m.dataset] : []))]),
  ];
  if (datasets.length > 0) parameters.datasets = datasets.map((id) => ({ ref: datasetRef(id) }));
  const json: Json = {};
  if (Object.keys(parameters).length > 0) json.modelParameters = parameters;
  if (card.metrics.length > 0) {
    json.quantitativeAnalysis = {
      performanceMetrics: card.metrics.map((metric) => ({
        type: metric.type,
        value: metric.value,
        ...(metric.dataset ? { slice: metric.dataset } : {}),
      })),
    };
  }
  return json;
}

/** `org/name` or `name` as the Hugging Face Hub writes model ids: a purl without a revision. */
function huggingFaceIdPurl(id: string): string | undefined {
  const match = /^(?:([A-Za-z0-9][\w.-]*)\/)?([A-Za-z0-9][\w.-]*)$/.exec(id);
  if (!match) return undefined;
  const [, namespace, name] = match;
  return `pkg:huggingface/${namespace ? `${encodeURIComponent(namespace)}/` : ''}${encodeURIComponent(name!)}`;
}

/** Serialized CycloneDX 1.6 JSON text of the project's ML-BOM. */
export function buildBom(input: BomInput): string {
  const bom = new Models.Bom();
  const root = new Models.Component(Enums.ComponentType.Application, input.project.name, {
    bomRef: 'project',
    ...(input.project.version ? { version: input.project.version } : {}),
  });
  bom.metadata.component = root;
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, 'mlsec', {
      bomRef: 'tool:mlsec',
      version: MLSEC_VERSION,
    }),
  );

  const byRef = new Map<string, Models.Component>();
  // Per file, the components its records are, by name: a lock's graph never reaches into another
  // file, and a name can stand for two versions (npm's nested installs, uv's forks by marker).
  const inFile = new Map<string, Map<string, { version?: string; component: Models.Component }[]>>();
  const sources = new Map<string, Set<string>>();
  for (const record of input.packages) {
    const ref = packageRef(record);
    let component = byRef.get(ref);
    if (!component) {
      component = packageComponent(record);
      byRef.set(ref, component);
      bom.components.add(component);
      sources.set(ref, new Set([record.source.file]));
    } else if (!sources.get(ref)!.has(record.source.file)) {
      // One package pinned in several files: one component that says every file.
      sources.get(ref)!.add(record.source.file);
      component.properties.add(new Models.Property('mlsec:source', record.source.file));
    }
    const names = inFile.get(record.source.file) ?? new Map();
    inFile.set(record.source.file, names);
    const key = `${record.ecosystem}:${record.normalizedName}`;
    names.set(key, [...(names.get(key) ?? []), { version: record.version, component }]);
  }
  // A component's scope over all its records: development-only only if it is in every file.
  const groupsByRef = new Map<string, (readonly string[])[]>();
  for (const record of input.packages) {
    const ref = packageRef(record);
    groupsByRef.set(ref, [...(groupsByRef.get(ref) ?? []), record.groups ?? []]);
  }
  for (const [ref, lists] of groupsByRef) {
    const scopes = lists.map(scopeOf);
    const scope = scopes.every((item) => item === scopes[0]) ? scopes[0] : undefined;
    if (scope !== undefined) byRef.get(ref)!.scope = scope;
  }
  // The graph a lock file records; the project depends on what its manifests declare.
  for (const record of input.packages) {
    const component = byRef.get(packageRef(record))!;
    if (record.direct) root.dependencies.add(component.bomRef);
    const names = inFile.get(record.source.file)!;
    for (const name of record.dependsOn ?? []) {
      const versions = record.dependencyVersions?.[name];
      for (const target of names.get(`${record.ecosystem}:${name}`) ?? []) {
        if (versions && (target.version === undefined || !versions.includes(target.version))) continue;
        if (target.component !== component) component.dependencies.add(target.component.bomRef);
      }
    }
  }
  for (const model of input.models) {
    const component = modelComponent(model);
    bom.components.add(component);
    root.dependencies.add(component.bomRef);
  }
  const datasets = datasetsOf(input.models);
  for (const id of datasets) {
    bom.components.add(new Models.Component(Enums.ComponentType.Data, id, { bomRef: datasetRef(id) }));
  }

  for (const file of input.datasetFiles ?? []) {
    const component = new Models.Component(Enums.ComponentType.Data, file.path, {
      bomRef: datasetFileRef(file.path),
    });
    component.hashes.set(Enums.HashAlgorithm['SHA-256'], file.sha256);
    bom.components.add(component);
    root.dependencies.add(component.bomRef);
  }

  const spec = Spec.Spec1dot6;
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(spec));
  const json = JSON.parse(serializer.serialize(bom, { sortLists: true })) as Json;

  // What the library cannot model: each data component's `data`, each model's `modelCard`.
  const cards = new Map(input.models.filter((m) => m.card).map((m) => [modelRef(m.path), m.card!]));
  for (const component of (json.components as Json[] | undefined) ?? []) {
    const ref = component['bom-ref'] as string;
    if (component.type === 'data') component.data = [{ type: 'dataset', name: component.name }];
    const card = cards.get(ref);
    if (card) {
      const modelCard = modelCardJson(card);
      if (Object.keys(modelCard).length > 0) component.modelCard = modelCard;
      // The models it was fine-tuned from (`base_model`): its lineage, which the library cannot model.
      if (card.baseModels.length > 0) {
        component.pedigree = {
          ancestors: [...new Set(card.baseModels)].map((id) => ({
            type: 'machine-learning-model',
            name: id,
            // Both parts encoded, so no model path and id can make another's ref.
            'bom-ref': `base-model:${encodeURIComponent(ref.slice('model:'.length))}:${encodeURIComponent(id)}`,
            ...(huggingFaceIdPurl(id) ? { purl: huggingFaceIdPurl(id) } : {}),
          })),
        };
      }
    }
  }
  const vulnerabilities = [...(input.vulnerabilities ?? [])]
    .map(vulnerabilityJson)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (vulnerabilities.length > 0) json.vulnerabilities = vulnerabilities;
  checkReferences(json);
  return `${JSON.stringify(json, null, 2)}\n`;
}

const RATING_METHODS: Readonly<Record<string, string>> = {
  CVSS_V2: 'CVSSv2',
  CVSS_V3: 'CVSSv31',
  CVSS_V4: 'CVSSv4',
};

function severityWord(score: number): string {
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : score > 0 ? 'low' : 'none';
}

/** Where an advisory id comes from, by its prefix (OSV's own list of databases). */
function advisorySource(id: string): Json {
  if (id.startsWith('CVE-')) return { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${id}` };
  if (id.startsWith('GHSA-')) return { name: 'GitHub', url: `https://github.com/advisories/${id}` };
  return { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}` };
}

function vulnerabilityJson(vulnerability: BomVulnerability): Json & { id: string } {
  const method =
    vulnerability.vectorType === 'CVSS_V3' && vulnerability.vector?.startsWith('CVSS:3.0/')
      ? 'CVSSv3'
      : RATING_METHODS[vulnerability.vectorType ?? ''];
  const affects = [...new Set(vulnerability.affects.map(packageRef))].sort();
  return {
    'bom-ref': `vulnerability:${vulnerability.id}`,
    id: vulnerability.id,
    source: advisorySource(vulnerability.id),
    ...(vulnerability.aliases.length > 0
      ? { references: vulnerability.aliases.map((id) => ({ id, source: advisorySource(id) })) }
      : {}),
    ...(vulnerability.score !== undefined
      ? {
          ratings: [
            {
              score: vulnerability.score,
              severity: severityWord(vulnerability.score),
              ...(method ? { method } : { method: 'other' }),
              ...(vulnerability.vector && !/^\d/.test(vulnerability.vector)
                ? { vector: vulnerability.vector }
                : {}),
            },
          ],
        }
      : {}),
    ...(vulnerability.summary ? { description: vulnerability.summary } : {}),
    ...(vulnerability.fixed.length > 0
      ? { recommendation: `Upgrade to a fixed version: ${vulnerability.fixed.join(', ')}.` }
      : {}),
    affects: affects.map((ref) => ({ ref })),
  };
}

/**
 * Every `ref` (model card datasets, dependencies, vulnerabilities' affects) names a bom-ref of the document, and no
 * bom-ref is used twice: an SBOM whose references point at nothing is a bug here, not output.
 */
export function checkReferences(json: Json): void {
  const refs = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const object = value as Json;
      if (typeof object['bom-ref'] === 'string') {
        if (refs.has(object['bom-ref'])) throw new Error(`bom-ref ${object['bom-ref']} is used twice`);
        // The library's own renaming of a duplicate: two components were given one ref.
        if (object['bom-ref'].startsWith('BomRef.'))
          throw new Error(
            `bom-ref ${object['bom-ref']} was made up by the library: two components share a ref`,
          );
        refs.add(object['bom-ref']);
      }
      Object.values(object).forEach(visit);
    }
  };
  visit(json);
  const check = (ref: unknown, where: string) => {
    if (typeof ref !== 'string' || !refs.has(ref))
      throw new Error(`${where} references ${String(ref)}, which is not in the BOM`);
  };
  for (const dependency of (json.dependencies as Json[] | undefined) ?? []) {
    check(dependency.ref, 'a dependency');
    for (const target of (dependency.dependsOn as unknown[] | undefined) ?? [])
      check(target, `${String(dependency.ref)}'s dependsOn`);
  }
  for (const component of (json.components as Json[] | undefined) ?? []) {
    const datasets = ((component.modelCard as Json | undefined)?.modelParameters as Json | undefined)
      ?.datasets;
    for (const dataset of (datasets as Json[] | undefined) ?? [])
      check(dataset.ref, `the model card of ${String(component['bom-ref'])}`);
  }
  for (const vulnerability of (json.vulnerabilities as Json[] | undefined) ?? []) {
    for (const affect of (vulnerability.affects as Json[] | undefined) ?? [])
      check(affect.ref, `vulnerability ${String(vulnerability.id)}`);
  }
}
