/**
 * Single sign-on over OpenID Connect (ADR 0033), as the environment configures it; null when
 * OIDC_ISSUER is unset: then no route of it answers and the sign-in page offers passwords only.
 */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  /** Never logged, never recorded. */
  clientSecret: string;
  /** Where the provider sends the browser back: registered at the provider as the redirect URI. */
  redirectUrl: string;
  scopes: string;
  /** The claim whose values the role mapping reads (`groups`, or `roles` for Entra ID app roles). */
  roleClaim: string;
  /** The sign-in button says "Sign in with <providerName>". */
  providerName: string;
  /** Where users reach the ledger: where the provider returns them after signing out there. */
  publicUrl: string;
}

export const OIDC_SETTINGS = Symbol('OIDC_SETTINGS');

/** The settings the environment gives (see libs/runtime's config), or null when single sign-on is off. */
export function oidcSettingsFrom(config: {
  OIDC_ISSUER?: string;
  OIDC_CLIENT_ID?: string;
  OIDC_CLIENT_SECRET?: string;
  OIDC_REDIRECT_URL?: string;
  OIDC_SCOPES: string;
  OIDC_ROLE_CLAIM: string;
  OIDC_PROVIDER_NAME: string;
  PUBLIC_URL?: string;
  PORT: number;
}): OidcSettings | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET) return null;
  const publicUrl = (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
  return {
    issuer: config.OIDC_ISSUER,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    redirectUrl: config.OIDC_REDIRECT_URL ?? `${publicUrl}/api/auth/oidc/callback`,
    scopes: config.OIDC_SCOPES,
    roleClaim: config.OIDC_ROLE_CLAIM,
    providerName: config.OIDC_PROVIDER_NAME,
    publicUrl,
  };
}
