import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding, withRouterConfig } from '@angular/router';

import { routes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // Route parameters (e.g. /gateway/:procurementId) arrive as component inputs. Every in-app
    // link keeps the address's query parameters, so the "as at" instant (?asAt=, AsAtInstant)
    // follows the user from page to page until they go back to live data.
    provideRouter(routes, withComponentInputBinding(), withRouterConfig({ defaultQueryParamsHandling: 'merge' })),
  ],
};
