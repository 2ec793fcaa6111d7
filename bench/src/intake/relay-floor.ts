import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';
import { eventually, type TestRun } from '@wiz/platform/testing';
import { ownStream, type OwnStream } from '../load/own-stream';
import { RawBaseline } from './raw-baseline';

/**
 * Intake's relay floor: the intake role of the pipeline's raw floor (raw-pipeline-server.ts) under intake's closed
 * loop. No framework, validation, authentication, BSN, routing or audit; what it does beyond the raw baseline is what
 * intake's every aanmelding also costs the machine: its event into the outbox with the row (one statement), and the
 * relay publishing it to JetStream (file storage, acked, deduplicated by event id) and marking it sent. The raw
 * baseline publishes nothing, so `relayFloorRatioToRaw` is the nearest any intake that announces its aanmeldingen
 * can come to the raw baseline on this machine.
 */
export class RelayFloor {
  private stopped?: Promise<void>;

  private constructor(
    private readonly nc: NatsConnection,
    private readonly stream: OwnStream,
    readonly server: RawBaseline,
  ) {}

  static async start(run: TestRun, poolSize: number): Promise<RelayFloor> {
    const nc = await connect({ servers: run.env.NATS_URL!.split(',') });
    const stream = await ownStream(nc, 'relayfloor');
    try {
      const server = await RawBaseline.start(run, poolSize, 'relay-floor', {
        NATS_URL: run.env.NATS_URL,
        RAW_ROLE: 'intake',
        RAW_STREAM: stream.name,
        RAW_SUBJECT_PREFIX: stream.prefix,
      });
      return new RelayFloor(nc, stream, server);
    } catch (err) {
      await stream.remove();
      await nc.close();
      throw err;
    }
  }

  /**
   * Every stored event published, or the floor did not do the work it is measured for: waits until the outbox has no
   * unsent row and the stream holds one message per row. Answers the number of events.
   */
  async assertRelayed(): Promise<number> {
    const db = new Client({ connectionString: this.server.databaseUrl });
    await db.connect();
    try {
      const jsm = await jetstreamManager(this.nc);
      return await eventually(async () => {
        const [{ rows, unsent }] = (
          await db.query<{ rows: number; unsent: number }>(
            'SELECT count(*)::int AS rows, count(*) FILTER (WHERE sent_at IS NULL)::int AS unsent FROM outbox',
          )
        ).rows;
        const messages = (await jsm.streams.info(this.stream.name)).state.messages;
        if (unsent > 0 || messages !== rows)
          throw new Error(`relay floor: ${unsent} of ${rows} outbox rows unsent, ${messages} messages in its stream`);
        return rows;
      }, 30_000);
    } finally {
      await db.end();
    }
  }

  /** Stops the server, drops its database and removes its stream (once, however often it is called). */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      await this.server.stop();
      await this.stream.remove();
      await this.nc.close();
    })();
    return this.stopped;
  }
}
