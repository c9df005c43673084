import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';

import { GraphqlClient } from '../../core/graphql/graphql-client';
import { SingleSignOnDocument } from '../../generated/graphql';

/** What the sentence names when the API does not say the provider's name (or single sign-on was switched off since). */
export const UNNAMED_PROVIDER = 'your organisation’s account';

/**
 * Said instead of a password form to a user whose account was made through single sign-on: it has no
 * password in the ledger (the API refuses to change one), the identity provider manages it.
 */
@Component({
  selector: 'gl-provider-password-notice',
  template: `<p class="lead" data-sign-in="provider">You sign in with {{ providerName() }}; your password is managed there.</p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProviderPasswordNotice implements OnInit {
  private readonly graphql = inject(GraphqlClient);
  protected readonly providerName = signal(UNNAMED_PROVIDER);

  async ngOnInit(): Promise<void> {
    try {
      const { singleSignOn } = await this.graphql.execute(SingleSignOnDocument, {});
      if (singleSignOn.enabled && singleSignOn.providerName) this.providerName.set(singleSignOn.providerName);
    } catch {
      // Without an answer the sentence names no provider: it is still true.
    }
  }
}

/** True when the signed-in user has no password in the ledger (an account made through single sign-on). */
export const signsInThroughProviderOnly = (user: { hasLocalPassword?: boolean } | null): boolean => user?.hasLocalPassword === false;
