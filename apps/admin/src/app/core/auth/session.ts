import { Injectable, computed, inject, signal } from '@angular/core';

import { GraphqlClient } from '../graphql/graphql-client';
import { LoginDocument, MeDocument } from '../../generated/graphql';
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

  async loadUser(): Promise<User> {
    const { me } = await this.graphql.execute(MeDocument, {});
    this.currentUser.set(me);
    return me;
  }

  signOut(notice: string | null = null): void {
    this.tokens.clear();
    this.currentUser.set(null);
    this.currentNotice.set(notice);
  }

  /** For failures that leave the token in place (e.g. the API is down). */
  tell(notice: string): void {
    this.currentNotice.set(notice);
  }
}
