import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_RETRY_AFTER_MS,
  OSV_API_QUERY_SOURCE,
  queryOsvApi,
  validateOsvBaseUrl,
  type OsvApiOptions,
  type OsvApiResult,
} from '../../../src/checks/dependency-sbom/osv-api.js';
import { matchVulnerabilities, type PackageQuery } from '../../../src/checks/dependency-sbom/osv.js';

/**
 * A fake OSV API: a real HTTP server on 127.0.0.1 that answers querybatch from a table of
 * package -> ids (with optional pages) and vulns/{id} from a table of records, records every
 * request, and lets a test take over any request with `override`.
 */
interface Recorded {
  method: string;
  /** As sent, percent-encoding kept. */
  rawPath: string;
  body: unknown;
}

type Override = (req: Recorded, res: ServerResponse) => boolean | Promise<boolean>;

class FakeOsv {
  readonly requests: Recorded[] = [];
  /** `ecosystem\0name\0version` -> pages of ids (one page unless paginated). */
  readonly listed = new Map<string, string[][]>();
  readonly records = new Map<string, unknown>();
  override?: Override;
  delayMs = 0;
  inFlight = 0;
  maxInFlight = 0;
  url = '';
  private server?: Server;

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  list(ecosystem: string, name: string, version: string, ...pages: string[][]): void {
    this.listed.set(`${ecosystem}\0${name}\0${version}`, pages);
  }

  requestsTo(pattern: RegExp): Recorded[] {
    return this.requests.filter((r) => pattern.test(r.rawPath));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const recorded: Recorded = {
      method: req.method ?? 'GET',
      rawPath: req.url ?? '/',
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    this.requests.push(recorded);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    res.on('close', () => (this.inFlight -= 1));
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.override && (await this.override(recorded, res))) return;
    this.route(recorded, res);
  }

  private route(req: Recorded, res: ServerResponse): void {
    const path = req.rawPath.split('?')[0]!;
    if (req.method === 'POST' && path.endsWith('/v1/querybatch')) {
      const { queries } = req.body as {
        queries: { package: { ecosystem: string; name: string }; version: string; page_token?: string }[];
      };
      const results = queries.map((q) => {
        const pages = this.listed.get(`${q.package.ecosystem}\0${q.package.name}\0${q.version}`) ?? [];
        const page = q.page_token === undefined ? 0 : Number(q.page_token.replace('page-', ''));
        const ids = pages[page] ?? [];
        const result: Record<string, unknown> = {};
        if (ids.length) result.vulns = ids.map((id) => ({ id, modified: '2024-01-01T00:00:00Z' }));
        if (page + 1 < pages.length) result.next_page_token = `page-${page + 1}`;
        return result;
      });
      return json(res, 200, { results });
    }
    const m = /\/v1\/vulns\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && m) {
      const id = decodeURIComponent(m[1]!);
      const record = this.records.get(id);
      return record === undefined
        ? json(res, 404, { code: 5, message: 'Bug not found.' })
        : json(res, 200, record);
    }
    json(res, 404, { code: 5, message: 'no route' });
  }
}

function json(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

const MODIFIED = '2024-01-01T00:00:00Z';

function osvRecord(id: string, ecosystem: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    schema_version: '1.6.0',
    id,
    modified: MODIFIED,
    affected: [
      {
        package: { ecosystem, name },
        ranges: [{ type: ecosystem === 'npm' ? 'SEMVER' : 'ECOSYSTEM', events: [{ introduced: '0' }] }],
      },
    ],
    ...extra,
  };
}

const npm = (name: string, version: string): PackageQuery => ({ ecosystem: 'npm', name, version });
const pypi = (name: string, version: string): PackageQuery => ({ ecosystem: 'pypi', name, version });

let fake: FakeOsv;
let sleeps: number[];

beforeEach(async () => {
  fake = await new FakeOsv().start();
  sleeps = [];
});

afterEach(async () => {
  await fake.stop();
});

function options(extra: Partial<OsvApiOptions> = {}): OsvApiOptions {
  return {
    baseUrl: fake.url,
    fetch: globalThis.fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...extra,
  };
}

