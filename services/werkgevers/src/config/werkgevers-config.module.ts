import { DynamicModule, Global, Module } from '@nestjs/common';
import { WERKGEVERS_CONFIG, WerkgeversConfig } from './werkgevers-config';

/**
 * The service's settings for every context, wired once at the root (as the other services do), so the contexts are
 * plain modules that import one another's ports.
 */
@Global()
@Module({})
export class WerkgeversConfigModule {
  static forRoot(config: WerkgeversConfig): DynamicModule {
    return {
      module: WerkgeversConfigModule,
      providers: [{ provide: WERKGEVERS_CONFIG, useValue: config }],
      exports: [WERKGEVERS_CONFIG],
    };
  }
}
