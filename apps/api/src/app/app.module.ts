import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { createSecretKey } from 'node:crypto';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Logger, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { LoggerModule } from 'nestjs-pino';
import type { Request } from 'express';
import { CalendarFeedOriginModule, IdentityModule, OidcSettings, PasswordHashing, PasswordHashingModule, SingleSignOnModule, withCalendarFeedTokenRedacted } from '@ledger/identity-api';
import { WorkforceModule } from '@ledger/workforce-api';
import { GatewayModule } from '@ledger/gateway-api';
import { LessonsModule } from '@ledger/lessons-api';
import { RiskModule } from '@ledger/risk-api';
import { AuditModule } from '@ledger/audit-api';
import { StrategyModule } from '@ledger/strategy-api';
import { PackBranding, PackBrandingModule, StrategyPackModule } from '@ledger/strategy-pack';
import { ContractsModule, OcdsPublisher, OcdsPublisherModule, PLACEHOLDER_PUBLISHER } from '@ledger/contracts-api';
import { WorkQueueModule } from '@ledger/work-queue';
import { MailSettings, NotificationsModule } from '@ledger/notifications-api';
import { RegistersAsOfResolver } from './registers-as-of.resolver';
import { ProcurementLessonsResolver } from './procurement-lessons.resolver';
import { ContractProcurementResolver } from './contract-procurement.resolver';
import { RecordedEventActorResolver } from './recorded-event-actor.resolver';
import {
  AsOfFolder,
  AuthGuard,
  bearerTokenOf,
  JWT_ALGORITHM,
  LedgerCoreModule,
  LedgerErrorFilter,
  REQUEST_LIMITS,
  RequestRateLimitSettings,
  armorProtection,
  formatLedgerError,
  ledgerValidationPipe,
  requestLimitsPlugin,
  verifiedSubject,
  LogCheckpointsModule,
} from '@ledger/shared-api';
import { Stores, logCheckpointsFor } from '@ledger/runtime';
import { HealthController } from './health.controller';
import { setStaticCacheHeaders } from './http-hardening';

