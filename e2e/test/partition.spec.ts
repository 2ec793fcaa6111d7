import { AanmeldingAfgerond, STAPPEN, StapGezet, TrajectGestart } from '@wiz/contracts';
import { DLQ_HEADERS } from '@wiz/platform';
import { connect } from '@nats-io/transport-node';
import type { StoredMsg } from '@nats-io/jetstream';
import {
  eventually,
  NatsClusterProcess,
  NetworkLab,
  networkNamespacesUnavailable,
  readLeader,
  ServiceProcess,
  startServices,
  TestRun,
} from '@wiz/platform/testing';
import { FaultTable } from './faults/fault-table';
import { postAanmeldingen, sql, unsentInOutbox } from './faults/load';

const PER_SCENARIO = 240;
const INTERVAL_MS = 50; // 240 aanmeldingen over ~12 s
const CUT_AT = 30; // the cut comes once this many of the scenario's aanmeldingen are accepted (~1.5 s in) or later
const CUT_MS = 10_000;
const NODES = ['n1', 'n2', 'n3'];
const SERVICE_HOST = 'svc';

const unavailable = networkNamespacesUnavailable();
if (unavailable) process.stdout.write(`\npartition.spec.ts skipped: ${unavailable}\n`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A step change made through trajecten's API: werkgevers' projection must end at each traject's newest. */
interface Wijziging {
  trajectId: string;
  stap: string;
  versie: number;
  at: number;
}

/**
 * Partitions instead of crashes. The three NATS nodes and one trajecten instance each run in a network namespace
 * of the test's own (NetworkLab: veth pairs on a bridge); two intakes, a second trajecten and werkgevers run on the
 * root namespace and reach the nodes through the bridge. In each scenario aanmeldingen arrive steadily while every
 * new traject is moved two steps on (so werkgevers, which projects traject events by version, has an order to
 * keep), and one host's link goes down for 10 s, then comes back:
 * (a) the node leading the stream, cut off from the other nodes and from every client;
 * (b) a node that does not lead the stream (the one leading most consumers);
 * (c) the namespace of one trajecten instance, which loses NATS, PostgreSQL and Redis at once, events in hand.
 * A cut host's processes keep running and its TCP connections stay open, unanswered: nobody is told.
 * Every aanmelding must end as exactly one traject, every step change reach the stream once, werkgevers end every
 * traject in its newest step, and nothing be dead-lettered.
 */
(unavailable ? describe.skip : describe)(
  `NATS cluster and a service instance partitioned${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    const table = new FaultTable(
      'Partitions (three NATS nodes and a trajecten instance in network namespaces)',
      'partitions.md',
    );
    const cleanups: (() => Promise<unknown> | unknown)[] = [];
    let lab: NetworkLab;
    let cluster: NatsClusterProcess;
    let run: TestRun;
    let intakes: ServiceProcess[];
    let trajecten: ServiceProcess; // on the root namespace: the step changes go here
    let trajectenInNamespace: ServiceProcess;
    let werkgevers: ServiceProcess;
    let tokens: { frontoffice: string; beheer: string };
    let sent = 0; // aanmeldingen so far: each scenario posts its own, with BSNs of its own

    beforeAll(async () => {
      lab = await NetworkLab.create([...NODES, SERVICE_HOST]);
      cleanups.push(() => lab.destroy());
      cluster = await NatsClusterProcess.start(NODES.length, { hosts: NODES.map((n) => lab.host(n)) });
      cleanups.push(() => cluster.destroy());
      // Retries as in production (1 s × delivery, not the tests' usual 100 ms): what is asserted is how the system
      // rides out a partition, and a transient failure during one should get the retry window it has in production.
      run = new TestRun({
        NATS_URL: cluster.url,
        NATS_STREAM_REPLICAS: '3',
        EVENT_ACK_WAIT_MS: '5000',
        EVENT_RETRY_DELAY_MS: '1000',
      });
      cleanups.push(() => run.cleanup());
      const services = await startServices(run, ['intake', 'intake', 'trajecten', 'werkgevers'], { LOG_LEVEL: 'info' });
      cleanups.push(() => Promise.all(services.map((s) => s.stop('SIGKILL'))));
      [trajectenInNamespace] = await startServices(run, ['trajecten'], { LOG_LEVEL: 'info' }, lab.host(SERVICE_HOST));
      // Cleaning up starts by healing whatever a failed scenario left cut, so the streams can be deleted.
      cleanups.push(
        () => trajectenInNamespace.stop('SIGKILL'),
        () => Promise.all([...NODES, SERVICE_HOST].map((h) => lab.heal(h))),
      );
      intakes = services.filter((s) => s.name === 'intake');
      trajecten = services.find((s) => s.name === 'trajecten')!;
      werkgevers = services.find((s) => s.name === 'werkgevers')!;
      tokens = {
        frontoffice: await run.token({ role: 'frontoffice', organisatie: 'GM0014' }),
        beheer: await run.token({ role: 'beheer', organisatie: 'GM0014' }),
      };
    }, 150_000);

    afterAll(async () => {
      for (const cleanup of cleanups.splice(0).reverse())
        await Promise.resolve()
          .then(cleanup)
          .catch(() => undefined);
      table.print();
    });

    const streamInfo = () => cluster.manage((jsm) => jsm.streams.info(run.env.NATS_STREAM!));
    const deadLetters = () =>
      cluster.manage(async (jsm) => (await jsm.streams.info(`${run.env.NATS_STREAM}_DLQ`)).state.messages);
    /** Which consumer gave up on what, and why, for the newest `count` dead letters (so a failure explains itself). */
    const deadLetterReasons = (count: number) =>
      cluster.manage(async (jsm) => {
        const stream = `${run.env.NATS_STREAM}_DLQ`;
        const last = (await jsm.streams.info(stream)).state.last_seq;
        const reasons: string[] = [];
        for (let seq = last; seq > Math.max(0, last - count); seq--) {
          const msg = await jsm.streams.getMessage(stream, { seq }).catch(() => undefined);
          if (msg) reasons.push(`${msg.header?.get(DLQ_HEADERS.consumer)}: ${msg.header?.get(DLQ_HEADERS.error)}`);
        }
        return reasons;
      });
    const aanmeldingIds = async (until = new Date()) =>
      (await sql<{ id: string }>(run, 'intake', 'SELECT id FROM aanmeldingen WHERE created_at <= $1', [until])).map(
        (r) => r.id,
      );

    /** Moves every traject that is still in its first version two steps on through trajecten's API, 4 at a time. */
    const stapWijzigingen = (done: () => boolean) => {
      const wijzigingen: Wijziging[] = [];
      const refused: string[] = [];
      const claimed = new Set<string>();
      const moveTwice = async ({ id, huidige_stap }: { id: string; huidige_stap: string }) => {
        for (const k of [1, 2]) {
          const stap = STAPPEN[(STAPPEN.indexOf(huidige_stap as (typeof STAPPEN)[number]) + k) % STAPPEN.length];
          const res = await fetch(`${trajecten.url}/api/v1/trajecten/${id}/stappen`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${tokens.beheer}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ stap, toelichting: 'verder in de partitietest' }),
          });
          const body = (await res.json()) as { versie: number };
          if (res.status !== 200) return refused.push(`${id}: ${res.status} ${JSON.stringify(body)}`);
          wijzigingen.push({ trajectId: id, stap, versie: body.versie, at: Date.now() });
        }
      };
      const finished = (async () => {
        for (;;) {
          const fresh = (
            await sql<{ id: string; huidige_stap: string }>(
              run,
              'trajecten',
              'SELECT id, huidige_stap FROM trajecten WHERE versie = 1',
            )
          ).filter((t) => !claimed.has(t.id));
          if (fresh.length === 0) {
            if (done()) return;
            await sleep(200);
            continue;
          }
          for (const t of fresh) claimed.add(t.id);
          await Promise.all(
            Array.from({ length: 4 }, async () => {
              for (let t = fresh.shift(); t; t = fresh.shift()) await moveTwice(t);
            }),
          );
        }
      })();
      return { wijzigingen, refused, finished };
    };

    /** werkgevers' view of these trajecten: step and version as its projection holds them. */
    const kandidaten = async (trajectIds: string[]) =>
      new Map(
        (
          await sql<{ traject_id: string; stap: string; versie: number }>(
            run,
            'werkgevers',
            'SELECT traject_id, stap, versie FROM kandidaten WHERE traject_id = ANY($1)',
            [trajectIds],
          )
        ).map((k) => [k.traject_id, k]),
      );

    const labelled = () =>
      [
        ['intake #1', intakes[0]],
        ['intake #2', intakes[1]],
        ['trajecten', trajecten],
        [`trajecten in ${SERVICE_HOST}`, trajectenInNamespace],
        ['werkgevers', werkgevers],
      ] as const;

    /** Each service's log lines from `since` on that `pick` names (a label, or nothing to skip the line). */
    const logged = (since: number, pick: (line: Record<string, unknown>) => string | undefined) =>
      labelled().flatMap(([label, svc]) =>
        // The piece after the last newline may be a line still being written.
        svc.output
          .join('')
          .split('\n')
          .slice(0, -1)
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as Record<string, unknown> & { time: number })
          .filter((l) => l.time >= since)
          .flatMap((l) => {
            const what = pick(l);
            return what ? [{ at: l.time, label, what }] : [];
          }),
      );
    const relativeTo = (healedAt: number, lines: { at: number; label: string; what: string }[]) =>
      lines
        .sort((a, b) => a.at - b.at)
        .map((l) => `${l.label} ${l.what} ${((l.at - healedAt) / 1000).toFixed(1)} s`)
        .join(', ');

    /**
     * What the services logged about their NATS connection from the cut on (a client on a cut node notices only when
     * its pings go unanswered), with the time relative to the heal.
     */
    const natsStatusChanges = (cutAt: number, healedAt: number) =>
      relativeTo(
        healedAt,
        logged(cutAt, (l) => (typeof l.natsStatus === 'string' ? l.natsStatus : undefined)),
      );

    /**
     * Per service, the signs of a disturbance it saw (leader changes, a stream that lost messages, a durable gone)
     * and the repairs it ran (republished, durables rewound), relative to the heal: a repair that came after the
     * stream was counted makes an event it brought back look lost.
     */
    const disturbanceRepairs = (cutAt: number, healedAt: number) =>
      labelled()
        .map(([label]) => {
          const lines = logged(cutAt, (l) => {
            const msg = String(l.msg ?? '');
            if (msg.startsWith('the stream lost messages')) return `stream lost since ${l.since}`;
            if (/^NATS (leader changed|lost a durable)/.test(msg)) return 'sign';
            if (msg.startsWith('NATS settled') && l.count !== undefined)
              return `republished ${l.count} of ${l.checked} sent from ${l.from}`;
            if (msg.startsWith('looking again')) return 'looked again';
            if (msg.startsWith('repair after a NATS disturbance failed'))
              return `repair failed (${(l.err as { message?: string } | undefined)?.message})`;
            if (msg.startsWith('NATS settled')) return 'rewound';
            return undefined;
          }).filter((l) => l.label === label);
          const at = (l: { at: number }) => `${((l.at - healedAt) / 1000).toFixed(1)} s`;
          const signs = lines.filter((l) => l.what === 'sign');
          const rewinds = lines.filter((l) => l.what === 'rewound');
          const others = lines.filter((l) => !signs.includes(l) && !rewinds.includes(l));
          const parts = [
            signs.length ? `${signs.length} leader signs ${at(signs[0])} to ${at(signs.at(-1)!)}` : '',
            ...others.map((l) => `${l.what} at ${at(l)}`),
            rewinds.length ? `${rewinds.length} durables rewound ${at(rewinds[0])} to ${at(rewinds.at(-1)!)}` : '',
          ].filter(Boolean);
          return parts.length ? `${label}: ${parts.join(', ')}` : '';
        })
        .filter(Boolean)
        .join('; ');

    /** For a scenario that does not recover: each durable consumer's state and the services' last warnings. */
    const whereItStands = async () => {
      const consumers = await cluster
        .manage(async (jsm) => jsm.consumers.list(run.env.NATS_STREAM!).next())
        .catch(() => [] as never[]); // NATS itself may be what is wrong
      // A relay's failed batches repeat; they are counted, so the other warnings (a move to another NATS server, a
      // lost connection) stay in view.
      const warnings = labelled().map(([label, svc]) => {
        const lines = svc.output
          .join('')
          .split('\n')
          .filter((l) => /"level":[456]0/.test(l));
        const relay = lines.filter((l) => l.includes('outbox publish failed'));
        const others = lines.filter((l) => !l.includes('outbox publish failed')).slice(-8);
        const shown = [...others, ...relay.slice(-1)].map((l) => `  ${l.slice(0, 500)}`);
        return `${label} (${relay.length} failed relay batches):\n${shown.join('\n')}`;
      });
      // Events a relay has not published yet, by the error its last try got (the outbox keeps it).
      const unsent = await Promise.all(
        (['intake', 'trajecten'] as const).map(async (service) =>
          (
            await sql<{ n: number; attempts: number; last_error: string | null }>(
              run,
              service,
              'SELECT count(*)::int AS n, max(attempts)::int AS attempts, last_error FROM outbox WHERE sent_at IS NULL GROUP BY last_error',
            )
          ).map((r) => `${service} outbox: ${r.n} unsent (up to ${r.attempts} tries), last error: ${r.last_error}`),
        ),
      );
      const stream = await streamInfo()
        .then(
          (i) => `stream: leader ${i.cluster?.leader ?? 'none'}, replicas ${JSON.stringify(i.cluster?.replicas ?? [])}`,
        )
        .catch((err: Error) => `stream: ${err.message}`);
      // What the nodes logged about leaders, routes and the stream (leadership changes, lost and regained routes).
      const nodeLogs = cluster.nodes.map(
        (n) =>
          `${n.name} log:\n${n.server
            .logLines(/leader|[Rr]oute|quorum|catchup|[Ss]tream|JetStream/, 12)
            .map((l) => `  ${l.slice(0, 300)}`)
            .join('\n')}`,
      );
      return [
        stream,
        ...nodeLogs,
        ...unsent.flat(),
        ...consumers.map(
          (c) =>
            `${c.name}: pending ${c.num_pending}, ack pending ${c.num_ack_pending}, redelivered ${c.num_redelivered}, waiting pulls ${c.num_waiting}, leader ${c.cluster?.leader}`,
        ),
        ...warnings,
      ].join('\n');
    };

    /**
     * Recovered: every aanmelding accepted before the heal has its traject, every step change made before it is in
     * werkgevers' projection, every node is healthy again and every replica of the stream current.
     */
    /** Stalled NATS catch-ups restarted in the running scenario (see restartStalledCatchups), for its note. */
    let restarted: string[] = [];
    let lastRestartAt = 0;
    const recovered = async (healedAt: number, wijzigingen: Wijziging[]) => {
      const ids = await aanmeldingIds(new Date(healedAt));
      const [{ n }] = await sql<{ n: number }>(
        run,
        'trajecten',
        'SELECT count(*)::int AS n FROM trajecten WHERE aanmelding_id = ANY($1)',
        [ids],
      );
      if (n < ids.length) throw new Error(`${ids.length - n} aanmeldingen from before the heal without a traject`);
      const before = wijzigingen.filter((w) => w.at <= healedAt);
      const projected = await kandidaten(before.map((w) => w.trajectId));
      const behind = before.filter((w) => (projected.get(w.trajectId)?.versie ?? 0) < w.versie);
      if (behind.length) throw new Error(`${behind.length} step changes from before the heal not in werkgevers yet`);
      try {
        await cluster.waitUntilHealthy(1_000);
        const info = await streamInfo();
        if (!info.cluster?.leader || !info.cluster.replicas?.every((r) => r.current))
          throw new Error(`stream replicas not current: ${JSON.stringify(info.cluster)}`);
      } catch (err) {
        // The services have recovered; NATS 2.9's own catch-up may have stalled for good. After a fair wait it is
        // restarted as deploy/README tells an operator to, and the note says so.
        const sinceHeal = Date.now() - healedAt;
        if (sinceHeal > 30_000 && Date.now() - lastRestartAt > 10_000) {
          lastRestartAt = Date.now();
          const groups = await cluster.restartStalledCatchups(run.env.NATS_STREAM!).catch(() => []);
          restarted.push(...groups.map((g) => `${g} at ${(sinceHeal / 1000).toFixed(0)} s`));
        }
        throw err;
      }
    };

    /**
     * Waits until no service has a repair pending (wiz_nats_repair_pending) at two looks 10 s apart (a sign comes
     * from a poll every 5 s), for up to three minutes (a repair is pending until the relay has looked again 30 s
     * after it, and again after a look that found a loss); returns how long after the heal that was, or the services
     * still pending then.
     */
    const repairsDone = async (healedAt: number) => {
      const pending = async () =>
        (
          await Promise.all(
            labelled().map(async ([label, svc]) => {
              const metrics = await fetch(`${svc.url}/metrics`)
                .then((res) => res.text())
                .catch((err: Error) => `no answer: ${err.message}`);
              return /^wiz_nats_repair_pending 0$/m.test(metrics) ? [] : [label];
            }),
          )
        ).flat();
      return eventually(
        async () => {
          expect(await pending()).toEqual([]);
          await sleep(10_000);
          expect(await pending()).toEqual([]);
          return { afterMs: Date.now() - healedAt, pending: [] as string[] };
        },
        180_000,
        1_000,
      ).catch(async () => ({ afterMs: Date.now() - healedAt, pending: await pending() }));
    };

    async function scenario(label: string, victim: () => Promise<string>) {
      restarted = [];
      const from = sent;
      const known = new Set(await aanmeldingIds());
      const deadLettersBefore = await deadLetters();
      let loadDone = false;
      const moves = stapWijzigingen(() => loadDone);
      let accepted = 0;
      let startCut!: () => void;
      const cutStarted = new Promise<void>((go) => (startCut = go));
      const fault = cutStarted.then(async () => {
        const host = await victim();
        await lab.cut(host);
        const cutAt = Date.now();
        const acceptedAtCut = accepted;
        await sleep(CUT_MS);
        await lab.heal(host);
        const healedAt = Date.now();
        await eventually(() => recovered(healedAt, moves.wijzigingen), 90_000, 250).catch(async (err) => {
          throw new Error(
            `not recovered 90 s after the heal (cut at ${cutAt}, healed at ${healedAt}): ${(err as Error).message}\n${await whereItStands()}`,
          );
        });
        return { host, cutAt, acceptedAtCut, healedAt, recoveredAfterMs: Date.now() - healedAt };
      });
      void fault.catch(() => undefined); // awaited below; a failure here must not count as unhandled meanwhile
      // The step changes stop with the scenario, also when it fails: a mover left running would move the next
      // scenario's trajecten too.
      const { burst, host, cutAt, acceptedAtCut, healedAt, recoveredAfterMs, ids } = await (async () => {
        const burst = await postAanmeldingen(
          intakes.map((s) => s.url),
          tokens.frontoffice,
          {
            from,
            count: PER_SCENARIO,
            intervalMs: INTERVAL_MS,
            onAccepted: (total) => {
              accepted = total;
              if (total === CUT_AT) startCut();
            },
          },
        );
        sent += PER_SCENARIO;
        const { host, cutAt, acceptedAtCut, healedAt, recoveredAfterMs } = await fault;
        const ids = (await aanmeldingIds()).filter((id) => !known.has(id));
        // The load is over and the cut healed: every traject there will be exists once the backlog is applied.
        await eventually(
          async () => {
            const [{ n }] = await sql<{ n: number }>(
              run,
              'trajecten',
              'SELECT count(DISTINCT aanmelding_id)::int AS n FROM trajecten WHERE aanmelding_id = ANY($1)',
              [ids],
            );
            expect(n).toBe(ids.length);
          },
          60_000,
          500,
        );
        return { burst, host, cutAt, acceptedAtCut, healedAt, recoveredAfterMs, ids };
      })().finally(() => (loadDone = true));
      await moves.finished;
      // What a disturbance lost comes back with its repair, once NATS has been quiet for the settle time: the
      // outcome is what the system holds after every service's repair (waited for up to three minutes).
      const repairs = await repairsDone(healedAt);

      const rows = await sql<{ id: string; aanmelding_id: string; huidige_stap: string; versie: number }>(
        run,
        'trajecten',
        'SELECT id, aanmelding_id, huidige_stap, versie FROM trajecten WHERE aanmelding_id = ANY($1)',
        [ids],
      );
      const trajectIds = new Set(rows.map((r) => r.id));
      // werkgevers has applied every change once it holds the newest version of each traject (a stale event that
      // arrived late changes nothing); what it ends with is then compared with trajecten's own state.
      const projected = await eventually(
        async () => {
          const k = await kandidaten([...trajectIds]);
          expect(rows.filter((r) => (k.get(r.id)?.versie ?? 0) < r.versie)).toHaveLength(0);
          return k;
        },
        30_000,
        500,
      ).catch(() => kandidaten([...trajectIds]));
      const outOfOrder = rows.filter(
        (r) => projected.get(r.id)?.versie !== r.versie || projected.get(r.id)?.stap !== r.huidige_stap,
      );

      // Counted once the relays have published everything accepted: werkgevers at a traject's newest version says
      // nothing of an earlier change whose outbox row the cut instance's relay still held (locked in its open
      // transaction until its connections carried on after the heal). A row still unsent after a minute counts as
      // lost, and the note shows it.
      await eventually(
        async () => {
          for (const service of ['intake', 'trajecten'] as const) {
            const n = await unsentInOutbox(run, service);
            expect(`${service}: ${n} unsent`).toBe(`${service}: 0 unsent`);
          }
        },
        60_000,
        250,
      ).catch(() => undefined);
      const countedAt = Date.now();
      const nc = await connect({ servers: cluster.url.split(',') });
      const dataOf = (m: StoredMsg) => m.json<{ data: { trajectId: string; versie?: number } }>().data;
      const [gestartMsgs, stapMsgs] = await readLeader(nc, run.env.NATS_STREAM!)
        .then((messages) => {
          const on = (d: typeof TrajectGestart | typeof StapGezet) =>
            messages.filter(
              (m) => m.subject === `${run.env.NATS_SUBJECT_PREFIX}${d.type}` && trajectIds.has(dataOf(m).trajectId),
            );
          return [on(TrajectGestart), on(StapGezet)];
        })
        .finally(() => nc.close());
      const doubles = doubledOnTheStream([...gestartMsgs, ...stapMsgs]);
      const [gestart, stappen] = [gestartMsgs.map(dataOf), stapMsgs.map(dataOf)];
      const distinctStappen = new Set(stappen.map((s) => `${s.trajectId}/${s.versie}`));
      // Order on the stream itself is not promised (two relays publish side by side; a failed publish is retried
      // later): how often a traject's changes stand there in another order than they were made, for the notes.
      const streamOrder = new Map<string, number[]>();
      for (const s of stappen) streamOrder.set(s.trajectId, [...(streamOrder.get(s.trajectId) ?? []), s.versie!]);
      const reorderedOnStream = [...streamOrder.values()].filter((v) => v.some((x, i) => i > 0 && x < v[i - 1])).length;

      const eventsSent = burst.accepted + moves.wijzigingen.length;
      const received = new Set(rows.map((r) => r.aanmelding_id)).size + distinctStappen.size;
      const row = {
        fault: `${label} (${host}) cut for ${CUT_MS / 1000} s after ${acceptedAtCut} of ${PER_SCENARIO} aanmeldingen`,
        sent: eventsSent,
        received,
        lost: eventsSent - received,
        duplicated:
          rows.length -
          new Set(rows.map((r) => r.aanmelding_id)).size +
          gestart.length -
          new Set(gestart.map((g) => g.trajectId)).size +
          stappen.length -
          distinctStappen.size,
        outOfOrder: outOfOrder.length,
        recoveredAfterMs,
      };
      table.add(row);
      const newDeadLetters = (await deadLetters()) - deadLettersBefore;
      const reasons = newDeadLetters > 0 ? ` (${(await deadLetterReasons(newDeadLetters)).join('; ')})` : '';
      // A projection that does not end at trajecten's state explains itself: what each side holds and what the
      // stream carries for the traject, with the consumers' state and the services' last warnings.
      const mismatches = outOfOrder
        .slice(0, 5)
        .map(
          (r) =>
            `${r.id}: trajecten v${r.versie} ${r.huidige_stap}, werkgevers v${projected.get(r.id)?.versie} ${projected.get(r.id)?.stap}, stream [${streamOrder.get(r.id)?.join(', ')}]`,
        );
      // A step change made but not on the stream explains itself too: its outbox row as trajecten holds it.
      const missing = moves.wijzigingen.filter(
        (w) => trajectIds.has(w.trajectId) && !distinctStappen.has(`${w.trajectId}/${w.versie}`),
      );
      const missingRows = missing.length
        ? (
            await sql<Record<string, unknown>>(
              run,
              'trajecten',
              `SELECT envelope->'data'->>'trajectId' AS traject, envelope->'data'->>'versie' AS versie, created_at, sent_at,
                      available_at, attempts, last_error
                 FROM outbox WHERE envelope->>'type' = $1 AND envelope->'data'->>'trajectId' = ANY($2)`,
              [StapGezet.type, [...new Set(missing.map((w) => w.trajectId))]],
            )
          ).filter((r) => missing.some((w) => w.trajectId === r.traject && String(w.versie) === r.versie))
        : [];
      const detail =
        (doubles.length ? `; doubled on the stream: ${doubles.join('; ')}` : '') +
        (mismatches.length || missing.length
          ? `${mismatches.length ? `; not projected: ${mismatches.join('; ')}` : ''}${
              missing.length
                ? `; not on the stream: ${missing.map((w) => `${w.trajectId} v${w.versie} made at ${w.at}`).join(', ')}, its outbox rows ${JSON.stringify(missingRows)}`
                : ''
            }\n${await whereItStands()}`
          : '');
      table.note(
        `${label}: ${burst.accepted} aanmeldingen and ${moves.wijzigingen.length} step changes sent; aanmeldingen applied so far by trajecten ${applied(trajecten)}, by trajecten in ${SERVICE_HOST} ${applied(trajectenInNamespace)}; ${reorderedOnStream} trajecten had their step changes on the stream in another order than made; ${newDeadLetters} dead letters${reasons}; NATS connection changes: ${natsStatusChanges(cutAt, healedAt) || 'none'}; stalled NATS catch-ups restarted: ${restarted.join(', ') || 'none'}; disturbances seen and repaired: ${disturbanceRepairs(cutAt, healedAt) || 'none'}; ${repairs.pending.length ? `repairs still pending at ${(repairs.afterMs / 1000).toFixed(1)} s: ${repairs.pending.join(', ')}` : `repairs done at ${(repairs.afterMs / 1000).toFixed(1)} s`}, the stream counted at ${((countedAt - healedAt) / 1000).toFixed(1)} s${detail}`,
      );
      return { burst, row, moves, newDeadLetters, ids, repairsPending: repairs.pending };
    }

    const expectIntact = ({
      burst,
      row,
      moves,
      newDeadLetters,
      ids,
      repairsPending,
    }: Awaited<ReturnType<typeof scenario>>) => {
      expect(repairsPending).toEqual([]); // every service has repaired what the disturbance may have cost
      expect(burst.refused).toEqual(new Map()); // intake accepts without NATS: the outbox holds the events
      expect(ids).toHaveLength(PER_SCENARIO);
      expect(moves.refused).toEqual([]);
      expect(moves.wijzigingen).toHaveLength(2 * PER_SCENARIO);
      expect({
        lost: row.lost,
        duplicated: row.duplicated,
        outOfOrder: row.outOfOrder,
        deadLetters: newDeadLetters,
      }).toEqual({ lost: 0, duplicated: 0, outOfOrder: 0, deadLetters: 0 });
    };

    it('(a) the stream leader cut off from the other nodes and from clients, healed: nothing lost, doubled or reordered', async () => {
      expectIntact(await scenario('stream leader', async () => (await streamInfo()).cluster!.leader!));
    }, 420_000);

    it('(b) a node that does not lead the stream cut off, healed: nothing lost, doubled or reordered', async () => {
      const leader = (await streamInfo()).cluster!.leader!;
      const consumerLeaders = await cluster.manage(async (jsm) =>
        (await jsm.consumers.list(run.env.NATS_STREAM!).next()).map((c) => c.cluster?.leader),
      );
      const others = NODES.filter((n) => n !== leader);
      const leads = (n: string) => consumerLeaders.filter((l) => l === n).length;
      expectIntact(
        await scenario('a follower node', async () => others.reduce((a, b) => (leads(b) > leads(a) ? b : a))),
      );
    }, 420_000);

    it('(c) a trajecten instance cut off from NATS, PostgreSQL and Redis with events in hand, healed: nothing lost, doubled or reordered', async () => {
      const appliedBefore = applied(trajectenInNamespace);
      // Which instance's pull the server serves first is its choice: the other instance may take the first 30 alone
      // (CI saw it). The cut waits until this one is at work on the scenario's aanmeldingen, so it has events in hand;
      // one that never gets to work before the load ends fails here.
      const outcome = await scenario('trajecten instance', async () => {
        await eventually(
          async () => expect(applied(trajectenInNamespace)).toBeGreaterThan(appliedBefore),
          PER_SCENARIO * INTERVAL_MS,
          50,
        );
        return SERVICE_HOST;
      });
      expectIntact(outcome);
    }, 420_000);
  },
);

/** How many aanmeldingen this trajecten process has applied (the platform logs every applied event at info). */
const applied = (s: ServiceProcess) =>
  s.output
    .join('')
    .split('\n')
    .filter((l) => l.includes(`"eventType":${JSON.stringify(AanmeldingAfgerond.type)}`)).length;

/** Each event the stream holds more than once (by its Nats-Msg-Id, the event id), with its sequences. */
function doubledOnTheStream(messages: StoredMsg[]): string[] {
  const byId = new Map<string, number[]>();
  for (const m of messages) {
    const id = m.header?.get('Nats-Msg-Id') ?? '';
    byId.set(id, [...(byId.get(id) ?? []), m.seq]);
  }
  return [...byId].filter(([, seqs]) => seqs.length > 1).map(([id, seqs]) => `event ${id} at ${seqs.join(', ')}`);
}
