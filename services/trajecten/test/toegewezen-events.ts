import { jetstream } from '@nats-io/jetstream';
import { TrajectToegewezen, type TrajectToegewezenData } from '@wiz/contracts';
import { eventually } from '@wiz/platform/testing';
import type { TrajectenTestApp } from './trajecten-test-app';

/** Every traject-toegewezen of one traject read from the stream, in order, once `aantal` of them are there. */
export function toegewezenEvents(t: TrajectenTestApp, trajectId: string, aantal: number) {
  return eventually(async () => {
    const consumer = await jetstream(t.nc).consumers.get(t.run.env.NATS_STREAM!, {
      filter_subjects: `${t.run.env.NATS_SUBJECT_PREFIX}${TrajectToegewezen.type}`,
    });
    const gevonden: TrajectToegewezenData[] = [];
    for (;;) {
      const m = await consumer.next({ expires: 1_000 });
      if (!m) break;
      const { data } = m.json<{ data: TrajectToegewezenData }>();
      if (data.trajectId === trajectId) gevonden.push(data);
    }
    expect(gevonden).toHaveLength(aantal);
    return gevonden;
  });
}
