import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

const schema = z
  .object({
    PORT: z.coerce.number({ message: 'must be a number' }).int().min(1).max(65535).default(3000),
    EVENT_STORE: z.enum(['sqlite', 'postgres', 'eventstoredb'], { message: 'must be sqlite, postgres or eventstoredb' }).default('sqlite'),
    SQLITE_PATH: z.string().min(1).default('./data/ledger.sqlite'),
    /** The PostgreSQL store; with EVENT_STORE=eventstoredb, where the read models and personal-data keys go (shared by every instance), instead of SQLITE_PATH. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
      .optional(),
    POSTGRES_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a plain lower-case identifier')
      .default('ledger'),
    EVENTSTOREDB_URL: z
      .string()
      .regex(/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover|kurrent):\/\//, 'must be an esdb:// connection string')
      .optional(),
    /** A prefix for this ledger's streams, so that several ledgers (or test runs) can share one EventStoreDB server. */
    EVENTSTOREDB_NAMESPACE: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, 'must be letters, digits, ".", "_" or "-" (at most 100), e.g. ledger-prod-')
      .optional(),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_EXPIRES_IN_SECONDS: z.coerce.number({ message: 'must be a number' }).int().min(60).max(7 * 24 * 3600).default(8 * 3600),
    ADMIN_EMAIL: z.string().email('must be an email address').optional(),
    ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    /** Unset: demo data only when no ADMIN_EMAIL is configured (a first start that configures nothing). */
    DEMO_DATA: booleanFlag.optional(),
    GRAPHQL_ANONYMOUS_INTROSPECTION: booleanFlag.default(false),
    /** Per user and minute: mutations, and exports/imports/pack downloads (docs/security.md). */
    MUTATIONS_PER_MINUTE: z.coerce.number({ message: 'must be a number' }).int().min(1).max(100_000).default(120),
    FILE_REQUESTS_PER_MINUTE: z.coerce.number({ message: 'must be a number' }).int().min(1).max(100_000).default(30),
    TRUST_PROXY: z
      .string()
      .regex(/^(false|true|\d{1,2}|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/, 'must be false, a number of proxy hops, or a comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal')
      .default('false'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ADMIN_UI_PATH: z.string().optional(),
    /** Folder of the application's key files (ADR 0018); defaults to the SQLite file's folder. */
    LEDGER_KEYS_DIR: z.string().min(1).optional(),
    CHECKPOINT_SIGNING_KEY_FILE: z.string().min(1).optional(),
    PERSONAL_DATA_KEK_FILE: z.string().min(1).optional(),
    ACCOUNT_LOOKUP_KEY_FILE: z.string().min(1).optional(),
    /** Minutes between automatic signed checkpoints of the log (0: only on demand and at each pack). */
    CHECKPOINT_INTERVAL_MINUTES: z.coerce.number({ message: 'must be a number' }).int().min(0).max(7 * 24 * 60).default(60),
    /** argon2id cost of new password hashes: KiB of memory and passes. Lower only on a small machine; never below OWASP's minimum (19 MiB, 2 passes). */
    PASSWORD_HASH_MEMORY_KIB: z.coerce.number({ message: 'must be a number' }).int().min(19_456, "must be at least 19456 (19 MiB, OWASP's minimum for argon2id)").max(4_194_304).default(65_536),
    PASSWORD_HASH_TIME_COST: z.coerce.number({ message: 'must be a number' }).int().min(2, "must be at least 2 (OWASP's minimum for argon2id at 19 MiB)").max(20).default(3),
    /** Megabytes of parsed read-model documents each instance keeps for live queries (ADR 0035); 0 turns the cache off. */
    READ_MODEL_CACHE_MB: z.coerce.number({ message: 'must be a number' }).int().min(0).max(65_536).default(64),
    /** The ocid prefix the Open Contracting Partnership registered for the authority; the default is a placeholder registered to no one. */
    OCDS_PREFIX: z
      .string()
      .regex(/^ocds-[a-z0-9]{6}$/, 'must be "ocds-" and six lower-case letters or digits, as registered with the Open Contracting Partnership')
      .default('ocds-xxxxxx'),
    /** The authority's name: the publisher and buyer of its OCDS release packages. */
    LEDGER_AUTHORITY_NAME: z.string().trim().min(1).max(200).default('The contracting authority'),
    /** A PNG or SVG file (at most 256 KB) the strategy update pack prints beside the name; recorded on each pack generated (ADR 0029). */
    LEDGER_AUTHORITY_LOGO: z.string().min(1).optional(),
    /** Reminders by email (ADR 0031): off entirely while unset. smtp://user:pass@host:587 or smtps://...:465; never logged. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
      .optional(),
    /** The sender of reminders: an address, or "Name <address>". */
    MAIL_FROM: z
      .string()
      .trim()
      .regex(/^([^<>\r\n]*<[^@\s<>]+@[^@\s<>]+>|[^@\s<>]+@[^@\s<>]+)$/, 'must be an email address or "Name <address>"')
      .optional(),
    /** The UK time (HH:MM, Europe/London) the server sends each day's digest. */
    REMINDER_DIGEST_TIME: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (24-hour, UK time)')
      .default('07:00'),
    /** The address people open the ledger at (links in messages); defaults to http://localhost:PORT. */
    PUBLIC_URL: z.string().url('must be a URL such as https://ledger.example.gov.uk').optional(),
    /** Attempts per message before it is recorded as failed, and the first back-off (doubling each time). */
    MAIL_ATTEMPTS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(10).default(5),
    MAIL_RETRY_BASE_MS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(3_600_000).default(30_000),
    /** Single sign-on over OpenID Connect (ADR 0033): off entirely while OIDC_ISSUER is unset. */
    OIDC_ISSUER: z.string().url('must be the provider\'s issuer URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0').optional(),
    OIDC_CLIENT_ID: z.string().trim().min(1).max(500).optional(),
    /** The client secret registered at the provider: never logged, never recorded. */
    OIDC_CLIENT_SECRET: z.string().min(1).max(2000).optional(),
    /** Defaults to PUBLIC_URL (or http://localhost:PORT) + /api/auth/oidc/callback. */
    OIDC_REDIRECT_URL: z.string().url('must be a URL ending in /api/auth/oidc/callback').optional(),
    OIDC_SCOPES: z.string().trim().regex(/(^|\s)openid(\s|$)/, 'must include openid').default('openid email profile'),
    /** The ID-token claim whose values the role mapping reads: Entra ID sends `groups` or `roles`. */
    OIDC_ROLE_CLAIM: z.string().trim().min(1).max(200).default('groups'),
    /** The provider's name on the sign-in button ("Sign in with ..."). */
    OIDC_PROVIDER_NAME: z.string().trim().min(1).max(100).default('your organisation’s account'),
  })
  .superRefine((env, ctx) => {
    if (env.EVENT_STORE === 'postgres' && !env.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required when EVENT_STORE=postgres' });
    }
    if (env.EVENT_STORE === 'eventstoredb' && !env.EVENTSTOREDB_URL) {
      ctx.addIssue({ code: 'custom', path: ['EVENTSTOREDB_URL'], message: 'is required when EVENT_STORE=eventstoredb' });
    }
    if (env.SMTP_URL && !env.MAIL_FROM) {
      ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'is required when SMTP_URL is set' });
    }
    // Half a single sign-on set-up would fail at the first sign-in: refuse to start instead.
    if (env.OIDC_ISSUER || env.OIDC_CLIENT_ID || env.OIDC_CLIENT_SECRET) {
      for (const name of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
        if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required for single sign-on: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together, or none' });
      }
    }
    if (!!env.ADMIN_EMAIL !== !!env.ADMIN_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither' });
    }
  })
  // A deployment that names its own admin gets no demo users (whose passwords are published) unless it asks.
  .transform((env) => ({ ...env, DEMO_DATA: env.DEMO_DATA ?? !env.ADMIN_EMAIL }));

export type LedgerConfig = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment once at start; every bad value is reported together, by name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): LedgerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`));
  }
  return parsed.data;
}
