import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Metrics, PlatformConfig } from '@wiz/platform';
import { eventually, startTestApp } from '@wiz/platform/testing';
import { STAPPEN, StapGezet } from '@wiz/contracts';
import { WerkgeversAppModule, WERKGEVERS_API } from '../src/app.module';
import { WerkgeversTestApp } from './werkgevers-test-app';

/**
 * Events about one traject applied in order with several instances. Two werkgevers instances share the durable
 * consumers, so consecutive events about one traject can be applied side by side, or the later one first. What keeps
 * the projection right is the version each traject event carries: a step change applies only when its version is
 * newer than the stored one (KandidaatProjectie, under a row lock), and a late, older one changes nothing. Here every
 * traject's step changes are even published in a shuffled order; without the version check the last one applied,
 * not the newest, would win, and almost every traject would end in the wrong step.
 */
describe('werkgevers: traject events in version order across two instances', () => {
  const t = new WerkgeversTestApp();
  let tweede: NestFastifyApplication;
  const TRAJECTEN = 40;
  const VERSIES = [2, 3, 4, 5, 6, 7];

  beforeAll(async () => {
    await t.start();
    const config: PlatformConfig = Object.assign(await t.run.config('werkgevers'), { instance: 'b' });
    tweede = await startTestApp(
      WerkgeversAppModule.register(config, { ...t.run.env, WIZ_DEV_DIR: t.run.dir }),
      config,
      WERKGEVERS_API,
    );
  });
  afterAll(async () => {
    await tweede?.close();
    await t.stop();
  });

  const verschoven = <T>(xs: T[]) =>
    xs
      .map((x) => ({ x, k: Math.random() }))
      .sort((a, b) => a.k - b.k)
      .map(({ x }) => x);
  const verwerkt = async (app: NestFastifyApplication, outcome: string) =>
    (await app.get(Metrics).eventsConsumed.get()).values
      .filter((v) => v.labels.event === StapGezet.type && v.labels.outcome === outcome)
      .reduce((n, v) => n + v.value, 0);
  const toegepast = (app: NestFastifyApplication) => verwerkt(app, 'applied');

  it('ends every traject in the step of its newest change, whatever order the changes arrived in', async () => {
    const trajecten = await Promise.all(Array.from({ length: TRAJECTEN }, () => t.traject('orienteren')));
    const nieuwste = new Map<string, string>();
    const publicaties = trajecten.flatMap(({ trajectId, inwonerId }) => {
      // A walk through the steps from orienteren (each change to another step than the one before), then shuffled.
      const stappen = VERSIES.map((versie, i) => ({
        versie,
        van: STAPPEN[i % STAPPEN.length],
        naar: STAPPEN[(i + 1) % STAPPEN.length],
      }));
      nieuwste.set(trajectId, stappen.at(-1)!.naar);
      return verschoven(stappen).map((s) => () => t.stap(trajectId, inwonerId, s.van, s.naar, s.versie));
    });
    await Promise.all(verschoven(publicaties).map((publiceer) => publiceer()));

    await eventually(async () => {
      const rows: { traject_id: string; stap: string; versie: number }[] = await t.query(
        'SELECT traject_id, stap, versie FROM kandidaten WHERE traject_id = ANY($1)',
        [trajecten.map((x) => x.trajectId)],
      );
      expect(rows.filter((r) => r.versie !== VERSIES.at(-1) || r.stap !== nieuwste.get(r.traject_id))).toEqual([]);
      expect(rows).toHaveLength(TRAJECTEN);
    }, 30_000);
    // Both instances took part (the order held across them, not only inside one), and nothing was refused.
    // (A stale change may still be on its way when the newest has landed: it is counted once it is handled, as a no-op.)
    const [a, b] = await eventually(async () => {
      const aantallen = [await toegepast(t.app), await toegepast(tweede)];
      expect(aantallen[0] + aantallen[1]).toBe(TRAJECTEN * VERSIES.length);
      return aantallen;
    });
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect((await verwerkt(t.app, 'dead-lettered')) + (await verwerkt(tweede, 'dead-lettered'))).toBe(0);
  });
});
