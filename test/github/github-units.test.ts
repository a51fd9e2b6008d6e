import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scanPii } from '../../src/checks/scan-pii/definition.js';
import { emitAnnotations, selectAnnotations } from '../../src/github/annotations.js';
import { printable } from '../../src/core/escape.js';
import { createClient, describeApiError } from '../../src/github/api.js';
import { batches, checkRunAnnotation } from '../../src/github/check-run.js';
import { readActionEnvironment } from '../../src/github/environment.js';
import { readInputs } from '../../src/github/inputs.js';
import { commentMarker, upsertStickyComment } from '../../src/github/pr-comment.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { finding, report } from '../render/fixtures.js';

describe('selectAnnotations', () => {
  it('shows everything when under the caps, errors first', () => {
    const r = report({
      findings: [
        finding({ ruleId: 'pii/us-ssn', level: 'note', location: { path: 'b', line: 1 } }),
        finding({ ruleId: 'pii/us-ssn', level: 'error', location: { path: 'a', line: 2, column: 3 } }),
      ],
    });
    expect(selectAnnotations([r], 'hint')).toEqual([
      {
        level: 'error',
        message: 'pii/us-ssn: m',
        properties: {
          title: 'mlsec scan-pii: US Social Security number',
          file: 'a',
          startLine: 2,
          startColumn: 3,
        },
      },
      {
        level: 'note',
        message: 'pii/us-ssn: m',
        properties: { title: 'mlsec scan-pii: US Social Security number', file: 'b', startLine: 1 },
      },
    ]);
  });

  it('caps each level at 10 across checks and keeps one notice slot for the overflow line', () => {
    const make = (level: 'error' | 'warning' | 'note', n: number) =>
      Array.from({ length: n }, (_, i) =>
        finding({ ruleId: 'pii/us-ssn', level, location: { path: `${level}${i}` } }),
      );
    const reports = [
      report({ findings: [...make('error', 6), ...make('note', 10)] }),
      report({ check: 'scan-model', findings: [...make('error', 6), ...make('warning', 3)] }),
    ];
    const selected = selectAnnotations(reports, 'see SARIF');
    expect(selected.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(selected.filter((a) => a.level === 'warning')).toHaveLength(3);
    expect(selected.filter((a) => a.level === 'note')).toHaveLength(10);
    expect(selected.at(-1)!.message).toBe(
      '3 more findings not annotated here (GitHub shows 10 per level per step): see SARIF.',
    );
  });

  it('takes the quotas it is given, keeping one notice for the overflow line', () => {
    const make = (level: 'error' | 'warning' | 'note', n: number) =>
      Array.from({ length: n }, (_, i) =>
        finding({ ruleId: 'pii/us-ssn', level, location: { path: `${level}${i}` } }),
      );
    const reports = [
      report({ findings: [...make('error', 12), ...make('warning', 12), ...make('note', 12)] }),
    ];
    const count = (quotas: { error: number; warning: number; note: number }) => {
      const selected = selectAnnotations(reports, 'h', quotas);
      return ['error', 'warning', 'note'].map((level) => selected.filter((a) => a.level === level).length);
    };
    // Findings' notices plus the overflow notice make exactly the quota.
    expect(count({ error: 9, warning: 9, note: 10 })).toEqual([9, 9, 10]);
    expect(count({ error: 10, warning: 10, note: 10 })).toEqual([10, 10, 10]);
    expect(count({ error: 0, warning: 3, note: 1 })).toEqual([0, 3, 1]);
    const selected = selectAnnotations(reports, 'h', { error: 9, warning: 9, note: 10 });
    expect(selected.at(-1)!.message).toBe(
      '9 more findings not annotated here (GitHub shows 10 per level per step): h.',
    );
    // Under the quotas nothing overflows and every notice slot goes to findings.
    const few = [report({ findings: [...make('error', 9), ...make('note', 10)] })];
    const fits = selectAnnotations(few, 'h', { error: 9, warning: 9, note: 10 });
    expect(fits.filter((a) => a.level === 'note')).toHaveLength(10);
    expect(fits.some((a) => a.properties.title === 'mlsec: more findings')).toBe(false);
  });

  it('leaves no legacy ##[ command in a message, and does not place a file whose name holds one', () => {
    const r = report({
      findings: [
        finding({ ruleId: 'pii/us-ssn', message: 'a ##[add-mask]b', location: { path: 'ok.txt', line: 1 } }),
        finding({ ruleId: 'pii/us-ssn', location: { path: 'd/##[add-mask]x.txt', line: 2 } }),
      ],
    });
    const [second, first] = selectAnnotations([r], 'h');
    expect(first!.message).toBe('pii/us-ssn: a ##\\u005badd-mask]b');
    expect(first!.properties.file).toBe('ok.txt');
    expect(second!.message).toBe('d/##\\u005badd-mask]x.txt:2: pii/us-ssn: m');
    expect(second!.properties).toEqual({ title: 'mlsec scan-pii: US Social Security number' });
  });

  it('a file name with control, bidi or separator characters is never a raw file= property', () => {
    const hostile = [
      '\u001b[2J',
      '\u009b31m',
      '\u202e',
      '\u2066',
      '\u2069',
      '\u2028',
      '\u2029',
      '\u007f',
      '\u200b',
    ];
    for (const char of hostile) {
      const name = `d/a${char}b.txt`;
      const r = report({ findings: [finding({ ruleId: 'pii/us-ssn', location: { path: name, line: 2 } })] });
      const [annotation] = selectAnnotations([r], 'h');
      const visible = `d/a${printable(char)}b.txt`;
      expect({ char, annotation }).toEqual({
        char,
        annotation: {
          level: 'error',
          message: `${visible}:2: pii/us-ssn: m`,
          properties: { title: 'mlsec scan-pii: US Social Security number' },
        },
      });
      // What the runner reads: one line, no raw control or format character anywhere in it.
      let written = '';
      const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
        written += String(chunk);
        return true;
      });
      try {
        emitAnnotations([annotation!]);
      } finally {
        write.mockRestore();
      }
      expect(written.endsWith(os.EOL)).toBe(true);
      expect(written.slice(0, -os.EOL.length)).not.toMatch(/[\p{Cc}\p{Cf}\u2028\u2029]/u);
      expect(written).toContain(visible);
    }
  });

  it('names an archive member and makes control characters visible', () => {
    const r = report({
      findings: [
        finding({
          ruleId: 'pii/us-ssn',
          message: 'a\u0007b',
          location: { path: 'm.zip', member: 'in\nner' },
        }),
      ],
    });
    expect(selectAnnotations([r], 'h')[0]!.message).toBe('pii/us-ssn: a\\u0007b (in in\\u000aner)');
  });
});

