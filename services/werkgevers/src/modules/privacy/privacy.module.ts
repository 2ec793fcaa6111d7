import { DynamicModule, Module } from '@nestjs/common';
import { BewaartermijnenModule } from '@wiz/platform';
import { PrivacyHandlers } from './events/privacy.handlers';
import { InwonergegevensRepository } from './database/inwonergegevens-repository';
import {
  loadWerkgeversBewaartermijnen,
  WerkgeversBewaartermijnTaak,
} from './bewaartermijnen/werkgevers-bewaartermijnen';

@Module({ providers: [InwonergegevensRepository], exports: [InwonergegevensRepository] })
class InwonergegevensModule {}

/** The inwoner's rights (erasure, restriction, merges) and the daily retention run (issue 19). */
@Module({})
export class PrivacyModule {
  static register(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    return {
      module: PrivacyModule,
      imports: [
        InwonergegevensModule,
        BewaartermijnenModule.register({
          instellingen: loadWerkgeversBewaartermijnen(env),
          taak: WerkgeversBewaartermijnTaak,
          imports: [InwonergegevensModule],
        }),
      ],
      providers: [PrivacyHandlers],
    };
  }
}
