import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public, RequestRateLimits } from '@ledger/shared-api';
import { OIDC_SETTINGS, OidcSettings } from './oidc-settings';
import { LoginTransient, OidcRelyingParty, ProviderSignInError, SignInFailure } from './oidc-relying-party';
import { SealedValues } from './sealed-values';
import { SignInHandoff } from './sign-in-handoff';
import { SingleSignOn } from './single-sign-on';

const TRANSIENT_COOKIE = 'ledger_oidc';
const COOKIE_PATH = '/api/auth/oidc';
/** Long enough to sign in at the provider (with multi-factor), short enough not to linger. */
const TRANSIENT_LIFETIME_MS = 10 * 60_000;

/**
 * GET /api/auth/oidc/login and /callback: the browser's side of single sign-on (ADR 0033). Only
 * registered when OIDC_ISSUER is configured, so without it both answer 404. Every refusal lands on
 * the sign-in page with a word (`sso_error`) it turns into a plain message; never a stack trace.
 */
@Controller('api/auth/oidc')
export class OidcController {
  private readonly logger = new Logger(OidcController.name);

  constructor(
    @Inject(OIDC_SETTINGS) private readonly settings: OidcSettings,
    private readonly relyingParty: OidcRelyingParty,
    private readonly sealed: SealedValues,
    private readonly singleSignOn: SingleSignOn,
    private readonly handoff: SignInHandoff,
    private readonly rateLimits: RequestRateLimits,
  ) {}

  @Public()
  @Get('login')
  async login(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.rateLimits.consume('file', `oidc:${request.ip ?? 'unknown'}`);
    try {
      const { url, transient } = await this.relyingParty.authorizationRequest();
      // State, nonce and PKCE verifier ride in a sealed, HttpOnly cookie: any instance can finish the sign-in.
      response.cookie(TRANSIENT_COOKIE, this.sealed.seal('oidc-login-transient', transient, new Date(Date.now() + TRANSIENT_LIFETIME_MS)), this.cookieOptions(TRANSIENT_LIFETIME_MS));
      response.setHeader('Cache-Control', 'no-store');
      response.redirect(302, url);
    } catch (error) {
      this.refuse(response, error);
    }
  }

  @Public()
  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.rateLimits.consume('file', `oidc:${request.ip ?? 'unknown'}`);
    const transient = this.sealed.open<LoginTransient>('oidc-login-transient', cookieOf(request, TRANSIENT_COOKIE), new Date());
    // One use: whatever happens next, the browser forgets this login's state.
    response.clearCookie(TRANSIENT_COOKIE, this.cookieOptions(0));
    response.setHeader('Cache-Control', 'no-store');
    try {
      const query = new URLSearchParams(request.url.split('?')[1] ?? '');
      if (query.get('error') === 'access_denied') throw new ProviderSignInError('denied', 'The identity provider did not sign you in');
      if (!transient) throw new ProviderSignInError('expired', 'The sign-in took too long or was started elsewhere');
      const identity = await this.relyingParty.completedSignIn(query, transient);
      const user = await this.singleSignOn.signIn(identity);
      // The fragment never reaches a server (nor its logs); the code inside is single-use and lives 60 s.
      response.redirect(302, `/login/sso#handoff=${encodeURIComponent(this.handoff.issue(user, new Date()))}`);
    } catch (error) {
      this.refuse(response, error);
    }
  }

  private refuse(response: Response, error: unknown): void {
    const failure: SignInFailure = error instanceof ProviderSignInError ? error.failure : 'failed';
    if (!(error instanceof ProviderSignInError)) this.logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
    response.redirect(302, `/login?sso_error=${failure}`);
  }

  private cookieOptions(maxAge: number) {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.settings.redirectUrl.startsWith('https:'),
      path: COOKIE_PATH,
      ...(maxAge > 0 ? { maxAge } : {}),
    };
  }
}

function cookieOf(request: Request, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
