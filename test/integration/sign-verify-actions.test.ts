import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, readFile, realpath, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github.js';
import { FakeSigstore, GITHUB_ISSUER } from '../helpers/fake-sigstore.js';
import { type ActionRun, runActionYml } from '../helpers/run-action.js';

/**
 * The sign-model and verify-provenance actions from dist/, run the way the runner runs them:
 * keyless signing with the job OIDC token (from a fake token endpoint) against a fake Sigstore,
 * verification against its trusted root, and a key-method round trip with the key as a secret.
 */

const root = path.resolve(import.meta.dirname, '../..');
const signAction = path.join(root, 'actions/sign-model/action.yml');
const verifyAction = path.join(root, 'actions/verify-provenance/action.yml');

const MODEL = 'models/sentiment';
const TRUSTED_ROOT = '.sigstore/trusted_root.json';
const IDENTITY = 'https://github.com/octo/demo/.github/workflows/release.yml@refs/heads/main';

let sigstore: FakeSigstore;
let github: FakeGitHub;
let workspace: string;

async function plantModel(): Promise<void> {
  await mkdir(path.join(workspace, MODEL, 'tokenizer'), { recursive: true });
  await writeFile(path.join(workspace, MODEL, 'config.json'), '{"labels": ["neg", "pos"]}\n');
  await writeFile(path.join(workspace, MODEL, 'model.safetensors'), Buffer.alloc(8192, 3));
  await writeFile(path.join(workspace, MODEL, 'tokenizer/vocab.txt'), 'a\nb\nc\n');
}

function errors(run: ActionRun) {
  return run.commands.filter((c) => c.command === 'error');
}

function sign(inputs: Record<string, string>, extra: Partial<Parameters<typeof runActionYml>[1]> = {}) {
  return runActionYml(signAction, {
    workspace,
    apiUrl: github.url,
    inputs: { 'model-path': MODEL, signature: 'model.sig', threads: '1', ...inputs },
    ...extra,
  });
}

function keyless(extra: Partial<Parameters<typeof runActionYml>[1]> = {}) {
  return sign({ 'fulcio-url': sigstore.url, 'rekor-url': sigstore.url, 'tsa-url': sigstore.url }, extra);
}

function verify(inputs: Record<string, string>) {
  return runActionYml(verifyAction, {
    workspace,
    apiUrl: github.url,
    inputs: { 'model-path': MODEL, signature: 'model.sig', threads: '1', ...inputs },
  });
}

const forkEvent = {
  name: 'pull_request',
  payload: {
    pull_request: {
      number: 7,
      head: { sha: 'b'.repeat(40), repo: { full_name: 'someone/demo' } },
      base: { repo: { full_name: 'octo/demo' } },
    },
  },
};

beforeAll(async () => {
  sigstore = await new FakeSigstore().start();
});

afterAll(async () => {
  await sigstore?.stop();
});

beforeEach(async () => {
  github = await new FakeGitHub().start();
  workspace = await mkdtemp(path.join(os.tmpdir(), 'mlsec-sign-ws-'));
  await plantModel();
  await sigstore.writeTrustedRoot(path.join(workspace, TRUSTED_ROOT));
  return () => github.stop();
});

