import { Module } from '@nestjs/common';
import { Routeringstabellen } from './database/routeringstabellen';
import { ROUTERINGSTABEL } from './routeringstabel.port';
import { RouteringsregelsController } from './queries/routeringsregels/routeringsregels.controller';
import { Routeringsregels } from './queries/routeringsregels/routeringsregels.query';
import { StelRouteringsregelsVastController } from './commands/stel-routeringsregels-vast/stel-routeringsregels-vast.controller';
import { StelRouteringsregelsVast } from './commands/stel-routeringsregels-vast/stel-routeringsregels-vast.service';

/** The routing table as immutable versions; exports the `Routeringstabel` port to aanmeldingen. */
@Module({
  controllers: [RouteringsregelsController, StelRouteringsregelsVastController],
  providers: [
    Routeringstabellen,
    Routeringsregels,
    StelRouteringsregelsVast,
    { provide: ROUTERINGSTABEL, useExisting: Routeringstabellen },
  ],
  exports: [ROUTERINGSTABEL],
})
export class RouteringModule {}
