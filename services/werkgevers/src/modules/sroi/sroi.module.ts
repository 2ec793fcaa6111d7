import { DynamicModule, Module } from '@nestjs/common';
import { SroiVerplichtingenController } from './commands/sroi-verplichtingen.controller';
import { SroiVoortgangController } from './queries/sroi-verplichtingen.controller';
import { SroiVerplichtingenQuery } from './queries/sroi-verplichtingen.query';
import { UitkeringssituatieProjectie } from './events/uitkeringssituatie.handlers';
import { BOUWBLOKKEN } from '../../config/werkgevers-config';
import type { Bouwblokken } from './domain';

@Module({})
export class SroiModule {
  static register(bouwblokken: Bouwblokken): DynamicModule {
    return {
      module: SroiModule,
      controllers: [SroiVerplichtingenController, SroiVoortgangController],
      providers: [
        { provide: BOUWBLOKKEN, useValue: bouwblokken },
        SroiVerplichtingenQuery,
        UitkeringssituatieProjectie,
      ],
    };
  }
}
