import type { INestApplicationContext } from '@nestjs/common';
import type { LedgerConfig, Stores } from '@ledger/runtime';

export interface CliContext {
  config: LedgerConfig;
  stores: Stores;
}

/** Opens the configured stores for one command and always closes them, whatever happens. */
export async function withStores<T>(work: (context: CliContext) => Promise<T>): Promise<T> {
  const { loadConfig, openStores } = await import('@ledger/runtime');
  const config = loadConfig();
  const stores = await openStores(config);
  try {
    return await work({ config, stores });
  } finally {
    await stores.close();
  }
}

/** The Nest application context (command bus, handlers, read side) for commands that write. */
export async function withApplication<T>(work: (app: INestApplicationContext, context: CliContext) => Promise<T>): Promise<T> {
  // Nest and every context's module load here, not at start-up: commands that only read the log never pay for them.
  const [{ NestFactory }, { resolveJwtSecret }, { loadPackLogo }, { passwordHashingFrom }, { CliModule }] = await Promise.all([
    import('@nestjs/core'),
    import('@ledger/runtime'),
    import('@ledger/strategy-pack'),
    import('@ledger/identity-api'),
    import('./cli.module'),
  ]);
  return withStores(async (context) => {
    const { LEDGER_AUTHORITY_NAME: authorityName, LEDGER_AUTHORITY_LOGO: logoFile } = context.config;
    const packBranding = { authorityName, ...(logoFile ? { logo: loadPackLogo(logoFile) } : {}) };
    const app = await NestFactory.createApplicationContext(CliModule.forRoot(context.stores, resolveJwtSecret(context.config), passwordHashingFrom(context.config), packBranding), {
      logger: ['error', 'warn'],
    });
    try {
      await app.init();
      return await work(app, context);
    } finally {
      await app.close();
    }
  });
}
