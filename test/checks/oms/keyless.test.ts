import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, EXIT, runCli } from '../../../src/cli/main.js';
import { FakeSigstore, GITHUB_ISSUER } from '../../helpers/fake-sigstore.js';

/**
 * Keyless signing end to end, in-process through the CLI: sign-model against a fake Fulcio,
 * Rekor and timestamp authority on 127.0.0.1, then verify-provenance against the fake's trusted
 * root, with identity policies that hold and ones that do not.
 */

const TRUSTED_ROOT = 'sigstore/trusted_root.json';
const MODEL = 'models/sentiment';
const WORKFLOW_IDENTITY = 'https://github.com/octo/demo/.github/workflows/release.yml@refs/heads/main';
const EMAIL_ISSUER = 'https://accounts.example.com';

let fake: FakeSigstore;
let cwd: string;

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env,
    stderrIsTty: false,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

function signArgs(signature: string, { tsa = true, url = fake.url } = {}): string[] {
  return [
    'sign-model',
    MODEL,
    '--signature',
    signature,
    '--fulcio-url',
    url,
    '--rekor-url',
    url,
    ...(tsa ? ['--tsa-url', url] : []),
    '--threads',
    '1',
  ];
}

async function verify(signature: string, policy: string[], { trustedRoot = true } = {}) {
  const result = await cli([
    'verify-provenance',
    MODEL,
    '--signature',
    signature,
    ...(trustedRoot ? ['--trusted-root', TRUSTED_ROOT] : []),
    ...policy,
    '--format',
    'json',
    '--threads',
    '1',
  ]);
  const json =
    result.stdout === ''
      ? undefined
      : (JSON.parse(result.stdout) as {
          findings: Array<{ ruleId: string; message: string; location: { path: string } }>;
          metrics: { artifacts: Array<{ signer: string; status: string }> };
        });
  return { ...result, json, rules: json?.findings.map((finding) => finding.ruleId) ?? [] };
}

async function readBundle(signature: string) {
  return JSON.parse(await readFile(path.join(cwd, signature), 'utf8')) as {
    mediaType: string;
    verificationMaterial: {
      certificate?: { rawBytes: string };
      tlogEntries: Array<{ kindVersion: { kind: string; version: string } }>;
      timestampVerificationData?: { rfc3161Timestamps?: unknown[] };
    };
    dsseEnvelope: { payload: string; payloadType: string; signatures: unknown[] };
  };
}

beforeAll(async () => {
  fake = await new FakeSigstore().start();
  cwd = await mkdtemp(path.join(os.tmpdir(), 'mlsec-keyless-'));
  await mkdir(path.join(cwd, MODEL), { recursive: true });
  await writeFile(path.join(cwd, MODEL, 'config.json'), '{"labels": ["neg", "pos"]}\n');
  await writeFile(path.join(cwd, MODEL, 'model.safetensors'), Buffer.alloc(4096, 7));
  await fake.writeTrustedRoot(path.join(cwd, TRUSTED_ROOT));

  // One signature from a GitHub Actions identity (with a timestamp), one from an email identity.
  const github = await cli(signArgs('github.sig'), { SIGSTORE_ID_TOKEN: fake.githubToken() });
  expect(github, github.stderr).toMatchObject({ code: EXIT.ok, stderr: '' });
  const email = await cli(signArgs('email.sig', { tsa: false }), {
    SIGSTORE_ID_TOKEN: fake.token({
      iss: EMAIL_ISSUER,
      sub: 'alice@example.com',
      email: 'alice@example.com',
      email_verified: true,
    }),
  });
  expect(email, email.stderr).toMatchObject({ code: EXIT.ok, stderr: '' });
});

afterAll(async () => {
  await fake?.stop();
});

