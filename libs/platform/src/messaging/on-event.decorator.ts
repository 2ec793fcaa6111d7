import { SetMetadata } from '@nestjs/common';
import type { EventDefinition } from '@wiz/contracts';

export const ON_EVENT = Symbol('wiz:on-event');

/**
 * Marks a provider method as the handler of one event. The method gets the validated envelope and the
 * EntityManager of the transaction in which its inbox mark is written: use that manager for every write,
 * so the effect and "applied" commit together.
 */
export const OnEvent = (definition: EventDefinition): MethodDecorator => SetMetadata(ON_EVENT, definition);
