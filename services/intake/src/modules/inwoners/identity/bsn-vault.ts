import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { IntakeConfig } from '../../../config/intake-config';

export interface VersleuteldeBsn {
  sleutelId: string;
  /** iv (12 bytes) | auth tag (16 bytes) | ciphertext */
  versleuteld: Buffer;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The BSN at rest: AES-256-GCM with the active key, the key id stored beside it so old rows stay readable after
 * rotation, and the inwoner's id as associated data so a ciphertext cannot be moved to another row. Lookups use
 * an HMAC, so finding a person never needs decryption.
 */
export class BsnVault {
  constructor(private readonly config: IntakeConfig['bsn']) {}

  encrypt(bsn: string, inwonerId: string): VersleuteldeBsn {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key(this.config.activeKeyId), iv);
    cipher.setAAD(Buffer.from(inwonerId));
    const ciphertext = Buffer.concat([cipher.update(bsn, 'utf8'), cipher.final()]);
    return { sleutelId: this.config.activeKeyId, versleuteld: Buffer.concat([iv, cipher.getAuthTag(), ciphertext]) };
  }

  decrypt(value: VersleuteldeBsn, inwonerId: string): string {
    const iv = value.versleuteld.subarray(0, IV_BYTES);
    const tag = value.versleuteld.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.key(value.sleutelId), iv);
    decipher.setAAD(Buffer.from(inwonerId));
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(value.versleuteld.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  }

  /** Keyed hash for "is this BSN known?": equal BSNs give equal hashes, and without the key it reveals nothing. */
  lookupHash(bsn: string): Buffer {
    return createHmac('sha256', this.config.hmacKey).update(bsn).digest();
  }

  get activeKeyId(): string {
    return this.config.activeKeyId;
  }

  needsReencryption(value: VersleuteldeBsn): boolean {
    return value.sleutelId !== this.config.activeKeyId;
  }

  private key(id: string): Buffer {
    const key = this.config.keys.get(id);
    if (!key) throw new Error(`no BSN key with id ${id} configured`);
    return key;
  }
}
