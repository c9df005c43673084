import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { PERMISSIONS } from '@ledger/shared-domain';

import { Session } from '../../core/auth/session';
import { hasAnyRole } from '../../core/auth/user';
import { GraphqlClient } from '../../core/graphql/graphql-client';
import { MailSettingsDocument, MailSettingsQuery, SendTestMessageDocument, SendTestMessageMutation } from '../../generated/graphql';
import { FormAction } from '../../shared/forms/form-action';
import { Field } from '../../shared/forms/field';
import { FormError } from '../../shared/forms/form-error';
import { formatInstant } from '../../shared/format/format';
import { RoleMappingPanel } from './role-mapping-panel';

/** Who opens Settings, as the API's mailSettings and sendTestMessage allow. */
export const SETTINGS_ADMINISTRATORS = PERMISSIONS.administerSettings;

type MailSettings = MailSettingsQuery['mailSettings'];
type TestMessageResult = SendTestMessageMutation['sendTestMessage'];

const KIND_LABELS: Readonly<Record<string, string>> = {
  DAILY_DIGEST: 'Daily digest',
  DECISION_REQUEST: 'Decision request',
  TEST_MESSAGE: 'Test message',
};

/**
 * The installation's settings (ADMIN, issue 15 part 4): how it sends mail, read from its
 * environment (never a password), with a test message to check it; and (from the single sign-on
 * work) how roles are mapped from the identity provider.
 */