describe('keyless signing (sign-model, method sigstore)', () => {
  it('writes a Sigstore bundle v0.3 with a certificate, one dsse tlog entry and an RFC 3161 timestamp', async () => {
    const bundle = await readBundle('github.sig');
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.verificationMaterial.certificate?.rawBytes).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(bundle.verificationMaterial.tlogEntries[0]!.kindVersion).toEqual({
      kind: 'dsse',
      version: '0.0.1',
    });
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
    expect(bundle.dsseEnvelope.signatures).toHaveLength(1);
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    expect(statement.predicateType).toBe('https://model_signing/signature/v1.0');
  });

  it('without tsa-url the bundle has no RFC 3161 timestamp', async () => {
    const bundle = await readBundle('email.sig');
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []).toEqual([]);
  });

  it('sends the identity token to Fulcio and a dsse entry to Rekor', () => {
    const fulcio = fake.requestsTo('POST', /^\/api\/v2\/signingCert$/);
    expect(fulcio.length).toBeGreaterThanOrEqual(2);
    const request = JSON.parse(fulcio[0]!.body) as { credentials: { oidcIdentityToken: string } };
    const claims = JSON.parse(
      Buffer.from(request.credentials.oidcIdentityToken.split('.')[1]!, 'base64url').toString('utf8'),
    );
    expect(claims).toMatchObject({ iss: GITHUB_ISSUER, repository: 'octo/demo' });
    const rekor = fake.requestsTo('POST', /^\/api\/v1\/log\/entries$/);
    expect(rekor.map((r) => (JSON.parse(r.body) as { kind: string }).kind)).toEqual(['dsse', 'dsse']);
    expect(fake.requestsTo('POST', /^\/api\/v1\/timestamp$/)).toHaveLength(1);
  });

  it('a missing SIGSTORE_ID_TOKEN is a usage error naming it, and writes nothing', async () => {
    const result = await cli(signArgs('missing-token.sig'), {});
    expect(result.code).toBe(EXIT.usage);
    expect(result.stdout).toBe('');
    // The CLI's own message, not one wrapped as a signing failure.
    expect(result.stderr).toBe(
      'mlsec: keyless signing (method: sigstore) needs an OIDC identity token in SIGSTORE_ID_TOKEN (or run it in GitHub Actions with id-token: write)\n',
    );
    expect(existsSync(path.join(cwd, 'missing-token.sig'))).toBe(false);
  });

  it('a malformed identity token is a usage error that does not print the token', async () => {
    const token = 'not-a-jwt-but-a-secret-value';
    const result = await cli(signArgs('bad-token.sig'), { SIGSTORE_ID_TOKEN: token });
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toMatch(/^mlsec: sign-model: keyless signing failed: /);
    expect(result.stderr).toContain('the identity token is not a JWT naming a subject');
    expect(result.stderr).not.toContain(token);
    expect(existsSync(path.join(cwd, 'bad-token.sig'))).toBe(false);
  });

  it('a token whose email its issuer did not verify is refused before Fulcio, without printing it', async () => {
    const token = fake.token({ iss: EMAIL_ISSUER, sub: 'mallory', email: 'alice@example.com' });
    const before = fake.requestsTo('POST', /^\/api\/v2\/signingCert$/).length;
    const result = await cli(signArgs('unverified.sig'), { SIGSTORE_ID_TOKEN: token });
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain('(JWT email not verified by issuer)');
    expect(result.stderr).not.toContain(token);
    expect(fake.requestsTo('POST', /^\/api\/v2\/signingCert$/)).toHaveLength(before);
  });

  it('Fulcio answering 500 is a usage error, without a stack trace or a signature', async () => {
    fake.fail({ method: 'POST', path: /^\/api\/v2\/signingCert$/, status: 500 });
    try {
      const result = await cli(signArgs('fulcio-500.sig'), { SIGSTORE_ID_TOKEN: fake.githubToken() });
      expect(result.code).toBe(EXIT.usage);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        'mlsec: sign-model: keyless signing failed: error creating signing certificate - (500) fake 500\n',
      );
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(path.join(cwd, 'fulcio-500.sig'))).toBe(false);
    } finally {
      fake.clearFaults();
    }
  });

  it('an unreachable Fulcio is a usage error, without a stack trace or a signature', async () => {
    const result = await cli(signArgs('unreachable.sig', { url: 'http://127.0.0.1:9' }), {
      SIGSTORE_ID_TOKEN: fake.githubToken(),
    });
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toMatch(/^mlsec: sign-model: keyless signing failed: /);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(cwd, 'unreachable.sig'))).toBe(false);
  });
});

