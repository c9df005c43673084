import type { INestApplication } from '@nestjs/common';
import compression from 'compression';
import express from 'express';
import type { Express, NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * The HTTP answer's own protections (docs/security.md): security headers with a content security
 * policy the admin UI runs under, HSTS only over TLS, compression, no caching of anything that may
 * hold personal data, and which proxies to believe about the client's address and scheme.
 * Applied before the app's routes exist, so every route has them.
 */
export function hardenHttp(app: INestApplication, options: { trustProxy: string }): void {
  const server = app.getHttpAdapter().getInstance() as Express;
  server.disable('x-powered-by');
  server.set('trust proxy', trustProxySetting(options.trustProxy));

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          // Angular writes component styles into <style> elements at run time.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'none'"],
        },
      },
      // Sent only on requests that came over TLS (below): over plain HTTP browsers ignore it anyway.
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  const hsts = helmet.strictTransportSecurity({ maxAge: 365 * 24 * 3600, includeSubDomains: true });
  app.use((request: Request, response: Response, next: NextFunction) => (request.secure ? hsts(request, response, next) : next()));
  app.use(compression());
  // The app is created without Nest's body parsers: these answer an over-long or broken body with
  // 413 or 400 and the contract's code, where Nest's would fall through to "404 Cannot POST".
  app.use(express.json({ limit: MAX_BODY_BYTES }));
  app.use(express.urlencoded({ extended: false, limit: MAX_BODY_BYTES }));
  app.use(answerBodyErrors);
  // GraphQL answers, exports and packs may hold personal data: no browser or proxy keeps a copy.
  app.use(['/graphql', '/api', '/health'], (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
}

/** The largest JSON or form body a request may send; spreadsheets come as multipart, with their own limit. */
export const MAX_BODY_BYTES = 100 * 1024;

/** Express's body parsers report a body they refuse as an error with a type and a status. */
function answerBodyErrors(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  const type = (error as { type?: string } | undefined)?.type;
  if (type === 'entity.too.large') {
    response.status(413).json({ error: { code: 'BAD_USER_INPUT', message: `The request body is larger than ${MAX_BODY_BYTES / 1024} kB` } });
  } else if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    response.status(400).json({ error: { code: 'BAD_USER_INPUT', message: 'The request body is not valid JSON' } });
  } else {
    next(error);
  }
}

/** Angular's build names its bundles `name-HASH.js|css`: such a file never changes under its name. */
const HASHED_ASSET = /-[A-Z0-9]{8}\.(js|css|woff2?)$/;

/** Cache headers for the admin UI's files: hashed bundles for a year, the page itself revalidated every time. */
export function setStaticCacheHeaders(response: Response, path: string): void {
  response.setHeader('Cache-Control', HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/** TRUST_PROXY as Express takes it: false, a hop count, or a list of addresses and subnets. */
export function trustProxySetting(value: string): boolean | number | string {
  if (value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
