import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../core/graphql/graphql-client';
import { ChangeOwnPasswordDocument } from '../../generated/graphql';

/** The signed-in user's own account. */
@Injectable({ providedIn: 'root' })
export class AccountData {
  private readonly graphql = inject(GraphqlClient);

  async changeOwnPassword(currentPassword: string, newPassword: string): Promise<boolean> {
    return (await this.graphql.execute(ChangeOwnPasswordDocument, { currentPassword, newPassword })).changeOwnPassword;
  }
}
