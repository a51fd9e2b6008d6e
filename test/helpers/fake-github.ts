import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake GitHub REST API: a real HTTP server on 127.0.0.1 that keeps pull request files, issue
 * comments and check runs in memory, records every request, and can be told to fail the next
 * requests on a route with 403, 404, 422, 5xx or a rate limit.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  times: number;
  headers?: Record<string, string>;
  message?: string;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  conclusion?: string;
  output: { title?: string; summary?: string; annotations: unknown[] };
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly pullFiles = new Map<number, Array<{ filename: string; status: string; patch?: string }>>();
  readonly comments = new Map<number, FakeComment[]>();
  readonly checkRuns: FakeCheckRun[] = [];
  readonly snapshots: unknown[] = [];
  private readonly faults: Fault[] = [];
  private nextId = 1000;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  fail(fault: Omit<Fault, 'times'> & { times?: number }): void {
    this.faults.push({ times: 1, ...fault });
  }

  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    this.requests.push(recorded);

    const fault = this.faults.find(
      (f) => f.times > 0 && f.method === recorded.method && f.path.test(recorded.path),
    );
    if (fault) {
      fault.times -= 1;
      return this.send(
        res,
        fault.status,
        { message: fault.message ?? `fake ${fault.status}` },
        fault.headers,
      );
    }
    try {
      this.route(recorded, res);
    } catch (error) {
      this.send(res, 500, { message: String(error) });
    }
  }

  private route(req: RecordedRequest, res: ServerResponse): void {
    let m: RegExpExecArray | null;
    if (req.method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(req.path))) {
      return this.paginate(req, res, this.pullFiles.get(Number(m[1])) ?? []);
    }
    if (req.method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(req.path))) {
      return this.paginate(req, res, this.comments.get(Number(m[1])) ?? []);
    }
    if (req.method === 'POST' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(req.path))) {
      const list = this.comments.get(Number(m[1])) ?? [];
      const comment = {
        id: this.nextId++,
        body: (req.body as { body: string }).body,
        user: { login: 'github-actions[bot]', type: 'Bot' },
      };
      list.push(comment);
      this.comments.set(Number(m[1]), list);
      return this.send(res, 201, comment);
    }
    if (req.method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(req.path))) {
      const comment = [...this.comments.values()].flat().find((c) => c.id === Number(m![1]));
      if (!comment) return this.send(res, 404, { message: 'Not Found' });
      comment.body = (req.body as { body: string }).body;
      return this.send(res, 200, comment);
    }
    if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(req.path)) {
      const body = req.body as FakeCheckRun & { output: FakeCheckRun['output'] };
      const run: FakeCheckRun = {
        id: this.nextId++,
        name: body.name,
        head_sha: body.head_sha,
        conclusion: body.conclusion,
        output: { ...body.output, annotations: [...(body.output.annotations ?? [])] },
      };
      this.checkRuns.push(run);
      return this.send(res, 201, run);
    }
    if (req.method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(req.path))) {
      const run = this.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return this.send(res, 404, { message: 'Not Found' });
      const output = (req.body as { output: FakeCheckRun['output'] }).output;
      run.output.annotations.push(...(output.annotations ?? []));
      return this.send(res, 200, run);
    }
    if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/dependency-graph\/snapshots$/.test(req.path)) {
      this.snapshots.push(req.body);
      return this.send(res, 201, {
        id: this.nextId++,
        created_at: '2026-01-01T00:00:00Z',
        result: 'SUCCESS',
        message: 'Dependency results for the repo have been successfully updated.',
      });
    }
    this.send(res, 404, { message: `fake GitHub has no route for ${req.method} ${req.path}` });
  }

  private paginate(req: RecordedRequest, res: ServerResponse, items: unknown[]): void {
    const perPage = Number(req.query.get('per_page') ?? 30);
    const page = Number(req.query.get('page') ?? 1);
    const pages = Math.max(1, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = {};
    if (page < pages) {
      const next = new URL(`${this.url}${req.path}`);
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.href}>; rel="next"`;
    }
    this.send(res, 200, items.slice((page - 1) * perPage, page * perPage), headers);
  }

  private send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }
}
