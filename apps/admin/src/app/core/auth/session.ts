import { Injectable, computed, inject, signal } from '@angular/core';

import { GraphqlClient } from '../graphql/graphql-client';
import { CompleteSingleSignOnDocument, LoginDocument, MeDocument, SignOutDocument } from '../../generated/graphql';
import { TokenStore } from './token-store';
import type { User } from './user';

/** Who is signed in, and the ways to change that. */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly graphql = inject(GraphqlClient);
  private readonly tokens = inject(TokenStore);
  private readonly currentUser = signal<User | null>(null);
  private readonly currentNotice = signal<string | null>(null);

  readonly user = this.currentUser.asReadonly();
  readonly hasToken = computed(() => this.tokens.token() !== null);
  /** Why the user was sent back to the login page, for the login page to say so. */
  readonly notice = this.currentNotice.asReadonly();

  async signIn(email: string, password: string): Promise<User> {
    const { login } = await this.graphql.execute(LoginDocument, { email, password });
    this.tokens.set(login.token);
    this.currentUser.set(login.user);
    this.currentNotice.set(null);
    return login.user;
  }

  /** Finishes a single sign-on: redeems the one-time code the API put in the /login/sso fragment. */
  async completeSingleSignOn(handoff: string): Promise<User> {
    const { completeSingleSignOn } = await this.graphql.execute(CompleteSingleSignOnDocument, { handoff });
    this.tokens.set(completeSingleSignOn.token);
    this.currentUser.set(completeSingleSignOn.user);
    this.currentNotice.set(null);
    rememberSingleSignOn(true);
    return completeSingleSignOn.user;
  }

  /**
   * Signs out for good: the API ends every session of the account (the token stops working), then
   * the token is forgotten here. Returns where to sign out at the identity provider too, when the
   * session came from it and the provider offers that; null otherwise.
   */
  async endSession(): Promise<string | null> {
    const viaProvider = signedInThroughProvider();
    let providerSignOutUrl: string | null = null;
    try {
      if (this.tokens.token() !== null)
        providerSignOutUrl = (await this.graphql.execute(SignOutDocument, {})).signOut.providerSignOutUrl ?? null;
    } catch {
      // An expired or already-ended session has nothing left to end; forgetting the token is what remains.
    }
    this.signOut();
    return viaProvider ? providerSignOutUrl : null;
  }

  async loadUser(): Promise<User> {
    const { me } = await this.graphql.execute(MeDocument, {});
    this.currentUser.set(me);
    return me;
  }

  signOut(notice: string | null = null): void {
    this.tokens.clear();
    rememberSingleSignOn(false);
    this.currentUser.set(null);
    this.currentNotice.set(notice);
  }

  /** For failures that leave the token in place (e.g. the API is down). */
  tell(notice: string): void {
    this.currentNotice.set(notice);
  }
}

const SINGLE_SIGN_ON_KEY = 'governance-ledger.single-sign-on';

// Whether this tab's session came from the identity provider: only then does signing out go on to the provider.
function rememberSingleSignOn(viaProvider: boolean): void {
  try {
    if (viaProvider) sessionStorage.setItem(SINGLE_SIGN_ON_KEY, '1');
    else sessionStorage.removeItem(SINGLE_SIGN_ON_KEY);
  } catch {
    // Storage unavailable: signing out then stays in the ledger.
  }
}

function signedInThroughProvider(): boolean {
  try {
    return sessionStorage.getItem(SINGLE_SIGN_ON_KEY) === '1';
  } catch {
    return false;
  }
}
