/**
 * How an event may change, written once: the catalog (docs/events/README.md) renders it, and the README points there.
 * Why these rules: consumers read tolerantly (parseReceivedEventData), producers strictly (parseEventData).
 */
export const CHANGE_RULES_HEADING = 'Changing an event';

export const CHANGE_RULES: readonly string[] = [
  `## ${CHANGE_RULES_HEADING}`,
  '',
  'Producers validate strictly: the outbox refuses a payload with a field its schema does not define, so nothing is',
  'published that this catalog does not describe. Consumers read tolerantly: they drop the fields they do not know',
  'and validate the ones they do as strictly as the producer (types, bounds, value sets, rules between fields). So',
  'services can be deployed one at a time:',
  '',
  '- **An added optional field keeps the subject** (`…v1`), also inside a nested object. Producer and consumers may',
  '  be deployed in any order: a consumer that does not know the field yet ignores it; one that knows it finds it',
  '  absent in the events published before the change, so its handler must do without it.',
  '- **Anything else is a new subject** (`…v2`: a new definition with the next `version`, beside `v1` in the',
  '  catalog): a removed or renamed field, a field made required (or a new required field), a changed type or',
  '  meaning, and a changed value set either way: a narrowed one or a tighter bound (a newer consumer refuses older',
  '  events), a widened one (a consumer that does not know the new value refuses it).',
  '- **`v2` is published beside `v1` for a deprecation period**: the producer adds both events in the same',
  '  transaction, and consumers move their `@OnEvent` handler from `v1` to `v2` one at a time. A consumer that moves',
  '  reads `v2` from the first `v2` event in the stream, so it meets again, under other event ids, facts it applied',
  '  from `v1`: its handler recognises them by their own key. `v1` goes once the consumer table',
  '  (`npm run event-consumers`) lists no consumer of it.',
  '',
];
