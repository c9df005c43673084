import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { OIDC_SETTINGS, OidcSettings } from './oidc-settings';

/** What the login must remember until the provider sends the browser back (sealed into a cookie). */
export interface LoginTransient {
  [key: string]: unknown;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The person the provider vouched for: only what the ledger uses. */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  /** The values of the role claim (OIDC_ROLE_CLAIM): group names or ids, or app roles. */
  groups: string[];
}

/** Why a callback was refused, in words the sign-in page turns into a plain message. */
export type SignInFailure = 'denied' | 'expired' | 'failed' | 'unverified' | 'refused';

export class ProviderSignInError extends Error {
  constructor(
    readonly failure: SignInFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ProviderSignInError';
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The relying party, by openid-client (certified): discovery, the authorization URL with PKCE
 * (S256), state and nonce, and the code exchange, which checks the state, the PKCE verifier, the
 * nonce and the ID token's signature, issuer, audience and expiry.
 */
@Injectable()
export class OidcRelyingParty {
  private readonly logger = new Logger(OidcRelyingParty.name);
  private configuration?: Promise<oidc.Configuration>;

  constructor(@Inject(OIDC_SETTINGS) private readonly settings: OidcSettings) {}

  /** The provider's URL to send the browser to, and what the callback must check against. */
  async authorizationRequest(): Promise<{ url: string; transient: LoginTransient }> {
    const config = await this.discovered();
    const transient: LoginTransient = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUrl,
      scope: this.settings.scopes,
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(transient.codeVerifier),
      code_challenge_method: 'S256',
      state: transient.state,
      nonce: transient.nonce,
    });
    return { url: url.href, transient };
  }

  /** Exchanges the code the provider sent back (the callback's query) for the person's verified identity. */
  async completedSignIn(query: URLSearchParams, transient: LoginTransient): Promise<ProviderIdentity> {
    const config = await this.discovered();
    // The redirect URI as registered, whatever host or proxy the callback came through.
    const currentUrl = new URL(this.settings.redirectUrl);
    currentUrl.search = query.toString();
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        expectedState: transient.state,
        expectedNonce: transient.nonce,
        pkceCodeVerifier: transient.codeVerifier,
        idTokenExpected: true,
      });
    } catch (error) {
      if (error instanceof oidc.AuthorizationResponseError && error.error === 'access_denied') {
        throw new ProviderSignInError('denied', 'The identity provider did not sign you in');
      }
      // The reason goes to the log (no token, no code in it); the person sees a plain message.
      this.logger.warn(`Single sign-on refused: ${describe(error)}`);
      throw new ProviderSignInError('failed', 'The sign-in could not be completed');
    }
    const idClaims = tokens.claims();
    if (!idClaims) throw new ProviderSignInError('failed', 'The provider sent no ID token');
    let claims: Record<string, unknown> = { ...idClaims };
    const missing = ['email', this.settings.roleClaim].some((name) => claims[name] === undefined) || (claims['email_verified'] === undefined && claims['xms_edov'] === undefined);
    if (missing && tokens.access_token && config.serverMetadata().userinfo_endpoint) {
      // Some providers put profile claims in the UserInfo answer only; the ID token's own claims win.
      const userInfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub).catch((error: unknown) => {
        this.logger.warn(`UserInfo refused: ${describe(error)}`);
        return {};
      });
      claims = { ...userInfo, ...claims };
    }
    const roleClaim = claims[this.settings.roleClaim];
    return {
      issuer: String(idClaims.iss),
      subject: String(idClaims.sub),
      email: typeof claims['email'] === 'string' ? claims['email'] : null,
      // Only a literal true: a missing claim or the string "true" is not a verification. Entra ID sends
      // no email_verified; its optional claim xms_edov (the email's domain is verified by the tenant) stands for it.
      emailVerified: claims['email_verified'] === true || claims['xms_edov'] === true,
      name: typeof claims['name'] === 'string' && claims['name'].trim() ? claims['name'].trim() : null,
      groups: (Array.isArray(roleClaim) ? roleClaim : typeof roleClaim === 'string' ? [roleClaim] : []).filter((g): g is string => typeof g === 'string'),
    };
  }

  /** Where the browser may go to end its session at the provider too, when it offers that. */
  async endSessionUrl(): Promise<string | null> {
    const config = await this.discovered().catch(() => undefined);
    if (!config?.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(config, { client_id: this.settings.clientId, post_logout_redirect_uri: `${this.settings.publicUrl}/login` }).href;
  }

  /** Discovery once, retried on the next sign-in if the provider was unreachable. */
  private discovered(): Promise<oidc.Configuration> {
    const issuer = new URL(this.settings.issuer);
    this.configuration ??= oidc
      .discovery(
        issuer,
        this.settings.clientId,
        { client_secret: this.settings.clientSecret },
        oidc.ClientSecretBasic(this.settings.clientSecret),
        // Plain HTTP only for a provider on this machine (development, tests): never over a network.
        issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        this.logger.error(`OpenID provider discovery failed: ${describe(error)}`);
        throw new ProviderSignInError('failed', 'The identity provider cannot be reached');
      });
    return this.configuration;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}${'error' in error ? ` (${String((error as { error: unknown }).error)})` : ''}`;
  return String(error);
}