export interface AppOptions {
  stores: Stores;
  jwtSecret: string;
  jwtExpiresInSeconds: number;
  logLevel: string;
  /** Folder of the built admin UI; served at / when it exists. */
  adminUiPath?: string;
  /** Development convenience: anonymous callers may introspect the GraphQL schema. */
  anonymousIntrospection?: boolean;
  requestRateLimits?: RequestRateLimitSettings;
  /** Minutes between automatic signed checkpoints of the log; 0 turns them off (ADR 0018). */
  checkpointIntervalMinutes?: number;
  /** Folds registers as at past instants on worker threads (ADR 0024); in-process without one. */
  asOfFolder?: AsOfFolder;
  /** The OCDS ocid prefix and publisher name (OCDS_PREFIX, LEDGER_AUTHORITY_NAME); the unregistered placeholder without. */
  ocdsPublisher?: OcdsPublisher;
  /** The authority's name and logo new strategy update packs record (LEDGER_AUTHORITY_NAME, LEDGER_AUTHORITY_LOGO; ADR 0029). */
  packBranding?: PackBranding;
  /** Reminders by email (ADR 0031); null or absent: no mail at all. */
  mail?: MailSettings | null;
  /** PUBLIC_URL: where users reach the ledger; calendar-feed URLs start with it (ADR 0032). Absent: the request's origin. */
  publicUrl?: string | null;
  /** Single sign-on over OpenID Connect (ADR 0033); null or absent: passwords only, no SSO route. */
  oidc?: OidcSettings | null;
  /** argon2id cost of new password hashes; the library's defaults when absent. */
  passwordHashing?: PasswordHashing;
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
            // A calendar feed's URL is its credential (ADR 0032): its token never reaches a log either.
            serializers: { req: withCalendarFeedTokenRedacted },
          },
          // A load balancer asks /health every few seconds: no request logger for it at all (making
          // one per request, only to skip its log line, was a tenth of /health's CPU under load).
          exclude: [{ method: RequestMethod.GET, path: 'health' }],
        }),
        LedgerCoreModule.forRoot({
          eventStore: options.stores.eventStore,
          readModels: options.stores.readModels,
          personalDataKeys: options.stores.personalDataKeys,
          accountLookupKey: options.stores.keys.accountLookup.key,
          requestRateLimits: options.requestRateLimits,
          asOfFolder: options.asOfFolder,
        }),
        LogCheckpointsModule.forRoot(logCheckpointsFor(options.stores), { intervalMinutes: options.checkpointIntervalMinutes ?? 0 }),
        CqrsModule.forRoot(),
        // One algorithm, pinned both ways: a token naming another ("none", an RSA key as HMAC secret) is refused.
        JwtModule.register({
          global: true,
          // A KeyObject, not a string: given a string, jsonwebtoken first tries it as a PEM public key
          // and only then as an HMAC secret, on every request (5.9% of a loaded API's CPU).
          secret: createSecretKey(Buffer.from(options.jwtSecret)),
          signOptions: { expiresIn: options.jwtExpiresInSeconds, algorithm: JWT_ALGORITHM },
          verifyOptions: { algorithms: [JWT_ALGORITHM] },
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [JwtService],
          useFactory: (jwt: JwtService) => {
            const armor = armorProtection();
            const isSignedIn = async (context: { req?: Request }) => {
              const token = bearerTokenOf(context.req);
              return token ? verifiedSubject(jwt, token).then(() => true, () => false) : false;
            };
            return {
              autoSchemaFile: true,
              sortSchema: true,
              playground: false,
              // Signed-in callers may introspect; anonymous ones only when the operator opts in (requestLimitsPlugin).
              introspection: true,
              includeStacktraceInErrorResponses: false,
              allowBatchedHttpRequests: false,
              parseOptions: { maxTokens: REQUEST_LIMITS.maxTokens },
              validationRules: armor.validationRules,
              // Apollo's cache-control plugin runs a hook on every field of every answer (a 50-person
              // skills-matrix page resolves some 16,000 fields); the ledger sends no cache hints.
              plugins: [
                ApolloServerPluginCacheControlDisabled(),
                ...armor.plugins,
                requestLimitsPlugin({ isSignedIn, anonymousIntrospection: options.anonymousIntrospection }),
              ],
              path: '/graphql',
              context: ({ req }: { req: Request }) => ({ req }),
              formatError: (formatted, error) => formatLedgerError(formatted, error, (e) => unexpectedErrors.error(e)),
            };
          },
        }),
        ...(serveAdmin
          ? [
              ServeStaticModule.forRoot({
                rootPath: options.adminUiPath as string,
                exclude: ['/graphql{/*path}', '/health{/*path}', '/api{/*path}'],
                serveStaticOptions: { setHeaders: setStaticCacheHeaders },
              }),
            ]
          : []),
        CalendarFeedOriginModule.forRoot(options.publicUrl),
        IdentityModule,
        SingleSignOnModule.forRoot(options.oidc ?? null),
        PasswordHashingModule.forRoot(options.passwordHashing),
        WorkforceModule,
        GatewayModule,
        LessonsModule,
        RiskModule,
        StrategyModule,
        StrategyPackModule,
        AuditModule,
        ContractsModule,
        OcdsPublisherModule.forRoot(options.ocdsPublisher ?? PLACEHOLDER_PUBLISHER),
        ...(options.packBranding ? [PackBrandingModule.forRoot(options.packBranding)] : []),
        WorkQueueModule,
        NotificationsModule.forRoot(options.mail ?? null),
      ],
      controllers: [HealthController],
      providers: [
        ProcurementLessonsResolver,
        ContractProcurementResolver,
        RecordedEventActorResolver,
        RegistersAsOfResolver,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: ledgerValidationPipe },
        { provide: APP_FILTER, useClass: LedgerErrorFilter },
      ],
    };
  }
}
