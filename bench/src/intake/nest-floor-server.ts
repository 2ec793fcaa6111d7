/**
 * The framework floor of the intake benchmark, run as its own process: NestJS 11 on Fastify as the services run it,
 * with one controller answering POST /api/v1/aanmeldingen by the raw baseline's own write (raw-write.ts), and
 * nothing else: no guards, no validation pipe, no interceptors, no logging, no security headers. Against the raw
 * node:http server doing the same write it shows what Nest and Fastify alone cost per request; intake can get no
 * nearer to the raw baseline than this.
 *
 * Environment: as raw-write.ts. Prints `listening <port>` when ready.
 */
import 'reflect-metadata';
import { Body as RequestBody, Controller, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Body, createSchema, pool, register } from './raw-write';

@Controller('aanmeldingen')
class AanmeldingenController {
  @Post()
  registreer(@RequestBody() body: Body): Promise<unknown> {
    return register(body);
  }
}

@Module({ controllers: [AanmeldingenController] })
class FloorModule {}

async function main(): Promise<void> {
  await createSchema();
  const app = await NestFactory.create<NestFastifyApplication>(FloorModule, new FastifyAdapter(), { logger: false });
  app.setGlobalPrefix('api/v1');
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
  const stop = () => {
    void app
      .close()
      .then(() => pool.end())
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
