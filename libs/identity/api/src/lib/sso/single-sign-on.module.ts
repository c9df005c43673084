import { DynamicModule, Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { IdentityModule } from '../identity.module';
import { OidcController } from './oidc.controller';
import { OidcRelyingParty } from './oidc-relying-party';
import { OIDC_SETTINGS, OidcSettings } from './oidc-settings';

/**
 * Single sign-on over OpenID Connect (ADR 0033). Without settings it provides only the null
 * OIDC_SETTINGS: no route, no discovery, and the sign-in page shows passwords only.
 */
@Global()
@Module({})
export class SingleSignOnModule {
  static forRoot(settings: OidcSettings | null): DynamicModule {
    const settingsProvider = { provide: OIDC_SETTINGS, useValue: settings };
    if (!settings) return { module: SingleSignOnModule, providers: [settingsProvider], exports: [OIDC_SETTINGS] };
    return {
      module: SingleSignOnModule,
      imports: [CqrsModule, IdentityModule],
      controllers: [OidcController],
      providers: [settingsProvider, OidcRelyingParty],
      exports: [OIDC_SETTINGS, OidcRelyingParty],
    };
  }
}
