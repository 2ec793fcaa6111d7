import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Operation, Roles } from '@wiz/platform';
import { StreefwaardenQuery } from './streefwaarden.query';
import { Streefwaarden } from './streefwaarden.response';

@ApiTags('monitor')
@Controller('streefwaarden')
export class StreefwaardenController {
  constructor(private readonly streefwaarden: StreefwaardenQuery) {}

  @Get()
  @Roles('beheer', 'monitor')
  @Operation({
    id: 'listStreefwaarden',
    summary: 'Every target and starting balance ever set, newest first, with who set it and when',
    status: 200,
    response: Streefwaarden,
  })
  lijst() {
    return this.streefwaarden.lijst();
  }
}
