import { Module } from '@nestjs/common';
import { RegistreerAanmeldingController } from './commands/registreer-aanmelding/registreer-aanmelding.controller';
import { RegistreerAanmelding } from './commands/registreer-aanmelding/registreer-aanmelding.service';
import { GetAanmeldingController } from './queries/get-aanmelding/get-aanmelding.controller';
import { InwonersModule } from '../inwoners/inwoners.module';
import { RouteringModule } from '../routering/routering.module';

@Module({
  imports: [InwonersModule, RouteringModule],
  controllers: [RegistreerAanmeldingController, GetAanmeldingController],
  providers: [RegistreerAanmelding],
})
export class AanmeldingenModule {}
