import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { MAIL_SETTINGS, MailSettings } from './mail-settings';

export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** A test message is waited for on the page: a few quick tries, not the digest's patient back-off. */
export const INTERACTIVE_RETRIES = { attempts: 3, longestWaitMs: 2_000 } as const;

export type Delivery = { delivered: true; messageId: string; attempts: number } | { delivered: false; reason: string; attempts: number };

/**
 * Hands messages to the SMTP relay, retrying with exponential back-off (retryBaseMs, then double
 * each time) up to `attempts` tries. Never throws: the caller records what happened. Errors are
 * logged by their code and the relay's answer only, never the URL (it may hold a password).
 */
@Injectable()
export class Mailer implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;
  private stopping = false;
  private readonly waits = new Set<() => void>();

  constructor(@Inject(MAIL_SETTINGS) private readonly settings: MailSettings) {
    this.transport = createTransport(settings.smtpUrl, { from: settings.from });
  }

  /**
   * `interactive` (a test message someone waits for on the page) keeps the same path but at most
   * INTERACTIVE_RETRIES.attempts tries, each back-off at most INTERACTIVE_RETRIES.longestWaitMs.
   */
  async send(message: OutgoingMessage, options: { interactive?: boolean } = {}): Promise<Delivery> {
    const attempts = options.interactive ? Math.min(this.settings.attempts, INTERACTIVE_RETRIES.attempts) : this.settings.attempts;
    const wait = (attempt: number) => {
      const ms = this.settings.retryBaseMs * 2 ** (attempt - 2);
      return options.interactive ? Math.min(ms, INTERACTIVE_RETRIES.longestWaitMs) : ms;
    };
    let reason = 'not attempted';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await this.backOff(wait(attempt));
      if (this.stopping) return { delivered: false, reason: 'the server stopped before the message could be delivered', attempts: attempt - 1 || 1 };
      try {
        const info = await this.transport.sendMail({ ...message, from: this.settings.from });
        return { delivered: true, messageId: info.messageId, attempts: attempt };
      } catch (error) {
        reason = reasonOf(error);
        this.logger.warn({ attempt, of: attempts, reason }, 'The mail relay refused or could not be reached');
        // A permanent refusal (an SMTP 5xx answer, e.g. an unknown mailbox) is given again on every try.
        if (isPermanentRefusal(error)) return { delivered: false, reason, attempts: attempt };
      }
    }
    return { delivered: false, reason, attempts };
  }

  /** Stopping: no new message starts, and a message waiting to retry gives up at once (it is recorded as failed). */
  get stopped(): boolean {
    return this.stopping;
  }

  stop(): void {
    this.stopping = true;
    for (const wake of this.waits) wake();
  }

  beforeApplicationShutdown(): void {
    this.stop();
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  private backOff(ms: number): Promise<void> {
    // Stopped while the last attempt was under way: no wait at all.
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waits.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      timer.unref();
      this.waits.add(wake);
    });
  }
}

/** What went wrong, without anything the URL holds: nodemailer's error code and the relay's answer. */
function reasonOf(error: unknown): string {
  const { code, response, message } = error as { code?: string; response?: string; message?: string };
  const said = response ?? message ?? 'unknown error';
  return `${code ? `${code}: ` : ''}${said}`.replace(/smtps?:\/\/\S+/g, '<smtp url>').slice(0, 500);
}

/** The relay answered with a 5xx code: the same message would be refused again. */
function isPermanentRefusal(error: unknown): boolean {
  const { responseCode } = error as { responseCode?: unknown };
  return typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}
