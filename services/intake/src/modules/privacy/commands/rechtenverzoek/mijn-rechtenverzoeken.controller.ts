import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, type Principal, Roles } from '@wiz/platform';
import { MijnRechtenverzoeken, RechtenverzoekIndienen, RechtenverzoekResponse } from './rechtenverzoek.schemas';
import { RechtenverzoekenService } from './rechtenverzoeken.service';

/** Mijn Werk in Zicht: the inwoner asks to erase, restrict or object, and reads the answers; the person from the token. */
@ApiTags('mijn')
@Roles('inwoner')
@Controller('mijn/rechtenverzoeken')
export class MijnRechtenverzoekenController {
  constructor(private readonly service: RechtenverzoekenService) {}

  @Post()
  @Operation({
    id: 'dienRechtenverzoekIn',
    summary:
      'Ask the privacy officer to erase the caller’s data, restrict its use, or hear an objection (AVG art. 17, 18, 21)',
    status: 201,
    response: RechtenverzoekResponse,
  })
  dienIn(@Body() body: RechtenverzoekIndienen, @CurrentPrincipal() wie: Principal) {
    return this.service.dienIn(body, wie);
  }

  @Get()
  @Operation({
    id: 'getMijnRechtenverzoeken',
    summary: 'The caller’s own requests to erase, restrict or object, with their status and answer, newest first',
    status: 200,
    response: MijnRechtenverzoeken,
  })
  mijnVerzoeken(@CurrentPrincipal() wie: Principal) {
    return this.service.mijnVerzoeken(wie);
  }
}
