import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { Router } from '@angular/router';

import { Session } from '../../core/auth/session';

/**
 * /login/sso: where the API's single sign-on callback sends the browser (ADR 0033), with a
 * one-time code in the fragment (#handoff=…; never sent to a server). The code is wiped from the
 * address bar and history at once, then exchanged for the ledger's session.
 */
@Component({
  selector: 'gl-single-sign-on-page',
  template: `
    <main class="completing" id="main">
      <h1>Governance Ledger</h1>
      <p role="status">Completing your sign-in…</p>
    </main>
  `,
  styles: `
    .completing {
      max-width: 26rem;
      margin: 4rem auto;
      padding: 2rem;
      background: var(--surface);
      border: 1px solid var(--border);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SingleSignOnPage implements OnInit {
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  async ngOnInit(): Promise<void> {
    const handoff = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('handoff');
    // The code works once and for a minute, but it still has no business in the history.
    history.replaceState(history.state, '', window.location.pathname);
    if (!handoff) {
      await this.router.navigate(['/login'], { queryParams: { sso_error: 'handoff' } });
      return;
    }
    try {
      await this.session.completeSingleSignOn(handoff);
      await this.router.navigateByUrl('/');
    } catch {
      await this.router.navigate(['/login'], { queryParams: { sso_error: 'handoff' } });
    }
  }
}
