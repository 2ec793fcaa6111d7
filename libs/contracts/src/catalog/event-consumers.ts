import { EVENT_CONSUMERS } from './event-consumers.generated';

// Who consumes which event: exactly the @OnEvent handlers each service has. Code cannot derive this at run time
// (consumers live in other packages), so scripts/event-consumers.mjs reads the services' sources and writes the
// table; the NATS permissions are derived from it (a service may read only what is listed for it). Why a service
// consumes an event is said in that event's description in the catalog.
export { EVENT_CONSUMERS };

export function consumersOf(type: string): readonly string[] {
  return EVENT_CONSUMERS[type] ?? [];
}
