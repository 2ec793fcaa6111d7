import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Operation, Public } from '@wiz/platform';
import { StartInwonersessie } from './start-inwonersessie.service';

class InwonersessieRequest extends createZodDto(
  z
    .object({
      idToken: z
        .string()
        .min(1)
        .max(16_384)
        .describe("the DigiD broker's ID token (a JWT) the portaal received after the inwoner logged in with DigiD"),
    })
    .strict(),
) {}

class InwonersessieResponse extends createZodDto(
  z.object({
    token: z.string().describe("a bearer token for the services' /api/v1/mijn routes: role inwoner, this inwonerId"),
    verlooptOp: z.iso.datetime({ offset: true }).describe('when the token expires; log in again after'),
    inwonerId: z.uuid(),
  }),
) {}

/** Public: the inwoner has no token yet; the broker's ID token is the proof of who they are. */
@ApiTags('inwonersessies')
@Controller('inwonersessies')
export class StartInwonersessieController {
  constructor(private readonly start: StartInwonersessie) {}

  @Post()
  @Public()
  @Operation({
    id: 'startInwonersessie',
    summary: "Log an inwoner in: exchange a DigiD broker's ID token for an inwoner token (Mijn Werk in Zicht)",
    description:
      'The BSN in the ID token stays in intake: it is looked up by its keyed hash (a merged record gives the kept ' +
      'one) and the token names the person only by inwonerId, with their gemeentecode as organisatie and their ' +
      "name. Valid 15 minutes. The login is in the person's audit trail. 401: the ID token is forged, expired, " +
      'for another client or carries no valid BSN.',
    status: 201,
    response: InwonersessieResponse,
    errors: {
      404: 'No inwoner is known with this BSN (never registered, or erased).',
    },
  })
  startInwonersessie(@Body() body: InwonersessieRequest): Promise<InwonersessieResponse> {
    return this.start.execute(body.idToken);
  }
}
