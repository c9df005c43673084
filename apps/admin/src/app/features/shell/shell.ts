import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { EnumLabelPipe } from '../../shared/format/format-pipes';
import { Area, areaOfUrl, mayOpen, navigationFor } from '../../areas';
import { Session } from '../../core/auth/session';
import { DemoBanner } from '../../shared/demo-banner';
import { NoAccess } from './no-access';

/** The signed-in frame: top bar, side navigation and the page in between. */
@Component({
  selector: 'gl-shell',
  imports: [DemoBanner, EnumLabelPipe, NoAccess, RouterOutlet, RouterLink, RouterLinkActive],
  template: `
    <a class="skip-link" href="#main" (click)="skipToMain($event)">Skip to main content</a>
    <gl-demo-banner />

    <header class="top-bar">
      <a class="product" routerLink="/">Governance Ledger</a>
      @if (user(); as user) {
        <div class="who" aria-label="Signed in user">
          <span class="name">{{ user.displayName }}</span>
          <ul class="roles" aria-label="Your roles">
            @for (role of user.roles; track role) {
              <li [attr.data-role]="role">{{ role | enumLabel: 'Role' }}</li>
            }
          </ul>
        </div>
      }
      <a class="account" routerLink="/account">My account</a>
      @if (user()?.hasLocalPassword !== false) {
        <!-- An account made through single sign-on has no password here: My account says where it is managed. -->
        <a class="account" routerLink="/account/password">Change my password</a>
      }
      <button type="button" class="sign-out" (click)="signOut()">Sign out</button>
    </header>

    <div class="layout">
      <nav class="side-nav" aria-label="Main">
        <button
          type="button"
          class="menu-toggle secondary"
          aria-controls="main-menu"
          [attr.aria-expanded]="menuOpen()"
          (click)="toggleMenu()"
        >
          Menu
        </button>
        <ul id="main-menu" [class.open]="menuOpen()">
          @for (entry of navigation(); track entry.label) {
            @switch (entry.kind) {
              @case ('link') {
                <li>
                  <a
                    [routerLink]="'/' + entry.path"
                    routerLinkActive="active"
                    ariaCurrentWhenActive="page"
                    [routerLinkActiveOptions]="{ exact: entry.path === '' }"
                    (click)="menuOpen.set(false)"
                    >{{ entry.label }}</a
                  >
                </li>
              }
              @case ('group') {
                <li>
                  <span class="group-label" [id]="'nav-group-' + $index">{{ entry.label }}</span>
                  <ul [attr.aria-labelledby]="'nav-group-' + $index">
                    @for (area of entry.links; track area.path) {
                      <li>
                        <a
                          [routerLink]="'/' + area.path"
                          routerLinkActive="active"
                          ariaCurrentWhenActive="page"
                          (click)="menuOpen.set(false)"
                          >{{ area.title }}</a
                        >
                      </li>
                    }
                  </ul>
                </li>
              }
            }
          }
        </ul>
      </nav>

      <main id="main" #main tabindex="-1">
        @if (barredFrom(); as area) {
          <gl-no-access [area]="area" [roles]="user()?.roles ?? []" />
        } @else {
          <router-outlet />
        }
      </main>
    </div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }

    .skip-link {
      position: absolute;
      left: -999rem;
    }

    .skip-link:focus {
      left: 0.5rem;
      top: 0.5rem;
      z-index: 1;
      background: var(--focus);
      color: var(--text);
      padding: 0.5rem;
    }

    .top-bar {
      display: flex;
      align-items: center;
      gap: 1.5rem;
      padding: 0.75rem 1.5rem;
      background: var(--brand);
      color: #fff;
    }

    .product {
      color: #fff;
      font-size: 1.25rem;
      font-weight: 700;
      text-decoration: none;
      margin-right: auto;
    }

    .who {
      display: flex;
      align-items: center;
      gap: 0.75rem;
    }

    .name {
      font-weight: 700;
    }

    .roles {
      display: flex;
      gap: 0.25rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }

    .roles li {
      border: 1px solid #fff;
      padding: 0 0.5rem;
      font-size: 0.875rem;
    }

    .account {
      color: #fff;
    }

    .sign-out {
      background: #fff;
      color: var(--brand);
    }

    .layout {
      display: flex;
      flex: 1;
    }

    .side-nav {
      width: 15rem;
      flex-shrink: 0;
      padding: 1rem 0;
      background: var(--surface);
      border-right: 1px solid var(--border);
    }

    .side-nav ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }

    .side-nav ul ul a {
      padding-left: 2.5rem;
    }

    .side-nav a,
    .group-label {
      display: block;
      padding: 0.4rem 1.5rem;
    }

    .group-label {
      font-weight: 700;
      color: var(--muted);
    }

    .side-nav a.active {
      font-weight: 700;
      border-left: 4px solid var(--brand);
      padding-left: calc(1.5rem - 4px);
    }

    .side-nav ul ul a.active {
      padding-left: calc(2.5rem - 4px);
    }

    main {
      flex: 1;
      min-width: 0;
      padding: 1.5rem 2rem;
      max-width: 76rem;
    }

    main:focus {
      outline: none;
    }

    .menu-toggle {
      display: none;
    }

    /* Narrow screens (WCAG 1.4.10 reflow): the bar wraps and the navigation goes above the page. */
    @media (max-width: 48rem) {
      .top-bar {
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        padding: 0.75rem 1rem;
      }

      .who {
        flex-wrap: wrap;
      }

      .roles {
        flex-wrap: wrap;
      }

      .layout {
        flex-direction: column;
      }

      .side-nav {
        width: auto;
        border-right: none;
        border-bottom: 1px solid var(--border);
      }

      main {
        padding: 1rem;
        min-width: 0;
      }

      /* The navigation folds behind a "Menu" button, so the page starts near the top. */
      .side-nav {
        padding: 0.5rem 0;
      }

      .menu-toggle {
        display: block;
        margin: 0 1rem;
      }

      .side-nav > ul:not(.open) {
        display: none;
      }

      .side-nav > ul.open {
        margin-top: 0.5rem;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly user = this.session.user;
  /** On a narrow screen the navigation is folded until asked for, and folds again on arrival. */
  protected readonly menuOpen = signal(false);
  /** Each role sees only the pages it can use (an entry with an audience is for those roles only). */
  protected readonly navigation = computed(() => navigationFor(this.user()?.roles ?? []));
  /** The area of the page shown, as the URL says. */
  private readonly area = signal<Area | null>(
    areaOfUrl(this.router.serializeUrl(this.router.currentNavigation()?.finalUrl ?? this.router.parseUrl(this.router.url))),
  );
  /**
   * The area the user opened but may not read (a bookmark, a shared link, a typed URL): the
   * shell says so plainly instead of a page of refusals. Pages that explain their own audience
   * (audit, users) are left to do so.
   */
  protected readonly barredFrom = computed(() => {
    const area = this.area();
    return area && !area.explainsItsOwnAccess && !mayOpen(area, this.user()?.roles ?? []) ? area : null;
  });

  constructor() {
    this.router.events.pipe(takeUntilDestroyed()).subscribe((event) => {
      if (event instanceof NavigationEnd) {
        this.menuOpen.set(false);
        this.area.set(areaOfUrl(event.urlAfterRedirects));
      }
    });
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  // A plain "#main" link would leave the SPA (the base href is "/"), so move focus ourselves.
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected async signOut(): Promise<void> {
    // Ends the session at the API too (ADR 0033); after a single sign-on, also at the identity provider.
    const providerSignOutUrl = await this.session.endSession();
    if (providerSignOutUrl) {
      window.location.assign(providerSignOutUrl);
      return;
    }
    await this.router.navigateByUrl('/login');
  }
}
