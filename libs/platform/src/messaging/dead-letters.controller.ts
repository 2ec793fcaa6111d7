import { Controller, Get, HttpCode, NotFoundException, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { DeadLetters } from './dead-letters';

/** Beheer: see which events this service gave up on, and replay one once its cause is fixed. */
@ApiTags('beheer')
@Roles('beheer')
@Controller('dead-letters')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLetters) {}

  @Get()
  @ApiOperation({ summary: 'Dead-lettered events of this service' })
  @ApiOkResponse({ description: '{ items: DeadLetter[] }' })
  async list() {
    return { items: await this.deadLetters.list() };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One dead-lettered event' })
  async get(@Param('id', ParseIntPipe) id: number) {
    const letter = await this.deadLetters.get(id);
    if (!letter) throw new NotFoundException(`No dead letter ${id} for this service.`);
    return letter;
  }

  @Post(':id/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Publish the event again to its consumers and remove the dead letter' })
  async replay(@Param('id', ParseIntPipe) id: number) {
    const letter = await this.deadLetters.replay(id);
    if (!letter) throw new NotFoundException(`No dead letter ${id} for this service.`);
    return { id, eventId: letter.eventId, status: 'opnieuw-aangeboden' };
  }
}
