import { Module } from '@nestjs/common';
import { ArrangementenController } from './commands/arrangementen.controller';

@Module({ controllers: [ArrangementenController] })
export class ArrangementenModule {}
