import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../core/graphql/graphql-client';
import {
  ChangeUserRolesDocument,
  CreateUserDocument,
  DisableUserDocument,
  EnableUserDocument,
  ResetUserPasswordDocument,
  UsersPageDocument,
} from '../../generated/graphql';
import type { Role, UserAccountFieldsFragment } from '../../generated/graphql';

/** A sign-in account as the users page shows it. */
export type UserAccount = UserAccountFieldsFragment;

export interface NewUser {
  email: string;
  displayName: string;
  password: string;
  roles: Role[];
}

/** The users page's query and the administrator's commands on accounts. */
@Injectable({ providedIn: 'root' })
export class UsersData {
  private readonly graphql = inject(GraphqlClient);

  async list(): Promise<UserAccount[]> {
    return (await this.graphql.execute(UsersPageDocument, {})).users;
  }

  async create(commandId: string, user: NewUser): Promise<UserAccount> {
    return (await this.graphql.execute(CreateUserDocument, { commandId, ...user })).createUser;
  }

  async changeRoles(userId: string, roles: Role[]): Promise<UserAccount> {
    return (await this.graphql.execute(ChangeUserRolesDocument, { userId, roles })).changeUserRoles;
  }

  async resetPassword(userId: string, newPassword: string): Promise<UserAccount> {
    return (await this.graphql.execute(ResetUserPasswordDocument, { userId, newPassword })).resetUserPassword;
  }

  async disable(commandId: string, userId: string, reason: string): Promise<UserAccount> {
    return (await this.graphql.execute(DisableUserDocument, { commandId, userId, reason })).disableUser;
  }

  async enable(commandId: string, userId: string, reason: string): Promise<UserAccount> {
    return (await this.graphql.execute(EnableUserDocument, { commandId, userId, reason })).enableUser;
  }
}
