import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { JwtModule } from '@nestjs/jwt';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { LoggerModule } from 'nestjs-pino';
import type { Request } from 'express';
import { IdentityModule } from '@ledger/identity-api';
import { WorkforceModule } from '@ledger/workforce-api';
import { GatewayModule } from '@ledger/gateway-api';
import { LessonsModule } from '@ledger/lessons-api';
import { RiskModule } from '@ledger/risk-api';
import { AuditModule } from '@ledger/audit-api';
import { StrategyModule } from '@ledger/strategy-api';
import { StrategyPackModule } from '@ledger/strategy-pack';
import { RegistersAsOfResolver } from './registers-as-of.resolver';
import { ProcurementLessonsResolver } from './procurement-lessons.resolver';
import { AuthGuard, LedgerCoreModule, LedgerErrorFilter, formatLedgerError, ledgerValidationPipe } from '@ledger/shared-api';
import { Stores } from '@ledger/runtime';
import { HealthController } from './health.controller';

export interface AppOptions {
  stores: Stores;
  jwtSecret: string;
  jwtExpiresInSeconds: number;
  logLevel: string;
  /** Folder of the built admin UI; served at / when it exists. */
  adminUiPath?: string;
}

const unexpectedErrors = new Logger('GraphQL');

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    const serveAdmin = options.adminUiPath && existsSync(options.adminUiPath);
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: options.logLevel,
            // Never log credentials: tokens travel in this header.
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        LedgerCoreModule.forRoot({ eventStore: options.stores.eventStore, readModels: options.stores.readModels, personalDataKeys: options.stores.personalDataKeys }),
        CqrsModule.forRoot(),
        JwtModule.register({ global: true, secret: options.jwtSecret, signOptions: { expiresIn: options.jwtExpiresInSeconds } }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          path: '/graphql',
          context: ({ req }: { req: Request }) => ({ req }),
          formatError: (formatted, error) => formatLedgerError(formatted, error, (e) => unexpectedErrors.error(e)),
        }),
        ...(serveAdmin
          ? [ServeStaticModule.forRoot({ rootPath: options.adminUiPath as string, exclude: ['/graphql{/*path}', '/health{/*path}', '/api{/*path}'] })]
          : []),
        IdentityModule,
        WorkforceModule,
        GatewayModule,
        LessonsModule,
        RiskModule,
        StrategyModule,
        StrategyPackModule,
        AuditModule,
      ],
      controllers: [HealthController],
      providers: [
        ProcurementLessonsResolver,
        RegistersAsOfResolver,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: ledgerValidationPipe },
        { provide: APP_FILTER, useClass: LedgerErrorFilter },
      ],
    };
  }
}
