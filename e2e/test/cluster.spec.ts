import { AanmeldingAfgerond } from '@wiz/contracts';
import { eventually, NatsClusterProcess, ServiceProcess, startServices, TestRun } from '@wiz/platform/testing';
import { FaultTable } from './faults/fault-table';
import { postAanmeldingen } from './faults/load';
import { gestartOpStream, trajectenVoor, trajectRow } from './faults/traject-tally';

const COUNT = 750;
const INTERVAL_MS = 40; // 750 aanmeldingen over ~30 s: a steady stream the faults fall into
/**
 * The last aanmeldingen go out only once the killed trajecten instance is ready again, so it has work after its
 * restart as long as the faults fall in the first part (before, the other instance could drain the stream while the
 * killed one started).
 */
const TAIL = 100;

/**
 * When this trajecten process applied each aanmelding so far (the platform logs every applied event at info).
 * The last piece after the final newline is left out: it may be a line still being written.
 */
const appliedAt = (s: ServiceProcess): number[] =>
  s.output
    .join('')
    .split('\n')
    .slice(0, -1)
    .filter((l) => l.includes(`"eventType":${JSON.stringify(AanmeldingAfgerond.type)}`))
    .map((l) => JSON.parse(l).time);
const appliedBy = (s: ServiceProcess) => appliedAt(s).length;
/** The longest time between `from` and `until` in which no instance applied anything: how long a failover stalled. */
const longestPause = (times: number[], from: number, until: number) => {
  const points = [from, ...times.filter((t) => t > from && t < until).sort((a, b) => a - b), until];
  return Math.max(...points.slice(1).map((t, i) => t - points[i]));
};

/**
 * Beyond one machine: a three-node NATS cluster of the test's own with the event stream replicated three times,
 * two instances each of intake and trajecten (same database, stream and consumers, as `npm start` runs them
 * behind a load balancer). A steady stream of aanmeldingen goes round both intakes while the stream's leader
 * node and one trajecten instance are killed (SIGKILL) and brought back. Every aanmelding must end as exactly
 * one traject, in trajecten's table and on the stream.
 */
