import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';

import { GraphqlClient } from '../../core/graphql/graphql-client';
import { GraphqlError, asGraphqlError } from '../../core/graphql/graphql-error';
import {
  RemoveRoleMappingEntryDocument,
  SetLocalPasswordPolicyDocument,
  SetRoleMappingEntryDocument,
  SignInSettingsDocument,
  type Role,
  type SignInSettingsFieldsFragment,
} from '../../generated/graphql';
import { roleLabel } from '../../shared/enum-labels';
import { FormError } from '../../shared/forms/form-error';

/**
 * Sign-in settings for administrators (ADR 0033): the identity provider as configured, the
 * recorded role mapping (provider group -> ledger roles; never ADMIN) and whether password sign-in
 * is kept for administrators only. Every change is recorded with who made it and when.
 */
@Component({
  selector: 'gl-role-mapping-panel',
  imports: [FormError, ReactiveFormsModule],
  template: `
    <section class="panel" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">Sign-in</h2>
      @if (loadError(); as error) {
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
            <div class="field">
              <label for="mapping-group">Provider group</label>
              <p class="hint" id="mapping-group-hint">
                The value the provider sends, e.g. a group’s object id in Entra ID, or an app role.
              </p>
              <input id="mapping-group" type="text" formControlName="group" aria-describedby="mapping-group-hint" spellcheck="false" />
            </div>
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
        <gl-form-error [error]="mappingError()" heading="The mapping was not changed" (reload)="load()" />

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
        <p class="status" role="status" aria-live="polite">{{ saved() }}</p>
        <gl-form-error [error]="policyError()" heading="The password setting was not changed" (reload)="load()" />
      } @else if (!loadError()) {
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
  protected readonly loadError = signal<GraphqlError | null>(null);
  protected readonly mappingError = signal<GraphqlError | null>(null);
  protected readonly policyError = signal<GraphqlError | null>(null);
  protected readonly busy = signal(false);
  protected readonly saved = signal('');
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
    await this.change(this.mappingError, 'Mapping saved.', async () => {
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
    await this.change(this.mappingError, `${group} removed from the mapping.`, async () => {
      return (await this.graphql.execute(RemoveRoleMappingEntryDocument, { group, expectedRevision: this.revision() }))
        .removeRoleMappingEntry;
    });
  }

  protected async savePolicy(): Promise<void> {
    const administratorsOnly = this.policyForm.controls.administratorsOnly.value;
    await this.change(
      this.policyError,
      administratorsOnly ? 'Password sign-in is now for administrators only.' : 'Everyone may sign in with a password again.',
      async () => {
        return (await this.graphql.execute(SetLocalPasswordPolicyDocument, { administratorsOnly })).setLocalPasswordPolicy;
      },
    );
  }

  protected async load(): Promise<void> {
    try {
      this.show((await this.graphql.execute(SignInSettingsDocument, {})).signInSettings);
      this.loadError.set(null);
      this.mappingError.set(null);
      this.policyError.set(null);
    } catch (failure) {
      this.loadError.set(asGraphqlError(failure));
    }
  }

  private async change(error: typeof this.mappingError, done: string, run: () => Promise<SignInSettingsFieldsFragment>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.saved.set('');
    error.set(null);
    try {
      this.show(await run());
      this.saved.set(done);
    } catch (failure) {
      error.set(asGraphqlError(failure));
    } finally {
      this.busy.set(false);
    }
  }

  private show(settings: SignInSettingsFieldsFragment): void {
    this.settings.set(settings);
    this.policyForm.controls.administratorsOnly.setValue(settings.localPasswordsAdministratorsOnly);
  }
}
