import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { DienWisverzoekInController } from './commands/dien-wisverzoek-in/dien-wisverzoek-in.controller';
import { DienWisverzoekIn } from './commands/dien-wisverzoek-in/dien-wisverzoek-in.service';
import { WijzigBeperkingController } from './commands/wijzig-beperking/wijzig-beperking.controller';
import { WijzigBeperking } from './commands/wijzig-beperking/wijzig-beperking.service';
import { PrivacyverzoekenController } from './queries/privacyverzoeken/privacyverzoeken.controller';
import { PrivacyverzoekenLijst } from './queries/privacyverzoeken/privacyverzoeken.query';
import { InwonerSamenhang } from './database/inwoner-samenhang';
import { PersoonsgegevensWisser } from './database/persoonsgegevens-wisser';
import { PrivacyverzoekenRepository } from './database/privacyverzoeken.repository';
import { RechtenverzoekenRepository } from './database/rechtenverzoeken.repository';
import { MijnRechtenverzoekenController } from './commands/rechtenverzoek/mijn-rechtenverzoeken.controller';
import { RechtenverzoekenController } from './commands/rechtenverzoek/rechtenverzoeken.controller';
import { RechtenverzoekenService } from './commands/rechtenverzoek/rechtenverzoeken.service';
import { BeperkingGuard } from './beperking.guard';
import { BeperkteLijstenInterceptor } from './beperkte-lijsten.interceptor';
import { PERSOONSGEGEVENS_WISSEN } from './persoonsgegevens-wissen.port';
import { EigenVerzoeken } from '../inwoners/eigen-verzoeken';

/**
 * The privacy officer's requests (issue 19, part 3): erasure, restriction and its lifting, the register of requests,
 * the inwoners' own requests to erase, restrict or object, and the guard that keeps a restricted person's data from
 * everyone else. Exports the wisser for retention.
 */
@Module({
  imports: [AuditModule],
  controllers: [
    DienWisverzoekInController,
    WijzigBeperkingController,
    PrivacyverzoekenController,
    RechtenverzoekenController,
    MijnRechtenverzoekenController,
  ],
  providers: [
    DienWisverzoekIn,
    WijzigBeperking,
    PrivacyverzoekenLijst,
    InwonerSamenhang,
    PersoonsgegevensWisser,
    PrivacyverzoekenRepository,
    RechtenverzoekenRepository,
    RechtenverzoekenService,
    EigenVerzoeken,
    { provide: PERSOONSGEGEVENS_WISSEN, useExisting: PersoonsgegevensWisser },
    { provide: APP_GUARD, useClass: BeperkingGuard },
    { provide: APP_INTERCEPTOR, useClass: BeperkteLijstenInterceptor },
  ],
  exports: [PERSOONSGEGEVENS_WISSEN],
})
export class PrivacyModule {}
