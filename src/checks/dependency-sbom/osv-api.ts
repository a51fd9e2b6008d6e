/**
 * A client for the OSV API (https://google.github.io/osv.dev/api/): which vulnerabilities name
 * each package version (`POST /v1/querybatch`, 1000 queries a request, paginated per query), then
 * each listed record once in full (`GET /v1/vulns/{id}`, a few at a time). Pure: the caller passes
 * the base URL and `fetch` in, and nothing is printed or read from the environment.
 *
 * An endpoint that cannot be used (down after the retries, an answer that is not JSON or not of
 * the documented shape, one larger than the cap) is an outage: one line saying which request
 * failed and how, for the caller to turn into a warning. A single record that is not valid OSV is
 * a problem, and the other records are still returned. Anything taken from a response into a
 * message is bounded in length and made printable.
 */
import { printable } from '../../core/escape.js';
import { OSV_ECOSYSTEM, parseOsvRecord, type OsvRecord, type PackageQuery } from './osv.js';
import type { ReadProblem } from './types.js';
import { normalizePypiName } from './versions.js';

export interface OsvApiOptions {
  /** `https://api.osv.dev` or a mirror; a path prefix and a trailing slash are allowed. */
  readonly baseUrl: string;
  readonly fetch: typeof globalThis.fetch;
  /** Per request, the body included (default 15000). */
  readonly timeoutMs?: number;
  /** Further attempts after a network error, a timeout, 429 or 5xx (default 3). */
  readonly retries?: number;
  readonly signal?: AbortSignal;
  /** The wait between attempts; tests pass a no-op. The signal is the caller's. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Records fetched at once (default 8). */
  readonly concurrency?: number;
  /** Pages of one query's results before the rest is given up as a problem (default 20). */
  readonly maxPages?: number;
  /** Bytes of one response body, decompressed (default 32 MiB). */
  readonly maxResponseBytes?: number;
  /** Distinct vulnerability ids listed before the answer is taken as an outage (default 20000). */
  readonly maxVulnerabilities?: number;
}

export type OsvApiResult =
  | { readonly ok: true; readonly records: OsvRecord[]; readonly problems: ReadProblem[] }
  | { readonly ok: false; readonly reason: string };

/** The API's limit of queries in one `querybatch` request. */
export const OSV_BATCH_LIMIT = 1000;
export const OSV_API_DEFAULTS = {
  timeoutMs: 15_000,
  retries: 3,
  concurrency: 8,
  maxPages: 20,
  maxResponseBytes: 32 * 1024 * 1024,
  maxVulnerabilities: 20_000,
} as const;
/** Backoff between attempts: 1 s, 2 s, 4 s, ... at most this. */
const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 16_000;
/** A `Retry-After` longer than this is waited for this long only. */
export const MAX_RETRY_AFTER_MS = 30_000;
const MAX_ID_LENGTH = 256;
const MAX_MESSAGE_TEXT = 120;
/** An error body is read only for its message. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;
const MIB = 1024 * 1024;

/** Where every problem about the query step points. */
export const OSV_API_QUERY_SOURCE = 'OSV API querybatch';

/** The source file of a problem with one record. */
export function osvApiRecordSource(id: string): string {
  return `OSV API vulns/${printable(id)}`;
}

/** An outage: thrown inside the client, returned as `{ ok: false, reason }`. */
class Outage extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Untrusted text for a message: quoted, bounded, one printable line (each character escaped once). */
function quote(text: string): string {
  const short = text.length > MAX_MESSAGE_TEXT ? `${text.slice(0, MAX_MESSAGE_TEXT)}…` : text;
  return printable(JSON.stringify(short));
}

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

function formatBytes(bytes: number): string {
  return bytes % MIB === 0 ? `${bytes / MIB} MiB` : plural(bytes, 'byte');
}

/**
 * The base URL as used: an http(s) URL without credentials, query or fragment, and without a
 * trailing slash. Exported so an entry point can refuse a bad input before any work.
 */
