import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { ZodValidationPipe } from 'nestjs-zod';
import { PlatformConfig } from './config/platform-config';
import { dataSourceOptions, PERSISTENCE_DEFINITION, PersistenceDefinition } from './persistence/data-source-options';
import { openDatabase } from './persistence/open-database';
import { TransactionRunner } from './persistence/transaction-runner';
import { Housekeeping } from './persistence/housekeeping';
import { createLogger, EventLog, loggerOptions, RequestLog } from './observability/logger-options';
import { Metrics } from './observability/metrics';
import { HealthController } from './observability/health.controller';
import { ReadinessProbes } from './observability/readiness-probes';
import { MetricsController } from './observability/metrics.controller';
import { RedisModule } from './redis/redis.module';
import { EventNaming } from './messaging/event-naming';
import { NatsClient } from './messaging/nats-client';
import { NatsDisturbances } from './messaging/nats-disturbances';
import { Outbox } from './messaging/outbox';
import { OutboxRelay } from './messaging/outbox-relay';
import { OutboxWakeups } from './messaging/outbox-wakeups';
import { EventConsumers } from './messaging/event-consumers';
import { DeadLetters } from './messaging/dead-letters';
import { DeadLettersController } from './messaging/dead-letters.controller';
import { AuthGuard } from './auth/auth.guard';
import { JwtVerifier } from './auth/jwt-verifier';
import { ProblemFilter } from './http/problem.filter';
import { IdempotencyInterceptor } from './http/idempotency.interceptor';

export interface PlatformOptions {
  config: PlatformConfig;
  persistence: PersistenceDefinition;
}

/**
 * What every service stands on: configuration, its own database (created and migrated at start), NATS with
 * outbox relay and inbox consumers, Redis, auth, problem+json errors, health and metrics.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot({ config, persistence }: PlatformOptions): DynamicModule {
    const logger = createLogger(config);
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot(loggerOptions(logger)),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(config, persistence),
          dataSourceFactory: () => openDatabase(config, persistence),
        }),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
        DiscoveryModule,
        RedisModule,
      ],
      controllers: [HealthController, MetricsController, DeadLettersController],
      providers: [
        { provide: PlatformConfig, useValue: config },
        { provide: RequestLog, useValue: new RequestLog(logger) },
        { provide: EventLog, useValue: new EventLog(logger) },
        { provide: PERSISTENCE_DEFINITION, useValue: persistence },
        { provide: EventNaming, useValue: new EventNaming(config.nats, config.service) },
        { provide: JwtVerifier, useValue: new JwtVerifier(config.auth) },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        Metrics,
        ReadinessProbes,
        NatsClient,
        NatsDisturbances,
        Outbox,
        OutboxRelay,
        OutboxWakeups,
        EventConsumers,
        DeadLetters,
        TransactionRunner,
        IdempotencyInterceptor,
        Housekeeping,
      ],
      exports: [
        PlatformConfig,
        EventNaming,
        Metrics,
        NatsClient,
        Outbox,
        OutboxRelay,
        EventConsumers,
        DeadLetters,
        TransactionRunner,
        IdempotencyInterceptor,
      ],
    };
  }
}
