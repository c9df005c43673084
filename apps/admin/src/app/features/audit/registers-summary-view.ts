import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { InstantPipe } from '../../shared/format/format-pipes';
import type { RegistersSnapshot } from './audit.types';
import { summaryCards } from './registers-summary';

/** Every register as at one instant, a card each, with the way to the register's own page. */
@Component({
  selector: 'gl-registers-summary',
  imports: [InstantPipe, RouterLink],
  template: `
    <p class="as-of-line" role="status">
      <strong>Every register as at {{ snapshot().asOf | instant }}</strong
      >, rebuilt from the events recorded up to then.
    </p>
    <div class="cards">
      @for (card of cards(); track card.key) {
        <article class="panel" [attr.data-register]="card.key" [attr.aria-labelledby]="'summary-' + card.key">
          <h3 [id]="'summary-' + card.key">{{ card.title }}</h3>
          <dl class="facts">
            @for (fact of card.facts; track fact.key) {
              <dt>{{ fact.label }}</dt>
              <dd [attr.data-count]="fact.key">
                {{ fact.value }}
                @for (line of fact.lines; track line) {
                  <span class="line">{{ line }}</span>
                }
              </dd>
            }
          </dl>
          @if (card.ranked; as ranked) {
            <p class="ranked">{{ ranked.heading }}</p>
            <ol>
              @for (item of ranked.items; track $index) {
                <li>{{ item }}</li>
              }
            </ol>
          }
          <a [routerLink]="'/' + card.link.area.path">{{ card.link.label }}</a>
        </article>
      }
    </div>
    <p class="hint">
      The register pages open with live data: choose the same date and time in their “As at” control to see them as they stood.
    </p>
  `,
  styles: `
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
      gap: 0 1.25rem;
    }
    .cards .panel {
      margin-bottom: 1.25rem;
    }
    h3 {
      margin-top: 0;
    }
    .ranked {
      font-weight: 700;
      margin: 0;
    }
    ol {
      margin: 0 0 1rem;
      padding-left: 1.25rem;
    }
    .line {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegistersSummaryView {
  readonly snapshot = input.required<RegistersSnapshot>();

  protected readonly cards = computed(() => summaryCards(this.snapshot()));
}
