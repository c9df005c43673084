import { defineProjection, updateDocument } from '@ledger/event-store-core';
import { LocalPasswordPolicyEvent, RoleMappingEvent } from '@ledger/identity-domain';
import { LOCAL_PASSWORD_POLICY_DOCUMENT, LocalPasswordPolicyDocument, ROLE_MAPPING_DOCUMENT, RoleMappingDocument, SIGN_IN_SETTINGS } from './collections';

const emptyMapping = (): RoleMappingDocument => ({ id: ROLE_MAPPING_DOCUMENT, entries: {}, revision: 0, changedAt: null });

/**
 * The role mapping and the local-password policy as recorded (ADR 0033): what every sign-in reads,
 * on every instance (the read models are shared with the log), and what the settings page shows.
 */
export const signInSettingsProjection = defineProjection<RoleMappingEvent | LocalPasswordPolicyEvent>({
  name: 'identity.sign-in-settings',
  version: 1,
  collections: [SIGN_IN_SETTINGS],
  on: {
    async RoleMappingEntrySet({ data: { group, roles }, revision, metadata }, tx) {
      const doc = (await tx.get<RoleMappingDocument>(SIGN_IN_SETTINGS, ROLE_MAPPING_DOCUMENT)) ?? emptyMapping();
      tx.put(SIGN_IN_SETTINGS, ROLE_MAPPING_DOCUMENT, { ...doc, entries: { ...doc.entries, [group]: roles }, revision, changedAt: metadata.recordedAt });
    },
    RoleMappingEntryRemoved: ({ data: { group }, revision, metadata }, tx) =>
      updateDocument<RoleMappingDocument>(tx, SIGN_IN_SETTINGS, ROLE_MAPPING_DOCUMENT, (doc) => {
        const { [group]: _removed, ...entries } = doc.entries;
        return { ...doc, entries, revision, changedAt: metadata.recordedAt };
      }),
    LocalPasswordPolicyChanged({ data: { administratorsOnly }, metadata }, tx) {
      const doc: LocalPasswordPolicyDocument = { id: LOCAL_PASSWORD_POLICY_DOCUMENT, administratorsOnly, changedAt: metadata.recordedAt };
      tx.put(SIGN_IN_SETTINGS, LOCAL_PASSWORD_POLICY_DOCUMENT, doc);
    },
  },
});
