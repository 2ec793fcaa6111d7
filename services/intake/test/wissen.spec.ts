import { InwonerGewist } from '@wiz/contracts';
import { eventually, syntheticBsn } from '@wiz/platform/testing';
import { aanmelding, IntakeTestApp } from './intake-test-app';

/**
 * Issue 19, part 3: an erasure granted by the privacy officer destroys every trace of the person in intake's
 * database (every text column of every table is scanned) and tells the other services once.
 */
describe('intake: erasure on request (AVG art. 17)', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const BSN = syntheticBsn(1917);
  const persoon = {
    voornaam: 'Wubbo',
    achternaam: 'Zwartewaterkolk',
    geboortedatum: '1977-07-13',
    postcode: '9999ZZ',
    huisnummer: '77',
    email: 'wubbo.zwartewaterkolk@example.org',
    telefoon: '0698765432',
    bsn: BSN,
  };
  const sporen = ['Wubbo', 'Zwartewaterkolk', '1977-07-13', '9999ZZ', 'wubbo.zwartewaterkolk', '0698765432', BSN];

  /** Every row of every table of intake's database, as text, that holds one of the traces. */
  const vindplaatsen = async (): Promise<string[]> => {
    const tabellen = await t.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    expect(tabellen.length).toBeGreaterThan(15);
    const gevonden: string[] = [];
    for (const { table_name } of tabellen) {
      const rijen = await t.query<{ rij: string }>(
        `SELECT x::text AS rij FROM "${table_name}" x WHERE x::text ILIKE ANY($1)`,
        [sporen.map((s) => `%${s}%`)],
      );
      gevonden.push(...rijen.map((r) => `${table_name}: ${r.rij.slice(0, 200)}`));
    }
    return gevonden;
  };

  let inwonerId: string;

  beforeAll(async () => {
    const fo = await t.as('frontoffice');
    const body = aanmelding({ inwoner: persoon, hulpvraag: 'Wubbo Zwartewaterkolk zoekt werk in de zorg' });
    const eerste = await fo.post('/api/v1/aanmeldingen', body).set('Idempotency-Key', 'wubbo-1').expect(201);
    inwonerId = eerste.body.inwonerId;
    // Another organisation registers the same BSN with another first name: an identity check for beheer.
    const uwv = await t.as('frontoffice', 'UWV');
    await uwv.post('/api/v1/aanmeldingen', aanmelding({ inwoner: { ...persoon, voornaam: 'Wubbe' } })).expect(201);
    await fo
      .put(`/api/v1/inwoners/${inwonerId}/toestemmingen/profiel-delen-met-werkgevers`, { gegeven: true })
      .expect(200);
    // A correction's history (written as PATCH /inwoners does): old and new names, append-only for the runtime role.
    await t.query(
      `INSERT INTO inwoner_wijzigingen (inwoner_id, versie, veld, oud, nieuw, reden, gewijzigd_door, gewijzigd_door_organisatie, gewijzigd_op)
       VALUES ($1, 2, 'achternaam', 'Zwartewaterkolk', 'Zwartewaterkolk-Dijkstra', 'huwelijk', 'fo', 'GM0014', now())`,
      [inwonerId],
    );
    expect(await t.query('SELECT 1 FROM identiteitscontroles WHERE inwoner_id = $1', [inwonerId])).toHaveLength(1);
    const tabellen = new Set((await vindplaatsen()).map((v) => v.split(':')[0]));
    expect([...tabellen].sort()).toEqual(['aanmeldingen', 'idempotency_keys', 'inwoner_wijzigingen', 'inwoners']);
  });

  it('only the privacy role may erase, and only with a reason', async () => {
    await (await t.as('beheer')).post(`/api/v1/inwoners/${inwonerId}/wisverzoeken`, { reden: 'verzoek' }).expect(403);
    const privacy = await t.as('privacy', 'GM0014', 'fg-anna');
    const res = await privacy.post(`/api/v1/inwoners/${inwonerId}/wisverzoeken`, {}).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'reden' })]);
  });

  it('destroys every trace in one request, keeps the request and publishes inwoner-gewist once', async () => {
    const privacy = await t.as('privacy', 'GM0014', 'fg-anna');
    const reden = 'Verzoek van betrokkene; geen wettelijke bewaarplicht meer';
    const res = await privacy.post(`/api/v1/inwoners/${inwonerId}/wisverzoeken`, { reden }).expect(201);
    expect(res.body).toMatchObject({ inwonerId, soort: 'wissen', reden, ingediendDoor: 'fg-anna' });
    expect(await vindplaatsen()).toEqual([]);

    await eventually(async () => expect(await t.published(InwonerGewist)).toHaveLength(1));
    const [bericht] = await t.published(InwonerGewist);
    const envelope = JSON.parse(new TextDecoder().decode(bericht.data));
    expect(envelope.data).toEqual({ inwonerId, verzoekId: res.body.id, gewistOp: expect.any(String) });
    expect(JSON.stringify(envelope)).not.toContain('bewaarplicht');

    const nogmaals = await privacy.post(`/api/v1/inwoners/${inwonerId}/wisverzoeken`, { reden }).expect(409);
    expect(nogmaals.body.bestaandId).toBe(res.body.id);
    expect(await t.published(InwonerGewist)).toHaveLength(1);
    await (await t.as('frontoffice')).get(`/api/v1/inwoners/${inwonerId}`).expect(404);
  });

  it('lists the request in the privacy officer’s register (audited), to nobody else', async () => {
    const privacy = await t.as('privacy');
    const lijst = await privacy.get(`/api/v1/privacyverzoeken?inwonerId=${inwonerId}`).expect(200);
    expect(lijst.body).toMatchObject({ totaal: 1, items: [{ inwonerId, soort: 'wissen' }] });
    await (await t.as('beheer')).get('/api/v1/privacyverzoeken').expect(403);
    const audit = await t.query(`SELECT actie FROM audit_log WHERE $1 = ANY(inwoner_ids) ORDER BY id`, [inwonerId]);
    expect(audit.map((r) => r.actie)).toEqual(
      expect.arrayContaining(['wisverzoek-indienen', 'privacyverzoeken-inzien']),
    );
  });

  it('a new aanmelding with the same BSN afterwards is a new inwoner', async () => {
    const fo = await t.as('frontoffice');
    const res = await fo.post('/api/v1/aanmeldingen', aanmelding({ inwoner: persoon })).expect(201);
    expect(res.body.inwonerId).not.toBe(inwonerId);
  });
});