function ok(result: OsvApiResult): Extract<OsvApiResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected records, got outage: ${result.reason}`);
  return result;
}

function outage(result: OsvApiResult): string {
  if (result.ok) throw new Error('expected an outage');
  return result.reason;
}

const BATCH = '/v1/querybatch';

describe('querybatch', () => {
  it('asks nothing for no queries', async () => {
    expect(await queryOsvApi([], options())).toEqual({ ok: true, records: [], problems: [] });
    expect(fake.requests).toEqual([]);
  });

  it('splits more than 1000 queries into batches, with OSV ecosystem names and normalised pypi names', async () => {
    const queries = [
      ...Array.from({ length: 1000 }, (_, i) => npm(`pkg-${i}`, '1.0.0')),
      npm('pkg-0', '1.0.0'), // asked once
      pypi('Foo_Bar.baz', '2.0'),
    ];
    const result = ok(await queryOsvApi(queries, options()));
    expect(result).toEqual({ ok: true, records: [], problems: [] });
    const batches = fake.requestsTo(/querybatch/);
    expect(batches.map((r) => [r.method, r.rawPath])).toEqual([
      ['POST', BATCH],
      ['POST', BATCH],
    ]);
    expect(batches[0]!.body).toEqual({
      queries: Array.from({ length: 1000 }, (_, i) => ({
        package: { ecosystem: 'npm', name: `pkg-${i}` },
        version: '1.0.0',
      })),
    });
    expect(batches[1]!.body).toEqual({
      queries: [{ package: { ecosystem: 'PyPI', name: 'foo-bar-baz' }, version: '2.0' }],
    });
  });

  it('skips a query with an empty version', async () => {
    ok(await queryOsvApi([npm('a', '')], options()));
    expect(fake.requests).toEqual([]);
  });

  it('follows next_page_token with the same query and page_token', async () => {
    fake.list('npm', 'paged', '1.0.0', ['A-1', 'A-2'], ['A-3'], ['A-4']);
    fake.list('npm', 'single', '2.0.0', ['B-1']);
    for (const id of ['A-1', 'A-2', 'A-3', 'A-4', 'B-1']) fake.records.set(id, osvRecord(id, 'npm', 'x'));
    const result = ok(await queryOsvApi([npm('paged', '1.0.0'), npm('single', '2.0.0')], options()));
    expect(result.records.map((r) => r.id)).toEqual(['A-1', 'A-2', 'A-3', 'A-4', 'B-1']);
    expect(result.problems).toEqual([]);
    expect(fake.requestsTo(/querybatch/).map((r) => r.body)).toEqual([
      {
        queries: [
          { package: { ecosystem: 'npm', name: 'paged' }, version: '1.0.0' },
          { package: { ecosystem: 'npm', name: 'single' }, version: '2.0.0' },
        ],
      },
      { queries: [{ package: { ecosystem: 'npm', name: 'paged' }, version: '1.0.0', page_token: 'page-1' }] },
      { queries: [{ package: { ecosystem: 'npm', name: 'paged' }, version: '1.0.0', page_token: 'page-2' }] },
    ]);
  });

  it('gives up on a query still paginated after maxPages, as a problem', async () => {
    fake.override = (req, res) => {
      if (!req.rawPath.endsWith(BATCH)) return false;
      const n = fake.requestsTo(/querybatch/).length;
      json(res, 200, { results: [{ vulns: [{ id: `P-${n}` }], next_page_token: `t${n}` }] });
      return true;
    };
    for (let n = 1; n <= 20; n++) fake.records.set(`P-${n}`, osvRecord(`P-${n}`, 'npm', 'endless'));
    const result = ok(await queryOsvApi([npm('endless', '1.0.0')], options()));
    expect(fake.requestsTo(/querybatch/)).toHaveLength(20);
    expect(result.records).toHaveLength(20);
    expect(result.problems).toEqual([
      {
        source: { file: OSV_API_QUERY_SOURCE },
        message: 'vulnerabilities of npm "endless" "1.0.0" not all listed: more than 20 pages',
      },
    ]);
  });

  it('treats a listing of more than maxVulnerabilities ids as an outage', async () => {
    fake.list('npm', 'many', '1', ['X-1', 'X-2', 'X-3']);
    expect(outage(await queryOsvApi([npm('many', '1')], options({ maxVulnerabilities: 2 })))).toBe(
      `OSV API POST ${fake.url}${BATCH}: listed more than 2 vulnerabilities`,
    );
  });
});

describe('hydration', () => {
  it('fetches each id once, at most `concurrency` at a time, and sorts the records', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `GHSA-${String(i).padStart(2, '0')}`).reverse();
    fake.list('npm', 'a', '1.0.0', ids);
    fake.list('npm', 'b', '1.0.0', ids.slice(0, 10));
    fake.list('PyPI', 'c', '1.0', ids.slice(5));
    for (const id of ids) fake.records.set(id, osvRecord(id, 'npm', 'a'));
    fake.delayMs = 20;
    const result = ok(
      await queryOsvApi(
        [npm('a', '1.0.0'), npm('b', '1.0.0'), pypi('C', '1.0')],
        options({ concurrency: 8 }),
      ),
    );
    expect(result.records.map((r) => r.id)).toEqual([...ids].sort());
    const gets = fake.requestsTo(/\/v1\/vulns\//).map((r) => r.rawPath);
    expect(gets.sort()).toEqual(ids.map((id) => `/v1/vulns/${id}`).sort());
    expect(fake.maxInFlight).toBeLessThanOrEqual(8);
    expect(fake.maxInFlight).toBeGreaterThan(1);
  });

  it('returns withdrawn records (the matcher ignores them)', async () => {
    fake.list('npm', 'a', '1.0.0', ['W-1']);
    fake.records.set('W-1', osvRecord('W-1', 'npm', 'a', { withdrawn: '2024-02-01T00:00:00Z' }));
    const result = ok(await queryOsvApi([npm('a', '1.0.0')], options()));
    expect(result.records.map((r) => [r.id, r.withdrawn])).toEqual([['W-1', '2024-02-01T00:00:00Z']]);
    expect(matchVulnerabilities([npm('a', '1.0.0')], result.records).packages[0]!.vulnerabilities).toEqual(
      [],
    );
  });

  it('a record that is not valid OSV, not found, or of another id is a problem; the rest still come', async () => {
    fake.list('npm', 'a', '1.0.0', ['GOOD-1', 'BAD-1', 'GONE-1', 'ODD-1']);
    fake.records.set('GOOD-1', osvRecord('GOOD-1', 'npm', 'a'));
    fake.records.set('BAD-1', { id: 'BAD-1', affected: [] });
    fake.records.set('ODD-1', osvRecord('OTHER\u202e-1', 'npm', 'a'));
    const result = ok(await queryOsvApi([npm('a', '1.0.0')], options()));
    expect(result.records.map((r) => r.id)).toEqual(['GOOD-1']);
    expect(result.problems).toEqual([
      {
        source: { file: 'OSV API vulns/BAD-1' },
        message: 'OSV record refused: "BAD-1": modified is missing or not a string',
      },
      {
        source: { file: 'OSV API vulns/GONE-1' },
        message: 'OSV record listed by the query is not found (HTTP 404)',
      },
      {
        source: { file: 'OSV API vulns/ODD-1' },
        message: 'OSV record refused: the API answered with record "OTHER\\u202e-1"',
      },
    ]);
  });

  it('URL-encodes ids in the path, and takes a base URL with a path and a trailing slash', async () => {
    fake.list('npm', 'a', '1.0.0', ['A/B C?#1']);
    fake.records.set('A/B C?#1', osvRecord('A/B C?#1', 'npm', 'a'));
    const result = ok(await queryOsvApi([npm('a', '1.0.0')], options({ baseUrl: `${fake.url}/osv/` })));
    expect(result.records.map((r) => r.id)).toEqual(['A/B C?#1']);
    expect(fake.requests.map((r) => r.rawPath)).toEqual([
      '/osv/v1/querybatch',
      '/osv/v1/vulns/A%2FB%20C%3F%231',
    ]);
  });

  it('another 4xx on a record is an outage, and the remaining records are not fetched', async () => {
    fake.list(
      'npm',
      'a',
      '1.0.0',
      Array.from({ length: 30 }, (_, i) => `R-${i}`),
    );
    fake.override = (req, res) => {
      if (!req.rawPath.includes('/vulns/')) return false;
      json(res, 403, { message: 'forbidden' });
      return true;
    };
    expect(outage(await queryOsvApi([npm('a', '1.0.0')], options({ concurrency: 2 })))).toMatch(
      new RegExp(`^OSV API GET ${fake.url}/v1/vulns/R-\\d+: HTTP 403 "forbidden" \\(not retried\\)$`),
    );
    expect(fake.requestsTo(/vulns/).length).toBeLessThanOrEqual(2);
  });
});

describe('retries and outages', () => {
  it('retries a 503 with exponential backoff, then succeeds', async () => {
    let failures = 3;
    fake.override = (_req, res) => {
      if (failures-- <= 0) return false;
      json(res, 503, { message: 'unavailable' });
      return true;
    };
    ok(await queryOsvApi([npm('a', '1')], options()));
    expect(fake.requestsTo(/querybatch/)).toHaveLength(4);
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it('a 503 that lasts past the retries is an outage naming the endpoint, status and attempts', async () => {
    fake.override = (_req, res) => {
      json(res, 503, { message: 'unavailable' });
      return true;
    };
    expect(outage(await queryOsvApi([npm('a', '1')], options({ retries: 2 })))).toBe(
      `OSV API POST ${fake.url}${BATCH}: HTTP 503 (3 attempts)`,
    );
    expect(fake.requests).toHaveLength(3);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('waits as long as a 429 Retry-After says, capped', async () => {
    const afters = ['2', '3600', new Date(Date.now() + 3_600_000).toUTCString(), 'soon'];
    fake.override = (_req, res) => {
      const after = afters.shift();
      if (after === undefined) return false;
      json(res, 429, { message: 'slow down' }, { 'retry-after': after });
      return true;
    };
    ok(await queryOsvApi([npm('a', '1')], options({ retries: 4 })));
    expect(fake.requests).toHaveLength(5);
    // 'soon' is not a delay: the backoff of the 4th attempt.
    expect(sleeps).toEqual([2000, MAX_RETRY_AFTER_MS, MAX_RETRY_AFTER_MS, 8000]);
  });

  it('does not retry a 400, and quotes its message printably', async () => {
    fake.override = (_req, res) => {
      json(res, 400, { code: 3, message: 'Invalid query.\u001b[31m\n' });
      return true;
    };
    expect(outage(await queryOsvApi([npm('a', '1')], options()))).toBe(
      `OSV API POST ${fake.url}${BATCH}: HTTP 400 "Invalid query.\\u001b[31m\\n" (not retried)`,
    );
    expect(fake.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('a server that never answers is a timeout after timeoutMs, retried', async () => {
    fake.override = () => true; // holds the request open
    expect(outage(await queryOsvApi([npm('a', '1')], options({ timeoutMs: 100, retries: 1 })))).toBe(
      `OSV API POST ${fake.url}${BATCH}: timed out after 100 ms (2 attempts)`,
    );
    expect(fake.requests).toHaveLength(2);
  });

  it('a body that stalls half way is a timeout too', async () => {
    fake.override = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"results": [');
      return true;
    };
    expect(outage(await queryOsvApi([npm('a', '1')], options({ timeoutMs: 100, retries: 0 })))).toBe(
      `OSV API POST ${fake.url}${BATCH}: timed out after 100 ms (1 attempt)`,
    );
  });

  it('a refused connection is a network error, retried', async () => {
    const closed = await new FakeOsv().start();
    await closed.stop();
    expect(outage(await queryOsvApi([npm('a', '1')], options({ baseUrl: closed.url, retries: 1 })))).toBe(
      `OSV API POST ${closed.url}${BATCH}: network error (ECONNREFUSED) (2 attempts)`,
    );
    expect(sleeps).toEqual([1000]);
  });

  it('a body that is not JSON is an outage, not retried', async () => {
    fake.override = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>maintenance</html>');
      return true;
    };
    expect(outage(await queryOsvApi([npm('a', '1')], options()))).toBe(
      `OSV API POST ${fake.url}${BATCH}: response is not JSON`,
    );
    expect(fake.requests).toHaveLength(1);
  });

  it('a body that is not UTF-8 is not JSON', async () => {
    fake.list('npm', 'a', '1', ['X-1']);
    fake.override = (req, res) => {
      if (!req.rawPath.includes('/vulns/')) return false;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(Buffer.from([0x22, 0xff, 0xfe, 0x22]));
      return true;
    };
    expect(outage(await queryOsvApi([npm('a', '1')], options()))).toBe(
      `OSV API GET ${fake.url}/v1/vulns/X-1: response is not JSON`,
    );
  });

  it('results of another length than the queries is an outage', async () => {
    fake.override = (_req, res) => {
      json(res, 200, { results: [{}] });
      return true;
    };
    expect(outage(await queryOsvApi([npm('a', '1'), npm('b', '1')], options()))).toBe(
      `OSV API POST ${fake.url}${BATCH}: 1 result for 2 queries`,
    );
  });

  it.each([
    ['response has no results list', {}],
    ['response has no results list', []],
    ['results[0] is not an object', { results: [1] }],
    ['results[0].vulns is not a list', { results: [{ vulns: {} }] }],
    ['results[0].vulns[0] has no usable id', { results: [{ vulns: [{ id: 5 }] }] }],
    ['results[0].vulns[0] has no usable id', { results: [{ vulns: [{ id: ' ' }] }] }],
    ['results[0].vulns[0] has no usable id', { results: [{ vulns: [{ id: 'x'.repeat(300) }] }] }],
    ['results[0].next_page_token is not a string', { results: [{ next_page_token: 5 }] }],
  ])('a querybatch answer of the wrong shape is an outage: %s', async (reason, body) => {
    fake.override = (_req, res) => {
      json(res, 200, body);
      return true;
    };
    expect(outage(await queryOsvApi([npm('a', '1')], options()))).toBe(
      `OSV API POST ${fake.url}${BATCH}: ${reason}`,
    );
  });

  it('a response larger than the cap is an outage, with or without Content-Length', async () => {
    const big = JSON.stringify({ results: [{ vulns: [] }], padding: 'x'.repeat(2000) });
    fake.override = (_req, res) => {
      json(res, 200, JSON.parse(big));
      return true;
    };
    expect(outage(await queryOsvApi([npm('a', '1')], options({ maxResponseBytes: 1024 })))).toBe(
      `OSV API POST ${fake.url}${BATCH}: response is larger than 1024 bytes`,
    );
    fake.override = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }); // chunked, no length
      for (let i = 0; i < big.length; i += 100) res.write(big.slice(i, i + 100));
      res.end();
      return true;
    };
    expect(outage(await queryOsvApi([npm('a', '1')], options({ maxResponseBytes: 1024 })))).toBe(
      `OSV API POST ${fake.url}${BATCH}: response is larger than 1024 bytes`,
    );
  });

  it('the default cap is 32 MiB, read from the stream', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    fake.override = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      const push = (): void => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent < 40) res.once('drain', push);
        else res.end();
      };
      res.on('close', () => (sent = 40));
      push();
      return true;
    };
    expect(outage(await queryOsvApi([npm('a', '1')], options()))).toBe(
      `OSV API POST ${fake.url}${BATCH}: response is larger than 32 MiB`,
    );
  });

  it('an abort while a request is open ends the query at once, not retried', async () => {
    const controller = new AbortController();
    fake.override = () => {
      setTimeout(() => controller.abort(), 10);
      return true;
    };
    const started = Date.now();
    expect(outage(await queryOsvApi([npm('a', '1')], options({ signal: controller.signal })))).toBe(
      `OSV API POST ${fake.url}${BATCH}: aborted`,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(fake.requests).toHaveLength(1);
  });

  it('an abort during the backoff wait ends it (the default sleep)', async () => {
    const controller = new AbortController();
    fake.override = (_req, res) => {
      json(res, 503, {});
      setTimeout(() => controller.abort(), 50);
      return true;
    };
    const started = Date.now();
    const { sleep: _sleep, ...rest } = options({ signal: controller.signal });
    expect(outage(await queryOsvApi([npm('a', '1')], rest))).toBe(
      `OSV API POST ${fake.url}${BATCH}: aborted`,
    );
    expect(Date.now() - started).toBeLessThan(900); // the first backoff is 1000 ms
    expect(fake.requests).toHaveLength(1);
  });

  it('an already aborted signal sends nothing', async () => {
    expect(outage(await queryOsvApi([npm('a', '1')], options({ signal: AbortSignal.abort() })))).toBe(
      `OSV API POST ${fake.url}${BATCH}: aborted`,
    );
    expect(fake.requests).toEqual([]);
  });
});

describe('options', () => {
  it.each([
    ['ftp://osv.example', 'OSV API base URL "ftp://osv.example" is not an http(s) URL'],
    ['api.osv.dev', 'OSV API base URL "api.osv.dev" is not a URL'],
    ['https://user:secret@osv.example', 'OSV API base URL must not contain credentials'],
    [
      'https://osv.example/?x=1',
      'OSV API base URL "https://osv.example/?x=1" must not have a query or fragment',
    ],
  ])('refuses base URL %s', async (baseUrl, reason) => {
    expect(validateOsvBaseUrl(baseUrl)).toEqual({ ok: false, reason });
    expect(await queryOsvApi([npm('a', '1')], options({ baseUrl }))).toEqual({ ok: false, reason });
  });

  it('normalises a base URL', () => {
    expect(validateOsvBaseUrl('https://API.osv.dev/')).toEqual({ ok: true, url: 'https://api.osv.dev' });
    expect(validateOsvBaseUrl('http://127.0.0.1:8080/mirror//')).toEqual({
      ok: true,
      url: 'http://127.0.0.1:8080/mirror',
    });
  });

  it('refuses a timeout or retry count that is not a usable integer', async () => {
    expect(await queryOsvApi([npm('a', '1')], options({ timeoutMs: 0 }))).toEqual({
      ok: false,
      reason: 'OSV API option timeoutMs must be an integer of at least 1',
    });
    expect(await queryOsvApi([npm('a', '1')], options({ retries: -1 }))).toEqual({
      ok: false,
      reason: 'OSV API option retries must be an integer of at least 0',
    });
    expect(fake.requests).toEqual([]);
  });
});

describe('end to end with the matcher', () => {
  it('records from the API match the package versions they affect, aliases merged', async () => {
    fake.list('PyPI', 'requests', '2.30.0', ['PYSEC-2023-74', 'GHSA-j8r2-6x86-q33q']);
    fake.list('npm', 'left-pad', '1.3.0', []);
    const affected = [
      {
        package: { ecosystem: 'PyPI', name: 'requests' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.3.0' }, { fixed: '2.31.0' }] }],
      },
    ];
    fake.records.set('PYSEC-2023-74', {
      id: 'PYSEC-2023-74',
      modified: MODIFIED,
      aliases: ['CVE-2023-32681', 'GHSA-j8r2-6x86-q33q'],
      affected,
    });
    fake.records.set('GHSA-j8r2-6x86-q33q', {
      id: 'GHSA-j8r2-6x86-q33q',
      modified: MODIFIED,
      aliases: ['CVE-2023-32681'],
      affected,
      database_specific: { severity: 'MODERATE' },
    });
    const packages = [pypi('Requests', '2.30.0'), npm('left-pad', '1.3.0')];
    const result = ok(await queryOsvApi(packages, options()));
    const matched = matchVulnerabilities(packages, result.records);
    expect(matched.problems).toEqual([]);
    expect(
      matched.packages.map((p) =>
        p.vulnerabilities.map((v) => ({ ids: v.ids, aliases: v.aliases, level: v.severity.level })),
      ),
    ).toEqual([
      [{ ids: ['GHSA-j8r2-6x86-q33q', 'PYSEC-2023-74'], aliases: ['CVE-2023-32681'], level: 'warning' }],
      [],
    ]);
  });
});

// Control characters, and the bidi override the hostile ids use.
const UNPRINTABLE = new RegExp('[\\p{Cc}\\u202e]', 'u');

describe('property: hostile answers', () => {
  const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }));
  const id = fc.oneof(fc.constantFrom('X-1', 'X-2', 'Y\u202e\n-1'), text, fc.jsonValue());
  const batchBody = fc.oneof(
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc
      .array(
        fc.record(
          {
            vulns: fc.oneof(
              fc.array(fc.record({ id, modified: text }, { requiredKeys: ['id'] })),
              fc.jsonValue(),
            ),
            next_page_token: fc.oneof(text, fc.jsonValue()),
          },
          { requiredKeys: [] },
        ),
        { minLength: 1, maxLength: 3 },
      )
      .map((results) => JSON.stringify({ results })),
    // Well formed, for the two queries, so that hydration is reached.
    fc
      .tuple(fc.array(id, { maxLength: 3 }), fc.array(id, { maxLength: 3 }))
      .map(([a, b]) =>
        JSON.stringify({ results: [a, b].map((ids) => ({ vulns: ids.map((vuln) => ({ id: vuln })) })) }),
      ),
    text,
  );
  // SAME stands for the id asked for, so that some records are accepted.
  const SAME = '\0same';
  const recordBody = fc.oneof(
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc
      .record(
        {
          id: fc.oneof(fc.constant(SAME), id),
          modified: fc.oneof(fc.constant(MODIFIED), fc.jsonValue()),
          withdrawn: fc.oneof(fc.constant(MODIFIED), fc.jsonValue()),
          aliases: fc.oneof(fc.array(text), fc.jsonValue()),
          summary: fc.oneof(text, fc.jsonValue()),
          affected: fc.oneof(fc.constant([]), fc.jsonValue()),
          severity: fc.jsonValue(),
        },
        { requiredKeys: ['id', 'modified'] },
      )
      .map((record) => JSON.stringify(record)),
    fc
      .record({ summary: text, aliases: fc.array(text, { maxLength: 2 }), withdrawn: fc.boolean() })
      .map(({ summary, aliases, withdrawn }) =>
        JSON.stringify(
          osvRecord(SAME, 'npm', 'a', { summary, aliases, ...(withdrawn ? { withdrawn: MODIFIED } : {}) }),
        ),
      ),
    text,
  );

  it('never throws: any body is records or an outage with a one-line reason', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(batchBody, fc.array(recordBody, { maxLength: 4 }), async (batch, recordBodies) => {
        const bodies = [...recordBodies];
        fake.requests.length = 0;
        fake.override = (req, res) => {
          let body = req.rawPath.endsWith(BATCH) ? batch : (bodies.shift() ?? '{}');
          const asked = /\/v1\/vulns\/(.*)$/.exec(req.rawPath);
          if (asked) body = body.replace(JSON.stringify(SAME), JSON.stringify(decodeURIComponent(asked[1]!)));
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(body);
          return true;
        };
        const result = await queryOsvApi(
          [npm('a', '1'), pypi('b', '2')],
          options({ retries: 0, maxPages: 2 }),
        );
        if (result.ok) {
          const ids = result.records.map((r) => r.id);
          expect(ids).toEqual([...new Set(ids)].sort());
          accepted += ids.length;
          for (const problem of result.problems) {
            expect(problem.message).not.toMatch(UNPRINTABLE);
            expect(problem.source.file).not.toMatch(UNPRINTABLE);
          }
        } else {
          expect(result.reason).toMatch(/^OSV API /);
          expect(result.reason).not.toMatch(UNPRINTABLE);
          expect(result.reason.length).toBeLessThan(600);
        }
      }),
      { numRuns: 200 },
    );
    // The generators reach the records, not only the outages.
    expect(accepted).toBeGreaterThan(0);
  });
});