describe('describeApiError', () => {
  const error = (status: number, message = 'nope') => Object.assign(new Error(message), { status });
  it.each([
    [
      403,
      false,
      'mlsec could not post (HTTP 403): the token lacks `pull-requests: write`. Grant it in the workflow: permissions: { pull-requests: write }.',
    ],
    [
      404,
      true,
      'mlsec could not post (HTTP 404): the token lacks `pull-requests: write`. Pull requests from forks get a read-only token; this is expected there.',
    ],
    [422, false, 'mlsec could not post: GitHub rejected the request (HTTP 422: nope).'],
    [500, false, 'mlsec could not post: GitHub answered HTTP 500 (nope).'],
  ])('HTTP %i (fork: %s)', (status, fork, text) => {
    expect(describeApiError(error(status), 'post', 'pull-requests: write', fork)).toBe(text);
  });
  it('a rate-limited 403 or 429 says the rate limit is exhausted, not that a permission is missing', () => {
    const limited = (status: number, headers: Record<string, string>) =>
      Object.assign(new Error('API rate limit exceeded'), { status, response: { headers } });
    const text =
      'mlsec could not post (HTTP 403): rate limit exhausted for this token, and it does not reset soon enough to wait for it.';
    expect(describeApiError(limited(403, { 'x-ratelimit-remaining': '0' }), 'post', 'p: write', false)).toBe(
      text,
    );
    expect(describeApiError(limited(403, { 'retry-after': '120' }), 'post', 'p: write', true)).toBe(text);
    expect(describeApiError(limited(429, {}), 'post', 'p: write', false)).toMatch(
      /^mlsec could not post \(HTTP 429\): rate limit exhausted/,
    );
    expect(
      describeApiError(limited(403, { 'x-ratelimit-remaining': '41' }), 'post', 'p: write', false),
    ).toMatch(/the token lacks `p: write`/);
  });

  it('a network failure', () => {
    expect(describeApiError(new Error('connect ECONNREFUSED'), 'post', 'x', false)).toBe(
      'mlsec could not post: connect ECONNREFUSED.',
    );
  });
});