describe('sign-model action, keyless', () => {
  it('signs with the job OIDC token: outputs, signature bundle and job summary', async () => {
    const tokenRequests = sigstore.requestsTo('GET', /^\/oidc\/token$/).length;
    const run = await keyless({ env: sigstore.actionsOidcEnv() });
    expect(errors(run), run.stdout).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['result']).toBe('success');
    expect(run.outputs['signature-file']).toBe(path.join(workspace, 'model.sig'));
    expect(run.outputs['manifest-digest']).toMatch(/^[0-9a-f]{64}$/);

    // The runner's token endpoint was asked for a sigstore-audience token with the request token.
    const requests = sigstore.requestsTo('GET', /^\/oidc\/token$/).slice(tokenRequests);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.query.get('audience')).toBe('sigstore');
    expect(requests[0]!.query.get('api-version')).toBe('2.0');
    expect(requests[0]!.headers.authorization).toBe(`Bearer ${sigstore.oidcRequestToken}`);
    // The job token is masked in the log.
    expect(
      run.commands.filter((c) => c.command === 'add-mask').map((c) => c.message.split('.').length),
    ).toContain(3);

    const bundle = JSON.parse(await readFile(path.join(workspace, 'model.sig'), 'utf8'));
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);

    // Markdown-escaped, as the summary renders it.
    expect(run.summary).toContain('**Signed files of models/sentiment \\(sigstore, files, sha256\\)**');
    for (const [file, bytes] of [
      ['config.json', 27],
      ['model.safetensors', 8192],
      ['tokenizer/vocab.txt', 6],
    ] as const) {
      expect(run.summary).toMatch(
        new RegExp(`^\\| ${MODEL}/${file} \\| ${bytes} \\| sha256:[0-9a-f]{64} \\|$`, 'm'),
      );
    }
  });

  it('without id-token: write it fails with one error that says to add the permission', async () => {
    const run = await keyless();
    expect(run.exitCode).toBe(1);
    const messages = errors(run).map((c) => c.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toBe(
      'mlsec: keyless signing (method: sigstore) needs the job OIDC token: add `permissions: id-token: write` to the job (with `contents: read`)',
    );
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(run.outputs['signature-file']).toBeUndefined();
    await expect(readFile(path.join(workspace, 'model.sig'))).rejects.toThrow(/ENOENT/);
  });

  it('in a pull request from a fork it says forks get no OIDC token', async () => {
    const run = await keyless({ event: forkEvent });
    expect(run.exitCode).toBe(1);
    const messages = errors(run).map((c) => c.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toBe(
      'mlsec: keyless signing (method: sigstore) needs the job OIDC token, and GitHub gives none to pull requests from forks; sign in a push or release workflow instead',
    );
  });
});

describe('verify-provenance action, keyless', () => {
  beforeEach(async () => {
    const run = await keyless({ env: sigstore.actionsOidcEnv() });
    expect(run.exitCode, run.stdout).toBe(0);
  });

  it('verifies the signed model against the trusted root and shows the signer', async () => {
    const run = await verify({
      identity: IDENTITY,
      'identity-provider': GITHUB_ISSUER,
      repo: 'octo/demo',
      'trusted-root': TRUSTED_ROOT,
    });
    expect(errors(run), run.stdout).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['result']).toBe('success');
    expect(run.outputs['findings']).toBe('0');
    expect(run.summary).toContain('Verified artifacts');
    // The signer is the certificate identity and its issuer (markdown-escaped, @ kept from mentioning).
    expect(run.summary).toContain(
      `| ${MODEL} | OMS \\(sigstore\\) | https://github.com/octo/demo/.github/workflows/release.yml@&#8203;refs/heads/main \\(issuer ${GITHUB_ISSUER}\\) | verified \\(3 resources\\) |`,
    );
  });

  it('a model file modified after signing fails with an annotation on the file', async () => {
    await writeFile(path.join(workspace, MODEL, 'model.safetensors'), Buffer.alloc(8192, 4));
    const run = await verify({ repo: 'octo/demo', 'trusted-root': TRUSTED_ROOT });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['result']).toBe('failure');
    const onFile = errors(run).filter((c) => c.properties.file !== undefined);
    expect(onFile).toHaveLength(1);
    expect(onFile[0]!.properties.file).toBe(`${MODEL}/model.safetensors`);
    expect(onFile[0]!.properties.title).toBe('mlsec verify-provenance: Model file modified after signing');
    expect(onFile[0]!.message).toMatch(/^provenance\/file-modified: /);
  });
});

