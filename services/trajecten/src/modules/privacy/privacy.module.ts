import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { WissingRepository } from './database/wissing.repository';
import { Wisser } from './database/wisser';
import { BeperkingToets } from './database/beperking-toets';
import { BewaartermijnRepository } from './database/bewaartermijn.repository';
import { VerwerkingBeperktHandler } from './events/verwerking-beperkt.handler';
import { InwonerGewistHandler } from './events/inwoner-gewist.handler';
import { BeperkingGuard } from './beperking.guard';
import { Wissen } from './wissen';
import { MonitorModule } from '../monitor/monitor.module';

/**
 * The inwoner's rights in trajecten (issue 19): erasure, restriction (a global guard) and what the retention run
 * needs. Every inwoner-keyed consumer resolves its id through the platform's huidigeInwoner (merged and erased
 * records); moves and merges change trajecten and are handled in that module, erasing through `Wissen`.
 */
@Module({
  imports: [MonitorModule],
  providers: [
    WissingRepository,
    Wissen,
    Wisser,
    BeperkingToets,
    BewaartermijnRepository,
    VerwerkingBeperktHandler,
    InwonerGewistHandler,
    { provide: APP_GUARD, useClass: BeperkingGuard },
  ],
  exports: [Wissen, Wisser, BewaartermijnRepository],
})
export class PrivacyModule {}