export function validateOsvBaseUrl(
  baseUrl: string,
): { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string } {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return { ok: false, reason: `OSV API base URL ${quote(baseUrl)} is not a URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `OSV API base URL ${quote(baseUrl)} is not an http(s) URL` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'OSV API base URL must not contain credentials' };
  }
  if (url.search !== '' || url.hash !== '') {
    return { ok: false, reason: `OSV API base URL ${quote(baseUrl)} must not have a query or fragment` };
  }
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

interface Client {
  readonly base: string;
  readonly fetch: typeof globalThis.fetch;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly signal: AbortSignal | undefined;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly maxResponseBytes: number;
}

const NOT_FOUND = Symbol('not found');

async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // The body is not wanted; a failure to drop it changes nothing.
  }
}

/** The body, read through its stream and refused past `cap` bytes (Content-Length is not trusted). */
async function readCapped(response: Response, cap: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > cap) {
    await discard(response);
    return undefined;
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      try {
        await reader.cancel();
      } catch {
        // Dropping the rest of a refused body.
      }
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(utf8.decode(bytes)) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The `message` of a JSON error body (the API's `{"code": 3, "message": "..."}`), for the reason. */
async function errorMessage(response: Response): Promise<string> {
  try {
    const bytes = await readCapped(response, MAX_ERROR_BODY_BYTES);
    if (!bytes) return '';
    const parsed = parseJson(bytes);
    return parsed.ok && isObject(parsed.value) && typeof parsed.value.message === 'string'
      ? ` ${quote(parsed.value.message)}`
      : '';
  } catch {
    return '';
  }
}

/** Seconds, or an HTTP date; capped. Undefined when absent or unreadable. */
function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    ms = Math.max(0, at - now);
  }
  return Math.min(ms, MAX_RETRY_AFTER_MS);
}

function describeNetworkError(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const text =
    typeof cause?.code === 'string'
      ? cause.code
      : typeof cause?.message === 'string'
        ? cause.message
        : error instanceof Error
          ? error.message
          : String(error);
  return printable(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

/**
 * One request with its retries: the decoded JSON of a 2xx answer, or NOT_FOUND for a 404 when
 * `notFoundOk`. Throws an Outage for everything else.
 */
async function requestJson(
  client: Client,
  method: 'GET' | 'POST',
  path: string,
  body: string | undefined,
  notFoundOk: boolean,
): Promise<unknown> {
  const url = `${client.base}${path}`;
  const where = `OSV API ${method} ${url.length > 200 ? `${url.slice(0, 200)}…` : url}`;
  for (let attempt = 1; ; attempt++) {
    if (client.signal?.aborted) throw new Outage(`${where}: aborted`);
    const timeout = AbortSignal.timeout(client.timeoutMs);
    const signal = client.signal ? AbortSignal.any([client.signal, timeout]) : timeout;
    let failure: string;
    let wait: number | undefined;
    try {
      const response = await client.fetch(url, {
        method,
        headers:
          body === undefined
            ? { accept: 'application/json' }
            : { accept: 'application/json', 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body }),
        signal,
      });
      if (response.ok) {
        const bytes = await readCapped(response, client.maxResponseBytes);
        if (!bytes) {
          throw new Outage(`${where}: response is larger than ${formatBytes(client.maxResponseBytes)}`);
        }
        const parsed = parseJson(bytes);
        if (!parsed.ok) throw new Outage(`${where}: response is not JSON`);
        return parsed.value;
      }
      const status = response.status;
      if (status === 404 && notFoundOk) {
        await discard(response);
        return NOT_FOUND;
      }
      if (status !== 429 && status < 500) {
        const message = await errorMessage(response);
        throw new Outage(`${where}: HTTP ${status}${message} (not retried)`);
      }
      wait = retryAfterMs(response.headers.get('retry-after'), Date.now());
      await discard(response);
      failure = `HTTP ${status}`;
    } catch (error) {
      if (error instanceof Outage) throw error;
      if (client.signal?.aborted) throw new Outage(`${where}: aborted`);
      failure = timeout.aborted
        ? `timed out after ${client.timeoutMs} ms`
        : `network error (${describeNetworkError(error)})`;
    }
    if (attempt > client.retries) throw new Outage(`${where}: ${failure} (${plural(attempt, 'attempt')})`);
    await client.sleep(wait ?? Math.min(BACKOFF_BASE_MS * 2 ** (attempt - 1), BACKOFF_MAX_MS), client.signal);
  }
}

interface WireQuery {
  readonly package: { readonly ecosystem: string; readonly name: string };
  readonly version: string;
}

interface BatchResult {
  readonly ids: readonly string[];
  readonly token?: string;
}

/** The documented answer: `{"results": [{"vulns": [{"id", "modified"}], "next_page_token"?}]}`. */
function parseBatch(value: unknown, expected: number, where: string): BatchResult[] {
  if (!isObject(value) || !Array.isArray(value.results)) {
    throw new Outage(`${where}: response has no results list`);
  }
  const results: unknown[] = value.results;
  if (results.length !== expected) {
    throw new Outage(
      `${where}: ${plural(results.length, 'result')} for ${plural(expected, 'query', 'queries')}`,
    );
  }
  return results.map((result, index): BatchResult => {
    if (!isObject(result)) throw new Outage(`${where}: results[${index}] is not an object`);
    const vulns = result.vulns ?? [];
    if (!Array.isArray(vulns)) throw new Outage(`${where}: results[${index}].vulns is not a list`);
    const ids = vulns.map((vuln: unknown, at: number) => {
      const id = isObject(vuln) ? vuln.id : undefined;
      if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID_LENGTH) {
        throw new Outage(`${where}: results[${index}].vulns[${at}] has no usable id`);
      }
      return id;
    });
    const token = result.next_page_token ?? '';
    if (typeof token !== 'string') {
      throw new Outage(`${where}: results[${index}].next_page_token is not a string`);
    }
    return token === '' ? { ids } : { ids, token };
  });
}

function wireQuery(query: PackageQuery): WireQuery {
  return {
    package: {
      ecosystem: OSV_ECOSYSTEM[query.ecosystem],
      name: query.ecosystem === 'pypi' ? normalizePypiName(query.name) : query.name,
    },
    version: query.version,
  };
}

/** The ids listed for the queries, in first-seen order; problems for queries cut off by the page cap. */
async function listIds(
  client: Client,
  queries: readonly PackageQuery[],
  maxPages: number,
  maxVulnerabilities: number,
  problems: ReadProblem[],
): Promise<Set<string>> {
  const unique = new Map<string, WireQuery>();
  for (const query of queries) {
    // An empty version would ask for every vulnerability of the package, which matches nothing.
    if (query.version.trim() === '') continue;
    const wire = wireQuery(query);
    unique.set(JSON.stringify(wire), wire);
  }
  const ids = new Set<string>();
  let pending: { query: WireQuery; token?: string }[] = [...unique.values()].map((query) => ({ query }));
  for (let page = 1; pending.length > 0; page++) {
    if (page > maxPages) {
      for (const { query } of pending) {
        problems.push({
          source: { file: OSV_API_QUERY_SOURCE },
          message: `vulnerabilities of ${query.package.ecosystem} ${quote(query.package.name)} ${quote(query.version)} not all listed: more than ${plural(maxPages, 'page')}`,
        });
      }
      break;
    }
    const next: { query: WireQuery; token: string }[] = [];
    for (let start = 0; start < pending.length; start += OSV_BATCH_LIMIT) {
      const chunk = pending.slice(start, start + OSV_BATCH_LIMIT);
      const body = JSON.stringify({
        queries: chunk.map(({ query, token }) =>
          token === undefined ? query : { ...query, page_token: token },
        ),
      });
      const value = await requestJson(client, 'POST', '/v1/querybatch', body, false);
      const results = parseBatch(value, chunk.length, `OSV API POST ${client.base}/v1/querybatch`);
      results.forEach((result, index) => {
        for (const id of result.ids) ids.add(id);
        if (result.token !== undefined) next.push({ query: chunk[index]!.query, token: result.token });
      });
      if (ids.size > maxVulnerabilities) {
        throw new Outage(
          `OSV API POST ${client.base}/v1/querybatch: listed more than ${maxVulnerabilities} vulnerabilities`,
        );
      }
    }
    pending = next;
  }
  return ids;
}

/** Each id's record, `concurrency` at a time; the first outage stops the rest. */
async function hydrate(
  client: Client,
  ids: readonly string[],
  concurrency: number,
  problems: ReadProblem[],
): Promise<OsvRecord[]> {
  const stop = new AbortController();
  const inner: Client = {
    ...client,
    signal: client.signal ? AbortSignal.any([client.signal, stop.signal]) : stop.signal,
  };
  const records: OsvRecord[] = [];
  const found: { id: string; problem?: string }[] = [];
  let failure: unknown;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ids.length && failure === undefined) {
      const id = ids[next++]!;
      try {
        const value = await requestJson(inner, 'GET', `/v1/vulns/${encodeURIComponent(id)}`, undefined, true);
        if (value === NOT_FOUND) {
          found.push({ id, problem: 'OSV record listed by the query is not found (HTTP 404)' });
          continue;
        }
        const parsed = parseOsvRecord(value);
        if (!parsed.ok) found.push({ id, problem: `OSV record refused: ${printable(parsed.reason)}` });
        else if (parsed.record.id !== id) {
          found.push({
            id,
            problem: `OSV record refused: the API answered with record ${quote(parsed.record.id)}`,
          });
        } else {
          records.push(parsed.record);
          found.push({ id });
        }
      } catch (error) {
        if (failure === undefined) {
          failure = error;
          stop.abort();
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
  if (failure !== undefined) throw failure;
  // Problems in id order, whatever order the answers came in.
  for (const { id, problem } of found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (problem !== undefined) problems.push({ source: { file: osvApiRecordSource(id) }, message: problem });
  }
  return records;
}

function integerOption(value: number | undefined, fallback: number, name: string, min = 1): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Outage(`OSV API option ${name} must be an integer of at least ${min}`);
  }
  return value;
}

/**
 * The OSV records that the API lists for the queries (pypi names normalised, duplicates asked
 * once), each fetched in full once, unique by id and sorted by id as `matchVulnerabilities`
 * takes them (withdrawn records included: the matcher leaves them out). Never throws.
 */
export async function queryOsvApi(
  queries: readonly PackageQuery[],
  options: OsvApiOptions,
): Promise<OsvApiResult> {
  const base = validateOsvBaseUrl(options.baseUrl);
  if (!base.ok) return base;
  try {
    const client: Client = {
      base: base.url,
      fetch: options.fetch,
      timeoutMs: integerOption(options.timeoutMs, OSV_API_DEFAULTS.timeoutMs, 'timeoutMs'),
      retries: integerOption(options.retries, OSV_API_DEFAULTS.retries, 'retries', 0),
      signal: options.signal,
      sleep: options.sleep ?? defaultSleep,
      maxResponseBytes: integerOption(
        options.maxResponseBytes,
        OSV_API_DEFAULTS.maxResponseBytes,
        'maxResponseBytes',
      ),
    };
    const concurrency = integerOption(options.concurrency, OSV_API_DEFAULTS.concurrency, 'concurrency');
    const maxPages = integerOption(options.maxPages, OSV_API_DEFAULTS.maxPages, 'maxPages');
    const maxVulnerabilities = integerOption(
      options.maxVulnerabilities,
      OSV_API_DEFAULTS.maxVulnerabilities,
      'maxVulnerabilities',
    );
    const problems: ReadProblem[] = [];
    const ids = await listIds(client, queries, maxPages, maxVulnerabilities, problems);
    const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const records = await hydrate(client, sorted, concurrency, problems);
    records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { ok: true, records, problems };
  } catch (error) {
    if (error instanceof Outage) return { ok: false, reason: error.message };
    /* c8 ignore next 2 -- a defect, not a hostile answer: report it rather than crash the run */
    const text = printable(String(error));
    return {
      ok: false,
      reason: `OSV API client failed: ${text.length > 120 ? `${text.slice(0, 120)}…` : text}`,
    };
  }
}
