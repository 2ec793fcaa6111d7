import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { mayReach, Principal, Reach } from './principal';

/**
 * Applies one row of a scoping policy to one record, the way every route answers: a record that is absent, or
 * that the caller may not read, is not there for it (404, so its existence leaks nothing); one it may read but not
 * change is forbidden (403). `owners` undefined: no such record.
 */
export function assertReach(
  principal: Principal,
  rule: { read: Reach; write: Reach },
  action: 'read' | 'write',
  owners: readonly (string | null | undefined)[] | undefined,
  what: string,
): void {
  if (!owners || !mayReach(principal, rule.read, owners)) throw new NotFoundException(`${what} not found.`);
  if (action === 'write' && !mayReach(principal, rule.write, owners)) {
    throw new ForbiddenException(
      `${what} belongs to another organisation: only that organisation (or beheer) changes it.`,
    );
  }
}
