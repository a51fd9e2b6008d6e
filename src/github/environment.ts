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
  /** `base.ref`: the branch the pull request merges into (robustness-check compares with its result). */
  baseRef?: string;
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
  /** `RUNNER_TOOL_CACHE`: where tools installed by a run are kept (robustness-check's onnxruntime). */
  toolCache?: string;
  pullRequest?: PullRequestInfo;
  /** `GITHUB_HEAD_REF`: the pull request's head branch. */
  headRef?: string;
  /** `GITHUB_JOB` and `GITHUB_RUN_ID`, which name a dependency snapshot's job. */
  job?: string;
  runId?: string;
  /** `GITHUB_WORKFLOW`: the workflow's name. */
  workflow?: string;
  /** `repository.default_branch` of the event. */
  defaultBranch?: string;
  /** A push to the default branch: that branch, whose results later pull requests compare with. */
  pushToDefaultBranch?: string;
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
        base?: { ref?: unknown; repo?: { full_name?: unknown } };
      }
    | undefined;
  if (!pr || typeof pr.number !== 'number' || typeof pr.head?.sha !== 'string') return undefined;
  const head = pr.head.repo?.full_name;
  const base = pr.base?.repo?.full_name;
  return {
    number: pr.number,
    headSha: pr.head.sha,
    // A deleted fork's head repository is null: still a fork, and its branch names are not ours.
    fromFork: pr.head.repo === null || (typeof head === 'string' && head !== base),
    ...(typeof pr.changed_files === 'number' ? { changedFiles: pr.changed_files } : {}),
    ...(typeof pr.base?.ref === 'string' && pr.base.ref !== '' ? { baseRef: pr.base.ref } : {}),
  };
}

function defaultBranchFrom(event: Record<string, unknown> | undefined): string | undefined {
  const branch = (event?.repository as { default_branch?: unknown } | undefined)?.default_branch;
  return typeof branch === 'string' && branch !== '' ? branch : undefined;
}

/** The pushed branch when it is the default one; a tag, another branch or another event is not. */
function pushToDefaultBranch(
  eventName: string | undefined,
  event: Record<string, unknown> | undefined,
  ref: string | undefined,
  defaultBranch: string | undefined,
): string | undefined {
  if (eventName !== 'push' || defaultBranch === undefined) return undefined;
  const pushed = typeof event?.ref === 'string' ? event.ref : ref;
  return pushed === `refs/heads/${defaultBranch}` ? defaultBranch : undefined;
}

export function readActionEnvironment(env: Env, cwd: string, tmpdir: string): ActionEnvironment {
  const fullName = env.GITHUB_REPOSITORY;
  const [owner, repo] = fullName?.split('/') ?? [];
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const pullRequest = pullRequestFrom(event);
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const defaultBranch = defaultBranchFrom(event);
  const pushed = pushToDefaultBranch(env.GITHUB_EVENT_NAME, event, env.GITHUB_REF, defaultBranch);
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
    ...(env.RUNNER_TOOL_CACHE ? { toolCache: env.RUNNER_TOOL_CACHE } : {}),
    pullRequest,
    ...(env.GITHUB_HEAD_REF ? { headRef: env.GITHUB_HEAD_REF } : {}),
    ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
    ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    ...(env.GITHUB_WORKFLOW ? { workflow: env.GITHUB_WORKFLOW } : {}),
    ...(defaultBranch !== undefined ? { defaultBranch } : {}),
    ...(pushed !== undefined ? { pushToDefaultBranch: pushed } : {}),
  };
}