describe('NATS cluster with two instances of each service', () => {
  const table = new FaultTable('Cluster (three NATS nodes, two intake, two trajecten)', 'cluster.md');
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.splice(0).reverse())
      await Promise.resolve()
        .then(cleanup)
        .catch(() => undefined);
    table.print();
  });

  it('the stream leader node and a trajecten instance killed mid-stream: every aanmelding one traject', async () => {
    const startedAt = Date.now();
    const cluster = await NatsClusterProcess.start(3);
    cleanups.push(() => cluster.destroy());
    // A short ack wait, so events the killed trajecten had in hand come back in seconds rather than 30.
    const run = new TestRun({ NATS_URL: cluster.url, NATS_STREAM_REPLICAS: '3', EVENT_ACK_WAIT_MS: '5000' });
    const stream = run.env.NATS_STREAM!;
    // All four start together, as after a deploy; info, because trajecten logs each applied event at info.
    const services = await startServices(run, ['intake', 'intake', 'trajecten', 'trajecten'], { LOG_LEVEL: 'info' });
    cleanups.push(
      () => run.cleanup(),
      () => Promise.all(services.map((s) => s.stop('SIGKILL'))),
    );
    const [intakes, trajecten] = [
      services.filter((s) => s.name === 'intake'),
      services.filter((s) => s.name === 'trajecten'),
    ];

    // The services asked for three replicas; the cluster holds the stream and every durable consumer on all nodes.
    const placement = await cluster.manage(async (jsm) => ({
      stream: await jsm.streams.info(stream),
      consumers: await jsm.consumers.list(stream).next(),
    }));
    expect(placement.stream.config.num_replicas).toBe(3);
    expect(placement.stream.cluster?.replicas).toHaveLength(2);
    expect(placement.consumers.length).toBeGreaterThan(0);
    for (const c of placement.consumers) expect(c.cluster?.replicas).toHaveLength(2);

    // The faults, each at a point of the stream: the running total of accepted aanmeldingen.
    let accepted = 0;
    let firstPartEndedAt: number | undefined;
    const waiting: { at: number; go: (point: number) => void }[] = [];
    // A point the first part of the load did not reach never comes: that fault goes at an infinite point, which the
    // check of the points names, instead of hanging the test (also when it asks after the first part has ended).
    const reached = (at: number) =>
      new Promise<number>((go) =>
        accepted >= at
          ? go(accepted)
          : firstPartEndedAt !== undefined
            ? go(Number.POSITIVE_INFINITY)
            : waiting.push({ at, go }),
      );
    const onAccepted = (total: number) => {
      accepted = total;
      for (const w of waiting.filter((w) => w.at <= total)) w.go(total);
    };
    const firstPartEnded = () => {
      firstPartEndedAt = Date.now();
      for (const w of waiting.splice(0)) w.go(Number.POSITIVE_INFINITY);
    };
    const sinceLeaderKill = (t: ServiceProcess, killedAt: number) => appliedAt(t).filter((at) => at > killedAt).length;
    let victim = trajecten[0];
    const steps: number[] = [];
    const faults = (async () => {
      steps.push(await reached(100));
      const leader = (await cluster.manage((jsm) => jsm.streams.info(stream))).cluster!.leader!;
      const node = cluster.node(leader).server;
      await node.stop(); // SIGKILL
      const leaderKilledAt = Date.now();
      // The stream and its consumers elect new leaders (seconds, in NATS 2.9); trajecten is killed once it is
      // applying events again, and the busier instance is the one killed, so the kill interrupts real work.
      await reached(200);
      await eventually(
        async () => expect(trajecten.some((t) => sinceLeaderKill(t, leaderKilledAt) > 0)).toBe(true),
        30_000,
        100,
      );
      victim = trajecten.reduce((a, b) =>
        sinceLeaderKill(b, leaderKilledAt) > sinceLeaderKill(a, leaderKilledAt) ? b : a,
      );
      const killedAt = accepted;
      steps.push(killedAt);
      await victim.stop('SIGKILL');
      const appliedBeforeKill = appliedBy(victim);
      steps.push(await reached(killedAt + 50));
      await node.start();
      steps.push(await reached(killedAt + 100));
      const appliedAtRestart = appliedBy(victim); // the dead process's last output has arrived by now
      await victim.start().waitUntilReady();
      return { leader, leaderKilledAt, appliedBeforeKill, appliedAtRestart };
    })();
    const token = await run.token({ role: 'frontoffice', organisatie: 'GM0014' });
    const post = (from: number, count: number, onTotal?: (total: number) => void) =>
      postAanmeldingen(
        intakes.map((s) => s.url),
        token,
        { from, count, intervalMs: INTERVAL_MS, onAccepted: onTotal },
      );
    const [firstPart, fault] = await Promise.all([post(0, COUNT - TAIL, onAccepted).finally(firstPartEnded), faults]);
    const tail = await post(COUNT - TAIL, TAIL);
    const acceptedInAll = firstPart.accepted + tail.accepted;
    const perIntake = intakes.map((s) => (firstPart.acceptedBy.get(s.url) ?? 0) + (tail.acceptedBy.get(s.url) ?? 0));
    // Intake accepts without NATS: the outbox holds the events.
    expect([firstPart.refused, tail.refused]).toEqual([new Map(), new Map()]);
    // Every fault fell in the first part: none is listed here with its infinite point.
    expect(steps).toHaveLength(4);
    expect(steps.map((at, i) => ({ fault: i + 1, at })).filter(({ at }) => !Number.isFinite(at))).toEqual([]);

    const telling = await trajectenVoor(run, COUNT);
    const gestart = await gestartOpStream(run);
    await cluster.waitUntilHealthy(); // the killed node has rejoined and caught up
    const after = await cluster.manage((jsm) => jsm.streams.info(stream));

    const afterRestart = appliedBy(victim) - fault.appliedAtRestart;
    const other = trajecten.find((t) => t !== victim)!;
    const pause = longestPause([...appliedAt(victim), ...appliedAt(other)], fault.leaderKilledAt, firstPartEndedAt!);
    const label = (t: ServiceProcess) => `trajecten #${trajecten.indexOf(t) + 1}`;
    table.add(
      trajectRow(
        `stream leader ${fault.leader} killed at ${steps[0]} of ${COUNT}, restarted at ${steps[2]}; ${label(victim)} killed at ${steps[1]}, restarted at ${steps[3]}`,
        acceptedInAll,
        telling,
        gestart,
      ),
    );
    table.note(`intake instances accepted ${perIntake.join(' and ')} aanmeldingen`);
    table.note(
      `${label(victim)} applied ${fault.appliedBeforeKill} aanmeldingen before its kill and ${afterRestart} after its restart; ${label(other)} applied ${appliedBy(other)}`,
    );
    table.note(
      `longest time without an applied aanmelding from the leader's kill to the end of the first part: ${(pause / 1000).toFixed(1)} s`,
    );
    table.note(
      `stream ${stream}: ${after.config.num_replicas} replicas, leader ${after.cluster?.leader} at the end; ${Math.round((Date.now() - startedAt) / 1000)} s in all`,
    );

    expect(acceptedInAll).toBe(COUNT);
    expect(telling).toEqual({ rows: COUNT, distinct: COUNT });
    expect(gestart).toEqual({ messages: COUNT, trajecten: COUNT });
    // Both instances of each service really did work, the killed one on both sides of its kill.
    for (const n of perIntake) expect(n).toBeGreaterThan(0);
    expect(fault.appliedBeforeKill).toBeGreaterThan(0);
    expect(afterRestart).toBeGreaterThan(0);
    expect(appliedBy(other)).toBeGreaterThan(0);
    expect(after.cluster?.replicas?.every((r) => r.current)).toBe(true);
  }, 170_000);
});
