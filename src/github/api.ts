import { getOctokit } from '@actions/github';

/**
 * The GitHub REST client: @actions/github's Octokit against GITHUB_API_URL, with retries for
 * server errors on reads and for rate limits, and errors classified so callers can say what to fix.
 */

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  baseUrl: string;
  /** Base delay between retries; tests set it low. */
  retryDelayMs?: number;
  retries?: number;
  /** Longest rate-limit wait honoured before giving up. */
  maxRateLimitWaitMs?: number;
}

interface HttpError {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

export function httpStatus(error: unknown): number | undefined {
  const status = (error as Partial<HttpError> | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

function headersOf(error: unknown): Record<string, string | number | undefined> {
  return (error as Partial<HttpError> | undefined)?.response?.headers ?? {};
}

/**
 * A primary or secondary rate limit: 429, or a 403 that says so in its headers. A plain 403 is a
 * missing permission, and telling the two apart decides between "wait" and "grant".
 */
export function isRateLimited(error: unknown): boolean {
  const status = httpStatus(error);
  if (status === 429) return true;
  if (status !== 403) return false;
  const headers = headersOf(error);
  return String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined;
}

function rateLimitWaitMs(error: unknown): number | undefined {
  const headers = headersOf(error);
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    return Number.isFinite(seconds) ? Math.max(0, seconds * 1000) : undefined;
  }
  if (String(headers['x-ratelimit-remaining']) === '0' && headers['x-ratelimit-reset'] !== undefined) {
    const reset = Number(headers['x-ratelimit-reset']);
    return Number.isFinite(reset) ? Math.max(0, reset * 1000 - Date.now()) : undefined;
  }
  return undefined;
}

/** Reads can be repeated; a write that failed with 5xx may have been applied, so it is not. */
const IDEMPOTENT = new Set(['GET', 'HEAD']);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createClient(token: string, options: ClientOptions): GitHubClient {
  const client = getOctokit(token, { baseUrl: options.baseUrl.replace(/\/+$/, '') });
  const retries = options.retries ?? 3;
  const delay = options.retryDelayMs ?? 1000;
  const maxWait = options.maxRateLimitWaitMs ?? 60_000;
  client.hook.wrap('request', async (request, requestOptions) => {
    const method = String(requestOptions.method ?? 'GET').toUpperCase();
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const status = httpStatus(error);
        if (status === undefined || attempt >= retries) throw error;
        // A rate-limited request was refused before it did anything: any method may be repeated.
        if (isRateLimited(error)) {
          const wait = rateLimitWaitMs(error);
          if (wait !== undefined && wait <= maxWait) {
            await sleep(wait);
            continue;
          }
          throw error;
        }
        if (status >= 500 && IDEMPOTENT.has(method)) {
          await sleep(delay * 2 ** attempt);
          continue;
        }
        throw error;
      }
    }
  });
  return client;
}

/** A sentence for a failed API call that names the permission to grant when that is the fix. */
export function describeApiError(
  error: unknown,
  action: string,
  permission: string,
  fromFork: boolean,
): string {
  const status = httpStatus(error);
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (isRateLimited(error)) {
    return `mlsec could not ${action} (HTTP ${status}): rate limit exhausted for this token, and it does not reset soon enough to wait for it.`;
  }
  if (status === 403 || status === 404) {
    const fork = fromFork
      ? ' Pull requests from forks get a read-only token; this is expected there.'
      : ` Grant it in the workflow: permissions: { ${permission} }.`;
    return `mlsec could not ${action} (HTTP ${status}): the token lacks \`${permission}\`.${fork}`;
  }
  if (status === 422) return `mlsec could not ${action}: GitHub rejected the request (HTTP 422: ${detail}).`;
  if (status !== undefined) return `mlsec could not ${action}: GitHub answered HTTP ${status} (${detail}).`;
  return `mlsec could not ${action}: ${detail}.`;
}
