import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The shared SMTP test server lives in tools/testing, beside the OpenID test provider; no Nx project owns it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { SmtpTestServer, startSmtpServer } from '../../../tools/testing/smtp-test-server';
import { copyDemoStore } from './testing/demo-store';

// The built CLI as a process against a demo SQLite file, delivering to a real SMTP server in this
// process (so the CLI is spawned asynchronously: the server must keep answering while it runs).
const cli = join(__dirname, '../../../dist/apps/cli/main.js');

describe('ledger reminders send', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-reminders-'));
  const baseEnv = { PATH: process.env['PATH'], JWT_SECRET: 'x'.repeat(40), SQLITE_PATH: join(dir, 'demo.sqlite'), PUBLIC_URL: 'https://ledger.example.gov.uk' };
  let smtp: SmtpTestServer;
  let smtpEnv: Record<string, string>;

  const run = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [cli, ...args], { env: { ...baseEnv, ...env } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });

  beforeAll(async () => {
    smtp = await startSmtpServer();
    smtpEnv = { SMTP_URL: smtp.url, MAIL_FROM: 'ledger@example.gov.uk' };
    // `ledger demo` once per run, copied here (its own checks: cli.e2e, checkpoints, contracts-import).
    copyDemoStore(cli, dir);
  });
  afterAll(async () => {
    await smtp.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('on a dry run, prints who would receive what, and sends nothing (without SMTP_URL too)', async () => {
    const dryRun = await run(['reminders', 'send', '--dry-run']);
    expect(dryRun.status).toBe(0);
    expect(dryRun.stdout).toMatch(/^would send\t\S+@\S+\t\d+ items?, \d+ overdue\tGovernance reminders for /m);
    expect(smtp.messages).toEqual([]);
  });

  it('refuses to send for real without SMTP_URL', async () => {
    const refused = await run(['reminders', 'send']);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('set SMTP_URL and MAIL_FROM');
  });

  it('sends each person one digest today, however often it runs', async () => {
    const first = await run(['reminders', 'send'], smtpEnv);
    expect(first.status).toBe(0);
    const sent = first.stdout.split('\n').filter((line) => line.startsWith('sent\t'));
    expect(sent.length).toBeGreaterThan(0);
    expect(smtp.messages).toHaveLength(sent.length);
    expect(smtp.messages[0].text).toContain('https://ledger.example.gov.uk/');

    const second = await run(['reminders', 'send'], smtpEnv);
    expect(second.status).toBe(0);
    expect(second.stdout).not.toMatch(/^sent\t/m);
    expect(second.stdout).toMatch(/^already claimed\t/m);
    expect(smtp.messages).toHaveLength(sent.length);
  });
});
