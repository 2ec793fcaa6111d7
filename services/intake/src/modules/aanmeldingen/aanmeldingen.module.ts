import { Module } from '@nestjs/common';
import { RegistreerAanmeldingController } from './commands/registreer-aanmelding/registreer-aanmelding.controller';
import { RegistreerAanmelding } from './commands/registreer-aanmelding/registreer-aanmelding.service';
import { GetAanmeldingController } from './queries/get-aanmelding/get-aanmelding.controller';
import { AanmeldingEntity } from './database/aanmelding.entity';
import { InwonerEntity } from './database/inwoner.entity';

export const AANMELDINGEN_ENTITIES = [AanmeldingEntity, InwonerEntity];

@Module({
  controllers: [RegistreerAanmeldingController, GetAanmeldingController],
  providers: [RegistreerAanmelding],
})
export class AanmeldingenModule {}
