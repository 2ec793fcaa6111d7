import { Module } from '@nestjs/common';
import { KeuzelijstenController } from './keuzelijsten.controller';

@Module({ controllers: [KeuzelijstenController] })
export class KeuzelijstenModule {}
