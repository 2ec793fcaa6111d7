import { DynamicModule, ModuleMetadata, Module, Type } from '@nestjs/common';
import type { BewaartermijnInstellingen } from './bewaartermijnen';
import {
  BEWAARTERMIJN_INSTELLINGEN,
  BEWAARTERMIJN_TAAK,
  BewaartermijnRunner,
  type BewaartermijnTaak,
} from './bewaartermijn-runner';
import { BewaartermijnenController } from './bewaartermijnen.controller';

export interface BewaartermijnenOptions {
  instellingen: BewaartermijnInstellingen;
  /** The service's daily work; a provider of this module, so it may inject what `imports` export. */
  taak: Type<BewaartermijnTaak>;
  imports?: ModuleMetadata['imports'];
}

/** The daily retention run and beheer's `POST /bewaartermijnen/uitvoeringen` for one service (see bewaartermijnen.ts). */
@Module({})
export class BewaartermijnenModule {
  static register({ instellingen, taak, imports = [] }: BewaartermijnenOptions): DynamicModule {
    return {
      module: BewaartermijnenModule,
      // Global: the periods are also what the art. 15 export tells the person (MijnInzage), from this one config.
      global: true,
      imports,
      controllers: [BewaartermijnenController],
      providers: [
        { provide: BEWAARTERMIJN_INSTELLINGEN, useValue: instellingen },
        taak,
        { provide: BEWAARTERMIJN_TAAK, useExisting: taak },
        BewaartermijnRunner,
      ],
      exports: [BewaartermijnRunner, BEWAARTERMIJN_INSTELLINGEN],
    };
  }
}
