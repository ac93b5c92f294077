import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Signer = {
  keyId: string;
  algorithm: 'Ed25519';
  publicKeyPem: string;
  /** Signature (base64) over a file's SHA-256 digest (hex). */
  sign(sha256Hex: string): string;
  verify(sha256Hex: string, signature: string): boolean;
};

function fromPrivateKey(privateKey: KeyObject): Signer {
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    keyId: createHash('sha256').update(der).digest('hex').slice(0, 16),
    algorithm: 'Ed25519',
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (digest) => sign(null, Buffer.from(digest, 'hex'), privateKey).toString('base64'),
    verify: (digest, signature) => {
      try {
        return verify(null, Buffer.from(digest, 'hex'), publicKey, Buffer.from(signature, 'base64'));
      } catch {
        return false;
      }
    },
  };
}

/**
 * The key that signs results: SIGNING_KEY from the environment, or outside production a key generated once and
 * kept beside the embedded database so that signatures stay verifiable across restarts.
 */
export function loadSigner(options: { signingKey: string | undefined; keyDir: string | undefined }): Signer {
  if (options.signingKey) return fromPrivateKey(createPrivateKey(options.signingKey));
  const file = options.keyDir ? path.join(options.keyDir, 'signing-ed25519.pem') : undefined;
  if (file && existsSync(file)) return fromPrivateKey(createPrivateKey(readFileSync(file, 'utf8')));
  const { privateKey } = generateKeyPairSync('ed25519');
  if (file && options.keyDir) {
    mkdirSync(options.keyDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  return fromPrivateKey(privateKey);
}
