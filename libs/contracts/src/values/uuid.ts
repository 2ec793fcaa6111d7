import { z } from 'zod';

/** Every id in an event is an opaque uuid; a person is known outside intake only by inwonerId. */
export const UuidSchema = z.uuid({ error: 'must be a uuid' });
