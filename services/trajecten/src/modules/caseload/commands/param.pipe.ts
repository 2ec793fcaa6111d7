import { PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { CaseloadFout } from '../domain/caseload-fout';

/** A token subject in a path: 1 to 200 characters, no control characters. */
// eslint-disable-next-line no-control-regex
export const SubjectSchema = z.string().regex(/^[^\u0000-\u001f\u007f]{1,200}$/, '1 to 200 characters');

/** Checks a path parameter by its schema; a mismatch is a 400 naming the parameter. */
export class ZodParamPipe implements PipeTransform<string, string> {
  constructor(
    private readonly name: string,
    private readonly schema: z.ZodType<string>,
  ) {}

  transform(value: string): string {
    const r = this.schema.safeParse(value);
    if (!r.success) throw CaseloadFout.ongeldig(this.name, r.error.issues[0]?.message ?? 'invalid');
    return r.data;
  }
}
