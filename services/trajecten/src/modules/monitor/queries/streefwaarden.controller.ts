import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@wiz/platform';
import { StreefwaardenRepository } from '../database/streefwaarden-repository';

@ApiTags('monitor')
@Controller('streefwaarden')
export class StreefwaardenController {
  constructor(private readonly streefwaarden: StreefwaardenRepository) {}

  @Get()
  @Roles('beheer', 'monitor')
  @ApiOperation({ summary: 'Every target and starting balance ever set, newest first, with who set it and when' })
  @ApiOkResponse({
    description:
      '{ items: [{ id, sleutel, gemeentecode, geldigVanaf, basisdatum, beginstand, beginstandEenheden, doel, doelEenheden, vastgesteldDoor, vastgesteldOp }] }',
  })
  async lijst() {
    return { items: await this.streefwaarden.alle() };
  }
}