describe('GitHub client retries (fake API)', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = await new FakeGitHub().start();
  });
  afterEach(async () => {
    await github.stop();
  });
  const client = () => createClient('t', { baseUrl: github.url, retryDelayMs: 1, maxRateLimitWaitMs: 5_000 });
  const repo = { owner: 'o', repo: 'r' };

  it('retries a 5xx on GET but never repeats a POST or PATCH that may have been applied', async () => {
    github.pullFiles.set(1, []);
    github.fail({ method: 'GET', path: /\/pulls\/1\/files$/, status: 502, times: 2 });
    await client().request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      ...repo,
      pull_number: 1,
    });
    expect(github.requestsTo('GET', /\/pulls\/1\/files$/)).toHaveLength(3);

    github.fail({ method: 'POST', path: /\/issues\/1\/comments$/, status: 502 });
    await expect(
      client().request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: 1,
        body: 'b',
      }),
    ).rejects.toMatchObject({ status: 502 });
    expect(github.requestsTo('POST', /\/issues\/1\/comments$/)).toHaveLength(1);

    github.fail({ method: 'PATCH', path: /\/check-runs\/5$/, status: 503 });
    await expect(
      client().request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repo, check_run_id: 5 }),
    ).rejects.toMatchObject({ status: 503 });
    expect(github.requestsTo('PATCH', /\/check-runs\/5$/)).toHaveLength(1);
  });

  it('retries a rate-limited POST once the wait is within the limit', async () => {
    github.fail({
      method: 'POST',
      path: /\/issues\/1\/comments$/,
      status: 403,
      headers: { 'retry-after': '0', 'x-ratelimit-remaining': '0' },
    });
    await client().request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: 1,
      body: 'b',
    });
    expect(github.requestsTo('POST', /\/issues\/1\/comments$/)).toHaveLength(2);
    expect(github.comments.get(1)).toHaveLength(1);
  });

  it('does not wait for a rate limit that resets beyond the limit, and says so', async () => {
    github.fail({
      method: 'GET',
      path: /\/pulls\/1\/files$/,
      status: 403,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      },
    });
    const error = await client()
      .request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...repo, pull_number: 1 })
      .catch((e: unknown) => e);
    expect(github.requestsTo('GET', /\/pulls\/1\/files$/)).toHaveLength(1);
    expect(describeApiError(error, 'list the pull request files', 'pull-requests: read', false)).toBe(
      'mlsec could not list the pull request files (HTTP 403): rate limit exhausted for this token, and it does not reset soon enough to wait for it.',
    );
  });
});

describe('sticky comment', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = await new FakeGitHub().start();
  });
  afterEach(async () => {
    await github.stop();
  });

  it('edits only a marker comment written by the comment author; another user’s is left alone', async () => {
    const marker = commentMarker('scan-pii');
    github.comments.set(3, [
      { id: 1, body: `${marker}\nplanted by someone else`, user: { login: 'mallory', type: 'User' } },
    ]);
    const client = createClient('t', { baseUrl: github.url, retryDelayMs: 1 });
    const repo = { owner: 'o', repo: 'r' };
    const first = await upsertStickyComment(client, repo, 3, 'scan-pii', 'report 1', 'github-actions[bot]');
    expect(first.created).toBe(true);
    expect(github.comments.get(3)!.map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', `${marker}\nplanted by someone else`],
      ['github-actions[bot]', `${marker}\nreport 1`],
    ]);
    const second = await upsertStickyComment(client, repo, 3, 'scan-pii', 'report 2', 'github-actions[bot]');
    expect(second).toEqual({ id: first.id, created: false });
    expect(github.comments.get(3)![0]!.body).toBe(`${marker}\nplanted by someone else`);
    expect(github.comments.get(3)![1]!.body).toBe(`${marker}\nreport 2`);
    expect(github.requestsTo('PATCH', /\/issues\/comments\/1$/)).toEqual([]);
  });
});

describe('check run annotations', () => {
  it('maps levels and omits columns on multi-line ranges', () => {
    expect(
      checkRunAnnotation(
        finding({ ruleId: 'r/x', level: 'note', location: { path: 'a', line: 2, endLine: 4, column: 3 } }),
      ),
    ).toEqual({
      path: 'a',
      start_line: 2,
      end_line: 4,
      annotation_level: 'notice',
      title: 'r/x',
      message: 'm',
    });
    expect(checkRunAnnotation(finding({ ruleId: 'r/x', location: { path: 'a' } }))).toMatchObject({
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
    });
  });
  it('batches', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 50)).toEqual([]);
  });
});

