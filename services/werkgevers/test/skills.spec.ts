import { WerkgeversTestApp } from './werkgevers-test-app';

/** Skills as the contract sends them: any texts, mapped onto the vocabulary beheer keeps, free ones matched as text. */
describe('werkgevers: skills', () => {
  const t = new WerkgeversTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  let kvk = 20_000_000;
  const vacature = async (skills: unknown, status = 201) => {
    const wt = await t.as('werkgeversteam');
    const werkgever = (
      await wt
        .post('/api/v1/werkgevers', { kvkNummer: String(++kvk), naam: 'Logistiek Noord BV', gemeentecode: 'GM0014' })
        .expect(201)
    ).body.id;
    return wt
      .post(`/api/v1/werkgevers/${werkgever}/vacatures`, {
        titel: 'Orderpicker',
        urenPerWeek: 32,
        aantal: 4,
        skills,
        openHiring: true,
        geschiktVoorAfspraakbaan: false,
      })
      .expect(status);
  };
  const kandidaten = async (vacatureId: string) =>
    (await (await t.as('werkgeversteam')).get(`/api/v1/vacatures/${vacatureId}/kandidaten`).expect(200)).body.items as {
      score: number;
      overlap: string[];
    }[];

  it('accepts the contract example, keeps what was sent and returns it beside the mapped skills', async () => {
    const id = (await vacature(['heftruck', 'klantgericht werken', 'Nederlands B1'])).body.id;
    const v = (await (await t.as('werkgeversteam')).get(`/api/v1/vacatures/${id}`).expect(200)).body;
    expect(v.skillsIngevoerd).toEqual(['heftruck', 'klantgericht werken', 'Nederlands B1']);
    expect(v.skills).toEqual(['heftruck', 'klantcontact', 'nederlands-b1']);
    const vrij = (await vacature(['Zorg', 'Communicatie '])).body.id;
    expect((await (await t.as('werkgeversteam')).get(`/api/v1/vacatures/${vrij}`).expect(200)).body.skills).toEqual([
      'zorg',
      'communicatie',
    ]);
  });

  it('refuses empty, overlong and too many skills with 400 naming the field', async () => {
    for (const skills of [[' '], ['x'.repeat(101)], Array.from({ length: 31 }, (_, i) => `skill ${i}`), [7], 'zorg']) {
      const res = await vacature(skills, 400);
      expect(res.body.errors[0].field).toMatch(/^skills/);
    }
  });

  it('matches free skills of a vacancy and a profile on their normalised text', async () => {
    const id = (await vacature(['Zorg', 'communicatie', 'heftruck'])).body.id;
    const { trajectId } = await t.traject('matchen');
    await (
      await t.as('consulent')
    )
      .put(`/api/v1/kandidaten/${trajectId}/profiel`, {
        skills: ['  ZÓRG', 'Heftruck (certificaat)', 'tuinieren'],
        vrijgegeven: true,
      })
      .expect(200);
    expect((await kandidaten(id)).find((k) => k.score === 2)?.overlap).toEqual(['zorg', 'heftruck']);
  });

  it('lets beheer extend the vocabulary and synonyms (audited), after which earlier free skills match on the code', async () => {
    const beheer = await t.as('beheer', 'wiz');
    const id = (await vacature(['Wijkzorg'])).body.id;
    const { trajectId } = await t.traject('matchen');
    await (
      await t.as('consulent')
    )
      .put(`/api/v1/kandidaten/${trajectId}/profiel`, { skills: ['wijkverpleging'], vrijgegeven: true })
      .expect(200);
    expect((await kandidaten(id)).some((k) => k.score > 0)).toBe(false);

    await beheer
      .post('/api/v1/skills', { code: 'wijkzorg', label: 'Zorg in de wijk', synoniemen: ['Wijkverpleging'] })
      .expect(201);
    expect((await (await t.as('werkgeversteam')).get(`/api/v1/vacatures/${id}`).expect(200)).body).toMatchObject({
      skills: ['wijkzorg'],
      skillsIngevoerd: ['Wijkzorg'],
    });
    expect((await kandidaten(id)).find((k) => k.score === 1)?.overlap).toEqual(['wijkzorg']);

    await beheer
      .post('/api/v1/skills/wijkzorg/synoniemen', { synoniem: 'Wélzijn ' })
      .expect(201, { code: 'wijkzorg', synoniem: 'welzijn' });
    await beheer.post('/api/v1/skills/heftruck/synoniemen', { synoniem: 'WELZIJN' }).expect(409);
    await beheer.post('/api/v1/skills', { code: 'wijkzorg', label: 'Iets anders' }).expect(409);
    await beheer.post('/api/v1/skills/bestaat-niet/synoniemen', { synoniem: 'iets' }).expect(404);
    expect(
      (await beheer.post('/api/v1/skills', { code: 'Niet Kebab', label: 'x' }).expect(400)).body.errors[0].field,
    ).toBe('code');
    const lijst = (await beheer.get('/api/v1/skills').expect(200)).body.items;
    expect(lijst).toContainEqual({
      code: 'wijkzorg',
      label: 'Zorg in de wijk',
      synoniemen: ['welzijn', 'wijkverpleging'],
    });
    expect(lijst).toHaveLength(42);
    expect((await (await t.as('consulent')).get('/api/v1/keuzelijsten').expect(200)).body.skills).toContainEqual({
      waarde: 'wijkzorg',
      tekst: 'Zorg in de wijk',
    });
    const audit = await t.query(
      `SELECT actie, wat_id AS onderwerp, details, organisatie FROM audit_log WHERE wat_id = 'wijkzorg' ORDER BY id`,
    );
    expect(audit).toEqual([
      {
        actie: 'skill-toevoegen',
        onderwerp: 'wijkzorg',
        details: { label: 'Zorg in de wijk', synoniemen: ['wijkverpleging'] },
        organisatie: 'wiz',
      },
      { actie: 'synoniem-toevoegen', onderwerp: 'wijkzorg', details: { synoniem: 'welzijn' }, organisatie: 'wiz' },
    ]);
    await expect(t.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only|permission denied/);
  });
});
