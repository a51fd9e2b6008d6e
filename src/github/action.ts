import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import { CHECKS } from '../checks/registry.js';
import type { PackageRecord } from '../checks/dependency-sbom/types.js';
import type { CheckDefinition } from '../core/check.js';
import type { MlsecConfig } from '../core/config.js';
import { errorMessage, isUsageError, UsageError } from '../core/errors.js';
import { printable } from '../core/escape.js';
import { writeOutputFile } from '../core/output.js';
import type { CheckName } from '../core/findings.js';
import { COMMENT_LIMIT, STEP_SUMMARY_LIMIT, toMarkdown } from '../core/render/markdown.js';
import { sarifCategory, toSarif } from '../core/render/sarif.js';
import { type CheckReport, countsSentence, failureReason, totals, verdict } from '../core/report.js';
import { runChecks } from '../core/runner.js';
import { MLSEC_URL, MLSEC_VERSION } from '../core/version.js';
import { ANNOTATIONS_PER_LEVEL, emitAnnotations, selectAnnotations } from './annotations.js';
import { createClient, describeApiError, type GitHubClient } from './api.js';
import { CHECK_RUN_SUMMARY_BYTES, publishCheckRun } from './check-run.js';
import { buildSnapshot, submitSnapshot } from './dependency-submission.js';
import { type ActionEnvironment, readActionEnvironment } from './environment.js';
import { checkSigstoreIdentityToken, sigstoreIdentityToken } from './oidc.js';
import { robustnessEnvironment } from './robustness-environment.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { debug, fail, log, warn } from './log.js';
import { upsertStickyComment } from './pr-comment.js';
import { fetchChangedFiles, truncatedFilesWarning } from './pull-request-files.js';

/**
 * The body of every mlsec action: inputs -> shared runner -> reporters (SARIF, annotations, job
 * summary, sticky comment, check run) -> outputs and exit. Reporting problems are warnings; only
 * findings at fail-on, bad input and bugs fail the step.
 */

export type ActionTarget = { check: CheckName } | { umbrella: true };

function umbrellaChecks(
  checks: ReadonlyMap<CheckName, CheckDefinition>,
  inputs: ActionInputs,
  config: MlsecConfig,
): CheckDefinition[] {
  const names = inputs.checks ?? config.checks;
  if (!names || names.length === 0) {
    throw new UsageError(
      'INVALID_INPUT',
      'no checks to run: set the `checks` input or `checks:` in the config file (.github/mlsec.yml)',
    );
  }
  return names.map((name) => checks.get(name)!);
}

/**
 * dependency-sbom's packages to the dependency graph (`submit-dependencies`): for the pull
 * request's head commit and branch on a pull request, as the API wants, else the pushed commit.
 */
async function submitDependencies(
  github: ActionEnvironment,
  client: GitHubClient | undefined,
  packages: readonly PackageRecord[],
  name: string,
  problems: string[],
  log: (message: string) => void,
): Promise<void> {
  const repository = github.repository;
  // A fork's branch names are not this repository's: its `main` would replace main's snapshot.
  if (github.pullRequest?.fromFork) {
    log('dependency-sbom: the pull request comes from a fork, so no dependency snapshot was submitted');
    return;
  }
  const ref = github.pullRequest && github.headRef ? `refs/heads/${github.headRef}` : github.ref;
  if (!client || !repository || !github.sha || !ref) {
    problems.push(
      'mlsec could not submit the dependency snapshot: submit-dependencies needs a token, GITHUB_REPOSITORY, GITHUB_SHA and GITHUB_REF.',
    );
    return;
  }
  const snapshot = buildSnapshot(packages, {
    sha: github.sha,
    ref,
    correlator: [github.workflow ?? 'workflow', github.job ?? 'job', name].join(' / '),
    runId: github.runId ?? '0',
    detectorVersion: MLSEC_VERSION,
    detectorUrl: MLSEC_URL,
    scanned: new Date().toISOString(),
  });
  const count = Object.values(snapshot.manifests).reduce(
    (sum, manifest) => sum + Object.keys(manifest.resolved).length,
    0,
  );
  await reportingStep(
    problems,
    'submit the dependency snapshot',
    'contents: write',
    github.pullRequest?.fromFork ?? false,
    async () => {
      await submitSnapshot(client, { owner: repository.owner, repo: repository.repo }, snapshot);
      log(
        `dependency-sbom: submitted ${count} packages of ${Object.keys(snapshot.manifests).length} files to the dependency graph`,
      );
    },
  );
}

async function reportingStep(
  problems: string[],
  what: string,
  permission: string,
  fromFork: boolean,
  step: () => Promise<void>,
): Promise<void> {
  try {
    await step();
  } catch (error) {
    problems.push(describeApiError(error, what, permission, fromFork));
  }
}

