import { randomUUID } from 'node:crypto';
import {
  EventData,
  EventDefinition,
  InwonersSamengevoegd,
  ToestemmingGewijzigd,
  TrajectGestart,
  TrajectToegewezen,
} from '@wiz/contracts';
import { envelopeFor, eventually, publishTestEvent, syntheticBsn } from '@wiz/platform/testing';
import { aanmelding, IntakeTestApp } from './intake-test-app';
import { inOutbox, patcher } from './intake-http';

/**
 * Issue 19, part 5: front office merges two records of one person. The vervallen record's aanmeldingen, consents and
 * BSN move to the kept one, the pair is no longer proposed, GET on the vervallen id answers the kept inwoner,
 * inwoners-samengevoegd is published once (a retry answers the same), the refusals are 409, and trajecten's events
 * for the vervallen id, before and after the merge, land on the kept one. A pair marked as two people is not proposed.
 */
describe('intake: merging duplicates', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  let volgnummer = 0;
  const registreer = async (inwoner: Record<string, unknown>) =>
    (await (await t.as('frontoffice')).post('/api/v1/aanmeldingen', aanmelding({ inwoner })).expect(201)).body;
  const tweeling = async (bsnA?: string, bsnB?: string) => {
    const persoon = { achternaam: `Tweeling${++volgnummer}`, geboortedatum: '1980-02-02', postcode: '9723AB' };
    const a = await registreer({ ...persoon, ...(bsnA ? { bsn: bsnA } : {}) });
    const b = await registreer({ ...persoon, voornaam: 'Ann', ...(bsnB ? { bsn: bsnB } : {}) });
    return [a.inwonerId as string, b.inwonerId as string, b.mogelijkDubbel as boolean] as const;
  };
  const voegSamen = async (behouden: string, vervallen: string, status: number) =>
    (await t.as('frontoffice'))
      .post(`/api/v1/inwoners/${behouden}/samenvoegingen`, {
        vervallenInwonerId: vervallen,
        reden: 'Tweemaal aangemeld',
      })
      .expect(status);
  const voorgesteld = async (a: string, b: string) => {
    const items = (await (await t.as('frontoffice')).get('/api/v1/mogelijke-dubbelen?paginagrootte=200').expect(200))
      .body.items as { inwonerId: string; kandidaatId: string }[];
    return items.some((d) => [d.inwonerId, d.kandidaatId].sort().join() === [a, b].sort().join());
  };
  const publiceer = async <E extends EventDefinition>(definition: E, data: EventData<E>, subject: string) => {
    const envelope = envelopeFor(definition, data, subject);
    await publishTestEvent(t.nc, t.run, definition, envelope);
    await eventually(async () =>
      expect(await t.query('SELECT 1 FROM inbox WHERE event_id = $1', [envelope.id])).toHaveLength(1),
    );
  };

  it('moves aanmeldingen, consent and BSN, answers the kept inwoner for the vervallen id, and is idempotent', async () => {
    const bsn = syntheticBsn(1901);
    const [behouden, vervallen, dubbel] = await tweeling(undefined, bsn);
    expect(dubbel).toBe(true);
    expect(await voorgesteld(behouden, vervallen)).toBe(true);
    const fo = await t.as('frontoffice');
    await fo
      .put(`/api/v1/inwoners/${vervallen}/toestemmingen/profiel-delen-met-werkgevers`, { gegeven: true })
      .expect(200);

    const eerste = (await voegSamen(behouden, vervallen, 201)).body;
    expect(eerste).toEqual({
      behoudenInwonerId: behouden,
      vervallenInwonerId: vervallen,
      samengevoegdOp: expect.any(String),
    });
    expect((await voegSamen(behouden, vervallen, 201)).body).toEqual(eerste);

    const gezien = (await fo.get(`/api/v1/inwoners/${behouden}`).expect(200)).body;
    expect(gezien.aanmeldingen).toHaveLength(2);
    expect(gezien.bsn).toBe(bsn);
    expect(gezien.toestemmingen).toEqual([
      expect.objectContaining({ doel: 'profiel-delen-met-werkgevers', gegeven: true }),
    ]);
    const viaVervallen = (await fo.get(`/api/v1/inwoners/${vervallen}`).expect(200)).body;
    expect(viaVervallen.id).toBe(behouden);
    const gezocht = (await fo.post('/api/v1/inwoners/_zoek', { bsn }).expect(200)).body.items;
    expect(gezocht.map((i: { id: string }) => i.id)).toEqual([behouden]);
    expect(await voorgesteld(behouden, vervallen)).toBe(false);

    expect(await inOutbox(t, InwonersSamengevoegd.type, behouden)).toEqual([
      { behoudenInwonerId: behouden, vervallenInwonerId: vervallen, samengevoegdOp: eerste.samengevoegdOp },
    ]);
    expect(await inOutbox(t, ToestemmingGewijzigd.type, behouden)).toEqual([
      expect.objectContaining({ inwonerId: behouden, gegeven: true }),
    ]);
    await eventually(async () => {
      const berichten = (await t.published(InwonersSamengevoegd)).filter(
        (m) => m.json<{ data: { vervallenInwonerId: string } }>().data.vervallenInwonerId === vervallen,
      );
      expect(berichten).toHaveLength(1);
    });
    const [rij] = await t.query('SELECT samengevoegd_in, bsn_hash FROM inwoners WHERE id = $1', [vervallen]);
    expect(rij).toEqual({ samengevoegd_in: behouden, bsn_hash: null });

    // The privacy officer's trail of the kept person holds what was done under the merged-away record before.
    const spoor = (
      await (await t.as('privacy')).get(`/api/v1/audit?inwonerId=${behouden}&paginagrootte=200`).expect(200)
    ).body.items as { actie: string; inwonerIds: string[] }[];
    expect(spoor).toContainEqual(expect.objectContaining({ inwonerIds: [vervallen] }));
    expect(spoor).toContainEqual(expect.objectContaining({ inwonerIds: [behouden] }));

    // The person's own download (art. 15) holds the merge: when, why and by which organisation.
    const eigen = (await (await t.asInwoner(behouden)).get('/api/v1/mijn/gegevens-export').expect(200)).body;
    const samenvoegingen = eigen.onderdelen.find((o: { soort: string }) => o.soort === 'samenvoegingen');
    expect(samenvoegingen.gegevens).toEqual([
      {
        vervallenInwonerId: vervallen,
        behoudenInwonerId: behouden,
        reden: 'Tweemaal aangemeld',
        samengevoegdDoorOrganisatie: 'GM0014',
        samengevoegdOp: eerste.samengevoegdOp,
      },
    ]);
  });

  it('refuses a merge into a merged-away record, of one merged already, of two BSNs, of an anonymous one, and with itself', async () => {
    const [a, b] = await tweeling();
    await voegSamen(a, b, 201);
    const [c] = await tweeling();
    expect((await voegSamen(b, c, 409)).body.detail).toContain(a);
    await voegSamen(c, b, 409);
    const [d, e] = await tweeling(syntheticBsn(1902), syntheticBsn(1903));
    await voegSamen(d, e, 409);
    // An anonymous record is merged by identifying the person, which publishes its waiting aanmelding-afgerond.
    const { inwoner: _identiteit, ...rest } = aanmelding();
    const anoniem = { ...rest, kanaal: 'evenement', anoniem: true, inwoner: { roepnaam: 'Anoniem' } };
    const anoniemId = (await (await t.as('frontoffice')).post('/api/v1/aanmeldingen', anoniem).expect(201)).body
      .inwonerId;
    await voegSamen(c, anoniemId, 409);
    await voegSamen(anoniemId, c, 409);
    const zelf = await voegSamen(d, d, 400);
    expect(zelf.body.errors).toEqual([expect.objectContaining({ field: 'vervallenInwonerId' })]);
    // Another organisation does not see these people.
    await (
      await t.as('frontoffice', 'GM0106')
    )
      .post(`/api/v1/inwoners/${c}/samenvoegingen`, { vervallenInwonerId: d, reden: 'x' })
      .expect(404);
  });

  it('lets the consulent of a traject of the vervallen record read the kept one, also for events after the merge', async () => {
    const [behouden, vervallen] = await tweeling();
    const aanmeldingVervallen = (await t.query('SELECT id FROM aanmeldingen WHERE inwoner_id = $1', [vervallen]))[0]
      .id as string;
    const traject = (trajectId: string, versie: number) =>
      publiceer(
        TrajectToegewezen,
        {
          trajectId,
          inwonerId: vervallen,
          organisatie: 'GM0014',
          team: null,
          consulent: 'consulent-merel',
          reden: 'start',
          versie,
          toegewezenOp: new Date().toISOString(),
        },
        trajectId,
      );
    const gestart = (trajectId: string) =>
      publiceer(
        TrajectGestart,
        {
          trajectId,
          inwonerId: vervallen,
          aanmeldingId: aanmeldingVervallen,
          organisatie: 'GM0014',
          gemeentecode: 'GM0014',
          stap: 'begeleiden',
          gestartOp: new Date().toISOString(),
        },
        trajectId,
      );
    const [voor, na] = [randomUUID(), randomUUID()];
    await traject(voor, 1);
    await gestart(voor);
    await voegSamen(behouden, vervallen, 201);
    const consulent = await t.as('consulent', 'GM0014', 'consulent-merel');
    expect((await consulent.get(`/api/v1/inwoners/${behouden}?doel=begeleiding`).expect(200)).body.id).toBe(behouden);
    await traject(na, 1);
    const opgeslagen = await t.query(
      'SELECT traject_id, inwoner_id FROM traject_toewijzingen WHERE traject_id = ANY($1)',
      [[voor, na]],
    );
    expect(opgeslagen.map((r) => r.inwoner_id)).toEqual([behouden, behouden]);
  });

  it('no longer proposes a pair marked as two people, also after a correction of either', async () => {
    const [a, b, dubbel] = await tweeling();
    expect(dubbel).toBe(true);
    const fo = await t.as('frontoffice');
    await fo.post(`/api/v1/inwoners/${a}/verschillend`, { anderInwonerId: a }).expect(400);
    expect((await fo.post(`/api/v1/inwoners/${a}/verschillend`, { anderInwonerId: b }).expect(200)).body).toEqual({
      inwonerId: a,
      anderInwonerId: b,
      status: 'verschillend',
    });
    expect(await voorgesteld(a, b)).toBe(false);
    // A correction of either looks for duplicates again, and does not bring the pair back.
    await (
      await patcher(t, 'frontoffice')
    )(`/api/v1/inwoners/${a}`, { voornaam: 'Anja', reden: 'Roepnaam' }, '"1"').expect(200);
    expect(await voorgesteld(a, b)).toBe(false);
    // A new registration with the same key is still proposed against both.
    const c = await registreer({
      achternaam: `Tweeling${volgnummer}`,
      geboortedatum: '1980-02-02',
      postcode: '9723AB',
    });
    expect(c.mogelijkDubbel).toBe(true);
    expect(await voorgesteld(a, b)).toBe(false);
    const audit = await t.query(
      `SELECT actie, doel FROM audit_log WHERE $1 = ANY(inwoner_ids) AND doel = 'dubbel-beoordelen'`,
      [a],
    );
    expect(audit).toEqual([{ actie: 'vastleggen', doel: 'dubbel-beoordelen' }]);
  });

  it('refuses to merge or judge a pair while either person is restricted, also when the body names them', async () => {
    const [behouden, vervallen] = await tweeling();
    const privacy = await t.as('privacy', 'GM0014', 'fg-piet');
    const beperking = await privacy
      .post(`/api/v1/inwoners/${vervallen}/beperkingen`, { reden: 'Betwist de juistheid (art. 18 lid 1a)' })
      .expect(201);
    const geweigerd = await voegSamen(behouden, vervallen, 403);
    expect(geweigerd.body).toMatchObject({ status: 403, beperkt: true });
    await (
      await t.as('frontoffice')
    )
      .post(`/api/v1/inwoners/${behouden}/verschillend`, { anderInwonerId: vervallen })
      .expect(403);
    expect(await t.query('SELECT 1 FROM inwoner_samenvoegingen WHERE vervallen_id = $1', [vervallen])).toEqual([]);
    await privacy
      .post(`/api/v1/inwoners/${vervallen}/beperkingen/${beperking.body.id}/opheffing`, {
        reden: 'Juistheid vastgesteld',
      })
      .expect(201);
    await voegSamen(behouden, vervallen, 201);
  });
});
