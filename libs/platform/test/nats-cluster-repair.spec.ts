import { connect } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { eventually, NatsClusterProcess } from '../src/testing';

/**
 * The partition test's remedy for a stalled catch-up (restartStalledCatchups): a replica that is behind gets its
 * stream leader stepped down, and a cluster whose replicas are all current is left alone.
 */
describe('NatsClusterProcess.restartStalledCatchups', () => {
  let cluster: NatsClusterProcess;
  const stream = 'REPARATIE';
  const leader = () => cluster.manage(async (jsm) => (await jsm.streams.info(stream)).cluster?.leader);

  beforeAll(async () => {
    cluster = await NatsClusterProcess.start(3);
    await cluster.manage((jsm) => jsm.streams.add({ name: stream, subjects: ['reparatie.>'], num_replicas: 3 }));
    await eventually(async () => expect(await cluster.restartStalledCatchups(stream)).toEqual([]), 30_000, 250);
  }, 90_000);
  afterAll(() => cluster?.destroy());

  it('steps the stream leader down while a replica is behind, and does nothing once all are current', async () => {
    const voor = await leader();
    const achter = cluster.nodes.find((n) => n.name !== voor)!;
    await achter.server.stop();
    const nc = await connect({ servers: cluster.url.split(','), timeout: 5_000 });
    const js = jetstream(nc);
    for (let i = 0; i < 20; i++) await js.publish(`reparatie.${i}`, 'x');
    await nc.close();

    // The stopped node may have led JetStream's meta group: its API answers again once another node leads it.
    await eventually(async () => expect(await cluster.restartStalledCatchups(stream)).toEqual(['stream']), 30_000, 500);
    await eventually(async () => expect(await leader()).not.toBe(voor), 20_000, 250);

    await achter.server.start();
    await eventually(async () => expect(await cluster.restartStalledCatchups(stream)).toEqual([]), 60_000, 1_000);
    const kopieen = await cluster.manage(async (jsm) => (await jsm.streams.info(stream)).cluster?.replicas);
    expect(kopieen?.every((r) => r.current)).toBe(true);
  }, 120_000);
});
