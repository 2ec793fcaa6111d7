import { randomBytes } from 'node:crypto';
import { aanmelding, IntakeTestApp } from './intake-test-app';

/** Rotation: write under key a, restart with b active (a still known), re-encrypt, restart with only b. */
describe('intake: BSN key rotation', () => {
  const t = new IntakeTestApp();
  const a = randomBytes(32).toString('base64');
  const b = randomBytes(32).toString('base64');
  const hmac = randomBytes(32).toString('base64');
  const restartWith = async (keys: string, active: string) => {
    await t.app.close();
    await t.boot({ BSN_ENCRYPTION_KEYS: keys, BSN_ACTIVE_KEY_ID: active, BSN_HMAC_KEY: hmac });
  };

  beforeAll(async () => {
    await t.start();
    await restartWith(`a:${a}`, 'a');
  });
  afterAll(() => t.stop());

  it('reads old rows after rotation, re-encrypts them on request, and works without the old key afterwards', async () => {
    const fo = await t.as('frontoffice');
    const created = (await fo.post('/api/v1/aanmeldingen', aanmelding({ inwoner: { bsn: '555123455' } })).expect(201))
      .body;

    await restartWith(`a:${a},b:${b}`, 'b');
    expect((await fo.get(`/api/v1/inwoners/${created.inwonerId}`).expect(200)).body.bsn).toBe('555123455');
    const beheer = await t.as('beheer', 'WIZ');
    expect((await beheer.post('/api/v1/bsn-herversleutelingen').expect(200)).body).toEqual({
      herversleuteld: 1,
      resterend: 0,
    });
    expect(
      (await t.query('SELECT bsn_sleutel_id FROM inwoners WHERE id = $1', [created.inwonerId]))[0].bsn_sleutel_id,
    ).toBe('b');
    // Re-encrypting writes personal data: audited in the same transaction.
    expect(
      await t.query(`SELECT actie, doel FROM audit_log WHERE $1 = ANY(inwoner_ids) AND actie = 'bsn-herversleutelen'`, [
        created.inwonerId,
      ]),
    ).toEqual([{ actie: 'bsn-herversleutelen', doel: 'sleutelrotatie' }]);

    await restartWith(`b:${b}`, 'b');
    expect((await fo.get(`/api/v1/inwoners/${created.inwonerId}`).expect(200)).body.bsn).toBe('555123455');
    // The lookup hash did not change: the same BSN still finds the same inwoner.
    expect(
      (await fo.post('/api/v1/aanmeldingen', aanmelding({ inwoner: { bsn: '555123455' } })).expect(201)).body.inwonerId,
    ).toBe(created.inwonerId);
  });
});