@Component({
  selector: 'gl-settings-page',
  imports: [Field, FormError, ReactiveFormsModule, RoleMappingPanel],
  template: `
    <h1>Settings</h1>
    <p class="lead">
      How this installation sends mail and signs people in. Mail settings come from the server’s environment; every test message is
      recorded.
    </p>

    @if (!mayAdminister()) {
      <p class="notice">Only an administrator sees the settings. Ask one if mail or sign-in needs changing.</p>
    } @else {
      <section class="panel" aria-labelledby="mail-heading">
        <h2 id="mail-heading">Mail</h2>
        @if (loading.error(); as error) {
          <div class="load-error" role="alert">
            <p><strong>The mail settings could not be loaded.</strong></p>
            <p>{{ error.message }}</p>
          </div>
        }
        @if (settings(); as mail) {
          @if (!mail.configured) {
            <p class="note" data-mail-off>
              This installation sends no mail: set <code>SMTP_URL</code> and <code>MAIL_FROM</code> in its environment and restart it (see
              the operations guide). Until then nobody is sent reminders, and people’s choices are kept for when it does.
            </p>
          }
          <dl class="facts mail-facts">
            <dt>Sent from</dt>
            <dd>{{ mail.from ?? 'Not set' }}</dd>
            <dt>Mail relay</dt>
            <dd>{{ relay() }}</dd>
            <dt>Daily digest</dt>
            <dd>{{ mail.digestTime ? 'Every day at ' + mail.digestTime + ' (UK time)' : 'Not sent' }}</dd>
            <dt>Links in messages</dt>
            <dd>{{ mail.publicUrl ?? 'Not set' }}</dd>
            <dt>Messages so far</dt>
            <dd data-deliveries>{{ counts() }}</dd>
            <dt>Last sent</dt>
            <dd>{{ mail.deliveries.lastSentAt ? instant(mail.deliveries.lastSentAt) : 'Nothing yet' }}</dd>
            <dt>Last failure</dt>
            <dd data-last-failure>
              @if (mail.deliveries.lastFailure; as failure) {
                {{ kindLabel(failure.kind) }} “{{ failure.subject }}”, {{ instant(failure.at) }}: {{ failure.reason }}
              } @else {
                None
              }
            </dd>
          </dl>

          <form [formGroup]="form" (ngSubmit)="send()" novalidate aria-labelledby="test-message-legend">
            <fieldset [disabled]="testMessage.submitting() || !mail.configured">
              <legend id="test-message-legend">Send a test message</legend>
              <gl-field label="Send to" [hint]="testMessageHint(mail.testMessageIntervalSeconds)">
                <input id="test-message-to" type="email" autocomplete="email" formControlName="to" />
              </gl-field>
              <div class="button-row">
                <button type="submit">{{ testMessage.submitting() ? 'Sending…' : 'Send a test message' }}</button>
              </div>
            </fieldset>
          </form>
          <!-- Always on the page, so screen readers announce the outcome when it is written into it. -->
          <div class="test-result" role="status" aria-live="polite" [attr.data-status]="result()?.status ?? null">
            @if (result(); as sent) {
              @if (sent.status === 'SENT') {
                <p class="notice">The relay accepted the test message to {{ sent.to }}. Check that it arrived.</p>
              } @else {
                <p class="refused">
                  <strong>The relay did not take the test message to {{ sent.to }}</strong> (after {{ attempts(sent.attempts) }}):
                  {{ sent.reason }}
                </p>
              }
            }
          </div>
          <gl-form-error [error]="testMessage.error()" heading="No test message was sent" />
        } @else if (!loading.error()) {
          <p role="status">Loading…</p>
        }
      </section>

      <gl-role-mapping-panel />
    }
  `,
  styles: `
    .mail-facts dd {
      overflow-wrap: anywhere;
    }
    @media (max-width: 40rem) {
      .mail-facts {
        grid-template-columns: 1fr;
      }
      .mail-facts dd {
        margin-bottom: 0.5rem;
      }
    }
    form {
      margin-top: 1.5rem;
    }
    .test-result:not(:empty) {
      margin-top: 1rem;
    }
    .test-result p {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .refused {
      border-left: 5px solid var(--error);
      padding: 0.5rem 0.75rem;
      background: #fbeae8;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsPage {
  private readonly graphql = inject(GraphqlClient);
  private readonly user = inject(Session).user;

  protected readonly mayAdminister = computed(() => hasAnyRole(this.user(), SETTINGS_ADMINISTRATORS));
  protected readonly myEmail = computed(() => this.user()?.email ?? '');
  protected readonly settings = signal<MailSettings | null>(null);
  protected readonly loading = new FormAction();
  protected readonly testMessage = new FormAction();
  protected readonly result = signal<TestMessageResult | null>(null);
  protected readonly form = new FormGroup({ to: new FormControl('', { nonNullable: true }) });

  protected readonly relay = computed(() => {
    const mail = this.settings();
    if (!mail?.smtpHost) return 'Not set';
    return `${mail.smtpHost}, port ${mail.smtpPort} (${mail.secure ? 'TLS from the start' : 'STARTTLS when the relay offers it'})`;
  });

  protected readonly counts = computed(() => {
    const deliveries = this.settings()?.deliveries;
    if (!deliveries) return '';
    const parts = [`${deliveries.sent} sent`, `${deliveries.failed} failed`];
    if (deliveries.pending) parts.push(`${deliveries.pending} being sent or left unfinished`);
    return parts.join(', ');
  });

  constructor() {
    if (this.mayAdminister()) void this.load();
  }

  protected instant(iso: string): string {
    return formatInstant(iso);
  }

  protected kindLabel(kind: string): string {
    return KIND_LABELS[kind] ?? kind;
  }

  protected testMessageHint(intervalSeconds: number): string {
    const own = this.myEmail() ? ` (${this.myEmail()})` : '';
    return `Leave empty to send it to your own address${own}. One test message every ${intervalSeconds} seconds; each is recorded.`;
  }

  protected attempts(count: number): string {
    return count === 1 ? '1 try' : `${count} tries`;
  }

  protected async send(): Promise<void> {
    await this.testMessage.run(async () => {
      this.result.set(null);
      const to = this.form.controls.to.value.trim() || null;
      this.result.set((await this.graphql.execute(SendTestMessageDocument, { to })).sendTestMessage);
      // The counts and the last failure now include this message.
      await this.load();
    });
  }

  private async load(): Promise<void> {
    await this.loading.run(async () => this.settings.set((await this.graphql.execute(MailSettingsDocument, {})).mailSettings));
  }
}
