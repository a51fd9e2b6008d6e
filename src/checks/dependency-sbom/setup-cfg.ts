/**
 * setup.cfg: `[options] install_requires` and `[options.extras_require]` (groups are the extra
 * names). The INI dialect is Python's configparser as setuptools uses it: `key = value` or
 * `key: value`, a value continued on indented lines, full-line `#`/`;` comments, keys
 * case-insensitive. It is small enough that no npm INI library reads it the same way (they do
 * not join indented continuations), so it is read here, keeping each requirement's own line.
 */
import type { PackageRecord, ReadProblem, ReadResult } from './types.js';
import { pep508Record } from './pep508.js';

interface Entry {
  readonly key: string;
  readonly line: number;
  /** The value's lines (the first after the `=`, then each continuation), with their numbers. */
  readonly values: { text: string; line: number }[];
}

interface Section {
  readonly name: string;
  readonly line: number;
  readonly entries: Entry[];
}

function readIni(text: string, file: string, problems: ReadProblem[]): Section[] {
  const sections: Section[] = [];
  let section: Section | undefined;
  let entry: Entry | undefined;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .forEach((raw, index) => {
      const line = index + 1;
      if (/^\s*[#;]/.test(raw)) return;
      if (raw.trim() === '') {
        // configparser keeps blank lines inside a value; they hold no requirement.
        return;
      }
      if (/^\s/.test(raw) && entry !== undefined) {
        entry.values.push({ text: raw.trim(), line });
        return;
      }
      const header = /^\[([^\]]+)\]\s*$/.exec(raw.trim());
      if (header !== null && !/^\s/.test(raw)) {
        section = { name: (header[1] as string).trim(), line, entries: [] };
        sections.push(section);
        entry = undefined;
        return;
      }
      const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw.trim());
      if (kv === null || section === undefined) {
        problems.push({
          source: { file, line },
          message:
            section === undefined ? 'a line before any [section]' : `"${raw.trim()}" is not key = value`,
        });
        entry = undefined;
        return;
      }
      entry = { key: (kv[1] as string).toLowerCase(), line, values: [] };
      if ((kv[2] as string) !== '') entry.values.push({ text: kv[2] as string, line });
      section.entries.push(entry);
    });
  return sections;
}

function readList(
  entry: Entry,
  file: string,
  groups: readonly string[],
  out: PackageRecord[],
  problems: ReadProblem[],
): void {
  for (const value of entry.values) {
    // Inline comments are not configparser's, but pip and setuptools users write them.
    const text = value.text.replace(/(^|\s+)#.*$/, '').trim();
    if (text === '') continue;
    if (text.startsWith('file:')) {
      problems.push({
        source: { file, line: value.line },
        message: `${entry.key} reads "${text.slice(5).trim()}": that file is read on its own, not through setup.cfg`,
      });
      continue;
    }
    const result = pep508Record(text, { file, line: value.line }, groups);
    if ('message' in result)
      problems.push({ source: { file, line: value.line }, message: `"${text}": ${result.message}` });
    else out.push(result.record);
  }
}

/** setuptools accepts `install-requires` (deprecated) as well as `install_requires`. */
function keyIs(entry: Entry, key: string): boolean {
  return entry.key.replace(/-/g, '_') === key;
}

export function parseSetupCfg(text: string, file: string): ReadResult {
  const problems: ReadProblem[] = [];
  const packages: PackageRecord[] = [];
  for (const section of readIni(text, file, problems)) {
    if (section.name === 'options') {
      for (const entry of section.entries) {
        if (keyIs(entry, 'install_requires')) readList(entry, file, [], packages, problems);
      }
    } else if (section.name === 'options.extras_require') {
      for (const entry of section.entries) readList(entry, file, [entry.key], packages, problems);
    }
  }
  // Syntax problems are found before requirement problems; a report reads better in file order.
  return { packages, problems: byLine(problems) };
}

function byLine(problems: ReadProblem[]): ReadProblem[] {
  return problems.sort((a, b) => (a.source.line ?? 0) - (b.source.line ?? 0));
}
