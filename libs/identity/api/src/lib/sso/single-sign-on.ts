import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { rolesForGroups } from '@ledger/identity-domain';
import { Actor, commandMetadataFor, logSecurityEvent, newAggregateId } from '@ledger/shared-api';
import { AccountLookup } from '../auth/account-lookup';
import { IdentityQueries, UserAccount } from '../read/identity-queries';
import { SignInSettings } from '../read/sign-in-settings';
import { UserCommandMessage } from '../write/messages';
import { ProviderIdentity, ProviderSignInError } from './oidc-relying-party';

/** Who records the roles the mapping gives at a sign-in (the history names it). */
export const SINGLE_SIGN_ON_ACTOR: Actor = { userId: 'system:single-sign-on', roles: [] };

/**
 * What a sign-in through the provider does in the ledger (ADR 0033): the account holding the
 * verified email, or a new one with no roles; the provider's identity linked to it once; and the
 * roles the recorded mapping gives for the person's groups, when it gives any.
 */
@Injectable()
export class SingleSignOn {
  constructor(
    private readonly queries: IdentityQueries,
    private readonly commands: CommandBus,
    private readonly lookup: AccountLookup,
    private readonly settings: SignInSettings,
  ) {}

  async signIn(identity: ProviderIdentity): Promise<UserAccount> {
    if (!identity.email || !identity.emailVerified) {
      logSecurityEvent({ event: 'sso-refused', reason: 'email-unverified' });
      throw new ProviderSignInError('unverified', 'The identity provider did not confirm your email address');
    }
    const existing = await this.queries.findByEmail(identity.email);
    if (existing && (existing.disabled || existing.erased)) {
      logSecurityEvent({ event: 'sso-refused', account: existing.id, reason: 'disabled' });
      throw new ProviderSignInError('refused', 'This account cannot sign in');
    }
    const user = existing ? await this.linked(existing, identity) : await this.registered(identity);
    const mapping = await this.settings.roleMapping();
    const mappedRoles = rolesForGroups(mapping.state, identity.groups);
    if (mappedRoles) {
      await this.commands.execute(new UserCommandMessage(user.id, { type: 'ApplyProviderRoles', userId: user.id, mappedRoles }, commandMetadataFor(SINGLE_SIGN_ON_ACTOR)));
    }
    const signedIn = (await this.queries.findById(user.id)) as UserAccount;
    logSecurityEvent({ event: 'sso-signed-in', account: signedIn.id, roles: signedIn.roles, created: !existing });
    return signedIn;
  }

  private async linked(user: UserAccount, identity: ProviderIdentity): Promise<UserAccount> {
    await this.commands.execute(
      new UserCommandMessage(user.id, { type: 'LinkUserToProvider', userId: user.id, issuer: identity.issuer, subject: identity.subject }, commandMetadataFor(this.actorFor(user.id))),
    );
    return user;
  }

  /**
   * The user id and command id derive from the provider identity's keyed hash, so two first
   * sign-ins of one person on two instances send the very same registration (ADR 0021).
   */
  private async registered(identity: ProviderIdentity): Promise<UserAccount> {
    const seed = this.lookup.providerSubjectHashOf(identity.issuer, identity.subject);
    let generation = 0;
    const idsOf = (n: number) => {
      const commandId = newAggregateId(`sso-registration-${n}`, seed);
      return { commandId, userId: newAggregateId('sso-user', commandId) };
    };
    // An erased account keeps its id for ever: the next generation of the id creates a new one.
    while (await this.queries.findById(idsOf(generation).userId)) generation++;
    const { commandId, userId } = idsOf(generation);
    const email = identity.email as string;
    await this.commands.execute(
      new UserCommandMessage(
        userId,
        { type: 'RegisterUserThroughProvider', userId, email, displayName: identity.name ?? email, issuer: identity.issuer, subject: identity.subject },
        commandMetadataFor(this.actorFor(userId), { commandId }),
      ),
    );
    return (await this.queries.findById(userId)) as UserAccount;
  }

  /** The person the provider vouched for records their own registration and link. */
  private actorFor(userId: string): Actor {
    return { userId, roles: [] };
  }
}
