import { readFileSync } from 'node:fs';
import { UsageError } from '../core/errors.js';

/** Facts about the workflow run, read once from the runner's environment. */

export interface PullRequestInfo {
  number: number;
  headSha: string;
  /** The head repository differs from the base: the token is read-only there. */
  fromFork: boolean;
  /** `changed_files` of the event: how many files the pull request changes in all. */
  changedFiles?: number;
}

export interface ActionEnvironment {
  workspace: string;
  repository?: { owner: string; repo: string; fullName: string };
  eventName?: string;
  sha?: string;
  ref?: string;
  workflowRef?: string;
  apiUrl: string;
  serverUrl: string;
  runUrl?: string;
  runnerTemp: string;
  pullRequest?: PullRequestInfo;
}

type Env = Readonly<Record<string, string | undefined>>;

function readEvent(file: string | undefined): Record<string, unknown> | undefined {
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(
      'UNREADABLE_INPUT',
      `GITHUB_EVENT_PATH ${file}: cannot be read as JSON (${(error as Error).message})`,
    );
  }
}

function pullRequestFrom(event: Record<string, unknown> | undefined): PullRequestInfo | undefined {
  const pr = event?.pull_request as
    | {
        number?: unknown;
        changed_files?: unknown;
        head?: { sha?: unknown; repo?: { full_name?: unknown } };
        base?: { repo?: { full_name?: unknown } };
      }
    | undefined;
  if (!pr || typeof pr.number !== 'number' || typeof pr.head?.sha !== 'string') return undefined;
  const head = pr.head.repo?.full_name;
  const base = pr.base?.repo?.full_name;
  return {
    number: pr.number,
    headSha: pr.head.sha,
    fromFork: typeof head === 'string' && head !== base,
    ...(typeof pr.changed_files === 'number' ? { changedFiles: pr.changed_files } : {}),
  };
}

export function readActionEnvironment(env: Env, cwd: string, tmpdir: string): ActionEnvironment {
  const fullName = env.GITHUB_REPOSITORY;
  const [owner, repo] = fullName?.split('/') ?? [];
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const pullRequest = pullRequestFrom(event);
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    workspace: env.GITHUB_WORKSPACE || cwd,
    repository: owner && repo && fullName ? { owner, repo, fullName } : undefined,
    eventName: env.GITHUB_EVENT_NAME,
    sha: pullRequest?.headSha ?? env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    workflowRef: env.GITHUB_WORKFLOW_REF,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl,
    runUrl:
      fullName && env.GITHUB_RUN_ID
        ? `${serverUrl}/${fullName}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
    runnerTemp: env.RUNNER_TEMP || tmpdir,
    pullRequest,
  };
}
