import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PlatformConfig } from '../config/platform-config';
import { IS_PUBLIC } from './public.decorator';
import { ROLES_KEY } from './roles.decorator';
import { InvalidTokenError, JwtVerifier } from './jwt-verifier';
import { PRINCIPAL_KEY } from './current-principal.decorator';
import type { Role } from './principal';

/** Global guard: every route needs a valid bearer token (401) and one of the route's roles (403), unless @Public. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly verifier: JwtVerifier;

  constructor(private readonly reflector: Reflector, config: PlatformConfig) {
    this.verifier = new JwtVerifier(config.auth);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest();
    const token = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw new UnauthorizedException('A bearer token is required.');
    try {
      request[PRINCIPAL_KEY] = await this.verifier.verify(token);
    } catch (err) {
      if (err instanceof InvalidTokenError) throw new UnauthorizedException(`The bearer token was refused: ${err.message}.`);
      throw err;
    }
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!allowed.some((r) => request[PRINCIPAL_KEY].roles.includes(r))) {
      throw new ForbiddenException('Your role may not use this operation.');
    }
    return true;
  }
}
