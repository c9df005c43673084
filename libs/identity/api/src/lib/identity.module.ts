import { Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ACTOR_LOOKUP, ProjectionRegistry } from '@ledger/shared-api';
import { AuthService } from './auth.service';
import { IdentityResolver } from './identity.resolver';
import { PasswordHasher } from './password-hasher';
import { DisableUserHandler, RegisterUserHandler } from './user-command-handlers';
import { UserDirectory } from './user-directory';
import { UserProvisioning } from './user-provisioning';
import { usersProjection } from './users.projection';

/** Users, roles, sign-in. Needs a JwtModule registered globally by the host app. */
@Module({
  imports: [CqrsModule],
  providers: [
    UserDirectory,
    { provide: ACTOR_LOOKUP, useExisting: UserDirectory },
    PasswordHasher,
    AuthService,
    RegisterUserHandler,
    DisableUserHandler,
    IdentityResolver,
    UserProvisioning,
  ],
  exports: [ACTOR_LOOKUP, UserDirectory, UserProvisioning],
})
export class IdentityModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    this.projections.register(usersProjection);
  }
}
