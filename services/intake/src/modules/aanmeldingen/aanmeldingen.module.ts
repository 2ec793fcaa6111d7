import { Module } from '@nestjs/common';
import { RegistreerAanmeldingController } from './commands/registreer-aanmelding/registreer-aanmelding.controller';
import { RegistreerAanmelding } from './commands/registreer-aanmelding/registreer-aanmelding.service';
import { RegistreerAnoniemeAanmelding } from './commands/registreer-aanmelding/registreer-anonieme-aanmelding.service';
import { IdentificeerInwonerController } from './commands/identificeer-inwoner/identificeer-inwoner.controller';
import { IdentificeerInwoner } from './commands/identificeer-inwoner/identificeer-inwoner.service';
import { GetAanmeldingController } from './queries/get-aanmelding/get-aanmelding.controller';
import { GetAanmelding } from './queries/get-aanmelding/get-aanmelding.query';
import { AanmeldingRepository } from './database/aanmelding.repository';
import { AuditModule } from '../audit/audit.module';
import { InwonersModule } from '../inwoners/inwoners.module';
import { RouteringModule } from '../routering/routering.module';

/** Aanmeldingen: registered and routed (No Wrong Door), read back by the organisations that may see them. */
@Module({
  imports: [AuditModule, InwonersModule, RouteringModule],
  controllers: [RegistreerAanmeldingController, GetAanmeldingController, IdentificeerInwonerController],
  providers: [
    RegistreerAanmelding,
    RegistreerAnoniemeAanmelding,
    IdentificeerInwoner,
    GetAanmelding,
    AanmeldingRepository,
  ],
})
export class AanmeldingenModule {}
