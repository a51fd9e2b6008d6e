import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHECKS } from '../checks/registry.js';
import type { CheckDefinition } from '../core/check.js';
import type { MlsecConfig } from '../core/config.js';
import { errorMessage, isUsageError, UsageError } from '../core/errors.js';
import type { CheckName } from '../core/findings.js';
import { COMMENT_LIMIT, STEP_SUMMARY_LIMIT, toMarkdown } from '../core/render/markdown.js';
import { sarifCategory, toSarif } from '../core/render/sarif.js';
import { countsSentence, totals, verdict } from '../core/report.js';
import { runChecks } from '../core/runner.js';
import { MLSEC_URL, MLSEC_VERSION } from '../core/version.js';
import { emitAnnotations, selectAnnotations } from './annotations.js';
import { createClient, describeApiError, type GitHubClient } from './api.js';
import { publishCheckRun } from './check-run.js';
import { type ActionEnvironment, readActionEnvironment } from './environment.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { log, warn } from './log.js';
import { upsertStickyComment } from './pr-comment.js';
import { fetchChangedFiles } from './pull-request-files.js';

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

async function reportingStep(what: string, permission: string, fromFork: boolean, step: () => Promise<void>) {
  try {
    await step();
  } catch (error) {
    warn(describeApiError(error, what, permission, fromFork));
  }
}

export interface ActionOverrides {
  /** Replaces the registry: the integration tests run the real action code over a test check. */
  checks?: ReadonlyMap<CheckName, CheckDefinition>;
  env?: NodeJS.ProcessEnv;
}

export async function runAction(target: ActionTarget, overrides: ActionOverrides = {}): Promise<void> {
  const env = overrides.env ?? process.env;
  const checks = overrides.checks ?? CHECKS;
  try {
    const github = readActionEnvironment(env, process.cwd(), os.tmpdir());
    const definition = 'check' in target ? checks.get(target.check) : undefined;
    if ('check' in target && !definition) throw new Error(`no check named ${target.check}`);
    const inputs = readInputs(definition ? { check: definition } : { umbrella: [...checks.values()] });
    const name = definition ? definition.name : 'mlsec';
    const client = inputs.common.token
      ? createClient(inputs.common.token, {
          baseUrl: github.apiUrl,
          // Lets the integration tests exercise retries without waiting seconds.
          retryDelayMs: env.MLSEC_GITHUB_RETRY_DELAY_MS ? Number(env.MLSEC_GITHUB_RETRY_DELAY_MS) : undefined,
        })
      : undefined;
    const fromFork = github.pullRequest?.fromFork ?? false;

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
      },
      optionsByCheck: new Map([...checks].map(([name, check]) => [name, check.options])),
      loadChangedFiles: () => loadChangedFiles(github, client),
      progress: (message) => log(message),
    });
    const { reports } = outcome;

    const sarifFile = path.resolve(
      github.workspace,
      inputs.common.sarifFile || path.join(github.runnerTemp, 'mlsec', `${name}.sarif`),
    );
    await mkdir(path.dirname(sarifFile), { recursive: true });
    await writeFile(
      sarifFile,
      `${JSON.stringify(toSarif(reports, { version: MLSEC_VERSION, informationUri: MLSEC_URL }), null, 2)}\n`,
    );
    const hint = `see the job summary, code scanning or ${path.basename(sarifFile)}`;

    const summary = toMarkdown(reports, { maxBytes: STEP_SUMMARY_LIMIT - 1024, fullListHint: hint });
    const summaryFile = path.join(path.dirname(sarifFile), `${name}-summary.md`);
    await writeFile(summaryFile, summary);
    if (inputs.common.jobSummary && env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(summary).write();
    }

    if (inputs.common.annotations) emitAnnotations(selectAnnotations(reports, hint));

    const repository = github.repository;
    if (inputs.common.prComment && github.pullRequest && client && repository) {
      const body = toMarkdown(reports, {
        maxBytes: COMMENT_LIMIT - 200,
        fullListHint: github.runUrl ? `see the run summary at ${github.runUrl}` : hint,
        maxRowsPerCheck: 50,
      });
      const pullRequest = github.pullRequest;
      await reportingStep('update the pull request comment', 'pull-requests: write', fromFork, async () => {
        await upsertStickyComment(client, repository, pullRequest.number, name, body);
      });
    }
    if (inputs.common.checkRun && client && repository && github.sha) {
      const sha = github.sha;
      await reportingStep('publish the check run', 'checks: write', fromFork, async () => {
        await publishCheckRun(client, repository, sha, `mlsec ${name}`, reports, summary);
      });
    }

    const sum = reports.map(totals).reduce((a, b) => ({
      error: a.error + b.error,
      warning: a.warning + b.warning,
      note: a.note + b.note,
      suppressed: a.suppressed + b.suppressed,
      outOfScope: a.outOfScope + b.outOfScope,
    }));
    const failed = reports.some((report) => report.failed);
    core.setOutput('sarif-file', sarifFile);
    // The umbrella's runs each carry their own category; overriding it would merge them.
    core.setOutput('category', definition ? sarifCategory(definition.name) : '');
    core.setOutput('summary', summaryFile);
    core.setOutput('findings', sum.error + sum.warning + sum.note);
    core.setOutput('errors', sum.error);
    core.setOutput('warnings', sum.warning);
    core.setOutput('notes', sum.note);
    core.setOutput('result', failed ? 'failure' : 'success');
    for (const result of outcome.results) {
      for (const artifact of result.artifacts) core.setOutput(`${artifact.kind}-file`, artifact.path);
    }

    for (const report of reports) log(`${report.check}: ${countsSentence(report)}; ${verdict(report)}`);
    if (!outcome.diffScoped && github.pullRequest && outcome.settings.scope === 'changed') {
      log('scope: all findings are reported (the changed lines of the pull request were not available)');
    }
    if (failed) {
      const failing = reports.filter((report) => report.failed).map((report) => report.check);
      core.setFailed(`mlsec ${failing.join(', ')}: findings at or above fail-on (${hint})`);
    }
  } catch (error) {
    if (isUsageError(error)) {
      core.setFailed(`mlsec: ${errorMessage(error)}`);
    } else {
      core.setFailed(`mlsec internal error (please report it): ${errorMessage(error)}`);
      if (error instanceof Error && error.stack) core.debug(error.stack);
    }
  }
}

async function loadChangedFiles(github: ActionEnvironment, client: GitHubClient | undefined) {
  if (!github.pullRequest || !github.repository) return undefined;
  if (!client) {
    warn('scope: changed needs the `token` input to read the pull request files; reporting all findings.');
    return undefined;
  }
  try {
    return await fetchChangedFiles(client, github.repository, github.pullRequest.number);
  } catch (error) {
    warn(
      `${describeApiError(error, 'list the pull request files', 'pull-requests: read', false)} Reporting all findings.`,
    );
    return undefined;
  }
}