describe('readInputs', () => {
  const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('reads common inputs typed, and check options raw for the engine', () => {
    const inputs = readInputs(
      { check: scanPii },
      reader({
        paths: 'data, notebooks\nconfigs',
        'min-confidence': '0.8',
        annotations: 'false',
        'job-summary': 'true',
        'pr-comment': 'true',
        'check-run': 'false',
        exclude: 'a/**,b/**',
      }),
    );
    expect(inputs.paths).toEqual(['data', 'notebooks', 'configs']);
    expect(inputs.checkOptions.get('scan-pii')).toMatchObject({
      'min-confidence': '0.8',
      entities: undefined,
    });
    expect(inputs.common).toMatchObject({
      annotations: false,
      jobSummary: true,
      checkRun: false,
      exclude: ['a/**', 'b/**'],
    });
  });

  it('names the input in errors', () => {
    expect(() => readInputs({ check: scanPii }, reader({ annotations: 'yes' }))).toThrow(
      'input annotations: expected true or false, got "yes"',
    );
  });

  it('reads comment-author, category and inline-suppressions with their defaults', () => {
    const defaults = readInputs({ check: scanPii }, reader({ 'inline-suppressions': 'true' })).common;
    expect(defaults).toMatchObject({ commentAuthor: 'github-actions[bot]', inlineSuppressions: true });
    expect(defaults.category).toBeUndefined();
    const set = readInputs(
      { check: scanPii },
      reader({ 'comment-author': 'release-bot', category: 'pii/data', 'inline-suppressions': 'false' }),
    ).common;
    expect(set).toMatchObject({
      commentAuthor: 'release-bot',
      category: 'pii/data',
      inlineSuppressions: false,
    });
  });

  it('refuses a category that could break a file name or the comment marker', () => {
    for (const category of ['a b', 'x-->y', '<b>', 'a\nb']) {
      expect(() => readInputs({ check: scanPii }, reader({ category })), category).toThrow(
        /^input category: /,
      );
    }
  });
});

describe('readActionEnvironment', () => {
  it('reads the pull request and detects forks', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mlsec-env-'));
    const event = path.join(dir, 'event.json');
    await writeFile(
      event,
      JSON.stringify({
        pull_request: {
          number: 3,
          changed_files: 4200,
          head: { sha: 'h', repo: { full_name: 'fork/r' } },
          base: { repo: { full_name: 'o/r' } },
        },
      }),
    );
    const env = readActionEnvironment(
      {
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_SHA: 'merge',
        GITHUB_RUN_ID: '9',
        GITHUB_WORKSPACE: '/ws',
      },
      '/cwd',
      '/tmp',
    );
    expect(env).toMatchObject({
      workspace: '/ws',
      repository: { owner: 'o', repo: 'r', fullName: 'o/r' },
      sha: 'h',
      runUrl: 'https://github.com/o/r/actions/runs/9',
      pullRequest: { number: 3, headSha: 'h', fromFork: true, changedFiles: 4200 },
      apiUrl: 'https://api.github.com',
    });
  });

  async function environmentOf(eventName: string, event: unknown, env: Record<string, string> = {}) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mlsec-env-'));
    const file = path.join(dir, 'event.json');
    await writeFile(file, JSON.stringify(event));
    return readActionEnvironment(
      { GITHUB_EVENT_PATH: file, GITHUB_EVENT_NAME: eventName, GITHUB_REPOSITORY: 'o/r', ...env },
      '/cwd',
      '/tmp',
    );
  }

  it("reads a pull request's base branch", async () => {
    const env = await environmentOf('pull_request', {
      pull_request: { number: 5, head: { sha: 'h' }, base: { ref: 'main' } },
      repository: { default_branch: 'main' },
    });
    expect(env.pullRequest).toEqual({ number: 5, headSha: 'h', fromFork: false, baseRef: 'main' });
    expect(env.defaultBranch).toBe('main');
    expect(env.pushToDefaultBranch).toBeUndefined();
  });

  it('names the default branch for a push to it, and nothing for other pushes or events', async () => {
    const repository = { default_branch: 'trunk' };
    expect((await environmentOf('push', { ref: 'refs/heads/trunk', repository })).pushToDefaultBranch).toBe(
      'trunk',
    );
    const byEnvironment = await environmentOf('push', { repository }, { GITHUB_REF: 'refs/heads/trunk' });
    expect(byEnvironment.pushToDefaultBranch).toBe('trunk');
    for (const [eventName, ref] of [
      ['push', 'refs/heads/feature'],
      ['push', 'refs/tags/trunk'],
      ['workflow_dispatch', 'refs/heads/trunk'],
    ] as const) {
      const env = await environmentOf(eventName, { ref, repository }, { GITHUB_REF: ref });
      expect(env.pushToDefaultBranch, `${eventName} ${ref}`).toBeUndefined();
      expect(env.defaultBranch).toBe('trunk');
    }
    expect((await environmentOf('push', { ref: 'refs/heads/trunk' })).pushToDefaultBranch).toBeUndefined();
  });

  it('reads the tool cache directory', async () => {
    const env = await environmentOf('push', {}, { RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' });
    expect(env.toolCache).toBe('/opt/hostedtoolcache');
    expect((await environmentOf('push', {})).toolCache).toBeUndefined();
  });

  it('an unreadable event file is a usage error naming the variable', () => {
    expect(() =>
      readActionEnvironment({ GITHUB_EVENT_PATH: '/nonexistent/event.json' }, '/', '/tmp'),
    ).toThrow(/^GITHUB_EVENT_PATH \/nonexistent\/event\.json: cannot be read as JSON/);
  });
});
