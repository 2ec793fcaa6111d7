import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { PLAN_STATUSSEN } from '../domain/plan';

/** What adding a goal or action, or setting its status, answers. */
export class PlanOnderdeel extends createZodDto(z.object({ id: z.uuid(), status: z.enum(PLAN_STATUSSEN) })) {}
