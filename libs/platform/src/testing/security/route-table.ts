import { RequestMethod } from '@nestjs/common';
import type { INestApplication, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../auth/principal';
import { IS_PUBLIC } from '../../auth/public.decorator';
import { ROLES_KEY } from '../../auth/roles.decorator';
import { API_PREFIX } from '../../http/create-http-app';

/** One route the running application serves. */
export interface RouteEntry {
  /** `"GET /api/v1/aanmeldingen/:id"`: how rule tables name the route. */
  key: string;
  method: string;
  /** The full path with Nest's parameter names (`:id`). */
  path: string;
  /**
   * `controller`: a Nest controller method, behind the global AuthGuard. `server`: registered on the HTTP server
   * directly (Swagger UI and the OpenAPI document): no Nest guard runs for it, so it is open to everyone.
   */
  source: 'controller' | 'server';
  /** `Controller.method` for a controller route. */
  handler?: string;
  /** `@Roles(...)` of the handler, else of its class (the guard's own lookup); undefined when there is none. */
  roles?: Role[];
  /** `@Public()` on the handler or class; always true for a `server` route. */
  isPublic: boolean;
}

/**
 * The route table of a running Nest application on Fastify. What is served comes from the HTTP server itself
 * (`printRoutes`, Fastify's public listing), so routes Nest does not own (Swagger UI) are included; each served
 * route is matched to its controller method (Nest's PATH/METHOD metadata, global prefix `/api/v1` unless the route
 * is excluded from it) for its roles and @Public. HEAD twins of GET routes and the CORS preflight `OPTIONS *` are
 * left out: Fastify adds them, and they run the same hooks and guard as the route they mirror.
 */
export function readRouteTable(app: INestApplication): RouteEntry[] {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  const served = parsePrintedRoutes(fastify.printRoutes());
  const controllers = controllerRoutes(app);

  const entries: RouteEntry[] = [];
  const matched = new Set<ControllerRoute>();
  for (const route of served) {
    const own = controllers.find(
      (c) => c.method === route.method && c.candidates.some((p) => shape(p) === shape(route.path)),
    );
    if (own) {
      matched.add(own);
      const path = own.candidates.find((p) => shape(p) === shape(route.path))!;
      entries.push({
        key: `${route.method} ${path}`,
        method: route.method,
        path,
        source: 'controller',
        handler: own.handler,
        roles: own.roles,
        isPublic: own.isPublic,
      });
    } else {
      entries.push({
        key: `${route.method} ${route.path}`,
        method: route.method,
        path: route.path,
        source: 'server',
        isPublic: true,
      });
    }
  }
  const unserved = controllers.filter((c) => !matched.has(c));
  if (unserved.length) {
    throw new Error(
      `Controller methods the HTTP server does not serve (route table misread?): ${unserved.map((c) => `${c.method} ${c.candidates[0]} (${c.handler})`).join(', ')}`,
    );
  }
  return entries.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

interface ControllerRoute {
  method: string;
  /** The path with and without the global prefix: which one is served depends on the prefix's exclusions. */
  candidates: string[];
  handler: string;
  roles?: Role[];
  isPublic: boolean;
}

function controllerRoutes(app: INestApplication): ControllerRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const routes: ControllerRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as Type<unknown> | undefined;
    if (!controller?.prototype) continue;
    const classPaths = asArray<string>(Reflect.getMetadata(PATH_METADATA, controller) ?? '/');
    for (const name of scanner.getAllMethodNames(controller.prototype)) {
      const handler = (controller.prototype as Record<string, unknown>)[name] as object;
      const methodPaths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (methodPaths === undefined || requestMethod === undefined) continue;
      const roles = (Reflect.getMetadata(ROLES_KEY, handler) ?? Reflect.getMetadata(ROLES_KEY, controller)) as
        Role[] | undefined;
      const isPublic = Boolean(Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller));
      for (const classPath of classPaths) {
        for (const methodPath of asArray<string>(methodPaths)) {
          routes.push({
            method: RequestMethod[requestMethod],
            candidates: [joinPath(API_PREFIX, classPath, methodPath), joinPath(classPath, methodPath)],
            handler: `${controller.name}.${name}`,
            roles,
            isPublic,
          });
        }
      }
    }
  }
  return routes;
}

/**
 * Reads Fastify's `printRoutes()` tree: every line is `├── <segment> (<METHODS>)` indented four characters per
 * level; a route's path is its ancestors' segments joined.
 */
export function parsePrintedRoutes(printed: string): { method: string; path: string }[] {
  const segments: string[] = [];
  const found: { method: string; path: string }[] = [];
  for (const line of printed.split('\n')) {
    const node = /^((?:[│ ] {3})*)[├└]── (.*)$/.exec(line);
    if (!node) continue;
    const depth = node[1].length / 4;
    const withMethods = /^(.*?) \(([A-Z]+(?:, [A-Z]+)*)\)(?: .*)?$/.exec(node[2]);
    const segment = withMethods ? withMethods[1] : node[2];
    segments.length = depth;
    segments[depth] = segment === '(empty root node)' ? '' : segment;
    if (withMethods) for (const method of withMethods[2].split(', ')) found.push({ method, path: segments.join('') });
  }
  const unique = [...new Map(found.map((r) => [`${r.method} ${r.path}`, r])).values()];
  const gets = new Set(unique.filter((r) => r.method === 'GET').map((r) => r.path));
  return unique.filter(
    (r) => !(r.method === 'HEAD' && gets.has(r.path)) && !(r.method === 'OPTIONS' && r.path === '*'),
  );
}

/** A path with its parameter names left out: Fastify prints `:a|:b` where two routes name one parameter differently. */
function shape(path: string): string {
  return path.replace(/:[^/]+/g, ':');
}

function joinPath(...parts: string[]): string {
  const joined = parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

function asArray<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}
