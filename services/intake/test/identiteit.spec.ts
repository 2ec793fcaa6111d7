import { AanmeldingAfgerond, kalenderdag } from '@wiz/contracts';
import { eventually } from '@wiz/platform/testing';
import { aanmelding, IntakeTestApp } from './intake-test-app';

const BSN = '111222333';

describe('intake: protected identity, audit and organisation scoping', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  it('maps the same BSN to the same inwoner, also for concurrent requests', async () => {
    const fo = await t.as('frontoffice');
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => fo.post('/api/v1/aanmeldingen', aanmelding({ inwoner: { bsn: '123456782' } }))),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(responses.map((r) => r.body.inwonerId)).size).toBe(1);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(6);
    const [{ n }] = await t.query(`SELECT count(*)::int AS n FROM inwoners WHERE id = $1`, [
      responses[0].body.inwonerId,
    ]);
    expect(n).toBe(1);
  });

  it('creates one aanmelding for concurrent POSTs with one Idempotency-Key', async () => {
    const fo = await t.as('frontoffice');
    const body = aanmelding({ inwoner: { achternaam: 'Idempotent' } });
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => fo.post('/api/v1/aanmeldingen', body).set('Idempotency-Key', 'aanmelding-42')),
    );
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    const [{ n }] = await t.query(
      `SELECT count(*)::int AS n FROM aanmeldingen a JOIN inwoners i ON i.id = a.inwoner_id WHERE i.achternaam = 'Idempotent'`,
    );
    expect(n).toBe(1);
  });

  it('never keeps the BSN in plain text: not in any table, not in the outbox, not in an error body', async () => {
    const fo = await t.as('frontoffice');
    await fo.post('/api/v1/aanmeldingen', aanmelding({ inwoner: { bsn: BSN } })).expect(201);
    const tables = await t.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    for (const { table_name } of tables) {
      const rows = await t.query(`SELECT t::text AS row FROM "${table_name}" t`);
      for (const { row } of rows) expect(row).not.toContain(BSN);
      // bytea columns print as hex: the BSN's digits as ASCII hex must not appear either
      for (const { row } of rows) expect(row).not.toContain(Buffer.from(BSN).toString('hex'));
    }
    const invalid = await fo.post('/api/v1/aanmeldingen', aanmelding({ inwoner: { bsn: '111222334' } })).expect(400);
    expect(JSON.stringify(invalid.body)).not.toContain('111222334');
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(['inwoner.bsn']);
  });

  it('shows an inwoner (with the BSN) to its own organisation, audits the read, and answers 404 to another', async () => {
    const fo = await t.as('frontoffice', 'GM0014', 'medewerker-1');
    const created = await fo
      .post('/api/v1/aanmeldingen', aanmelding({ inwoner: { bsn: '242424247', achternaam: 'Bakker' } }))
      .expect(201);
    const res = await fo.get(`/api/v1/inwoners/${created.body.inwonerId}`).expect(200);
    expect(res.body).toMatchObject({
      id: created.body.inwonerId,
      bsn: '242424247',
      achternaam: 'Bakker',
      toestemmingen: [],
    });
    expect(res.body.aanmeldingen).toHaveLength(1);
    const audit = await t.query(
      `SELECT subject, rollen, organisatie, actie, doel FROM audit_log WHERE $1 = ANY(inwoner_ids) ORDER BY id`,
      [created.body.inwonerId],
    );
    expect(audit).toEqual([
      {
        subject: 'medewerker-1',
        rollen: ['frontoffice'],
        organisatie: 'GM0014',
        actie: 'vastleggen',
        doel: 'aanmelding-registreren',
      },
      {
        subject: 'medewerker-1',
        rollen: ['frontoffice'],
        organisatie: 'GM0014',
        actie: 'inzage',
        doel: 'dienstverlening',
      },
    ]);

    const other = await t.as('frontoffice', 'GM0034');
    await other.get(`/api/v1/inwoners/${created.body.inwonerId}`).expect(404);
    const [{ n }] = await t.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE $1 = ANY(inwoner_ids) AND actie = 'inzage'`,
      [created.body.inwonerId],
    );
    expect(n).toBe(1); // a refused read is not a read
    await (await t.as('beheer', 'WIZ')).get(`/api/v1/inwoners/${created.body.inwonerId}`).expect(200);
  });

  it('lets the organisation the aanmelding was routed to see the inwoner', async () => {
    const fo = await t.as('frontoffice', 'GM0014');
    const created = await fo.post('/api/v1/aanmeldingen', aanmelding({ situatie: { uitkering: 'ww' } })).expect(201);
    expect(created.body.route.organisatie).toBe('UWV');
    await (await t.as('frontoffice', 'UWV')).get(`/api/v1/inwoners/${created.body.inwonerId}`).expect(200);
  });

  it('finds by BSN (in the body, never the URL) and by surname + birth date, within the organisation, audited', async () => {
    const fo = await t.as('frontoffice', 'GM0014', 'zoeker');
    const created = await fo
      .post(
        '/api/v1/aanmeldingen',
        aanmelding({ inwoner: { bsn: '100000009', achternaam: "d'Hondt", geboortedatum: '1970-01-02' } }),
      )
      .expect(201);
    const byBsn = await fo.post('/api/v1/inwoners/_zoek', { bsn: '100000009' }).expect(200);
    expect(byBsn.body.items.map((i: { id: string }) => i.id)).toEqual([created.body.inwonerId]);
    const byName = await fo
      .post('/api/v1/inwoners/_zoek', { achternaam: "D'HONDT", geboortedatum: '1970-01-02' })
      .expect(200);
    expect(byName.body.items.map((i: { id: string }) => i.id)).toEqual([created.body.inwonerId]);
    expect(
      (await (await t.as('frontoffice', 'GM0034')).post('/api/v1/inwoners/_zoek', { bsn: '100000009' }).expect(200))
        .body.items,
    ).toEqual([]);
    const audit = await t.query(
      `SELECT actie FROM audit_log WHERE $1 = ANY(inwoner_ids) AND subject = 'zoeker' ORDER BY id`,
      [created.body.inwonerId],
    );
    expect(audit.map((a) => a.actie)).toEqual(['vastleggen', 'zoeken', 'zoeken']);
    await fo.post('/api/v1/inwoners/_zoek', { bsn: '100000009', achternaam: 'x' }).expect(400);
  });

  it('keeps the audit log append-only', async () => {
    // The service's own role may not even try (database-rollen.spec.ts); the trigger stops the owner as well.
    await expect(t.query(`UPDATE audit_log SET subject = 'iemand anders'`)).rejects.toThrow(
      /permission denied for table audit_log/,
    );
    await expect(t.query(`DELETE FROM audit_log`)).rejects.toThrow(/permission denied for table audit_log/);
  });

  it('flags a likely duplicate without a BSN for staff, and never merges it silently', async () => {
    const fo = await t.as('frontoffice');
    const first = await fo
      .post(
        '/api/v1/aanmeldingen',
        aanmelding({
          inwoner: { voornaam: 'Fatima', achternaam: 'El Amrani', geboortedatum: '1985-06-15', postcode: '9401AB' },
        }),
      )
      .expect(201);
    const second = await fo
      .post(
        '/api/v1/aanmeldingen',
        aanmelding({
          inwoner: { voornaam: 'Fatima', achternaam: 'el-amrani', geboortedatum: '1985-06-15', postcode: '9401 ab' },
        }),
      )
      .expect(201);
    expect(second.body.inwonerId).not.toBe(first.body.inwonerId);
    expect([first.body.mogelijkDubbel, second.body.mogelijkDubbel]).toEqual([false, true]);
    const list = await fo.get('/api/v1/mogelijke-dubbelen').expect(200);
    expect(list.body.items).toContainEqual(
      expect.objectContaining({ inwonerId: second.body.inwonerId, kandidaatId: first.body.inwonerId }),
    );
  });

  it('accepts names with diacritics, apostrophes and hyphens exactly, and refuses malformed data naming each field', async () => {
    const fo = await t.as('frontoffice');
    const created = await fo
      .post(
        '/api/v1/aanmeldingen',
        aanmelding({ inwoner: { voornaam: 'Ĳsbrand', achternaam: "Çelik-van der Meer d'Hondt" } }),
      )
      .expect(201);
    const read = await fo.get(`/api/v1/inwoners/${created.body.inwonerId}`).expect(200);
    expect([read.body.voornaam, read.body.achternaam]).toEqual(['Ĳsbrand', "Çelik-van der Meer d'Hondt"]);
    const sqlText = "Robert'); DROP TABLE aanmeldingen;--";
    const withSql = await fo.post('/api/v1/aanmeldingen', aanmelding({ hulpvraag: sqlText })).expect(201);
    expect((await t.query('SELECT hulpvraag FROM aanmeldingen WHERE id = $1', [withSql.body.id]))[0].hulpvraag).toBe(
      sqlText,
    );
    const tomorrow = kalenderdag(new Date(Date.now() + 86_400_000));
    const bad = await fo
      .post(
        '/api/v1/aanmeldingen',
        aanmelding({
          kanaal: 'fax',
          inwoner: { geboortedatum: tomorrow, postcode: '0123AB', achternaam: '' },
          situatie: { uitkering: 'bijstand' },
          extra: 1,
        }),
      )
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'extra',
      'inwoner.achternaam',
      'inwoner.geboortedatum',
      'inwoner.postcode',
      'kanaal',
      'situatie.uitkering',
    ]);
    const impossible = await fo
      .post('/api/v1/aanmeldingen', aanmelding({ inwoner: { geboortedatum: '1990-02-30' } }))
      .expect(400);
    expect(impossible.body.errors[0].field).toBe('inwoner.geboortedatum');
  });

  it('publishes aanmelding-afgerond with the ESF+ attributes and nothing personal', async () => {
    const fo = await t.as('frontoffice');
    const created = await fo
      .post(
        '/api/v1/aanmeldingen',
        aanmelding({
          inwoner: { bsn: '192837461', voornaam: 'Ĳsbrand', geslacht: 'man', email: 'ijsbrand@example.nl' },
          situatie: { participatieladder: 3 },
        }),
      )
      .expect(201);
    const messages = await eventually(async () => {
      const all = await t.published(AanmeldingAfgerond);
      const mine = all.filter(
        (m) => m.json<{ data: { aanmeldingId: string } }>().data.aanmeldingId === created.body.id,
      );
      expect(mine).toHaveLength(1);
      return mine;
    });
    const raw = messages[0].string();
    for (const personal of ['192837461', 'Ĳsbrand', 'de Vries', '1990-04-01', '9711AB', 'ijsbrand@example.nl'])
      expect(raw).not.toContain(personal);
    expect(messages[0].json<{ data: Record<string, unknown> }>().data).toMatchObject({
      participatieladder: 3,
      deelnemer: { geslacht: 'man', leeftijdsband: '30-54' },
    });
  });
});
