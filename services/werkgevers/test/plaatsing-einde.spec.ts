import { PlaatsingBeeindigd } from '@wiz/contracts';
import { eventually } from '@wiz/platform/testing';
import { WerkgeversTestApp } from './werkgevers-test-app';

/**
 * The end of a placement: plaatsing-beeindigd carries only a reason code, because the stream is beyond any erasure.
 * The team's own words stay in werkgevers' database (erased there with the person) and in its reads.
 */
describe('werkgevers: the reason a placement ended reaches the event only as a code', () => {
  const t = new WerkgeversTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const kvk = String(40_000_000 + Math.floor(Math.random() * 1_000_000) * 10);
  let werkgeverId: string;
  const team = () => t.as('werkgeversteam', 'GM0014');
  beforeAll(async () => {
    const body = { kvkNummer: kvk, naam: 'Bakkerij Einde', gemeentecode: 'GM0014' };
    werkgeverId = (await (await team()).post('/api/v1/werkgevers', body).expect(201)).body.id;
  });

  /** Places someone, ends the placement with `einde` and returns the response and what went into the outbox. */
  const beeindig = async (einde: { reden: string; redenCode?: string }) => {
    const plaatsing = {
      trajectId: (await t.traject('matchen', 'GM0014')).trajectId,
      ...{ werkgeverId, startdatum: '2026-03-01', urenPerWeek: 24, contractvorm: 'vast' },
    };
    const id = (await (await team()).post('/api/v1/plaatsingen', plaatsing).expect(201)).body.id as string;
    const res = await (
      await team()
    )
      .post(`/api/v1/plaatsingen/${id}/beeindiging`, { einddatum: '2026-04-01', ...einde })
      .expect(200);
    const rijen: { envelope: { data: Record<string, unknown> } }[] = await t.query(
      `SELECT envelope FROM outbox WHERE envelope->>'type' LIKE '%plaatsing-beeindigd%' AND envelope->'data'->>'plaatsingId' = $1`,
      [id],
    );
    return { id, antwoord: res.body, events: rijen.map((r) => r.envelope.data) };
  };

  it('publishes overig for typed text, which stays in the response and the list only', async () => {
    const { id, antwoord, events } = await beeindig({ reden: 'Wobbina gaat verhuizen' });
    expect(antwoord).toEqual({ id, einddatum: '2026-04-01', reden: 'Wobbina gaat verhuizen', redenCode: 'overig' });
    expect(events).toEqual([expect.objectContaining({ plaatsingId: id, reden: 'overig' })]);
    expect(JSON.stringify(await t.query('SELECT envelope FROM outbox'))).not.toContain('Wobbina');
    const lijst = await (await team()).get(`/api/v1/plaatsingen?werkgeverId=${werkgeverId}`).expect(200);
    expect(lijst.body.items.find((p: { id: string }) => p.id === id)).toMatchObject({
      eindReden: 'Wobbina gaat verhuizen',
      eindRedenCode: 'overig',
    });
    await eventually(async () =>
      expect(
        (await t.published(PlaatsingBeeindigd))
          .map((m) => m.json<{ data: Record<string, unknown> }>().data)
          .filter((d) => d.plaatsingId === id),
      ).toEqual([expect.objectContaining({ reden: 'overig' })]),
    );
  });

  it('passes a typed text that is itself a code through, and lets the chosen redenCode win', async () => {
    expect((await beeindig({ reden: ' proeftijd ' })).events).toEqual([
      expect.objectContaining({ reden: 'proeftijd' }),
    ]);
    const gekozen = await beeindig({ reden: 'ziekte', redenCode: 'verhuizing' });
    expect(gekozen.events).toEqual([expect.objectContaining({ reden: 'verhuizing' })]);
    expect(gekozen.antwoord).toMatchObject({ reden: 'ziekte', redenCode: 'verhuizing' });
  });

  it('refuses a redenCode outside the list, naming the field', async () => {
    const { trajectId } = await t.traject('matchen', 'GM0014');
    const plaatsing = { trajectId, werkgeverId, startdatum: '2026-03-01', urenPerWeek: 24, contractvorm: 'vast' };
    const id = (await (await team()).post('/api/v1/plaatsingen', plaatsing).expect(201)).body.id as string;
    const res = await (
      await team()
    )
      .post(`/api/v1/plaatsingen/${id}/beeindiging`, { einddatum: '2026-04-01', reden: 'x', redenCode: 'weg' })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['redenCode']);
  });
});
