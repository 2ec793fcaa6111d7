import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { paginering } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { CaseloadQuery } from './caseload.query';
import { Caseload } from './caseload.response';

class CaseloadVraag extends createZodDto(z.object({ ...paginering(50) }).strict()) {}

/** "Mijn caseload" and "Team": the active trajecten the caller holds (or stands in for), and their team's. */
@ApiTags('caseload')
@Controller('caseload')
export class CaseloadController {
  constructor(private readonly caseload: CaseloadQuery) {}

  @Get()
  @Roles('consulent', 'teamleider')
  @Operation({
    id: 'mijnCaseload',
    summary: "The caller's active trajecten and those of colleagues they stand in for today, most urgent first",
    status: 200,
    response: Caseload,
  })
  eigen(@Query() v: CaseloadVraag, @CurrentPrincipal() wie: Principal) {
    return this.caseload.eigen(wie.subject, wie.organisatie, v);
  }

  @Get('team')
  @Roles('consulent', 'teamleider')
  @Operation({
    id: 'teamCaseload',
    summary: "The active trajecten of the caller's team (as registered), most urgent first",
    status: 200,
    response: Caseload,
  })
  team(@Query() v: CaseloadVraag, @CurrentPrincipal() wie: Principal) {
    return this.caseload.team(wie.subject, wie.organisatie, v);
  }
}
