import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../../src/cli/main.js';
import { scanPii } from '../../../src/checks/scan-pii/definition.js';

async function run(files: Record<string, string>, args: string[] = []) {
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'mlsec-pii-suppress-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(cwd, name)), { recursive: true });
    await writeFile(path.join(cwd, name), content);
  }
  let stdout = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: () => undefined,
    cwd,
    env: {},
    stderrIsTty: false,
  };
  const code = await runCli(['scan-pii', '--format', 'json', '--fail-on', 'never', ...args], io);
  return {
    code,
    json: JSON.parse(stdout) as {
      findings: Array<{ location: { path: string; line: number } }>;
      summary: { suppressed: number };
    },
  };
}

describe('scan-pii and inline suppressions', () => {
  it('honours a marker in the file that has one, and tells the engine which files have markers', async () => {
    const { json } = await run({
      // The marker covers its own line and the next one; the third line is reported.
      'configs/team.yaml':
        'owner: lena.berg@web.de  # mlsec-ignore: pii/email-address\ndeputy: omar.haddad@fastmail.com\nbackup: amir.haddad@fastmail.com\n',
      'data/users.csv': 'email\nmaria.gonzalez@fastmail.com\n',
    });
    expect(json.findings.map((f) => `${f.location.path}:${f.location.line}`).sort()).toEqual([
      'configs/team.yaml:3',
      'data/users.csv:2',
    ]);
    expect(json.summary.suppressed).toBe(2);
  });

  it('reports which files hold a marker, so files without one are not read again', async () => {
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'mlsec-pii-markers-'));
    await writeFile(path.join(cwd, 'a.txt'), 'mail lena.berg@web.de # mlsec-ignore: pii/*\n');
    await writeFile(path.join(cwd, 'b.txt'), 'mail amir.haddad@fastmail.com\n');
    const { fingerprintKeyFrom } = await import('../../../src/core/redaction.js');
    const result = await scanPii.run({
      root: cwd,
      paths: ['.'],
      options: {
        'min-confidence': 0.5,
        'max-file-size': '2GB',
        mode: 'report',
        threads: 1,
        'redact-dir': 'mlsec-redacted',
      },
      exclude: [],
      fingerprintKey: fingerprintKeyFrom(undefined),
      environment: {},
      progress: () => undefined,
      userPaths: [],
      signerFiles: [],
    });
    expect(result.inlineMarkerFiles).toEqual(['a.txt']);
    expect(result.findings.map((f) => f.location.path).sort()).toEqual(['a.txt', 'b.txt']);
  });
  // Issue 13 (4): a data cell is data, not a comment, whatever it starts with.
  const email = 'maria.gonzalez@fastmail.com';
  it.each([
    ['data/plain.csv', `email,note\n${email},# mlsec-ignore: pii/*\n`],
    ['data/quoted.csv', `email,note\n${email},"# mlsec-ignore: pii/*"\n`],
    ['data/above.csv', `note\n# mlsec-ignore: pii/*\n${email}\n`],
    ['data/above-quoted.csv', `note\n"# mlsec-ignore: pii/*"\n${email}\n`],
    ['data/dashes.csv', `email,note\n${email},-- mlsec-ignore: pii/*\n`],
    ['data/percent.csv', `email,note\n${email},%% mlsec-ignore: pii/*\n`],
    ['data/html.csv', `email,note\n${email},<!-- mlsec-ignore: pii/* -->\n`],
    ['data/cells.tsv', `email\tnote\n${email}\t# mlsec-ignore: pii/*\n`],
    ['data/value.json', `{\n  "note": "# mlsec-ignore: pii/*",\n  "email": "${email}"\n}\n`],
    ['data/same.json', `{"email": "${email}", "note": "# mlsec-ignore: pii/*"}\n`],
    ['data/rows.jsonl', `{"note": "# mlsec-ignore: pii/*"}\n{"email": "${email}"}\n`],
    ['data/rows.ndjson', `{"email": "${email}", "note": "-- mlsec-ignore: pii/*"}\n`],
    [
      'notebooks/n.ipynb',
      `{"cells": [{"cell_type": "code", "source": [\n"# mlsec-ignore: pii/*\\n",\n"x = '${email}'\\n"\n]}]}\n`,
    ],
  ])('a marker in a data file (%s) never suppresses its own finding', async (name, content) => {
    const { json } = await run({ [name]: content });
    expect(json.findings.map((f) => f.location.path)).toEqual([name]);
    expect(json.summary.suppressed).toBe(0);
  });

  it.each([
    ['configs/value.yaml', `note: "# mlsec-ignore: pii/*"\nowner: ${email}\n`],
    ['configs/single.yaml', `owner: '${email} # mlsec-ignore: pii/*'\n`],
    ['configs/nospace.yaml', `owner: ${email}#mlsec-ignore: pii/*\n`],
    ['configs/value.toml', `owner = "${email} # mlsec-ignore: pii/*"\n`],
    ['configs/.env', `OWNER="${email} # mlsec-ignore: pii/*"\n`],
    ['configs/trailing.ini', `[team]\nowner = ${email} ; mlsec-ignore: pii/*\n`],
  ])('a marker inside a value of a config file (%s) does not suppress', async (name, content) => {
    const { json } = await run({ [name]: content });
    expect(json.findings.map((f) => f.location.path)).toEqual([name]);
    expect(json.summary.suppressed).toBe(0);
  });

  it.each([
    ['configs/above.yaml', `# mlsec-ignore: pii/*\nowner: ${email}\n`],
    ['configs/trailing.yaml', `owner: ${email}  # mlsec-ignore: pii/*\n`],
    ['configs/quoted.yaml', `owner: "${email}" # mlsec-ignore: pii/*\n`],
    ['configs/a.toml', `owner = "${email}" # mlsec-ignore: pii/*\n`],
    ['configs/b.toml', `  # mlsec-ignore: pii/*\nowner = "${email}"\n`],
    ['configs/.env', `# mlsec-ignore: pii/*\nOWNER=${email}\n`],
    ['configs/trailing.env', `OWNER=${email} # mlsec-ignore: pii/*\n`],
    ['configs/a.ini', `[team]\n; mlsec-ignore: pii/*\nowner = ${email}\n`],
    ['configs/b.cfg', `[team]\n# mlsec-ignore: pii/*\nowner = ${email}\n`],
    ['docs/notes.md', `<!-- mlsec-ignore: pii/* -->\nWrite to ${email}\n`],
    ['src/app.py', `owner = "${email}"  # mlsec-ignore: pii/*\n`],
  ])('a comment in a format with comments (%s) still suppresses', async (name, content) => {
    const { json } = await run({ [name]: content });
    expect(json.findings).toEqual([]);
    expect(json.summary.suppressed).toBe(1);
  });
});
