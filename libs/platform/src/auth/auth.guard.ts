import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC } from './public.decorator';
import { ROLES_KEY } from './roles.decorator';
import { PRINCIPAL_KEY } from './current-principal.decorator';
import type { Principal, Role } from './principal';

/**
 * Global guard: every route needs one of its roles (403), unless @Public. The token itself was verified before the
 * body was read (authenticateBeforeBody), which left the principal on the request; without one the answer is 401.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const principal: Principal | undefined = context.switchToHttp().getRequest()[PRINCIPAL_KEY];
    if (!principal) throw new UnauthorizedException('A bearer token is required.');
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!allowed.some((r) => principal.roles.includes(r))) {
      throw new ForbiddenException('Your role may not use this operation.');
    }
    return true;
  }
}
