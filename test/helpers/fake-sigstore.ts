import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  fulcioHandler,
  type HandlerFn,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
} from '@sigstore/mock';
import { HashAlgorithm, PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs';

/**
 * A fake Sigstore on 127.0.0.1: one real HTTP server serving the @sigstore/mock Fulcio
 * (`POST /api/v2/signingCert`), Rekor (`POST /api/v1/log/entries`) and timestamp authority
 * (`POST /api/v1/timestamp`), plus the GitHub Actions OIDC token endpoint
 * (`GET /oidc/token`, what ACTIONS_ID_TOKEN_REQUEST_URL points at). It issues unsigned but
 * well-formed JWTs (the mock Fulcio only decodes them) and writes a trusted_root.json that
 * trusts exactly its own CA, transparency log, CT log and timestamp authority.
 *
 * The mock Fulcio puts the token's `sub` in the certificate's URI SAN, its `iss` in the issuer
 * extensions, and GitHub claims (`repository`, `ref`, `job_workflow_ref`, `runner_environment`,
 * `sha`, `event_name`, ...) in the GitHub extensions (1.3.6.1.4.1.57264.1.*), as Fulcio does.
 */

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export interface RecordedSigstoreRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface SigstoreFault {
  method: string;
  path: RegExp;
  status: number;
  /** How many requests fail; Infinity for all of them (the signer retries). */
  times: number;
}

export interface GitHubClaims {
  repository?: string;
  ref?: string;
  /** Workflow path inside the repository. */
  workflow?: string;
  runnerEnvironment?: string;
  sha?: string;
  eventName?: string;
}

/** An unsigned JWT (`alg: none`, an empty-looking but present signature part). */
export function unsignedJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.${Buffer.from('unsigned').toString('base64url')}`;
}

/** The claims of a GitHub Actions job token for audience sigstore, with the workflow as `sub`. */
export function githubClaims(options: GitHubClaims = {}): Record<string, unknown> {
  const repository = options.repository ?? 'octo/demo';
  const ref = options.ref ?? 'refs/heads/main';
  const workflow = options.workflow ?? '.github/workflows/release.yml';
  const sha = options.sha ?? 'a'.repeat(40);
  const jobWorkflowRef = `${repository}/${workflow}@${ref}`;
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: GITHUB_ISSUER,
    aud: 'sigstore',
    // Fulcio names a GitHub signer by its workflow URL; the mock Fulcio takes the SAN from `sub`.
    sub: `https://github.com/${jobWorkflowRef}`,
    iat: now,
    nbf: now,
    exp: now + 600,
    repository,
    repository_owner: repository.split('/')[0],
    ref,
    sha,
    event_name: options.eventName ?? 'push',
    workflow: 'release',
    workflow_ref: jobWorkflowRef,
    workflow_sha: sha,
    job_workflow_ref: jobWorkflowRef,
    job_workflow_sha: sha,
    runner_environment: options.runnerEnvironment ?? 'github-hosted',
    run_id: '42',
    run_attempt: '1',
  };
}

interface Services {
  fulcio: HandlerFn;
  rekor: HandlerFn;
  tsa: HandlerFn;
  trustedRoot: Record<string, unknown>;
}

/**
 * The mock Rekor logs the proposed entry as it came; the real one logs a dsse entry in canonical
 * form (the payload hash and the signatures with their verifiers), which is what verifiers check.
 */
function canonicalizingDsse(rekor: HandlerFn): HandlerFn {
  return (body) => {
    const entry = JSON.parse(body) as {
      kind?: string;
      apiVersion?: string;
      spec?: { proposedContent?: { envelope: string; verifiers: string[] } };
    };
    const proposed = entry.kind === 'dsse' ? entry.spec?.proposedContent : undefined;
    if (!proposed) return rekor(body);
    const envelope = JSON.parse(proposed.envelope) as {
      payload: string;
      signatures: Array<{ sig: string }>;
    };
    const sha256 = (data: string | Buffer) => ({
      algorithm: 'sha256',
      value: createHash('sha256').update(data).digest('hex'),
    });
    return rekor(
      JSON.stringify({
        apiVersion: entry.apiVersion,
        kind: 'dsse',
        spec: {
          envelopeHash: sha256(proposed.envelope),
          payloadHash: sha256(Buffer.from(envelope.payload, 'base64')),
          signatures: envelope.signatures.map((signature, i) => ({
            signature: signature.sig,
            verifier: proposed.verifiers[i] ?? proposed.verifiers[0],
          })),
        },
      }),
    );
  };
}

const ec = (): { publicKey: KeyObject; privateKey: KeyObject } =>
  generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

