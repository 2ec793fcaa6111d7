import { terugTotVoor } from './migraties';
import { TrajectenTestApp } from './trajecten-test-app';

/**
 * An install where closing a reminder with a next one had doubled its series migrates to one planned reminder of each
 * kind per traject: the earliest stays, the others lapse.
 */
describe('trajecten: the migration to one planned reminder of each kind', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  it('keeps the earliest planned contact moment of a doubled series and lets the others lapse', async () => {
    const traject = await t.nieuwTraject();
    await terugTotVoor(t, 'EenGeplandeHerinnering1798000000000');
    const [eerst] = await t.query(
      `SELECT id, vervaldatum FROM opvolgingen WHERE traject_id = $1 AND soort = 'contactmoment' AND status = 'gepland'`,
      [traject.id],
    );
    const [later, vroeger] = await t.query(
      `INSERT INTO opvolgingen (id, soort, traject_id, vervaldatum, status)
       VALUES (gen_random_uuid(), 'contactmoment', $1, $2::timestamptz + interval '14 days', 'gepland'),
              (gen_random_uuid(), 'contactmoment', $1, $2::timestamptz - interval '1 day', 'gepland')
       RETURNING id`,
      [traject.id, eerst.vervaldatum],
    );
    await t.app.close();
    await t.boot(); // migrates as a release would

    const rijen = await t.query(
      `SELECT id, status FROM opvolgingen WHERE traject_id = $1 AND soort = 'contactmoment' ORDER BY vervaldatum`,
      [traject.id],
    );
    expect(rijen).toEqual([
      { id: vroeger.id, status: 'gepland' },
      { id: eerst.id, status: 'vervallen' },
      { id: later.id, status: 'vervallen' },
    ]);
    const stilstand = await t.query(
      `SELECT count(*)::int AS n FROM opvolgingen WHERE traject_id = $1 AND soort = 'stilstand' AND status = 'gepland'`,
      [traject.id],
    );
    expect(stilstand).toEqual([{ n: 1 }]);
    await expect(
      t.query(
        `INSERT INTO opvolgingen (id, soort, traject_id, vervaldatum, status) VALUES (gen_random_uuid(), 'contactmoment', $1, now(), 'gepland')`,
        [traject.id],
      ),
    ).rejects.toThrow(/opvolgingen_een_geplande_herinnering/);
  });
});
