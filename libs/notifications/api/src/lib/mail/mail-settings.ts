/** How the installation sends reminders (ADR 0031); null when SMTP_URL is unset: then nothing of the mail side runs. */
export interface MailSettings {
  /** smtp:// or smtps:// with any credentials in it: never logged, never recorded. */
  smtpUrl: string;
  from: string;
  /** HH:MM, UK time: when the server sends each day's digest. */
  digestTime: string;
  /** Where people open the ledger: the base of every link in a message. */
  publicUrl: string;
  /** Attempts per message before it is recorded as failed; the back-off starts at retryBaseMs and doubles. */
  attempts: number;
  retryBaseMs: number;
}

export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

/** The settings the environment gives (see libs/runtime's config), or null when mail is off. */
export function mailSettingsFrom(config: {
  SMTP_URL?: string;
  MAIL_FROM?: string;
  REMINDER_DIGEST_TIME: string;
  PUBLIC_URL?: string;
  PORT: number;
  MAIL_ATTEMPTS: number;
  MAIL_RETRY_BASE_MS: number;
}): MailSettings | null {
  if (!config.SMTP_URL || !config.MAIL_FROM) return null;
  return {
    smtpUrl: config.SMTP_URL,
    from: config.MAIL_FROM,
    digestTime: config.REMINDER_DIGEST_TIME,
    publicUrl: (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, ''),
    attempts: config.MAIL_ATTEMPTS,
    retryBaseMs: config.MAIL_RETRY_BASE_MS,
  };
}
