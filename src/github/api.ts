import { getOctokit } from '@actions/github';

/**
 * The GitHub REST client: @actions/github's Octokit against GITHUB_API_URL, with retries for
 * server errors and rate limits, and errors classified so callers can say what to fix.
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

function rateLimitWaitMs(error: HttpError): number | undefined {
  const headers = error.response?.headers ?? {};
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined) return Number(retryAfter) * 1000;
  if (String(headers['x-ratelimit-remaining']) === '0' && headers['x-ratelimit-reset'] !== undefined) {
    return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - Date.now());
  }
  return undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createClient(token: string, options: ClientOptions): GitHubClient {
  const client = getOctokit(token, { baseUrl: options.baseUrl.replace(/\/+$/, '') });
  const retries = options.retries ?? 3;
  const delay = options.retryDelayMs ?? 1000;
  const maxWait = options.maxRateLimitWaitMs ?? 60_000;
  client.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const status = httpStatus(error);
        if (status === undefined || attempt >= retries) throw error;
        const wait = status === 403 || status === 429 ? rateLimitWaitMs(error as HttpError) : undefined;
        if (wait !== undefined && wait <= maxWait) {
          await sleep(wait);
          continue;
        }
        if (status >= 500) {
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
