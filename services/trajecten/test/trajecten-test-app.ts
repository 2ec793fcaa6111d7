import { randomUUID } from 'node:crypto';
import { AanmeldingAfgerond, EVENT_EXAMPLES, EventData, kalenderdag, PlaatsingGerealiseerd } from '@wiz/contracts';
import { envelopeFor, eventually, publishTestEvent, ServiceTestApp } from '@wiz/platform/testing';
import { TrajectenAppModule, TRAJECTEN_API } from '../src/app.module';

/** The real trajecten service on its own database, stream and Redis prefix; helpers play intake and werkgevers. */
export class TrajectenTestApp extends ServiceTestApp {
  constructor(env: NodeJS.ProcessEnv = {}) {
    super('trajecten', (config, e) => TrajectenAppModule.register(config, e), TRAJECTEN_API, env);
  }

  /** An aanmelding-afgerond as intake sends it, of a new aanmelding (and by default a new inwoner). */
  aanmeldingAfgerond(data: Partial<EventData<typeof AanmeldingAfgerond>> = {}, subject?: string) {
    return envelopeFor(
      AanmeldingAfgerond,
      {
        ...(EVENT_EXAMPLES.get(AanmeldingAfgerond.type) as EventData<typeof AanmeldingAfgerond>),
        aanmeldingId: randomUUID(),
        inwonerId: randomUUID(),
        organisatie: 'GM0014',
        gemeentecode: 'GM0014',
        stap: 'orienteren',
        aangemeldOp: new Date().toISOString(),
        ...data,
      },
      subject,
    );
  }

  /** Plays intake: an aanmelding arrives, and resolves with the traject once it exists. */
  async nieuwTraject(
    data: Partial<EventData<typeof AanmeldingAfgerond>> = {},
  ): Promise<{ id: string; inwonerId: string; versie: number }> {
    const e = this.aanmeldingAfgerond(data);
    await publishTestEvent(this.nc, this.run, AanmeldingAfgerond, e);
    return eventually(async () => {
      const [t] = await this.query('SELECT id, inwoner_id, versie FROM trajecten WHERE aanmelding_id = $1', [
        e.data.aanmeldingId,
      ]);
      expect(t).toBeDefined();
      return { id: t.id, inwonerId: t.inwoner_id, versie: t.versie };
    });
  }

  /** Plays werkgevers: a placement in the traject. */
  async plaatsing(trajectId: string, inwonerId: string, data: Partial<EventData<typeof PlaatsingGerealiseerd>> = {}) {
    const e = envelopeFor(PlaatsingGerealiseerd, {
      plaatsingId: randomUUID(),
      trajectId,
      inwonerId,
      werkgeverId: randomUUID(),
      startdatum: kalenderdag(new Date()),
      urenPerWeek: 32,
      contractvorm: 'vast',
      afspraakbaan: false,
      ...data,
    });
    await publishTestEvent(this.nc, this.run, PlaatsingGerealiseerd, e);
    return e;
  }
}
