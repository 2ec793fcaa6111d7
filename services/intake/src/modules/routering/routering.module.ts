import { Module } from '@nestjs/common';
import { Routeringstabellen } from './database/routeringstabellen';
import { RouteringsregelsController } from './routeringsregels.controller';

@Module({
  controllers: [RouteringsregelsController],
  providers: [Routeringstabellen],
  exports: [Routeringstabellen],
})
export class RouteringModule {}
