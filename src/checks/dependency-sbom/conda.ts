/**
 * conda environment.yml: `dependencies` holds conda match specs (`numpy=1.26`,
 * `numpy==1.26.4=py311_0`, `pytorch::pytorch>=2.1`, `numpy 1.26.4 py311_0`) and optionally a
 * `pip:` sub-list of requirements-file lines, read by parseRequirements (so `-r`, `--hash` and
 * `--extra-index-url` mean there what they mean to pip). YAML is read with the project's `yaml`
 * library, whose node ranges give each entry its line.
 *
 * conda's own version rules decide what is exact: `=1.26` is fuzzy (1.26.*), `==1.26.4` and a
 * bare `1.26.4` are exact, and `=1.26.4=<build>` (what `conda env export` writes) is exact too.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { PackageRecord, ReadProblem, ReadResult } from './types.js';
import { parseRequirements, type RequirementsInclude } from './requirements.js';

// The channel before `::` may be a name, `name/subdir`, or a URL (`https://...::numpy`).
const SPEC = /^(?:(\S+?)::)?([A-Za-z0-9_][A-Za-z0-9_.-]*)\s*(.*)$/;

/** A conda match spec as a record, or the reason it is not one. */
export function condaSpecRecord(
  spec: string,
  file: string,
  line: number | undefined,
): PackageRecord | { message: string } {
  const text = spec.trim();
  const match = SPEC.exec(text);
  if (match === null) return { message: `"${text}" is not a conda package spec` };
  const name = match[2] as string;
  const rest = (match[3] as string).trim();
  let version: string | undefined;
  if (rest !== '' && !rest.startsWith('[')) {
    let versionPart: string | undefined;
    if (/\s/.test(rest)) {
      [versionPart] = rest.split(/\s+/);
    } else if (rest.startsWith('==')) {
      [versionPart] = rest.slice(2).split('=');
    } else if (rest.startsWith('=')) {
      const parts = rest.slice(1).split('=');
      // `=1.26` alone is fuzzy (1.26.*); followed by a build string it names one build.
      if (parts.length > 1) versionPart = parts[0];
    } else if (/^[0-9]/.test(rest)) {
      versionPart = rest;
    }
    if (versionPart !== undefined && /^[0-9A-Za-z_.+!]+$/.test(versionPart) && !versionPart.includes('*')) {
      version = versionPart;
    }
    if (!/^[-\w.*+!=<>~,|\s[\]'"]+$/.test(rest)) return { message: `"${rest}" is not a conda version spec` };
  }
  return {
    ecosystem: 'conda',
    name,
    normalizedName: name,
    ...(version === undefined ? {} : { version }),
    ...(rest === '' ? {} : { specifier: rest }),
    direct: true,
    source: { file, ...(line === undefined ? {} : { line }) },
  };
}

/**
 * Reads an environment.yml. `include` follows `-r`/`-c` in the pip section as parseRequirements
 * does. YAML that does not parse, or has no `dependencies` list, is a problem, not an empty result.
 */
export function parseCondaEnvironment(text: string, file: string, include?: RequirementsInclude): ReadResult {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range === undefined || node.range === null ? undefined : counter.linePos(node.range[0]).line;
  const problems: ReadProblem[] = [];
  const firstError = doc.errors[0];
  if (firstError !== undefined) {
    const line = firstError.linePos?.[0]?.line;
    return {
      packages: [],
      problems: [
        {
          source: { file, ...(line === undefined ? {} : { line }) },
          message: `not valid YAML: ${firstError.message.split('\n')[0] ?? ''}`,
        },
      ],
    };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    return {
      packages: [],
      problems: [
        { source: { file }, message: 'not a conda environment file (the top level is not a mapping)' },
      ],
    };
  }
  const deps = root.get('dependencies', true);
  if (deps === undefined) {
    return { packages: [], problems: [{ source: { file }, message: 'no "dependencies" list' }] };
  }
  if (!isSeq(deps)) {
    return {
      packages: [],
      problems: [
        {
          source: { file, ...(lineOf(deps as Node) === undefined ? {} : { line: lineOf(deps as Node) }) },
          message: '"dependencies" is not a list',
        },
      ],
    };
  }
  const packages: PackageRecord[] = [];
  for (const item of deps.items) {
    const line = lineOf(item as Node);
    const at = { file, ...(line === undefined ? {} : { line }) };
    if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) {
      const record = condaSpecRecord(String(item.value), file, line);
      if ('message' in record) problems.push({ source: at, message: record.message });
      else packages.push(record);
    } else if (
      isMap(item) &&
      item.items.length === 1 &&
      isScalar(item.items[0]?.key) &&
      item.items[0].key.value === 'pip'
    ) {
      readPipSection(item.items[0].value as Node | null, file, include, lineOf, packages, problems);
    } else {
      problems.push({ source: at, message: 'a dependency that is neither a conda spec nor a "pip:" list' });
    }
  }
  // Items and the pip list are read in two passes; a report reads better in file order (stable sort).
  return { packages, problems: problems.sort((a, b) => (a.source.line ?? 0) - (b.source.line ?? 0)) };
}

function readPipSection(
  node: Node | null,
  file: string,
  include: RequirementsInclude | undefined,
  lineOf: (node: Node | null | undefined) => number | undefined,
  packages: PackageRecord[],
  problems: ReadProblem[],
): void {
  if (!isSeq(node)) {
    const line = lineOf(node);
    problems.push({
      source: { file, ...(line === undefined ? {} : { line }) },
      message: '"pip:" is not a list',
    });
    return;
  }
  // The items are requirements-file lines; read as one file (so a `-c` constrains every item),
  // then each record's line is mapped back to its YAML item.
  const lines: string[] = [];
  const itemLines: (number | undefined)[] = [];
  for (const item of node.items) {
    const line = lineOf(item as Node);
    if (!isScalar(item) || (typeof item.value !== 'string' && typeof item.value !== 'number')) {
      problems.push({
        source: { file, ...(line === undefined ? {} : { line }) },
        message: 'a "pip:" item that is not a string',
      });
      continue;
    }
    lines.push(
      String(item.value)
        .replace(/[\r\n]+/g, ' ')
        .replace(/\\$/, ''),
    );
    itemLines.push(line);
  }
  const result = parseRequirements(lines.join('\n'), file, include);
  const remap = <T extends { source: { file: string; line?: number } }>(x: T): T => {
    if (x.source.file !== file || x.source.line === undefined) return x;
    const line = itemLines[x.source.line - 1];
    return { ...x, source: { file, ...(line === undefined ? {} : { line }) } };
  };
  packages.push(...result.packages.map(remap));
  problems.push(...result.problems.map(remap));
}
