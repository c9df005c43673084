import { Inject, Injectable } from '@nestjs/common';
import { ReadModelReader } from '@ledger/event-store-core';
import { LocalPasswordPolicyState, RoleMappingState } from '@ledger/identity-domain';
import { READ_MODEL_STORE } from '@ledger/shared-api';
import { LOCAL_PASSWORD_POLICY_DOCUMENT, LocalPasswordPolicyDocument, ROLE_MAPPING_DOCUMENT, RoleMappingDocument, SIGN_IN_SETTINGS } from '../projections';

/**
 * The role mapping and the local-password policy as recorded (ADR 0033), from their read model:
 * a change returns once the read model shows it, so the next sign-in on any instance sharing the
 * store applies it.
 */
@Injectable()
export class SignInSettings {
  constructor(@Inject(READ_MODEL_STORE) private readonly readModels: ReadModelReader) {}

  async roleMapping(): Promise<{ state: RoleMappingState; revision: number }> {
    const doc = await this.readModels.get<RoleMappingDocument>(SIGN_IN_SETTINGS, ROLE_MAPPING_DOCUMENT);
    return { state: { entries: doc?.entries ?? {} }, revision: doc?.revision ?? 0 };
  }

  /** Until someone decides otherwise, everyone keeps their password. */
  async localPasswordPolicy(): Promise<LocalPasswordPolicyState> {
    const doc = await this.readModels.get<LocalPasswordPolicyDocument>(SIGN_IN_SETTINGS, LOCAL_PASSWORD_POLICY_DOCUMENT);
    return { administratorsOnly: doc?.administratorsOnly ?? false };
  }
}
