import { type CheckDefinition, lazyRun } from '../../core/check.js';
import { THREADS_OPTION } from '../oms/shared-options.js';
import { SLSA_PROVENANCE_V1 } from '../oms/statement.js';

export const verifyProvenance: CheckDefinition = {
  name: 'verify-provenance',
  summary: 'Verify OMS model signatures and SLSA provenance attestations before a model is used.',
  positional: {
    name: 'model-path',
    description:
      'The model file or directory (or, with attestation, the artifact files) to verify. Empty: every signature in the repository, and every model file no signature covers.',
    default: [],
  },
  options: [
    {
      name: 'signature',
      type: 'path',
      description:
        'The signature bundle to verify (relative to the repository root). With no model-path, the file name signatures are searched by.',
      default: 'model.sig',
    },
    {
      name: 'method',
      type: 'string',
      description: '`sigstore` (keyless; needs an identity policy), `key` or `certificate`.',
      default: 'sigstore',
      choices: ['sigstore', 'key', 'certificate'],
    },
    { name: 'public-key', type: 'path', description: 'PEM public key file for `key`.' },
    {
      name: 'certificate-chain',
      type: 'paths',
      description: 'PEM files of the CA certificates trusted for `certificate`.',
    },
    {
      name: 'identity',
      type: 'string',
      description: 'Expected certificate identity: exact, or a regular expression starting with `^`.',
    },
    {
      name: 'identity-provider',
      type: 'string',
      description: 'Expected OIDC issuer URL (default for repo/signer-workflow: GitHub Actions).',
    },
    { name: 'repo', type: 'string', description: 'Expected source repository (owner/name) of the signer.' },
    {
      name: 'signer-workflow',
      type: 'string',
      description: 'Expected signer workflow: owner/name/path/to/workflow.yml (optionally @ref).',
    },
    {
      name: 'source-ref',
      type: 'string',
      description: 'Expected source ref of the signing run, e.g. refs/heads/main or refs/tags/v1.',
    },
    {
      name: 'github-hosted-runner',
      type: 'boolean',
      description: 'Require the signing run to have used a GitHub-hosted runner.',
      default: 'false',
    },
    {
      name: 'trusted-root',
      type: 'path',
      description: 'A trusted_root.json to use instead of the pinned Sigstore public-good root.',
    },
    {
      name: 'ignore-paths',
      type: 'paths',
      description: 'Paths inside the model that are not signed, relative to the repository root.',
    },
    {
      name: 'ignore-unsigned-files',
      type: 'boolean',
      description: 'Verify only the files named in the signature; extra files are not an error.',
      default: 'false',
    },
    {
      name: 'attestation',
      type: 'path',
      description: 'Provenance attestation bundle (JSON or .jsonl) to verify the artifacts against.',
    },
    {
      name: 'builder-id',
      type: 'string',
      description: 'Expected SLSA builder id (runDetails.builder.id) of the attestation.',
    },
    {
      name: 'predicate-type',
      type: 'string',
      description: 'Expected attestation predicate type.',
      default: SLSA_PROVENANCE_V1,
    },
    THREADS_OPTION,
  ],
  run: lazyRun(() => import('./index.js')),
};
