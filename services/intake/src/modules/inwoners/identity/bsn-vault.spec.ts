import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { BsnVault } from './bsn-vault';

const config = (active: string, ids = ['k1', 'k2']) => ({
  keys: new Map(ids.map((id) => [id, Buffer.alloc(32, id)])),
  activeKeyId: active,
  hmacKey: Buffer.alloc(32, 'h'),
});

describe('BsnVault', () => {
  it('round-trips any BSN and never stores it in plain text', () => {
    const vault = new BsnVault(config('k1'));
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (bsn) => {
        const id = randomUUID();
        const stored = vault.encrypt(bsn, id);
        expect(stored.versleuteld.toString('latin1')).not.toContain(bsn);
        expect(vault.decrypt(stored, id)).toBe(bsn);
      }),
    );
  });

  it('encrypts the same BSN differently each time but hashes it the same', () => {
    const vault = new BsnVault(config('k1'));
    const a = vault.encrypt('111222333', 'x');
    const b = vault.encrypt('111222333', 'x');
    expect(a.versleuteld.equals(b.versleuteld)).toBe(false);
    expect(vault.lookupHash('111222333').equals(vault.lookupHash('111222333'))).toBe(true);
    expect(vault.lookupHash('111222333').equals(vault.lookupHash('123456782'))).toBe(false);
  });

  it('reads rows written with an older key after rotation, and says they need re-encryption', () => {
    const before = new BsnVault(config('k1'));
    const stored = before.encrypt('123456782', 'id-1');
    const after = new BsnVault(config('k2'));
    expect(after.decrypt(stored, 'id-1')).toBe('123456782');
    expect(after.needsReencryption(stored)).toBe(true);
    expect(after.needsReencryption(after.encrypt('123456782', 'id-1'))).toBe(false);
  });

  it('refuses a ciphertext moved to another inwoner or tampered with', () => {
    const vault = new BsnVault(config('k1'));
    const stored = vault.encrypt('111222333', 'id-1');
    expect(() => vault.decrypt(stored, 'id-2')).toThrow();
    const tampered = Buffer.from(stored.versleuteld);
    tampered[tampered.length - 1] ^= 1;
    expect(() => vault.decrypt({ ...stored, versleuteld: tampered }, 'id-1')).toThrow();
    expect(() =>
      new BsnVault({ ...config('k1'), keys: new Map([['k1', randomBytes(32)]]) }).decrypt(stored, 'id-1'),
    ).toThrow();
  });
});
