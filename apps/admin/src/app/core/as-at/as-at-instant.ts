import { Injectable, computed, inject, signal } from '@angular/core';
import { NavigationCancel, NavigationEnd, NavigationError, ResolveEnd, Router, UrlTree } from '@angular/router';

import { AS_AT_PARAM, readAsAt, writeAsAt } from './as-at-param';

/**
 * The instant every register is shown as at, held in the address (`?asAt=…`) and nowhere else:
 * a reload or a shared link keeps it, and the router keeps it on every in-app link
 * (`defaultQueryParamsHandling: 'merge'` in app.config.ts) until the user goes back to live data.
 */
@Injectable({ providedIn: 'root' })
export class AsAtInstant {
  private readonly router = inject(Router);
  private readonly param = signal<string | null>(this.paramOf(this.router.parseUrl(this.router.url)));

  private readonly reading = computed(() => readAsAt(this.param()));
  /** The instant shown (ISO), or null for live data. */
  readonly asOf = computed(() => this.reading().asOf);
  /** Why the address's instant was ignored, in words for the page; null when there is nothing to say. */
  readonly problem = computed(() => this.reading().problem);

  constructor() {
    this.router.events.subscribe((event) => {
      if (event instanceof ResolveEnd) {
        // Before the new page is created, so it loads as at the instant at once (not live first).
        this.param.set(event.state.root.queryParamMap.get(AS_AT_PARAM));
      } else if (event instanceof NavigationEnd || event instanceof NavigationCancel || event instanceof NavigationError) {
        this.param.set(this.paramOf(this.router.parseUrl(this.router.url)));
      }
    });
  }

  /** Shows the current page as at the instant (null: live data) by changing the address. */
  show(asOf: string | null): Promise<boolean> {
    const url = this.router.parseUrl(this.router.url);
    const others = { ...url.queryParams };
    delete others[AS_AT_PARAM];
    url.queryParams = asOf ? { ...others, [AS_AT_PARAM]: writeAsAt(asOf) } : others;
    return this.router.navigateByUrl(url);
  }

  private paramOf(url: UrlTree): string | null {
    return url.queryParamMap.get(AS_AT_PARAM);
  }
}
