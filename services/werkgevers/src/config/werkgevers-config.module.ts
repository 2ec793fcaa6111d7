import { DynamicModule, Module } from '@nestjs/common';
import { BOUWBLOKKEN, loadBouwblokken, loadPseudoniemSleutel, PSEUDONIEM_SLEUTEL } from './werkgevers-config';

/**
 * Werkgevers' own settings, read and checked once at start (a bad value stops the service) and offered to every
 * context by token, so the contexts are plain modules that import one another's ports.
 */
@Module({})
export class WerkgeversConfigModule {
  static register(env: NodeJS.ProcessEnv): DynamicModule {
    return {
      module: WerkgeversConfigModule,
      global: true,
      providers: [
        { provide: BOUWBLOKKEN, useValue: loadBouwblokken(env) },
        { provide: PSEUDONIEM_SLEUTEL, useValue: loadPseudoniemSleutel(env) },
      ],
      exports: [BOUWBLOKKEN, PSEUDONIEM_SLEUTEL],
    };
  }
}