async function initialize(clock: Date): Promise<Services> {
  // An hour of slack before now: a signature made in the same second as the root is still in range.
  const validFor = { start: new Date(Date.now() - 3_600_000) };
  const ctlog = await initializeCTLog(ec(), clock);
  const ca = await initializeCA(ec(), ctlog, clock);
  const tlog = await initializeTLog('https://rekor.sigstore.mock', ec(), clock);
  const tsa = await initializeTSA(ec(), clock);
  const logInstance = (publicKey: Buffer, keyId: Buffer, baseUrl: string) => ({
    baseUrl,
    hashAlgorithm: HashAlgorithm.SHA2_256,
    publicKey: { rawBytes: publicKey, keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor },
    logId: { keyId },
    checkpointKeyId: undefined,
    operator: 'sigstore.mock',
  });
  const bytes = (view: ArrayBufferView) => Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  const root: TrustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      logInstance(
        tlog.publicKey,
        createHash('sha256').update(tlog.publicKey).digest(),
        'https://rekor.sigstore.mock',
      ),
    ],
    ctlogs: [logInstance(ctlog.publicKey, bytes(ctlog.logID), 'https://ctfe.sigstore.mock')],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: 'https://fulcio.sigstore.mock',
        certChain: { certificates: [{ rawBytes: bytes(ca.rootCertificate) }] },
        validFor,
        operator: 'sigstore.mock',
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: 'https://tsa.sigstore.mock',
        certChain: {
          certificates: [{ rawBytes: bytes(tsa.intCertificate) }, { rawBytes: bytes(tsa.rootCertificate) }],
        },
        validFor,
        operator: 'sigstore.mock',
      },
    ],
  };
  return {
    fulcio: fulcioHandler(ca).fn,
    rekor: canonicalizingDsse(rekorHandler(tlog).fn),
    tsa: tsaHandler(tsa).fn,
    trustedRoot: TrustedRoot.toJSON(root) as Record<string, unknown>,
  };
}

export class FakeSigstore {
  readonly requests: RecordedSigstoreRequest[] = [];
  /** The bearer token the OIDC endpoint expects (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  readonly oidcRequestToken = 'fake-oidc-request-token';
  /** The claims the OIDC endpoint issues a token for. */
  oidcClaims: Record<string, unknown> = githubClaims();
  url = '';
  private readonly faults: SigstoreFault[] = [];
  private server?: Server;
  private services?: Services;
  /**
   * The services' clock, set to the current whole second before each request. The mock TSA
   * writes genTime with milliseconds and drops trailing zeros (".5Z"), which @sigstore/core's
   * time parser refuses (it wants exactly three digits): whole seconds keep every run verifiable.
   */
  private readonly clock = new Date();

  private tick(): void {
    this.clock.setTime(Math.floor(Date.now() / 1000) * 1000);
  }

  async start(): Promise<this> {
    this.tick();
    this.services = await initialize(this.clock);
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  get trustedRoot(): Record<string, unknown> {
    return this.services!.trustedRoot;
  }

  async writeTrustedRoot(file: string): Promise<void> {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(this.trustedRoot, null, 2)}\n`);
  }

  /** A token for an OIDC identity (email or any `sub`) from the given issuer. */
  token(claims: Record<string, unknown>): string {
    const now = Math.floor(Date.now() / 1000);
    return unsignedJwt({ aud: 'sigstore', iat: now, exp: now + 600, ...claims });
  }

  githubToken(options: GitHubClaims = {}): string {
    return unsignedJwt(githubClaims(options));
  }

  /** The runner's variables for `permissions: id-token: write`, pointing at this server. */
  actionsOidcEnv(): Record<string, string> {
    return {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${this.url}/oidc/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.oidcRequestToken,
    };
  }

  fail(fault: Omit<SigstoreFault, 'times'> & { times?: number }): void {
    this.faults.push({ times: Infinity, ...fault });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  requestsTo(method: string, route: RegExp): RecordedSigstoreRequest[] {
    return this.requests.filter((r) => r.method === method && route.test(r.path));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.url);
    const recorded: RecordedSigstoreRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    this.requests.push(recorded);
    const fault = this.faults.find(
      (f) => f.times > 0 && f.method === recorded.method && f.path.test(recorded.path),
    );
    if (fault) {
      fault.times -= 1;
      return this.send(res, fault.status, JSON.stringify({ message: `fake ${fault.status}` }));
    }
    try {
      await this.route(recorded, res);
    } catch (error) {
      this.send(res, 500, JSON.stringify({ message: String(error) }));
    }
  }

  private async route(req: RecordedSigstoreRequest, res: ServerResponse): Promise<void> {
    const services = this.services!;
    const handler =
      req.method === 'POST'
        ? {
            '/api/v2/signingCert': services.fulcio,
            '/api/v1/log/entries': services.rekor,
            '/api/v1/timestamp': services.tsa,
          }[req.path]
        : undefined;
    if (handler) {
      this.tick();
      const result = await handler(req.body);
      return this.send(res, result.statusCode, result.response, result.contentType);
    }
    if (req.method === 'GET' && req.path === '/oidc/token') {
      if (req.headers.authorization !== `Bearer ${this.oidcRequestToken}`) {
        return this.send(res, 401, JSON.stringify({ message: 'bad request token' }));
      }
      const audience = req.query.get('audience');
      return this.send(
        res,
        200,
        JSON.stringify({ value: unsignedJwt({ ...this.oidcClaims, aud: audience }) }),
      );
    }
    this.send(
      res,
      404,
      JSON.stringify({ message: `fake Sigstore has no route for ${req.method} ${req.path}` }),
    );
  }

  private send(
    res: ServerResponse,
    status: number,
    body: string | ArrayBufferView,
    contentType = 'application/json',
  ): void {
    res.writeHead(status, { 'content-type': contentType });
    res.end(typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
  }
}
