import {
  ConflictException,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseIntPipe,
  Post,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { DeadLetters } from './dead-letters';
import { EventConsumers } from './event-consumers';

/** Beheer: see which events this service gave up on, and replay one once its cause is fixed. */
@ApiTags('beheer')
@Roles('beheer')
@Controller('dead-letters')
export class DeadLettersController {
  constructor(
    private readonly deadLetters: DeadLetters,
    private readonly consumers: EventConsumers,
  ) {}

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
  @ApiOperation({
    summary: 'Apply the event again through the consumer that gave up on it, and remove the dead letter',
  })
  async replay(@Param('id', ParseIntPipe) id: number) {
    const letter = await this.deadLetters.get(id);
    if (!letter) throw new NotFoundException(`No dead letter ${id} for this service.`);
    // Applied here rather than published again: the event's subject belongs to the service that published it, and
    // NATS lets no other service publish there (README "NATS authentication").
    try {
      await this.consumers.replay(letter);
    } catch (err) {
      throw new ConflictException(`Dead letter ${id} failed again and is kept: ${(err as Error).message}`);
    }
    await this.deadLetters.remove(id);
    return { id, eventId: letter.eventId, status: 'opnieuw-aangeboden' };
  }
}
