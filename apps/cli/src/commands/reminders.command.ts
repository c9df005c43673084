import { Command } from 'commander';
import { withStores } from '../context';

const send = new Command('send')
  .description(
    'Send today’s reminder digests now (the API sends them daily at REMINDER_DIGEST_TIME). Each person gets one a day however often this runs. Needs SMTP_URL and MAIL_FROM, except with --dry-run',
  )
  .option('--dry-run', 'print who would receive what; send nothing and record nothing')
  .action(async (options: { dryRun?: boolean }) => {
    const [{ Module }, { NestFactory }, { RuleViolationError }, { passwordHashingFrom }, { DailyDigest, NotificationsModule, mailSettingsFrom }, { resolveJwtSecret }, { CliModule }] =
      await Promise.all([
        import('@nestjs/common'),
        import('@nestjs/core'),
        import('@ledger/event-store-core'),
        import('@ledger/identity-api'),
        import('@ledger/notifications-api'),
        import('@ledger/runtime'),
        import('../cli.module'),
      ]);
    await withStores(async ({ config, stores }) => {
      const mail = mailSettingsFrom(config);
      if (!mail && !options.dryRun) throw new RuleViolationError('Mail is not configured: set SMTP_URL and MAIL_FROM (or use --dry-run)');
      // The CLI's module plus reminders, without the server's follower and timer: it runs for one command.
      @Module({ imports: [CliModule.forRoot(stores, resolveJwtSecret(config), passwordHashingFrom(config)), NotificationsModule.forRoot(mail, { background: false })] })
      class RemindersCliModule {}
      const app = await NestFactory.createApplicationContext(RemindersCliModule, { logger: ['error', 'warn'] });
      try {
        await app.init();
        const digests = await app.get(DailyDigest).run(new Date(), { dryRun: options.dryRun, publicUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}` });
        for (const digest of digests) {
          const what = `${digest.items} item${digest.items === 1 ? '' : 's'}, ${digest.overdue} overdue`;
          console.log(`${options.dryRun ? 'would send' : (digest.outcome ?? '').toLowerCase().replace('_', ' ')}\t${digest.email}\t${what}\t${digest.subject}`);
        }
        if (digests.length === 0) console.log('Nobody has anything due: no digest to send');
        if (digests.some((digest) => digest.outcome === 'FAILED')) process.exitCode = 1;
      } finally {
        await app.close();
      }
    });
  });

export const remindersCommand = new Command('reminders').description('Reminders by email (ADR 0031)').addCommand(send);
