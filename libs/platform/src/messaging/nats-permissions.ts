import { EVENT_CATALOG, consumersOf } from '@wiz/contracts';
import { SERVICE_NAMES, type ServiceName } from '../config/platform-config';
import { EventNaming, type StreamNames } from './event-naming';

/** What one NATS user may publish and subscribe to: nats-server's allow-lists, everything else denied. */
export interface NatsPermissions {
  publish: string[];
  subscribe: string[];
}

/** The JetStream API prefix; requests to it are publishes, answered on the requester's inbox. */
const JS_API = '$JS.API';

/** Events a service publishes: the catalog names the one publishing service of every event. */
export function publishedEventTypes(service: ServiceName): string[] {
  return EVENT_CATALOG.filter((def) => def.service === service).map((def) => def.type);
}

/** Events a service consumes, as the contracts' consumer table states them (its @OnEvent handlers must match). */
export function consumedEventTypes(service: ServiceName): string[] {
  return EVENT_CATALOG.filter((def) => consumersOf(def.type).includes(service)).map((def) => def.type);
}

/**
 * Each service's inbox prefix: replies to its requests (JetStream API answers, publish acks, pulled events) arrive
 * under it, so a service can subscribe only to its own replies and never read another's.
 */
export function natsInboxPrefix(service: ServiceName): string {
  return `_INBOX_${service}`;
}

/**
 * The least a service needs on the bus, derived from the event catalog and the consumer table:
 * - publish its own events (the outbox relay) and its own dead letters;
 * - create, update and read the two streams (every instance ensures them at start), read and delete messages of
 *   the dead-letter stream (the beheer endpoints; a replay applies the event in-process, so no service ever
 *   publishes another's subject);
 * - for each event it consumes: create, read and delete its own durable consumer, filtered on exactly that subject
 *   (the filter is part of the API subject, so it cannot widen it), pull from it and ack what it pulled; deleting
 *   and making it again rewinds it after a NATS disturbance (NatsDisturbances);
 * - subscribe only to its own inbox: every JetStream delivery to a pull consumer arrives there.
 */
export function natsPermissions(service: ServiceName, streams: StreamNames): NatsPermissions {
  const naming = new EventNaming(streams, service);
  const stream = naming.stream;
  const consumerSubjects = consumedEventTypes(service).flatMap((type) => {
    const durable = naming.durableName(type);
    return [
      `${JS_API}.CONSUMER.CREATE.${stream}.${durable}.${naming.subjectOf(type)}`,
      `${JS_API}.CONSUMER.INFO.${stream}.${durable}`,
      `${JS_API}.CONSUMER.DELETE.${stream}.${durable}`,
      `${JS_API}.CONSUMER.MSG.NEXT.${stream}.${durable}`,
      `$JS.ACK.${stream}.${durable}.>`,
    ];
  });
  return {
    publish: [
      ...publishedEventTypes(service).map((type) => naming.subjectOf(type)),
      naming.ownDeadLetterFilter,
      `${JS_API}.INFO`,
      ...[stream, naming.deadLetterStream].flatMap((name) =>
        ['INFO', 'CREATE', 'UPDATE'].map((op) => `${JS_API}.STREAM.${op}.${name}`),
      ),
      `${JS_API}.STREAM.MSG.GET.${naming.deadLetterStream}`,
      `${JS_API}.STREAM.MSG.DELETE.${naming.deadLetterStream}`,
      ...consumerSubjects,
    ],
    subscribe: [`${natsInboxPrefix(service)}.>`],
  };
}

/** The environment variable that holds a service's NATS password in the nats-server's own environment. */
export function natsPasswordVariable(service: ServiceName): string {
  return `NATS_${service.toUpperCase()}_PASSWORD`;
}

const quote = (s: string) => JSON.stringify(s);
const list = (subjects: string[], indent: string) =>
  `[\n${subjects.map((s) => `${indent}  ${quote(s)}`).join('\n')}\n${indent}]`;

/**
 * The nats-server `authorization` block: one user per service (user name = service name), with the permissions
 * above. Passwords are not in it: each is the nats-server variable `$NATS_<SERVICE>_PASSWORD`, which nats-server
 * resolves from its environment, so the rendered file can be committed and the passwords come from a Secret.
 * With users configured, a connection without valid credentials is refused.
 */
export function renderNatsAuthorization(streams: StreamNames): string {
  const users = SERVICE_NAMES.map((service) => {
    const p = natsPermissions(service, streams);
    const i = '      ';
    return [
      '    {',
      `      user: ${quote(service)}`,
      `      password: $${natsPasswordVariable(service)}`,
      '      permissions: {',
      `        publish: { allow: ${list(p.publish, `${i}  `)} }`,
      `        subscribe: { allow: ${list(p.subscribe, `${i}  `)} }`,
      '      }',
      '    }',
    ].join('\n');
  });
  return [
    '# Generated from the event catalog by `npm run nats:config`; do not edit by hand.',
    `# Stream ${quote(streams.stream)}, subject prefix ${quote(streams.subjectPrefix)}.`,
    'authorization {',
    '  users: [',
    users.join('\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}
