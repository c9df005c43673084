import { ChangeDetectionStrategy, Component, ElementRef, inject, viewChild } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { NAVIGATION } from '../../areas';
import { Session } from '../../core/auth/session';
import { roleLabel } from '../../core/auth/user';

/** The signed-in frame: top bar, side navigation and the page in between. */
@Component({
  selector: 'gl-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly user = this.session.user;
  protected readonly navigation = NAVIGATION;
  protected readonly roleLabel = roleLabel;

  // A plain "#main" link would leave the SPA (the base href is "/"), so move focus ourselves.
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected async signOut(): Promise<void> {
    this.session.signOut();
    await this.router.navigateByUrl('/login');
  }
}
