import { Module } from '@nestjs/common';
import { RegistreerPlaatsingController } from './commands/registreer-plaatsing.controller';
import { BeeindigPlaatsingController } from './commands/beeindig-plaatsing.controller';

@Module({ controllers: [RegistreerPlaatsingController, BeeindigPlaatsingController] })
export class PlaatsingenModule {}
