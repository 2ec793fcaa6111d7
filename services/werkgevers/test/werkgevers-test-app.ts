import { randomUUID } from 'node:crypto';
import {
  AanmeldingAfgerond,
  EventData,
  EVENT_EXAMPLES,
  StapGezet,
  ToestemmingGewijzigd,
  ToestemmingGewijzigdV2,
  type ToestemmingGewijzigdV2Data,
  TrajectGestart,
  TrajectToegewezen,
  type TrajectToegewezenData,
} from '@wiz/contracts';
import { envelopeFor, eventually, publishTestEvent, ServiceTestApp } from '@wiz/platform/testing';
import { WerkgeversAppModule, WERKGEVERS_API } from '../src/app.module';

/** The real werkgevers service on its own database and stream; helpers play trajecten and intake. */
export class WerkgeversTestApp extends ServiceTestApp {
  /** `env`: werkgevers' own settings for this run (for example the candidate-code key). */
  constructor(env: NodeJS.ProcessEnv = {}) {
    super('werkgevers', (config, serviceEnv) => WerkgeversAppModule.register(config, serviceEnv), WERKGEVERS_API, env);
  }

  /** A traject in the given step, as trajecten would announce it; resolves once werkgevers knows it. */
  async traject(stap: 'orienteren' | 'matchen' = 'matchen', organisatie = 'GM0014') {
    const trajectId = randomUUID();
    const inwonerId = randomUUID();
    await this.gestart({ trajectId, inwonerId }, organisatie);
    if (stap === 'matchen') await this.stap(trajectId, inwonerId, 'orienteren', 'matchen', 2);
    await eventually(async () =>
      expect((await this.query('SELECT stap FROM kandidaten WHERE traject_id = $1', [trajectId]))[0]?.stap).toBe(stap),
    );
    return { trajectId, inwonerId };
  }

  /** Trajecten's traject-gestart in step orienteren, held by this organisation. */
  gestart(t: { trajectId: string; inwonerId: string }, organisatie: string) {
    return publishTestEvent(
      this.nc,
      this.run,
      TrajectGestart,
      envelopeFor(TrajectGestart, {
        ...t,
        aanmeldingId: randomUUID(),
        organisatie,
        gemeentecode: 'GM0014',
        stap: 'orienteren',
        gestartOp: new Date().toISOString(),
      }),
    );
  }

  stap(trajectId: string, inwonerId: string, van: string, naar: string, versie: number) {
    return publishTestEvent(
      this.nc,
      this.run,
      StapGezet,
      envelopeFor(StapGezet, {
        trajectId,
        inwonerId,
        gemeentecode: 'GM0014',
        van: van as never,
        naar: naar as never,
        gezetOp: new Date().toISOString(),
        versie,
      }),
    );
  }

  /** Trajecten's traject-toegewezen: the traject is now held by this organisation (as of the traject's versie). */
  toegewezen(
    t: { trajectId: string; inwonerId: string },
    organisatie: string,
    versie: number,
    reden: TrajectToegewezenData['reden'] = 'overdracht',
  ) {
    const envelope = envelopeFor(TrajectToegewezen, {
      ...t,
      organisatie,
      team: null,
      consulent: null,
      reden,
      toegewezenOp: new Date().toISOString(),
      versie,
    });
    return publishTestEvent(this.nc, this.run, TrajectToegewezen, envelope).then(() => envelope);
  }

  /** Intake's aanmelding-afgerond for this inwoner, with the given benefit situation (the rest as the catalog's example). */
  aanmelding(
    inwonerId: string,
    deelnemer: Partial<EventData<typeof AanmeldingAfgerond>['deelnemer']>,
    aangemeldOp = new Date(),
  ) {
    const voorbeeld = EVENT_EXAMPLES.get(AanmeldingAfgerond.type) as EventData<typeof AanmeldingAfgerond>;
    const data = {
      ...voorbeeld,
      aanmeldingId: randomUUID(),
      inwonerId,
      aangemeldOp: aangemeldOp.toISOString(),
      deelnemer: { ...voorbeeld.deelnemer, uitkeringSinds: undefined, doelgroepregister: undefined, ...deelnemer },
    };
    return publishTestEvent(this.nc, this.run, AanmeldingAfgerond, envelopeFor(AanmeldingAfgerond, data));
  }

  toestemming(inwonerId: string, gegeven: boolean, gewijzigdOp = new Date()) {
    return publishTestEvent(
      this.nc,
      this.run,
      ToestemmingGewijzigd,
      envelopeFor(ToestemmingGewijzigd, {
        inwonerId,
        doel: 'profiel-delen-met-werkgevers',
        gegeven,
        gewijzigdOp: gewijzigdOp.toISOString(),
      }),
    );
  }

  /** Intake's toestemming-gewijzigd v2 (every purpose), a new consent id unless given; resolves to the event id. */
  toestemmingV2(
    d: Pick<ToestemmingGewijzigdV2Data, 'inwonerId' | 'doel' | 'gegeven'> & Partial<ToestemmingGewijzigdV2Data>,
  ) {
    const data = { toestemmingId: randomUUID(), gewijzigdOp: new Date().toISOString(), ...d };
    const envelope = envelopeFor(ToestemmingGewijzigdV2, data);
    return publishTestEvent(this.nc, this.run, ToestemmingGewijzigdV2, envelope).then(() => envelope.id);
  }

  /** Resolves once werkgevers applied (or skipped) every one of these events. */
  verwerkt(eventIds: readonly string[]) {
    return eventually(async () =>
      expect(await this.query('SELECT event_id FROM inbox WHERE event_id = ANY($1::uuid[])', [eventIds])).toHaveLength(
        eventIds.length,
      ),
    );
  }
}
