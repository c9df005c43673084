import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';

import { GraphqlClient } from '../../core/graphql/graphql-client';
import {
  RemoveRoleMappingEntryDocument,
  SetLocalPasswordPolicyDocument,
  SetRoleMappingEntryDocument,
  SignInSettingsDocument,
  type Role,
  type SignInSettingsFieldsFragment,
} from '../../generated/graphql';
import { roleLabel } from '../../shared/enum-labels';
import type { GraphqlError } from '../../core/graphql/graphql-error';
import { FormAction } from '../../shared/forms/form-action';
import { Field } from '../../shared/forms/field';
import { FormError } from '../../shared/forms/form-error';

/** Which of the panel's forms a change comes from. */
type ChangeKind = 'mapping' | 'policy';

/**
 * Sign-in settings for administrators (ADR 0033): the identity provider as configured, the
 * recorded role mapping (provider group -> ledger roles; never ADMIN) and whether password sign-in
 * is kept for administrators only. Every change is recorded with who made it and when.
 */
@Component({
  selector: 'gl-role-mapping-panel',
  imports: [Field, FormError, ReactiveFormsModule],
  template: `
    <section class="panel" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">Sign-in</h2>
      @if (loading.error(); as error) {
        <div class="load-error" role="alert">
          <p><strong>The sign-in settings could not be loaded.</strong></p>
          <p>{{ error.message }}</p>
        </div>
      }
      @if (settings(); as current) {
        <dl class="facts">
          <dt>Single sign-on</dt>
          <dd data-provider>
            @if (current.providerConfigured) {
              On: people sign in with {{ current.providerName }}
            } @else {
              Off: set <code>OIDC_ISSUER</code>, <code>OIDC_CLIENT_ID</code> and <code>OIDC_CLIENT_SECRET</code> and restart to turn it on
            }
          </dd>
          <dt>Roles read from</dt>
          <dd>
            the <code>{{ current.roleClaim ?? 'groups' }}</code> claim
          </dd>
        </dl>

        <h3>Role mapping</h3>
        <p class="hint">
          At each sign-in through the provider, a person’s roles become those their groups give here. People whose groups are not listed
          keep their roles (a new account has none until an administrator grants some). ADMIN is never given by a group.
        </p>
        @if (current.roleMapping.length === 0) {
          <p data-empty-mapping>No group gives a role yet.</p>
        } @else {
          <table class="mapping">
            <caption class="visually-hidden">
              Role mapping
            </caption>
            <thead>
              <tr>
                <th scope="col">Provider group</th>
                <th scope="col">Ledger roles</th>
                <th scope="col"><span class="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              @for (entry of current.roleMapping; track entry.group) {
                <tr [attr.data-group]="entry.group">
                  <th scope="row">
                    <code>{{ entry.group }}</code>
                  </th>
                  <td>{{ labels(entry.roles) }}</td>
                  <td>
                    <button type="button" class="secondary" [disabled]="busy()" (click)="remove(entry.group)">
                      Remove<span class="visually-hidden"> {{ entry.group }}</span>
                    </button>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }

        <form [formGroup]="entryForm" (ngSubmit)="saveEntry()" novalidate aria-labelledby="mapping-legend">
          <fieldset [disabled]="busy()">
            <legend id="mapping-legend">Map a provider group</legend>
            <gl-field label="Provider group" hint="The value the provider sends, e.g. a group’s object id in Entra ID, or an app role.">
              <input id="mapping-group" type="text" formControlName="group" spellcheck="false" />
            </gl-field>
            <fieldset class="roles">
              <legend>Ledger roles it gives</legend>
              @for (role of current.mappableRoles; track role) {
                <label class="choice">
                  <input type="checkbox" [checked]="chosen().includes(role)" (change)="toggle(role)" [attr.data-role]="role" />
                  {{ label(role) }}
                </label>
              }
            </fieldset>
            <div class="button-row">
              <button type="submit">Save mapping</button>
            </div>
          </fieldset>
        </form>
        <gl-form-error [error]="errorOf('mapping')" heading="The mapping was not changed" (reload)="load()" />

        <h3>Passwords</h3>
        <form [formGroup]="policyForm" (ngSubmit)="savePolicy()" novalidate aria-labelledby="passwords-legend">
          <fieldset [disabled]="busy()">
            <legend id="passwords-legend">Who may sign in with a password</legend>
            <label class="choice">
              <input type="checkbox" formControlName="administratorsOnly" data-administrators-only />
              Administrators only (break-glass); everyone else signs in through the provider
            </label>
            <div class="button-row">
              <button type="submit">Save password setting</button>
            </div>
          </fieldset>
        </form>
        <p class="status" role="status" aria-live="polite">{{ change.done() }}</p>
        <gl-form-error [error]="errorOf('policy')" heading="The password setting was not changed" (reload)="load()" />
      } @else if (!loading.error()) {
        <p role="status">Loading…</p>
      }
    </section>
  `,
  styles: `
    .mapping {
      width: 100%;
      border-collapse: collapse;
      margin-bottom: 1.5rem;
    }
    .mapping th,
    .mapping td {
      text-align: left;
      padding: 0.4rem 0.5rem;
      border-bottom: 1px solid var(--border);
      overflow-wrap: anywhere;
    }
    .roles {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
    }
    .choice {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      font-weight: 400;
      margin-bottom: 0.35rem;
    }
    .choice input {
      width: auto;
    }
    .status:empty {
      display: none;
    }
    @media (max-width: 40rem) {
      .facts {
        grid-template-columns: 1fr;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleMappingPanel {
  private readonly graphql = inject(GraphqlClient);

  protected readonly settings = signal<SignInSettingsFieldsFragment | null>(null);
  protected readonly loading = new FormAction();
  /** One change at a time, from either form; its error shows under the form it came from. */
  protected readonly change = new FormAction();
  private readonly changing = signal<ChangeKind>('mapping');
  protected readonly busy = this.change.submitting;
  protected readonly chosen = signal<Role[]>([]);
  protected readonly entryForm = new FormGroup({ group: new FormControl('', { nonNullable: true }) });
  protected readonly policyForm = new FormGroup({ administratorsOnly: new FormControl(false, { nonNullable: true }) });
  protected readonly revision = computed(() => this.settings()?.roleMappingRevision ?? 0);

  constructor() {
    void this.load();
  }

  protected label(role: string): string {
    return roleLabel(role);
  }

  protected labels(roles: readonly string[]): string {
    return roles.map((role) => roleLabel(role)).join(', ');
  }

  protected toggle(role: Role): void {
    this.chosen.update((roles) => (roles.includes(role) ? roles.filter((r) => r !== role) : [...roles, role]));
  }

  protected async saveEntry(): Promise<void> {
    const group = this.entryForm.controls.group.value.trim();
    await this.changeSettings('mapping', 'Mapping saved.', async () => {
      const { setRoleMappingEntry } = await this.graphql.execute(SetRoleMappingEntryDocument, {
        group,
        roles: this.chosen(),
        expectedRevision: this.revision(),
      });
      this.entryForm.reset();
      this.chosen.set([]);
      return setRoleMappingEntry;
    });
  }

  protected async remove(group: string): Promise<void> {
    await this.changeSettings('mapping', `${group} removed from the mapping.`, async () => {
      return (await this.graphql.execute(RemoveRoleMappingEntryDocument, { group, expectedRevision: this.revision() }))
        .removeRoleMappingEntry;
    });
  }

  protected async savePolicy(): Promise<void> {
    const administratorsOnly = this.policyForm.controls.administratorsOnly.value;
    await this.changeSettings(
      'policy',
      administratorsOnly ? 'Password sign-in is now for administrators only.' : 'Everyone may sign in with a password again.',
      async () => {
        return (await this.graphql.execute(SetLocalPasswordPolicyDocument, { administratorsOnly })).setLocalPasswordPolicy;
      },
    );
  }

  protected async load(): Promise<void> {
    const loaded = await this.loading.run(async () => this.show((await this.graphql.execute(SignInSettingsDocument, {})).signInSettings));
    if (loaded) this.change.clear();
  }

  protected errorOf(kind: ChangeKind): GraphqlError | null {
    return this.changing() === kind ? this.change.error() : null;
  }

  private async changeSettings(kind: ChangeKind, done: string, send: () => Promise<SignInSettingsFieldsFragment>): Promise<void> {
    if (this.busy()) return;
    this.changing.set(kind);
    await this.change.run(async () => this.show(await send()), done);
  }

  private show(settings: SignInSettingsFieldsFragment): void {
    this.settings.set(settings);
    this.policyForm.controls.administratorsOnly.setValue(settings.localPasswordsAdministratorsOnly);
  }
}
