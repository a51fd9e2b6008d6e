/**
 * Helpers the lock-file readers share: parsing TOML and JSON into a problem instead of a throw,
 * finding the line an entry starts on (neither parser reports positions of values), and the
 * small normalisations every format needs.
 */
import { parse as parseToml, TomlError } from 'smol-toml';
import type { ReadProblem, SourceLocation } from './types.js';

export type Table = Record<string, unknown>;

/** PEP 503: lowercase, and every run of `-`, `_` and `.` becomes one `-`. */
export function normalizePypiName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** A PEP 508 distribution name (letters, digits, `-_.`, starting and ending alphanumeric). */
export const PEP508_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

export function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** An own property only: names such as `constructor` must not reach Object.prototype. */
export function own(table: Table, key: string): unknown {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function problem(file: string, message: string, line?: number): ReadProblem {
  return { source: location(file, line), message };
}

export function location(file: string, line?: number): SourceLocation {
  return line === undefined ? { file } : { file, line };
}

export type Parsed = { ok: true; value: Table } | { ok: false; problem: ReadProblem };

/** Parses TOML; a syntax error is one problem at its line (the format cannot be read at all). */
export function tomlDocument(text: string, file: string, format: string): Parsed {
  try {
    return { ok: true, value: parseToml(text) as Table };
  } catch (error) {
    if (error instanceof TomlError) {
      const first = error.message.split('\n')[0] ?? error.message;
      return { ok: false, problem: problem(file, `not a ${format}: invalid TOML: ${first}`, error.line) };
    }
    // smol-toml documents TomlError only; anything else is its bug, and still not ours to crash on.
    return { ok: false, problem: problem(file, `not a ${format}: invalid TOML: ${String(error)}`) };
  }
}

/** Parses JSON whose top level must be an object; otherwise one problem, with the line if known. */
export function jsonDocument(text: string, file: string, format: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 says "... at position N" (and sometimes "(line L column C)"): point at the line.
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(text, Number(position[1])) : undefined;
    return { ok: false, problem: problem(file, `not a ${format}: invalid JSON: ${message}`, line) };
  }
  if (!isTable(value))
    return { ok: false, problem: problem(file, `not a ${format}: the top level is not an object`) };
  return { ok: true, value };
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The lines of each `[[header]]` array-of-tables entry, in order. smol-toml gives no positions,
 * so the entries are matched to their headers by count; when the counts differ (a header inside
 * a multi-line string, say) no lines are given rather than wrong ones.
 */
export function arrayTableLines(text: string, header: string, count: number): (number | undefined)[] {
  const pattern = new RegExp(
    `^[ \\t]*\\[\\[[ \\t]*${header.replace(/\./g, '\\.')}[ \\t]*\\]\\][ \\t]*(?:#.*)?$`,
  );
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (pattern.test(line)) lines.push(index + 1);
  });
  return lines.length === count ? lines : new Array<undefined>(count).fill(undefined);
}

/**
 * The line of every object key in a JSON text, by path (keys joined with NUL). Only called on text
 * JSON.parse accepted, so a simple scanner is enough: it tracks strings, nesting and keys.
 */
export function jsonKeyLines(text: string, maxDepth = 4): Map<string, number> {
  const lines = new Map<string, number>();
  const path: (string | number)[] = [];
  const kinds: ('object' | 'array')[] = [];
  let expectingKey = false;
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (c === '"') {
      const start = i;
      const startLine = line;
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      if (expectingKey && kinds.at(-1) === 'object') {
        const key = JSON.parse(text.slice(start, i)) as string;
        path[kinds.length - 1] = key;
        if (kinds.length <= maxDepth) lines.set(path.slice(0, kinds.length).join('\0'), startLine);
        expectingKey = false;
      }
    } else if (c === '{' || c === '[') {
      kinds.push(c === '{' ? 'object' : 'array');
      path.length = kinds.length - 1;
      expectingKey = c === '{';
      i++;
    } else if (c === '}' || c === ']') {
      kinds.pop();
      path.length = kinds.length;
      expectingKey = false;
      i++;
    } else if (c === ',') {
      expectingKey = kinds.at(-1) === 'object';
      i++;
    } else {
      i++;
    }
  }
  return lines;
}

export function jsonKeyLine(lines: Map<string, number>, ...keys: string[]): number | undefined {
  return lines.get(keys.join('\0'));
}

/** `algorithm:hex` as the record type wants; undefined when the value is not a hash of that form. */
export function colonHash(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^([A-Za-z0-9-]+)[:=]([0-9A-Fa-f]+)$/.exec(value);
  return match ? `${match[1]!.toLowerCase()}:${match[2]!.toLowerCase()}` : undefined;
}

/** A PEP 751 `hashes = { sha256 = "..." }` table as `algorithm:hex` strings. */
export function hashTable(value: unknown): string[] | undefined {
  if (!isTable(value)) return undefined;
  const out: string[] = [];
  for (const [algorithm, hex] of Object.entries(value)) {
    const hash = colonHash(`${algorithm}:${typeof hex === 'string' ? hex : ''}`);
    if (!hash) return undefined;
    out.push(hash);
  }
  return out;
}

/**
 * npm's Subresource Integrity strings (`sha512-<base64>`, several separated by spaces) as
 * `algorithm:hex`; undefined when one is not SRI.
 */
export function sriHashes(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  const out: string[] = [];
  for (const part of value.trim().split(/\s+/)) {
    const match = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})(?:\?.*)?$/.exec(part);
    if (!match) return undefined;
    const hex = Buffer.from(match[2]!, 'base64').toString('hex');
    if (hex.length === 0) return undefined;
    out.push(`${match[1]}:${hex}`);
  }
  return out.length > 0 ? out : undefined;
}

/** The value without duplicates, first occurrence kept; undefined when empty. */
export function unique<T>(values: Iterable<T>): T[] | undefined {
  const out = [...new Set(values)];
  return out.length > 0 ? out : undefined;
}

/** The object without its undefined properties, so records compare exactly in tests and stay small. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The distribution name at the start of a PEP 508 requirement string, or undefined. */
export function requirementName(requirement: string): string | undefined {
  const match = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/.exec(requirement);
  return match?.[1];
}

/**
 * A URL without the credentials a lock file may carry (`https://user:token@private-index/...`,
 * `https://<token>@github.com/...`): the SBOM and the findings are published, a token must not
 * be. An ssh user name alone (`git+ssh://git@github.com/...`) is an account, not a secret, and stays.
 */
export function withoutCredentials(value: string): string {
  return value.replace(
    /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^@/?#]*)@/,
    (whole, scheme: string, userinfo: string) =>
      /ssh/i.test(scheme) && !userinfo.includes(':') ? whole : scheme,
  );
}

/**
 * Text (a reader's problem, which may quote the line) with the credentials of every URL in it
 * removed, as `withoutCredentials` removes them from one URL at its start.
 */
export function credentialsRemoved(text: string): string {
  return text.replace(/[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s"'<>]*/g, (url) => withoutCredentials(url));
}