/**
 * A report file the user asked for (or its default), in a directory created if need be; inside
 * the workspace only through real directories, never through a link the repository planted.
 */
const writeReportFile = (
  workspace: string,
  file: string,
  content: string | { json: unknown },
  input: string,
) => writeOutputFile(file, content, `input ${input}`, { createDirectory: true, root: workspace });

export interface ActionOverrides {
  /** Replaces the registry: the integration tests run the real action code over a test check. */
  checks?: ReadonlyMap<CheckName, CheckDefinition>;
  env?: NodeJS.ProcessEnv;
}

function failureMessage(reports: readonly CheckReport[], hint: string): string {
  const failing = reports.filter((report) => report.failed);
  const byVerdict = failing.filter((report) => failureReason(report) !== undefined);
  const byFindings = failing.filter((report) => failureReason(report) === undefined);
  const parts = byVerdict.map((report) => `mlsec ${report.check}: ${failureReason(report)!}`);
  if (byFindings.length > 0) {
    parts.push(
      `mlsec ${byFindings.map((report) => report.check).join(', ')}: findings at or above fail-on (${hint})`,
    );
  }
  return parts.join('; ');
}

export async function runAction(target: ActionTarget, overrides: ActionOverrides = {}): Promise<void> {
  const env = overrides.env ?? process.env;
  const checks = overrides.checks ?? CHECKS;
  try {
    const github = readActionEnvironment(env, process.cwd(), os.tmpdir());
    const definition = 'check' in target ? checks.get(target.check) : undefined;
    if ('check' in target && !definition) throw new Error(`no check named ${target.check}`);
    const inputs = readInputs(definition ? { check: definition } : { umbrella: [...checks.values()] });
    const { category } = inputs.common;
    // Names the sticky comment, the report files and the check run, so two runs of one check in
    // a workflow (different paths, different categories) never overwrite each other.
    const name = category ?? (definition ? definition.name : 'mlsec');
    const fileStem = name.replace(/[^A-Za-z0-9._-]/g, '-');
    const client = inputs.common.token
      ? createClient(inputs.common.token, {
          baseUrl: github.apiUrl,
          // Lets the integration tests exercise retries without waiting seconds.
          retryDelayMs: env.MLSEC_GITHUB_RETRY_DELAY_MS ? Number(env.MLSEC_GITHUB_RETRY_DELAY_MS) : undefined,
        })
      : undefined;
    const fromFork = github.pullRequest?.fromFork ?? false;
    // Reporting problems, gathered so they can share one warning annotation after the findings.
    const problems: string[] = [];

    const outcome = await runChecks({
      checks: definition ? [definition] : (config) => umbrellaChecks(checks, inputs, config),
      root: github.workspace,
      paths: inputs.paths,
      explicitOptions: inputs.checkOptions,
      shared: inputs.common,
      source: 'input',
      environment: {
        repository: github.repository?.fullName,
        sha: github.sha,
        ref: github.ref,
        workflowRef: github.workflowRef,
        runUrl: github.runUrl,
        identityToken: () => sigstoreIdentityToken(env, fromFork),
        checkIdentityToken: () => checkSigstoreIdentityToken(env, fromFork),
        ...robustnessEnvironment(github, (message) => log(printable(message))),
        fetch: globalThis.fetch,
      },
      optionsByCheck: new Map([...checks].map(([name, check]) => [name, check.options])),
      loadChangedFiles: () => loadChangedFiles(github, client, problems),
      // One line per message, even when a file name in it holds a newline.
      progress: (message) => log(printable(message)),
    });
    const { reports } = outcome;
    problems.unshift(...outcome.warnings.map((warning) => `mlsec: ${warning}`));

    const sarifFile = path.resolve(
      github.workspace,
      inputs.common.sarifFile || path.join(github.runnerTemp, 'mlsec', `${fileStem}.sarif`),
    );
    const sarif = toSarif(
      reports,
      { version: MLSEC_VERSION, informationUri: MLSEC_URL },
      { category, combined: !definition },
    );
    await writeReportFile(github.workspace, sarifFile, { json: sarif }, 'sarif-file');
    const hint = `see the job summary, code scanning or ${path.basename(sarifFile)}`;

    const summary = toMarkdown(reports, { maxBytes: STEP_SUMMARY_LIMIT - 1024, fullListHint: hint });
    const summaryFile = path.join(path.dirname(sarifFile), `${fileStem}-summary.md`);
    await writeReportFile(github.workspace, summaryFile, summary, 'sarif-file');
    if (inputs.common.jobSummary && env.GITHUB_STEP_SUMMARY) {
      try {
        await core.summary.addRaw(summary).write();
      } catch (error) {
        problems.push(`mlsec could not write the job summary: ${errorMessage(error).split('\n')[0]}.`);
      }
    }

    // Network reporting before any annotation, so its problems are known when the slots are shared.
    const repository = github.repository;
    if (inputs.common.prComment && github.pullRequest && client && repository) {
      const body = toMarkdown(reports, {
        maxBytes: COMMENT_LIMIT - 200,
        fullListHint: github.runUrl ? `see the run summary at ${github.runUrl}` : hint,
        maxRowsPerCheck: 50,
      });
      const pullRequest = github.pullRequest;
      await reportingStep(
        problems,
        'update the pull request comment',
        'pull-requests: write',
        fromFork,
        async () => {
          await upsertStickyComment(
            client,
            repository,
            pullRequest.number,
            name,
            body,
            inputs.common.commentAuthor,
          );
        },
      );
    }
    if (inputs.common.checkRun && client && repository && github.sha) {
      const sha = github.sha;
      const checkRunName = definition || category ? `mlsec ${name}` : 'mlsec';
      const checkRunSummary = toMarkdown(reports, {
        maxBytes: CHECK_RUN_SUMMARY_BYTES,
        fullListHint: github.runUrl ? `see the run summary at ${github.runUrl}` : hint,
      });
      await reportingStep(problems, 'publish the check run', 'checks: write', fromFork, async () => {
        await publishCheckRun(client, repository, sha, checkRunName, reports, checkRunSummary);
      });
    }

    for (const result of outcome.results) {
      const packages = result.handoff?.dependencySubmission;
      if (!packages) continue;
      await submitDependencies(github, client, packages as readonly PackageRecord[], name, problems, log);
    }

    const failed = reports.some((report) => report.failed);
    if (inputs.common.annotations) {
      // The runner shows ten annotations per level per step: the failure message takes an error
      // slot, the reporting problems a warning slot, and selectAnnotations keeps a notice for the
      // overflow line.
      const quotas = {
        error: ANNOTATIONS_PER_LEVEL - (failed ? 1 : 0),
        warning: ANNOTATIONS_PER_LEVEL - (problems.length > 0 ? 1 : 0),
        note: ANNOTATIONS_PER_LEVEL,
      };
      emitAnnotations(selectAnnotations(reports, hint, quotas));
    }
    warn(...problems);

    const sum = reports.map(totals).reduce((a, b) => ({
      error: a.error + b.error,
      warning: a.warning + b.warning,
      note: a.note + b.note,
      suppressed: a.suppressed + b.suppressed,
      outOfScope: a.outOfScope + b.outOfScope,
    }));
    core.setOutput('sarif-file', sarifFile);
    // The umbrella's runs each carry their own category (automationDetails.id); upload-sarif only
    // fills in runs without one, so the output names the category without merging them.
    core.setOutput('category', definition ? sarifCategory(definition.name, category) : (category ?? ''));
    core.setOutput('summary', summaryFile);
    core.setOutput('findings', sum.error + sum.warning + sum.note);
    core.setOutput('errors', sum.error);
    core.setOutput('warnings', sum.warning);
    core.setOutput('notes', sum.note);
    core.setOutput('result', failed ? 'failure' : 'success');
    for (const result of outcome.results) {
      for (const artifact of result.artifacts) core.setOutput(`${artifact.kind}-file`, artifact.path);
      for (const [name, value] of Object.entries(result.outputs ?? {})) core.setOutput(name, value);
    }

    for (const report of reports) log(`${report.check}: ${countsSentence(report)}; ${verdict(report)}`);
    if (!outcome.diffScoped && github.pullRequest && outcome.settings.scope === 'changed') {
      log('scope: all findings are reported (the changed lines of the pull request were not available)');
    }
    if (failed) fail(failureMessage(reports, hint));
  } catch (error) {
    if (isUsageError(error)) {
      fail(`mlsec: ${errorMessage(error)}`);
    } else {
      fail(`mlsec internal error (please report it): ${errorMessage(error)}`);
      if (error instanceof Error && error.stack) debug(error.stack);
    }
  }
}

async function loadChangedFiles(
  github: ActionEnvironment,
  client: GitHubClient | undefined,
  problems: string[],
) {
  if (!github.pullRequest || !github.repository) return undefined;
  if (!client) {
    problems.push(
      'mlsec: scope: changed needs the `token` input to read the pull request files; reporting all findings.',
    );
    return undefined;
  }
  try {
    const { changed, listed } = await fetchChangedFiles(client, github.repository, github.pullRequest.number);
    const total = github.pullRequest.changedFiles;
    // A cut list would put findings on files past the cut outside the diff: report everything.
    if (total !== undefined && listed < total) {
      problems.push(truncatedFilesWarning(total));
      return undefined;
    }
    return changed;
  } catch (error) {
    problems.push(
      `${describeApiError(error, 'list the pull request files', 'pull-requests: read', false)} Reporting all findings.`,
    );
    return undefined;
  }
}
