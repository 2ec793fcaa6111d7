import { Inject, Injectable } from '@nestjs/common';
import { isBeperkt, TransactionRunner } from '@wiz/platform';
import { TRAJECTEN_CONFIG, TrajectenConfig } from '../../../config/trajecten-config';
import { herinneringsInterval, isStilgevallen, volgendMoment } from '../domain/opvolging';
import { OpvolgingPlanner } from '../database/opvolging-planner';

/** The row is not visible yet (its transaction has not committed): the job is retried. */
export class OpvolgingNogNietZichtbaar extends Error {}

/**
 * What happens when a follow-up's moment comes. The one transition gepland → open (or → vervallen) is taken under
 * a row lock, so however often a job runs — a retry, a reconciler re-add, two workers — a moment fires once.
 * Contact moments plan the next one while the traject is open; a stalled reminder that finds recent activity
 * plans itself again from that activity.
 */
@Injectable()
export class OpvolgingVuren {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly planner: OpvolgingPlanner,
    @Inject(TRAJECTEN_CONFIG) private readonly config: TrajectenConfig,
  ) {}

  vuur(opvolgingId: string, nu = new Date()): Promise<'gevuurd' | 'vervallen' | 'al-gedaan' | 'beperkt'> {
    return this.transactions.run(async (m) => {
      const [o] = await m.query(
        `SELECT o.id, o.soort, o.status, o.traject_id, t.status AS traject_status, t.laatste_wijziging_op, t.inwoner_id
           FROM opvolgingen o JOIN trajecten t ON t.id = o.traject_id WHERE o.id = $1 FOR UPDATE OF o`,
        [opvolgingId],
      );
      if (!o) throw new OpvolgingNogNietZichtbaar(opvolgingId);
      if (o.status !== 'gepland') return 'al-gedaan';
      // Restricted (AVG art. 18): no new work. The moment waits, still gepland; the reconciler skips it until the
      // restriction is lifted, then queues it again and it fires at once.
      if (await isBeperkt(m, o.inwoner_id)) return 'beperkt';
      const zet = (status: string) =>
        m.query('UPDATE opvolgingen SET status = $2, gevuurd_op = $3 WHERE id = $1', [o.id, status, nu]);
      if (o.soort === 'duurzaamheidscheck') {
        await zet('open');
        return 'gevuurd';
      }
      if (o.traject_status === 'afgesloten') {
        await zet('vervallen');
        return 'vervallen';
      }
      if (o.soort === 'stilstand' && !isStilgevallen(o.laatste_wijziging_op, nu, this.config.stilstandNa)) {
        await zet('vervallen');
        await this.planner.plan(m, {
          soort: 'stilstand',
          trajectId: o.traject_id,
          vervaldatum: volgendMoment(o.laatste_wijziging_op, this.config.stilstandNa),
        });
        return 'vervallen';
      }
      await zet('open');
      const interval = herinneringsInterval(o.soort, this.config);
      await this.planner.plan(m, { soort: o.soort, trajectId: o.traject_id, vervaldatum: volgendMoment(nu, interval) });
      return 'gevuurd';
    });
  }
}
