import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';

import { FormError } from '../../shared/forms/form-error';
import { CommandState } from '../../shared/forms/command-state';
import { AuditData } from './audit-data';
import type { AuditVerification, SignedCheckpoint } from './audit.types';
import { InstantPipe } from '../../shared/format/format-pipes';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Walks the whole log on the API, re-deriving every hash and checking every signed checkpoint,
 * and says whether anything was altered; signs a checkpoint on demand and hands an auditor the
 * public key that checks them (ADR 0018).
 */
@Component({
  selector: 'gl-verify-panel',
  imports: [InstantPipe, FormError],
  template: `
    <p>
      Every event carries the hash of the one before it in its stream, so an event altered or removed by accident breaks the chain there.
      Someone who rewrites the log and recomputes the hashes is caught by the signed checkpoints instead: they are signed with a key the
      database does not hold. Verifying walks the whole log and checks both.
    </p>
    <gl-form-error [error]="state.error()" heading="The record could not be verified" />
    <button type="button" [disabled]="state.submitting()" (click)="verify()">
      {{ state.submitting() ? 'Verifying…' : 'Verify the record' }}
    </button>
    <div role="status" class="outcome">
      @if (result(); as result) {
        @if (result.ok) {
          <p class="notice" data-verified="intact">
            <strong>{{ checked(result) }}, the chain is intact.</strong>
            Checked {{ result.checkedAt | instant }}.
          </p>
          @if (result.latestCheckpoint; as newest) {
            <p data-checkpoints="checked">
              {{ checkpointsChecked(result) }}; the newest covers {{ events(newest.treeSize) }}, signed {{ newest.signedAt | instant }} (key
              <span class="mono">{{ newest.keyId }}</span>).
            </p>
            <p data-checkpoints="since">
              @if (result.eventsAfterLatestCheckpoint === 0) {
                Nothing recorded since: the newest checkpoint covers the whole log.
              } @else {
                {{ events(result.eventsAfterLatestCheckpoint) }} recorded since, covered by the hash chains only until the next checkpoint.
              }
            </p>
          } @else {
            <p class="unprotected" data-checkpoints="none">
              <strong>Nothing signed protects the record yet.</strong>
              No checkpoint has been signed, so a rewrite whose hashes were recomputed would verify as intact. Sign a checkpoint now.
            </p>
          }
        }
      }
    </div>
    @if (result(); as result) {
      @if (!result.ok) {
        <div class="load-error broken" role="alert" data-verified="broken">
          <p>
            <strong>The chain is broken at position {{ result.firstBrokenPosition ?? 'unknown' }}.</strong>
          </p>
          <p>{{ result.reason ?? 'The API gave no reason.' }}</p>
          <p class="muted">{{ checked(result) }}; checked {{ result.checkedAt | instant }}.</p>
        </div>
      }
    }

    <div class="checkpoint">
      <gl-form-error [error]="signing.error()" heading="No checkpoint was signed" />
      <button type="button" class="secondary" [disabled]="signing.submitting()" (click)="sign()">
        {{ signing.submitting() ? 'Signing…' : 'Sign a checkpoint now' }}
      </button>
      <div role="status">
        @if (signed(); as signed) {
          @if (signed.recorded) {
            <p class="notice" data-signed="recorded">
              <strong
                >Signed a checkpoint of {{ events(signed.treeSize) }} (key <span class="mono">{{ signed.keyId }}</span>).</strong
              >
              The whole log verified before it was signed.
            </p>
          } @else {
            <p class="notice" data-signed="unchanged">
              Nothing new since the checkpoint of {{ events(signed.treeSize) }}, signed {{ signed.signedAt | instant }} (key
              <span class="mono">{{ signed.keyId }}</span>): it still covers the whole log.
            </p>
          }
        }
      </div>
    </div>

    <details #disclosure class="public-key" (toggle)="disclosed(disclosure.open)">
      <summary>Public key for auditors</summary>
      <p>
        An auditor keeps this key together with a file from <code>ledger checkpoint export</code>: with both, they can show later that the
        record was not rewritten, without trusting whoever runs the database.
      </p>
      <gl-form-error [error]="key.error()" heading="The public key could not be loaded" />
      @if (publicKey(); as pem) {
        <pre class="mono" data-public-key>{{ pem }}</pre>
      } @else if (key.submitting()) {
        <p class="muted">Loading the public key…</p>
      }
    </details>
  `,
  styles: `
    .outcome,
    .broken,
    .checkpoint,
    .public-key {
      margin-top: 1rem;
    }
    .broken {
      border-left-width: 10px;
    }
    .unprotected {
      border-left: 5px solid #b58840;
      padding: 0.5rem 0.75rem;
      background: #fcd6c3;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyPanel {
  private readonly data = inject(AuditData);

  protected readonly state = new CommandState();
  protected readonly result = signal<AuditVerification | null>(null);
  protected readonly signing = new CommandState();
  protected readonly signed = signal<SignedCheckpoint | null>(null);
  protected readonly key = new CommandState();
  protected readonly publicKey = signal<string | null>(null);

  protected readonly events = (n: number) => count(n, 'event', 'events');
  protected readonly checked = (result: AuditVerification) => `${this.events(result.eventsChecked)} checked`;
  protected readonly checkpointsChecked = (result: AuditVerification) =>
    result.checkpointsChecked === 1 ? '1 signed checkpoint checks out' : `${result.checkpointsChecked} signed checkpoints check out`;

  protected verify(): Promise<boolean> {
    this.result.set(null);
    return this.state.run(async () => this.result.set(await this.data.verify()));
  }

  protected sign(): Promise<boolean> {
    this.signed.set(null);
    return this.signing.run(async () => {
      const signed = await this.data.signCheckpoint();
      this.signed.set(signed);
      if (signed.recorded) {
        // A verification shown now predates the new checkpoint: its counts no longer hold.
        this.result.set(null);
      }
    });
  }

  /** The key is fetched the first time the disclosure opens (again after a failure). */
  protected disclosed(open: boolean): void {
    if (open && this.publicKey() === null) {
      void this.key.run(async () => this.publicKey.set(await this.data.checkpointPublicKey()));
    }
  }
}
