import { connect } from '@nats-io/transport-node';
import { TrajectGestart } from '@wiz/contracts';
import { eventually, readStream, TestRun } from '@wiz/platform/testing';
import { sql, unsentInOutbox } from './load';

/** Trajecten rows and the aanmeldingen they belong to: more rows than aanmeldingen means a doubled traject. */
export async function trajectTelling(run: TestRun): Promise<{ rows: number; distinct: number }> {
  const [row] = await sql<{ rows: number; distinct: number }>(
    run,
    'trajecten',
    'SELECT count(*)::int AS rows, count(DISTINCT aanmelding_id)::int AS distinct FROM trajecten',
  );
  return row;
}

/** Waits until trajecten holds a traject for each of `expected` aanmeldingen; gives rows and distinct aanmeldingen. */
export function trajectenVoor(
  run: TestRun,
  expected: number,
  timeoutMs = 90_000,
): Promise<{ rows: number; distinct: number }> {
  return eventually(
    async () => {
      const t = await trajectTelling(run);
      expect(t.distinct).toBe(expected);
      return t;
    },
    timeoutMs,
    500,
  );
}

/**
 * traject-gestart on the stream: one message per traject, however often the relay had to retry. Read once trajecten's
 * relay has sent every event it holds (a traject and its event commit together, the publish comes after): the
 * trajecten counted before may not all be on the stream yet.
 */
export async function gestartOpStream(run: TestRun): Promise<{ messages: number; trajecten: number }> {
  await eventually(async () => expect(await unsentInOutbox(run, 'trajecten')).toBe(0), 30_000, 250);
  const nc = await connect({ servers: run.env.NATS_URL!.split(',') });
  try {
    const messages = await readStream(nc, run.env.NATS_STREAM!, `${run.env.NATS_SUBJECT_PREFIX}${TrajectGestart.type}`);
    return {
      messages: messages.length,
      trajecten: new Set(messages.map((m) => m.json<{ data: { trajectId: string } }>().data.trajectId)).size,
    };
  } finally {
    await nc.close();
  }
}

/** A fault-table row for aanmeldingen that should each have become one traject, on the database and on the stream. */
export function trajectRow(
  fault: string,
  sent: number,
  telling: { rows: number; distinct: number },
  stream: { messages: number; trajecten: number },
) {
  return {
    fault,
    sent,
    lost: sent - telling.distinct,
    duplicated: telling.rows - telling.distinct + stream.messages - stream.trajecten,
  };
}
