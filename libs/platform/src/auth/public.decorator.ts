import { SetMetadata } from '@nestjs/common';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';

export const IS_PUBLIC = 'wiz:public';

/** What a public route carries in its Fastify route config, so the authentication hook sees it before Nest runs. */
export interface PublicRouteConfig {
  public?: boolean;
}

/**
 * Opens a route without a token (health, metrics, the OpenAPI document). Everything else needs one. Besides the
 * metadata the guard reads, it marks each route in its Fastify route config: the token is checked in an
 * onRequest hook, before any body is read, where only that config is visible. On a class it marks every method.
 */
export const Public = (): ClassDecorator & MethodDecorator =>
  ((target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    if (descriptor) {
      markPublic(descriptor.value);
      return SetMetadata(IS_PUBLIC, true)(target, key!, descriptor);
    }
    const prototype = (target as { prototype: Record<string, unknown> }).prototype;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      if (name !== 'constructor' && typeof prototype[name] === 'function') markPublic(prototype[name]);
    }
    return SetMetadata(IS_PUBLIC, true)(target as () => void);
  }) as ClassDecorator & MethodDecorator;

function markPublic(method: object): void {
  const config: PublicRouteConfig = Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, method) ?? {};
  Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...config, public: true }, method);
}
