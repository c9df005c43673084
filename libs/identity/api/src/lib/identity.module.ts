import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ACTOR_LOOKUP, ProjectionRegistry } from '@ledger/shared-api';
import { AccountLookup } from './auth/account-lookup';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password-hasher';
import { CalendarFeedResolver } from './graphql/calendar-feed.resolver';
import { IdentityResolver } from './graphql/identity.resolver';
import { SingleSignOnResolver } from './graphql/single-sign-on.resolver';
import { SignInSettings } from './read/sign-in-settings';
import { SealedValues } from './sso/sealed-values';
import { SignInHandoff } from './sso/sign-in-handoff';
import { SingleSignOn } from './sso/single-sign-on';
import { IDENTITY_PROJECTIONS } from './projections';
import { IdentityQueries } from './read/identity-queries';
import { IDENTITY_COMMAND_HANDLERS } from './write/handlers';
import { UserProvisioning } from './write/user-provisioning';

/** Users, roles, sign-in. Needs a JwtModule registered globally by the host app. */
@Module({
  imports: [CqrsModule],
  providers: [
    AccountLookup,
    IdentityQueries,
    { provide: ACTOR_LOOKUP, useExisting: IdentityQueries },
    PasswordHasher,
    AuthService,
    ...IDENTITY_COMMAND_HANDLERS,
    IdentityResolver,
    CalendarFeedResolver,
    UserProvisioning,
    SignInSettings,
    SealedValues,
    SingleSignOn,
    SignInHandoff,
    SingleSignOnResolver,
  ],
  exports: [ACTOR_LOOKUP, IdentityQueries, UserProvisioning, AccountLookup, SealedValues, SingleSignOn, SignInHandoff],
})
export class IdentityModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    this.projections.register(...IDENTITY_PROJECTIONS);
  }
}
