import { DynamicModule, Module } from '@nestjs/common';
import { BewaartermijnenModule } from '@wiz/platform';
import { PrivacyHandlers } from './events/privacy.handlers';
import { DeelnemergegevensRepository } from './database/deelnemergegevens-repository';
import { loadSubsidiesBewaartermijnen, SubsidiesBewaartermijnTaak } from './bewaartermijnen/subsidies-bewaartermijnen';

@Module({ providers: [DeelnemergegevensRepository], exports: [DeelnemergegevensRepository] })
class DeelnemergegevensModule {}

/** The inwoner's rights (erasure, restriction, merges) and the daily retention run (issue 19). */
@Module({})
export class PrivacyModule {
  static register(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    const bewaartermijnen = BewaartermijnenModule.register({
      instellingen: loadSubsidiesBewaartermijnen(env),
      taak: SubsidiesBewaartermijnTaak,
      imports: [DeelnemergegevensModule],
    });
    return {
      module: PrivacyModule,
      imports: [DeelnemergegevensModule, bewaartermijnen],
      providers: [PrivacyHandlers],
    };
  }
}
