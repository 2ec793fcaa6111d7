import { randomUUID } from 'node:crypto';
import {
  EventData,
  InwonerGewist,
  InwonersSamengevoegd,
  InwonerVerhuisd,
  VerwerkingBeperkt,
  type EventDefinition,
} from '@wiz/contracts';
import { envelopeFor, publishTestEvent } from '@wiz/platform/testing';
import type { TrajectenTestApp } from './trajecten-test-app';

/** Plays intake's issue-19 events, with the inwoner as the envelope subject as intake's outbox names it. */
export function intakeRechten(t: TrajectenTestApp) {
  const stuur = <E extends EventDefinition>(definitie: E, data: EventData<E>, subject: string) =>
    publishTestEvent(t.nc, t.run, definitie, envelopeFor(definitie, data, subject));
  return {
    wis: (inwonerId: string) =>
      stuur(InwonerGewist, { inwonerId, verzoekId: randomUUID(), gewistOp: new Date().toISOString() }, inwonerId),
    beperk: (inwonerId: string, beperkt: boolean, gewijzigdOp = new Date().toISOString()) =>
      stuur(VerwerkingBeperkt, { inwonerId, verzoekId: randomUUID(), beperkt, gewijzigdOp }, inwonerId),
    verhuis: (inwonerId: string, van: string, naar: string, verhuisdOp = new Date().toISOString()) =>
      stuur(InwonerVerhuisd, { inwonerId, vanGemeentecode: van, naarGemeentecode: naar, verhuisdOp }, inwonerId),
    voegSamen: (behoudenInwonerId: string, vervallenInwonerId: string) =>
      stuur(
        InwonersSamengevoegd,
        { behoudenInwonerId, vervallenInwonerId, samengevoegdOp: new Date().toISOString() },
        behoudenInwonerId,
      ),
  };
}

/** The monitor's counters agree with its per-person rows: every counted person is in the 'vooruit' sum once. */
export async function monitorKlopt(t: TrajectenTestApp): Promise<void> {
  const [{ personen }] = await t.query('SELECT count(*)::int AS personen FROM monitor_vooruit');
  const [{ dagen }] = await t.query(
    `SELECT coalesce(sum(aantal), 0)::int AS dagen FROM monitor_tellingen WHERE metriek = 'vooruit'`,
  );
  const [{ maanden }] = await t.query(
    `SELECT coalesce(sum(aantal), 0)::int AS maanden FROM monitor_maandtellingen WHERE metriek = 'vooruit'`,
  );
  expect({ dagen, maanden }).toEqual({ dagen: personen, maanden: personen });
}
