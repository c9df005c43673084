import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { UserProvisioning, oidcSettingsFrom, passwordHashingFrom } from '@ledger/identity-api';
import { LedgerConfig, Stores, openStores, resolveJwtSecret } from '@ledger/runtime';
import { AppModule } from './app.module';
import { loadPackLogo } from '@ledger/strategy-pack';
import { mailSettingsFrom } from '@ledger/notifications-api';
import { hardenHttp } from './http-hardening';
import { loadDemoData } from '@ledger/demo-data';
import { CheckpointScheduler, ReadSide, renderOnWorkers } from '@ledger/shared-api';
import { SqliteEventStore, SqlitePersonalDataKeyStore, SqliteReadModelStore } from '@ledger/event-store-sqlite';
import { asOfFolderOn, heavyWorkPool, walCheckpointer } from '../workers/worker-entries';

export interface RunningLedger {
  app: INestApplication;
  stores: Stores;
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the whole product: stores, read models caught up, HTTP listening, then the ADMIN_EMAIL
 * user and (on an empty store) the demo data. Used by main.ts and by the end-to-end tests alike.
 */
export async function startLedger(config: LedgerConfig, options: { adminUiPath?: string; host?: string } = {}): Promise<RunningLedger> {
  const stores = await openStores(config);
  ReadSide.readModelCacheBytes = config.READ_MODEL_CACHE_MB * 2 ** 20;
  const wasEmpty = (await stores.eventStore.headPosition()) === 0n;
  let app: INestApplication | undefined;
  // Heavy work (as-of folds, exports, packs) runs on worker threads, off the event loop (ADR 0024).
  const workers = heavyWorkPool(config);
  renderOnWorkers(workers);
  // SQLite's checkpoints too: on a thread of their own, not on the connection that commits (ADR 0041).
  const checkpoints = walCheckpointer(config, sqliteConnectionsOf(stores));
  const stopWorkers = async () => {
    renderOnWorkers(undefined);
    await checkpoints?.close();
    await workers?.close();
  };
  try {
    app = await NestFactory.create(
      AppModule.forRoot({
        stores,
        jwtSecret: resolveJwtSecret(config),
        jwtExpiresInSeconds: config.JWT_EXPIRES_IN_SECONDS,
        logLevel: config.LOG_LEVEL,
        adminUiPath: options.adminUiPath,
        anonymousIntrospection: config.GRAPHQL_ANONYMOUS_INTROSPECTION,
        requestRateLimits: { mutationsPerMinute: config.MUTATIONS_PER_MINUTE, fileRequestsPerMinute: config.FILE_REQUESTS_PER_MINUTE },
        checkpointIntervalMinutes: config.CHECKPOINT_INTERVAL_MINUTES,
        asOfFolder: asOfFolderOn(workers, config),
        ocdsPublisher: { ocidPrefix: config.OCDS_PREFIX, publisherName: config.LEDGER_AUTHORITY_NAME },
        packBranding: { authorityName: config.LEDGER_AUTHORITY_NAME, ...(config.LEDGER_AUTHORITY_LOGO ? { logo: loadPackLogo(config.LEDGER_AUTHORITY_LOGO) } : {}) },
        mail: mailSettingsFrom(config),
        publicUrl: config.PUBLIC_URL,
        oidc: oidcSettingsFrom(config),
        passwordHashing: passwordHashingFrom(config),
      }),
      // Body parsers are hardenHttp's, with answers for bodies they refuse.
      { bufferLogs: true, bodyParser: false },
    );
    app.useLogger(app.get(Logger));
    hardenHttp(app, { trustProxy: config.TRUST_PROXY });
    app.enableShutdownHooks();
    // Users first, then the port: once /health answers, the ADMIN_EMAIL account can sign in.
    await app.init();

    if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
      await app.get(UserProvisioning).ensureUser({
        email: config.ADMIN_EMAIL,
        password: config.ADMIN_PASSWORD,
        displayName: 'Administrator',
        roles: ['ADMIN'],
      });
    }
    // Another instance starting on the same empty store at the same time loads it instead (ADR 0021).
    if (wasEmpty && config.DEMO_DATA && (await loadDemoData(app))) {
      // A first start is signed at once, not an interval later: the demo shows checkpoints from the start.
      await app.get(CheckpointScheduler).signNow();
    }
    await app.listen(config.PORT, options.host ?? '0.0.0.0');
    // Keep idle connections open longer than a load balancer's or client's own idle timeout (60 s is
    // common): Node's 5 s default closes a kept-alive socket just as a client reuses it, and the
    // client sees ECONNRESET. The headers timeout must exceed it.
    const server: Server = app.getHttpServer();
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  } catch (error) {
    await app?.close();
    await stopWorkers();
    await stores.close();
    throw error;
  }
  const running = app;
  const address = running.getHttpServer().address() as { port: number };
  return {
    app: running,
    stores,
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await running.close();
      await stopWorkers();
      await stores.close();
    },
  };
}

/** The SQLite connections the app writes with (none on PostgreSQL). */
function sqliteConnectionsOf(stores: Stores) {
  return [stores.eventStore, stores.readModels, stores.personalDataKeys].flatMap((store) =>
    store instanceof SqliteEventStore || store instanceof SqliteReadModelStore || store instanceof SqlitePersonalDataKeyStore ? [store.db] : [],
  );
}
