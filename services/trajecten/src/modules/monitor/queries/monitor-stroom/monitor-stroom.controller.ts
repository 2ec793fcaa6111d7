import { Controller, MessageEvent, Sse } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { interval, map, merge, Observable, of, takeUntil, throttleTime, timer } from 'rxjs';
import { CurrentPrincipal, Principal, RawOperation, Roles } from '@wiz/platform';
import { MonitorWijzigingen } from '../../listeners/monitor-wijzigingen';

/** At most one change event a second per dashboard, however fast placements arrive; the last one always comes. */
const HOOGSTENS_PER_MS = 1_000;
/** A comment-like heartbeat keeps proxies from closing a quiet stream. */
const HARTSLAG_MS = 15_000;

/**
 * Server-sent events for the dashboard: `monitor-bijgewerkt` whenever the monitor's counters changed, after which
 * the dashboard asks GET /monitor again with its own filters. The stream carries no figures and no persons.
 * It ends when the caller's token expires: the token was checked once, at the start, and a stream must not outlive
 * it (the dashboard reconnects with its fresh token).
 */
@ApiTags('monitor')
@Controller('monitor')
export class MonitorStroomController {
  constructor(private readonly wijzigingen: MonitorWijzigingen) {}

  @Sse('gebeurtenissen')
  @Roles('monitor', 'beheer', 'consulent')
  @RawOperation({
    id: 'volgMonitor',
    summary: 'A server-sent event stream: monitor-bijgewerkt each time the monitor’s figures change',
    status: 200,
    produces: ['text/event-stream'],
    responseDescription: '`verbonden`, `monitor-bijgewerkt` and `hartslag` events',
  })
  stroom(@CurrentPrincipal() wie: Principal): Observable<MessageEvent> {
    const bijgewerkt = this.wijzigingen.gewijzigd.pipe(
      throttleTime(HOOGSTENS_PER_MS, undefined, { leading: true, trailing: true }),
      map((): MessageEvent => ({ type: 'monitor-bijgewerkt', data: { op: new Date().toISOString() } })),
    );
    const hartslag = interval(HARTSLAG_MS).pipe(map((): MessageEvent => ({ type: 'hartslag', data: {} })));
    return merge(of<MessageEvent>({ type: 'verbonden', data: {} }), bijgewerkt, hartslag).pipe(
      takeUntil(timer(wie.expiresAt!)),
    );
  }
}