describe('sign-model and verify-provenance actions, key method', () => {
  it('round-trips with the private key as PEM text, which never reaches a log, output or summary', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await writeFile(path.join(workspace, 'signing.pub'), publicKey.export({ type: 'spki', format: 'pem' }));

    const signed = await sign({ method: 'key', 'private-key': pem });
    expect(errors(signed), signed.stdout).toEqual([]);
    expect(signed.exitCode).toBe(0);
    expect(signed.outputs['manifest-digest']).toMatch(/^[0-9a-f]{64}$/);

    const verified = await verify({ method: 'key', 'public-key': 'signing.pub' });
    expect(errors(verified), verified.stdout).toEqual([]);
    expect(verified.exitCode).toBe(0);
    expect(verified.summary).toMatch(
      /^\| models\/sentiment \| OMS \\\(key\\\) \| public key [0-9a-f]{16} \| verified \\\(3 resources\\\) \|$/m,
    );

    // The key, and every line of its body, appears nowhere but in the runner's mask commands.
    const secrets = [
      pem,
      pem.trim(),
      ...pem
        .split('\n')
        .filter((line) => line && !line.startsWith('-----'))
        .map((line) => line.trim()),
    ];
    const signatureText = await readFile(path.join(workspace, 'model.sig'), 'utf8');
    for (const run of [signed, verified]) {
      const places = [
        ...run.logLines,
        run.stderr,
        run.summary,
        JSON.stringify(run.outputs),
        ...run.commands
          .filter((c) => c.command !== 'add-mask')
          .map((c) => `${c.message} ${JSON.stringify(c.properties)}`),
        await readFile(run.outputs['sarif-file']!, 'utf8'),
        await readFile(run.outputs['summary']!, 'utf8'),
      ];
      for (const place of places) {
        for (const secret of secrets) expect(place).not.toContain(secret);
      }
    }
    for (const secret of secrets) expect(signatureText).not.toContain(secret);
    // The one place the key is written is the mask command that hides it.
    const masks = signed.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
    expect(masks).toContain(pem.trim());
  });
});

describe('sign-model action, path inputs', () => {
  const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();

  it('a path input outside the workspace is refused, naming the input and the workspace', async () => {
    const run = await sign({ method: 'key', 'private-key': pem, 'ignore-paths': '../x' });
    expect(run.exitCode).toBe(1);
    expect(errors(run).map((c) => c.message)).toEqual([
      `mlsec: input ignore-paths: "../x" is outside ${await realpath(workspace)}`,
    ]);
  });

  it("the signer's certificate-chain input may be outside the workspace (it is read there)", async () => {
    const secrets = await realpath(await mkdtemp(path.join(os.tmpdir(), 'mlsec-secret-mount-')));
    await writeFile(path.join(secrets, 'chain.pem'), 'not a certificate');
    const run = await sign({
      method: 'certificate',
      'private-key': pem,
      'certificate-chain': path.join(secrets, 'chain.pem'),
    });
    expect(errors(run).map((c) => c.message)).toEqual([
      `mlsec: certificate-chain ${path.join(secrets, 'chain.pem')} holds no PEM certificate`,
    ]);
  });
});

describe('verify-provenance action in a pull request, over the whole repository', () => {
  it('annotates the changed model files that no valid signature vouches for, and only those', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await writeFile(path.join(workspace, 'signing.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
    const signed = await sign({ method: 'key', 'private-key': pem, signature: `${MODEL}/model.sig` });
    expect(signed.exitCode).toBe(0);
    // The pull request: edits the signed weights and adds an unsigned model; an older unsigned
    // model elsewhere is not part of it.
    await writeFile(path.join(workspace, MODEL, 'model.safetensors'), Buffer.alloc(8192, 4));
    await mkdir(path.join(workspace, 'models/new'), { recursive: true });
    await writeFile(path.join(workspace, 'models/new/encoder.onnx'), 'onnx');
    await mkdir(path.join(workspace, 'models/old'), { recursive: true });
    await writeFile(path.join(workspace, 'models/old/legacy.pkl'), 'pickle');
    github.pullFiles.set(7, [
      { filename: `${MODEL}/model.safetensors`, status: 'modified' },
      { filename: 'models/new/encoder.onnx', status: 'added' },
    ]);
    const run = await runActionYml(verifyAction, {
      workspace,
      apiUrl: github.url,
      inputs: { method: 'key', 'public-key': 'signing.pub', scope: 'changed', threads: '1' },
      event: {
        name: 'pull_request',
        payload: {
          pull_request: {
            number: 7,
            head: { sha: 'b'.repeat(40), repo: { full_name: 'octo/demo' } },
            base: { repo: { full_name: 'octo/demo' } },
          },
        },
      },
    });
    expect(run.exitCode).toBe(1);
    expect(
      errors(run)
        .filter((c) => c.properties.file !== undefined)
        .map((c) => `${c.properties.file} ${c.message.split(':')[0]}`)
        .sort(),
    ).toEqual([
      'models/new/encoder.onnx provenance/unsigned-model',
      `${MODEL}/model.safetensors provenance/file-modified`,
    ]);
    expect(run.outputs['findings']).toBe('2');
    // The sticky comment lists the artifacts and their status.
    const comment = github.comments.get(7)![0]!.body;
    expect(comment).toContain('Verified artifacts');
    expect(comment).toContain('1 outside the diff');
  });
});
