// Test-only: a real SMTP server (smtp-server) in the test process, each accepted message read back
// with a real MIME parser (mailparser). Shared by the API e2e suites and the browser journeys.
import { AddressInfo, createServer } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpTestServer {
  port: number;
  /** smtp://127.0.0.1:<port>: what SMTP_URL is set to. */
  url: string;
  /** Every message accepted so far, parsed. */
  messages: ParsedMail[];
  /** The messages one address received. */
  messagesTo(address: string): ParsedMail[];
  /** Resolves with the first message to `address` (already received, or within `timeoutMs`). */
  nextMessageTo(address: string, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

export interface SmtpTestServerOptions {
  /** Recipients the server refuses with "550 5.1.1 Mailbox unavailable", as a relay refuses an unknown mailbox. */
  refuses?: (address: string) => boolean;
}

/** The addresses a parsed message was sent to. */
export const recipientsOf = (mail: ParsedMail): string[] =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((address) => address.value.map((v) => (v.address ?? '').toLowerCase()));

/** A real SMTP server on a free local port. */
export async function startSmtpServer(options: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no certificate to trust in a test.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuses?.(address.address.toLowerCase())) {
        const refusal = new Error('5.1.1 Mailbox unavailable') as Error & { responseCode: number };
        refusal.responseCode = 550;
        return callback(refusal);
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const messagesTo = (address: string) => messages.filter((mail) => recipientsOf(mail).includes(address.toLowerCase()));
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    messagesTo,
    async nextMessageTo(address, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [first] = messagesTo(address);
        if (first) return first;
        if (Date.now() > deadline) throw new Error(`No message to ${address} within ${timeoutMs} ms (received ${messages.length} in all)`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A local port nothing listens on: the relay is down. */
export async function deadPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
