import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * Runs an action.yml the way the GitHub runner does: reads its metadata, sets INPUT_* from the
 * given inputs and the declared defaults, creates GITHUB_OUTPUT / GITHUB_STEP_SUMMARY /
 * GITHUB_EVENT_PATH as real files, and runs `runs.main` with Node (the node24 runtime).
 */

export interface ActionMetadata {
  name: string;
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  /** Lines of stdout that are not workflow commands. */
  logLines: string[];
  runnerTemp: string;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface RunOptions {
  workspace: string;
  inputs?: Record<string, string>;
  event?: { name: string; payload: unknown };
  apiUrl?: string;
  repository?: string;
  sha?: string;
  token?: string;
  /** Replace runs.main (e.g. a test bundle over a fake check), resolved like the real one. */
  mainOverride?: string;
  env?: Record<string, string>;
}

export async function readActionMetadata(file: string): Promise<ActionMetadata> {
  return parse(await readFile(file, 'utf8')) as ActionMetadata;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/** The runner's reading of a log line: `::name k=v,k=v::message` at the start of a line. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
  if (!match) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: match[1]!, properties, message: unescapeData(match[3]!) };
}

/**
 * The runner's reading of the legacy syntax, `##[name k=v;k=v]message`, which it looks for
 * anywhere in a line: every occurrence, so a test sees a command hidden mid-line.
 */
export function parseLegacyCommands(line: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (let start = line.indexOf('##['); start !== -1; start = line.indexOf('##[', start + 3)) {
    const end = line.indexOf(']', start);
    if (end === -1) break;
    const info = line.slice(start + 3, end);
    const space = info.indexOf(' ');
    const name = space === -1 ? info : info.slice(0, space);
    if (!/^[A-Za-z-]+$/.test(name)) continue;
    const properties: Record<string, string> = {};
    for (const pair of (space === -1 ? '' : info.slice(space + 1)).split(';').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    commands.push({ command: name, properties, message: line.slice(end + 1) });
  }
  return commands;
}

export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      outputs[heredoc[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const eq = lines[i]!.indexOf('=');
      outputs[lines[i]!.slice(0, eq)] = lines[i]!.slice(eq + 1);
    }
  }
  return outputs;
}

export async function runActionYml(actionFile: string, options: RunOptions): Promise<ActionRun> {
  const metadata = await readActionMetadata(actionFile);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'mlsec-runner-'));
  const runnerTemp = path.join(scratch, 'temp');
  await mkdir(runnerTemp);
  const outputFile = path.join(scratch, 'output');
  const summaryFile = path.join(scratch, 'summary.md');
  const eventFile = path.join(scratch, 'event.json');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(eventFile, JSON.stringify(options.event?.payload ?? {}));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? scratch,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: options.repository ?? 'octo/demo',
    GITHUB_SHA: options.sha ?? 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    RUNNER_TEMP: runnerTemp,
    ...options.env,
  };
  const token = options.token ?? 'fake-token';
  for (const [name, input] of Object.entries(metadata.inputs ?? {})) {
    let value = options.inputs?.[name] ?? input.default ?? '';
    value = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
    // The runner keeps hyphens and upper-cases the name.
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!(name in (metadata.inputs ?? {}))) throw new Error(`${actionFile} declares no input ${name}`);
  }

  const main = path.resolve(path.dirname(actionFile), options.mainOverride ?? metadata.runs.main);
  const child = spawn(process.execPath, [main], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));

  const commands: WorkflowCommand[] = [];
  const logLines: string[] = [];
  for (const line of stdout.split('\n')) {
    if (line === '') continue;
    const command = parseWorkflowCommand(line);
    if (command) commands.push(command);
    else logLines.push(line);
    commands.push(...parseLegacyCommands(line));
  }
  // The runner reads commands on stderr as well.
  for (const line of stderr.split('\n')) {
    const command = parseWorkflowCommand(line);
    if (command) commands.push(command);
    commands.push(...parseLegacyCommands(line));
  }
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    commands,
    logLines,
    runnerTemp,
  };
}
