import { z } from 'zod';

export const EVENT_SERVICES = ['intake', 'trajecten', 'werkgevers', 'subsidies'] as const;
export type EventService = (typeof EVENT_SERVICES)[number];

export interface EventDefinition<S extends z.ZodTypeAny = z.ZodTypeAny> {
  /** 'wiz.<service>.<name>.v<version>': the CloudEvents type and also the NATS subject. */
  readonly type: string;
  /** The only service that publishes this event. */
  readonly service: EventService;
  /** kebab-case, e.g. 'aanmelding-afgerond'. */
  readonly name: string;
  /** Major version; a breaking payload change is a new definition with a higher version. */
  readonly version: number;
  /** One or two plain English sentences for the catalog. */
  readonly description: string;
  readonly schema: S;
}

export type EventData<E extends EventDefinition> = z.infer<E['schema']>;

const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Builds a definition and derives its subject, so type and name can never disagree. */
export function defineEvent<S extends z.ZodTypeAny>(definition: Omit<EventDefinition<S>, 'type'>): EventDefinition<S> {
  if (!KEBAB_CASE.test(definition.name)) {
    throw new Error(`event name must be kebab-case: ${JSON.stringify(definition.name)}`);
  }
  if (!Number.isInteger(definition.version) || definition.version < 1) {
    throw new Error(`event version must be a positive integer: ${definition.version}`);
  }
  const type = `wiz.${definition.service}.${definition.name}.v${definition.version}`;
  return Object.freeze({ ...definition, type });
}