describe('verifying a keyless signature (verify-provenance, method sigstore)', () => {
  it('verifies with the right identity and issuer against the trusted root', async () => {
    const result = await verify('github.sig', [
      '--identity',
      WORKFLOW_IDENTITY,
      '--identity-provider',
      GITHUB_ISSUER,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT.ok);
    expect(result.json!.findings).toEqual([]);
    expect(result.json!.metrics.artifacts).toEqual([
      {
        artifact: MODEL,
        kind: 'OMS (sigstore)',
        signer: `${WORKFLOW_IDENTITY} (issuer ${GITHUB_ISSUER})`,
        status: 'verified (2 resources)',
      },
    ]);
  });

  it('verifies an email identity from another issuer', async () => {
    const result = await verify('email.sig', [
      '--identity',
      'alice@example.com',
      '--identity-provider',
      EMAIL_ISSUER,
    ]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.json!.metrics.artifacts[0]!.signer).toBe(`alice@example.com (issuer ${EMAIL_ISSUER})`);
  });

  it.each([
    [
      'a wrong identity',
      [
        '--identity',
        'https://github.com/octo/demo/.github/workflows/other.yml@refs/heads/main',
        '--identity-provider',
        GITHUB_ISSUER,
      ],
      /signed by https:\/\/github\.com\/octo\/demo\/\.github\/workflows\/release\.yml@refs\/heads\/main, not https:\/\/github\.com\/octo\/demo\/\.github\/workflows\/other\.yml/,
    ],
    [
      'a wrong issuer',
      ['--identity', WORKFLOW_IDENTITY, '--identity-provider', 'https://accounts.google.com'],
      /OIDC issuer is https:\/\/token\.actions\.githubusercontent\.com, not https:\/\/accounts\.google\.com/,
    ],
    [
      'an identity regex that does not match',
      ['--identity', '^https://github\\.com/evil/.*', '--identity-provider', GITHUB_ISSUER],
      /not \/\^\(\?:https:.*evil.*\)\$\//,
    ],
    [
      'an identity that is only a prefix (exact match)',
      ['--identity', 'https://github.com/octo/demo/', '--identity-provider', GITHUB_ISSUER],
      /, not https:\/\/github\.com\/octo\/demo\/$/,
    ],
    [
      'another repository',
      ['--repo', 'octo/other'],
      /source repository is https:\/\/github\.com\/octo\/demo, not https:\/\/github\.com\/octo\/other/,
    ],
    [
      'another signer workflow',
      ['--signer-workflow', 'octo/demo/.github/workflows/nightly.yml'],
      /signer workflow is https:\/\/github\.com\/octo\/demo\/\.github\/workflows\/release\.yml@refs\/heads\/main, not https:\/\/github\.com\/octo\/demo\/\.github\/workflows\/nightly\.yml/,
    ],
    [
      'another source ref',
      ['--repo', 'octo/demo', '--source-ref', 'refs/tags/v1'],
      /source ref is refs\/heads\/main, not refs\/tags\/v1/,
    ],
  ])('%s is provenance/signer-mismatch', async (_name, policy, message) => {
    const result = await verify('github.sig', policy);
    expect(result.code).toBe(EXIT.findings);
    expect(result.rules).toEqual(['provenance/signer-mismatch']);
    const finding = result.json!.findings[0]!;
    expect(finding.location.path).toBe('github.sig');
    expect(finding.message).toMatch(
      /^signature github\.sig is valid but its signer does not match the policy: /,
    );
    expect(finding.message).toMatch(message);
  });

  it.each([
    [
      'an identity regex that matches',
      [
        '--identity',
        '^https://github\\.com/octo/demo/\\.github/workflows/release\\.yml@.*',
        '--identity-provider',
        GITHUB_ISSUER,
      ],
    ],
    ['the repository', ['--repo', 'octo/demo']],
    [
      'the repository as a URL, with the source ref',
      ['--repo', 'https://github.com/octo/demo', '--source-ref', 'refs/heads/main'],
    ],
    ['the signer workflow', ['--signer-workflow', 'octo/demo/.github/workflows/release.yml']],
    [
      'the signer workflow at its ref',
      ['--signer-workflow', 'octo/demo/.github/workflows/release.yml@refs/heads/main'],
    ],
    ['a GitHub-hosted runner', ['--repo', 'octo/demo', '--github-hosted-runner']],
  ])('%s verifies', async (_name, policy) => {
    const result = await verify('github.sig', policy);
    expect(result.json?.findings, result.stderr).toEqual([]);
    expect(result.code).toBe(EXIT.ok);
  });

  it('repo and signer-workflow default the issuer to GitHub Actions: an email signer does not match', async () => {
    const result = await verify('email.sig', ['--repo', 'octo/demo']);
    expect(result.code).toBe(EXIT.findings);
    expect(result.rules).toEqual(['provenance/signer-mismatch']);
    expect(result.json!.findings[0]!.message).toContain(
      `OIDC issuer is ${EMAIL_ISSUER}, not ${GITHUB_ISSUER}`,
    );
    expect(result.json!.findings[0]!.message).toContain('source repository is absent');
  });

  it('github-hosted-runner rejects a signer without the runner claim', async () => {
    const result = await verify('email.sig', [
      '--identity',
      'alice@example.com',
      '--identity-provider',
      EMAIL_ISSUER,
      '--github-hosted-runner',
    ]);
    expect(result.code).toBe(EXIT.findings);
    expect(result.rules).toEqual(['provenance/signer-mismatch']);
    expect(result.json!.findings[0]!.message).toContain('runner environment is absent, not github-hosted');
  });

  it('against the pinned public-good root (no trusted-root) the signature is invalid', async () => {
    const result = await verify(
      'github.sig',
      ['--identity', WORKFLOW_IDENTITY, '--identity-provider', GITHUB_ISSUER],
      {
        trustedRoot: false,
      },
    );
    expect(result.code).toBe(EXIT.findings);
    expect(result.rules).toEqual(['provenance/signature-invalid']);
    expect(result.json!.findings[0]!.message).toContain('Sigstore public-good (pinned)');
  });

  it('a payload altered after signing is provenance/signature-invalid', async () => {
    const bundle = await readBundle('github.sig');
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    statement.subject[0].name = 'something-else';
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    await writeFile(path.join(cwd, 'altered.sig'), JSON.stringify(bundle));
    const result = await verify('altered.sig', ['--repo', 'octo/demo']);
    expect(result.code).toBe(EXIT.findings);
    expect(result.rules).toEqual(['provenance/signature-invalid']);
  });

  it('a model file changed after signing is provenance/file-modified', async () => {
    const copy = 'models/copy';
    await mkdir(path.join(cwd, copy), { recursive: true });
    await writeFile(path.join(cwd, copy, 'config.json'), '{"labels": ["neg", "pos"]}\n');
    await writeFile(path.join(cwd, copy, 'model.safetensors'), Buffer.alloc(4096, 7));
    const signed = await cli(
      ['sign-model', copy, '--signature', 'copy.sig', '--fulcio-url', fake.url, '--rekor-url', fake.url],
      {
        SIGSTORE_ID_TOKEN: fake.githubToken(),
      },
    );
    expect(signed.code).toBe(EXIT.ok);
    await writeFile(path.join(cwd, copy, 'model.safetensors'), Buffer.alloc(4096, 8));
    const result = await cli([
      'verify-provenance',
      copy,
      '--signature',
      'copy.sig',
      '--trusted-root',
      TRUSTED_ROOT,
      '--repo',
      'octo/demo',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(EXIT.findings);
    const json = JSON.parse(result.stdout) as {
      findings: Array<{ ruleId: string; location: { path: string } }>;
    };
    expect(json.findings.map((f) => [f.ruleId, f.location.path])).toEqual([
      ['provenance/file-modified', `${copy}/model.safetensors`],
    ]);
    await rm(path.join(cwd, copy), { recursive: true });
  });

  it('without an identity policy it refuses to verify (a signature by anybody would)', async () => {
    const result = await verify('github.sig', []);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('a signature by anybody would verify');
    // An issuer alone names nobody.
    const issuerOnly = await verify('github.sig', ['--identity-provider', GITHUB_ISSUER]);
    expect(issuerOnly.code).toBe(EXIT.usage);
    expect(issuerOnly.stderr).toContain('a signature by anybody would verify');
  });

  it('an identity without its issuer is a usage error', async () => {
    const result = await verify('email.sig', ['--identity', 'alice@example.com']);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain('identity needs identity-provider');
  });

  it('a trusted-root that is not one is a usage error', async () => {
    await writeFile(path.join(cwd, 'not-a-root.json'), '{"mediaType": "application/json"}');
    const result = await cli([
      'verify-provenance',
      MODEL,
      '--signature',
      'github.sig',
      '--trusted-root',
      'not-a-root.json',
      '--repo',
      'octo/demo',
    ]);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain('trusted-root not-a-root.json is not a Sigstore trusted root');
  });
});
