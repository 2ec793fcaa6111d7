import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Operation, Roles } from '@wiz/platform';
import { StreefwaardenRepository } from '../database/streefwaarden-repository';
import { Streefwaarden } from './streefwaarden.response';

@ApiTags('monitor')
@Controller('streefwaarden')
export class StreefwaardenController {
  constructor(private readonly streefwaarden: StreefwaardenRepository) {}

  @Get()
  @Roles('beheer', 'monitor')
  @Operation({
    id: 'listStreefwaarden',
    summary: 'Every target and starting balance ever set, newest first, with who set it and when',
    status: 200,
    response: Streefwaarden,
  })
  async lijst() {
    return { items: await this.streefwaarden.alle() };
  }
}
