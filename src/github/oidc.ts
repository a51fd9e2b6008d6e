import * as core from '@actions/core';
import { UsageError } from '../core/errors.js';

/**
 * The job's OIDC token for Sigstore keyless signing. GitHub hands one out only to jobs granted
 * `id-token: write`, and never to pull requests from forks: both cases get an error that says so.
 */
/** Throws the missing-permission error when this run cannot get an OIDC token at all. */
export function checkSigstoreIdentityToken(env: NodeJS.ProcessEnv, fromFork: boolean): void {
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new UsageError(
      'MISSING_PERMISSION',
      fromFork
        ? 'keyless signing (method: sigstore) needs the job OIDC token, and GitHub gives none to pull requests from forks; sign in a push or release workflow instead'
        : 'keyless signing (method: sigstore) needs the job OIDC token: add `permissions: id-token: write` to the job (with `contents: read`)',
    );
  }
}

export async function sigstoreIdentityToken(env: NodeJS.ProcessEnv, fromFork: boolean): Promise<string> {
  checkSigstoreIdentityToken(env, fromFork);
  try {
    return await core.getIDToken('sigstore');
  } catch (error) {
    throw new UsageError(
      'MISSING_PERMISSION',
      `could not get the job OIDC token for keyless signing (${error instanceof Error ? error.message : String(error)}); check that the job has \`permissions: id-token: write\``,
    );
  }
}
