import type { CheckDefinition } from '../../core/check.js';
import { NotImplementedError } from '../../core/errors.js';

export const verifyProvenance: CheckDefinition = {
  name: 'verify-provenance',
  summary: 'Verify OMS model signatures and SLSA provenance attestations before a model is used.',
  positional: {
    name: 'model-path',
    description: 'The model file or directory (or artifact) to verify.',
    default: [],
  },
  options: [
    {
      name: 'signature',
      type: 'path',
      description: 'The signature bundle to verify.',
      default: 'model.sig',
    },
    {
      name: 'method',
      type: 'string',
      description: '`sigstore`, `key` or `certificate`.',
      default: 'sigstore',
      choices: ['sigstore', 'key', 'certificate'],
    },
    { name: 'public-key', type: 'path', description: 'PEM public key file for `key`.' },
    {
      name: 'certificate-chain',
      type: 'list',
      description: 'PEM certificate files trusted for `certificate`.',
    },
    {
      name: 'identity',
      type: 'string',
      description: 'Expected certificate identity (exact, or an anchored regex).',
    },
    { name: 'identity-provider', type: 'string', description: 'Expected OIDC issuer URL.' },
    {
      name: 'trusted-root',
      type: 'path',
      description: 'A trusted_root.json to use instead of the pinned public-good root.',
    },
    { name: 'ignore-paths', type: 'list', description: 'Paths inside the model that are not signed.' },
    {
      name: 'ignore-unsigned-files',
      type: 'boolean',
      description: 'Verify only the files named in the signature; extra files are not an error.',
      default: 'false',
    },
    {
      name: 'attestation',
      type: 'path',
      description: 'SLSA provenance bundle (JSON or .jsonl) to verify the artifact against.',
    },
    {
      name: 'repo',
      type: 'string',
      description: 'Expected source repository (owner/name) of the attestation.',
    },
    { name: 'signer-workflow', type: 'string', description: 'Expected signer workflow (owner/name/path).' },
  ],
  run() {
    return Promise.reject(new NotImplementedError('verify-provenance', 4));
  },
};
