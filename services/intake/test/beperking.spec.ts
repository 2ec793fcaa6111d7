import { VerwerkingBeperkt } from '@wiz/contracts';
import { eventually } from '@wiz/platform/testing';
import { aanmelding, IntakeTestApp } from './intake-test-app';

/** Issue 19, part 3: while an inwoner's processing is restricted only the privacy officer reads or changes it. */
describe('intake: restriction of processing on request (AVG art. 18)', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  let inwonerId: string;
  let aanmeldingId: string;
  const persoon = () => `/api/v1/inwoners/${inwonerId}`;
  const toestemming = () => `${persoon()}/toestemmingen/profiel-delen-met-werkgevers`;

  beforeAll(async () => {
    const fo = await t.as('frontoffice');
    const res = await fo.post('/api/v1/aanmeldingen', aanmelding({ inwoner: { voornaam: 'Geertje' } })).expect(201);
    ({ inwonerId, id: aanmeldingId } = res.body);
  });

  /** Front office's search by surname and birth date: the ids it answers. */
  const gevonden = async () => {
    const fo = await t.as('frontoffice');
    const res = await fo.post('/api/v1/inwoners/_zoek', { achternaam: 'de Vries', geboortedatum: '1990-04-01' });
    return (res.body.items as { id: string }[]).map((i) => i.id);
  };
  const berichten = async () =>
    (await t.published(VerwerkingBeperkt)).map((m) => JSON.parse(new TextDecoder().decode(m.data)).data);

  it('restricted: 403 "Verwerking beperkt" for front office and beheer, 200 for privacy; lifted: 200 again', async () => {
    const fo = await t.as('frontoffice');
    const beheer = await t.as('beheer');
    const privacy = await t.as('privacy', 'GM0014', 'fg-piet');
    await fo.get(persoon()).expect(200);
    expect(await gevonden()).toContain(inwonerId);

    const beperking = await privacy
      .post(`${persoon()}/beperkingen`, { reden: 'Betwist de juistheid (art. 18 lid 1a)' })
      .expect(201);
    expect(beperking.body).toMatchObject({ inwonerId, soort: 'beperken' });

    const geweigerd = await fo.get(persoon()).expect(403);
    expect(geweigerd.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(geweigerd.body.detail).toMatch(/^Verwerking beperkt/);
    await beheer.get(persoon()).expect(403);
    await fo.put(toestemming(), { gegeven: true }).expect(403);
    await fo.get(`/api/v1/aanmeldingen/${aanmeldingId}`).expect(403);
    expect(await gevonden()).not.toContain(inwonerId);
    const gelezen = await privacy.get(persoon()).expect(200);
    expect(JSON.stringify(gelezen.body)).toContain('Geertje');

    const dubbel = await privacy.post(`${persoon()}/beperkingen`, { reden: 'nogmaals' }).expect(409);
    expect(dubbel.body.bestaandId).toBe(beperking.body.id);

    const opheffing = await privacy
      .post(`${persoon()}/beperkingen/${beperking.body.id}/opheffing`, { reden: 'Juistheid vastgesteld' })
      .expect(201);
    expect(opheffing.body.soort).toBe('beperking-opheffen');
    await fo.get(persoon()).expect(200);
    await fo.put(toestemming(), { gegeven: true }).expect(200);
    expect(await gevonden()).toContain(inwonerId);
    await privacy.post(`${persoon()}/beperkingen/${beperking.body.id}/opheffing`, { reden: 'nogmaals' }).expect(404);

    await eventually(async () => expect(await berichten()).toHaveLength(2));
    expect(await berichten()).toEqual([
      { inwonerId, verzoekId: beperking.body.id, beperkt: true, gewijzigdOp: beperking.body.ingediendOp },
      { inwonerId, verzoekId: opheffing.body.id, beperkt: false, gewijzigdOp: opheffing.body.ingediendOp },
    ]);
    const register = await privacy.get(`/api/v1/privacyverzoeken?inwonerId=${inwonerId}`).expect(200);
    expect(register.body.items).toEqual([
      expect.objectContaining({ id: opheffing.body.id, soort: 'beperking-opheffen' }),
      expect.objectContaining({ id: beperking.body.id, soort: 'beperken', opgehevenDoorVerzoek: opheffing.body.id }),
    ]);
  });

  it('only the privacy role restricts', async () => {
    await (await t.as('frontoffice')).post(`${persoon()}/beperkingen`, { reden: 'zomaar' }).expect(403);
    await (
      await t.as('privacy')
    )
      .post(`/api/v1/inwoners/${crypto.randomUUID()}/beperkingen`, { reden: 'onbekend' })
      .expect(404);
  });
});
