import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';

/**
 * EC keys for `key` and `certificate` signing. Each curve signs with its own hash (P-256/SHA-256,
 * P-384/SHA-384, P-521/SHA-512), as Sigstore's algorithm registry and the reference library do.
 */

export class KeyError extends Error {
  override readonly name = 'KeyError';
}

const CURVE_HASH: Record<string, string> = { prime256v1: 'sha256', secp384r1: 'sha384', secp521r1: 'sha512' };

/**
 * The PEM blocks in `text`, without what surrounds them: certtool writes a readable dump of the
 * key before its PEM block, and a chain file holds several blocks.
 */
export function pemBlocks(text: string, label?: string): string[] {
  const blocks: string[] = [];
  const pattern = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n[\s\S]*?-----END \1-----/g;
  for (const match of text.matchAll(pattern)) {
    if (label === undefined || match[1] === label) blocks.push(`${match[0]}\n`);
  }
  return blocks;
}

/** The curve's hash, or an error naming what is wrong with the key. */
export function signingHash(key: KeyObject, what: string): string {
  if (key.asymmetricKeyType !== 'ec') {
    throw new KeyError(
      `${what} is a ${key.asymmetricKeyType ?? 'symmetric'} key; only EC keys (P-256, P-384, P-521) are supported`,
    );
  }
  const curve = key.asymmetricKeyDetails?.namedCurve ?? '';
  const hash = CURVE_HASH[curve];
  if (!hash)
    throw new KeyError(`${what} uses curve ${curve || 'unknown'}; only P-256, P-384 and P-521 are supported`);
  return hash;
}

const ENCRYPTED_KEY =
  'the key is encrypted; mlsec needs an unencrypted key (decrypt it into a secret, e.g. ' +
  '`openssl pkcs8 -in key.pem -out plain.pem`, or `openssl ec -in key.pem -out plain.pem` for an EC PRIVATE KEY)';

/**
 * The one private key block in `text`. Several keys, a key beside another PEM block, or a block
 * cut short are refused: signing with whichever came first would be a silent guess. Text outside
 * the blocks (certtool's readable dump) is allowed. Errors name `what`, never the content.
 */
function onePrivateKeyBlock(text: string, what: string): string {
  const blocks = pemBlocks(text);
  const keys = blocks.filter((pem) => /^-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(pem));
  if (keys.length > 1) {
    throw new KeyError(
      `${what} holds ${keys.length} private keys; mlsec will not choose one: leave only the key to sign with`,
    );
  }
  if (keys.length === 1 && blocks.length > 1) {
    throw new KeyError(
      `${what} holds a PEM block besides the private key; a key file holds the private key alone`,
    );
  }
  if ((text.match(/-----BEGIN [A-Z0-9 ]+-----/g) ?? []).length > blocks.length) {
    throw new KeyError(
      `${what} holds a PEM block without its END line; a key file holds the private key alone`,
    );
  }
  if (keys.length === 0)
    throw new KeyError(`${what} holds no PEM private key (-----BEGIN PRIVATE KEY----- or EC PRIVATE KEY)`);
  return keys[0]!;
}

/** A private key from PEM text (PKCS#8 or SEC1); `what` names it in errors, never its content. */
export function loadPrivateKey(text: string, what: string, passphrase?: string): KeyObject {
  const block = onePrivateKeyBlock(text, what);
  // PKCS#8 `ENCRYPTED PRIVATE KEY`, or a legacy block with `Proc-Type: 4,ENCRYPTED` headers:
  // OpenSSL would only say it was interrupted asking for a passphrase.
  const encrypted = block.startsWith('-----BEGIN ENCRYPTED ') || /^Proc-Type:\s*4,\s*ENCRYPTED/m.test(block);
  if (encrypted && passphrase === undefined) throw new KeyError(`${what}: ${ENCRYPTED_KEY}`);
  let key: KeyObject;
  try {
    key = createPrivateKey({
      key: block,
      format: 'pem',
      ...(passphrase !== undefined ? { passphrase } : {}),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new KeyError(`${what} is not a usable private key (${code})`);
  }
  signingHash(key, what);
  return key;
}

export function loadPublicKey(text: string, what: string): KeyObject {
  const block = pemBlocks(text, 'PUBLIC KEY')[0];
  if (!block) throw new KeyError(`${what} holds no PEM public key (-----BEGIN PUBLIC KEY-----)`);
  let key: KeyObject;
  try {
    key = createPublicKey({ key: block, format: 'pem' });
  } catch (error) {
    throw new KeyError(
      `${what} is not a usable public key (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
    );
  }
  signingHash(key, what);
  return key;
}

/**
 * The reference's `publicKey.hint`: SHA-256 hex of the key's SubjectPublicKeyInfo PEM text, as
 * OpenSSL and Python's cryptography write it (64-column base64, trailing newline).
 */
export function publicKeyHint(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return createHash('sha256').update(pem, 'utf8').digest('hex');
}

export function signData(key: KeyObject, data: Buffer): Buffer {
  return sign(signingHash(key, 'the private key'), data, { key, dsaEncoding: 'der' });
}

export function verifyData(key: KeyObject, data: Buffer, signature: Buffer): boolean {
  try {
    return verify(signingHash(key, 'the public key'), data, { key, dsaEncoding: 'der' }, signature);
  } catch {
    return false;
  }
}
