import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

import type { SkillsMatrix, StaffMember } from '../workforce.types';
import { GAP_SYMBOL, cellFor, gapMarker, groupByCategory } from './matrix-layout';

export interface CellRef {
  staffMemberId: string;
  competencyId: string;
}

/**
 * People × competencies. Each cell reads "assessed / required"; a cell below its requirement
 * is shaded and also says "▼ Gap n" in words, so colour is never the only signal (WCAG 1.4.1);
 * the legend above the box says what the shading and the marker mean.
 */
@Component({
  selector: 'gl-skills-grid',
  template: `
    <ul class="matrix-legend" aria-label="How to read the matrix">
      <li>
        <span class="swatch gap" aria-hidden="true">▼</span> Shaded, with “▼ Gap n”: assessed n levels below what the job title requires
      </li>
      <li><span class="swatch" aria-hidden="true">&nbsp;</span> Plain: at or above the required level</li>
      <li><span class="swatch unassessed-swatch" aria-hidden="true">0</span> Grey figures: not assessed yet</li>
    </ul>
    <p class="matrix-hint" id="matrix-hint">
      Each cell shows the assessed level / the level the person’s job title requires (0 to 4). Select a cell for its assessment history.
    </p>
    <div class="table-scroll matrix-scroll" role="region" aria-label="The skills matrix (scrolls in both directions)" tabindex="0">
      <table class="matrix" aria-describedby="matrix-hint">
        <!-- Kept short: the caption scrolls sideways with the table; the hint above says how to read it. -->
        <caption>
          People and competencies
        </caption>
        <colgroup>
          <col />
          <col />
        </colgroup>
        @for (group of groups(); track group.category) {
          <colgroup [attr.span]="group.competencies.length"></colgroup>
        }
        <thead>
          <tr>
            <th scope="col" rowspan="2" class="person-heading">Person</th>
            <!-- Beside the name, so the order "largest total gap first" reads at a glance without scrolling. -->
            <th scope="col" rowspan="2" class="num total-heading">Total gap</th>
            @for (group of groups(); track group.category) {
              <th scope="colgroup" class="category" [attr.colspan]="group.competencies.length">
                <span class="category-name">{{ group.category }}</span>
              </th>
            }
            @if (canEdit()) {
              <th scope="col" rowspan="2">Personal data</th>
            }
          </tr>
          <tr>
            @for (group of groups(); track group.category) {
              @for (competency of group.competencies; track competency.id) {
                <th scope="col" class="competency">{{ competency.name }}</th>
              }
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.staffMember.id) {
            <tr [class.erased]="row.staffMember.erased" [attr.data-staff-member-id]="row.staffMember.id">
              <th scope="row" class="person">
                <span class="name">{{ row.staffMember.displayName }}</span>
                <span class="job">{{ row.staffMember.jobTitle }}, {{ row.staffMember.department }}</span>
              </th>
              <td class="num total" [class.gap]="row.totalGap > 0">{{ row.totalGap }}</td>
              @for (group of groups(); track group.category) {
                @for (competency of group.competencies; track competency.id) {
                  @let cell = cellFor(row, competency.id);
                  @let marker = gapMarker(cell);
                  <td
                    class="cell"
                    [class.gap]="marker.shaded"
                    [class.unassessed]="cell.assessments === 0"
                    [class.selected]="isSelected(row.staffMember.id, competency.id)"
                    [attr.data-competency-id]="competency.id"
                  >
                    <button
                      type="button"
                      [attr.aria-pressed]="isSelected(row.staffMember.id, competency.id)"
                      (click)="cellSelected.emit({ staffMemberId: row.staffMember.id, competencyId: competency.id })"
                    >
                      <span class="visually-hidden">{{ row.staffMember.displayName }}, {{ competency.name }}: </span>
                      <span class="levels">{{ cell.level }} / {{ cell.requiredLevel }}</span>
                      @if (marker.text; as text) {
                        <span class="gap-text"
                          ><span aria-hidden="true">{{ gapSymbol }} </span>{{ text }}</span
                        >
                      }
                    </button>
                  </td>
                }
              }
              @if (canEdit()) {
                <td class="erase">
                  @if (row.staffMember.erased) {
                    <span>Erased</span>
                  } @else {
                    <button type="button" class="secondary small" [disabled]="disabled()" (click)="eraseRequested.emit(row.staffMember)">
                      Erase personal data<span class="visually-hidden"> of {{ row.staffMember.displayName }}</span>
                    </button>
                  }
                </td>
              }
            </tr>
          } @empty {
            <tr>
              <td [attr.colspan]="columnCount()">No people are registered yet.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .matrix-legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      list-style: none;
      margin: 0 0 0.75rem;
      padding: 0;
      font-size: 0.9375rem;
    }

    .swatch {
      display: inline-block;
      min-width: 1.5rem;
      margin-right: 0.25rem;
      border: 1px solid var(--border);
      text-align: center;
      font-weight: 700;
      color: #942514;
      background: var(--page);
    }

    .swatch.gap {
      background: #f6d7d2;
    }

    .unassessed-swatch {
      color: var(--muted);
      font-weight: 400;
    }

    .matrix-hint {
      margin: 0 0 0.5rem;
      font-size: 0.9375rem;
      color: var(--muted);
    }

    .category {
      text-align: left;
      border-left: 2px solid var(--text);
    }

    /* The category's name stays in view beside the sticky name column while its competencies scroll by. */
    .category-name {
      position: sticky;
      left: calc(var(--name-column) + 0.75rem);
    }

    .competency {
      font-size: 0.875rem;
      min-width: 6.5rem;
    }

    /*
     * The matrix scrolls inside its own box, never the page: the header rows stay in view while
     * the people scroll by, and the name column while the competencies do.
     */
    .matrix-scroll {
      --name-column: 11rem;
      max-height: 75vh;
      overflow: auto;
      border: 1px solid var(--border);
    }

    .matrix-scroll .matrix {
      margin: 0;
    }

    .matrix caption {
      /* Captions do not stick: keep the box's first visible row a header row. */
      background: var(--page);
    }

    .matrix thead {
      position: sticky;
      top: 0;
      z-index: 2;
    }

    .matrix thead th {
      background: var(--surface);
      box-shadow: inset 0 -2px 0 var(--text);
    }

    .matrix thead .person-heading {
      z-index: 3;
    }

    /* The name column stays in view while the competencies scroll sideways. */
    .person,
    .person-heading {
      position: sticky;
      left: 0;
      z-index: 1;
      background: var(--surface);
      box-shadow: 1px 0 0 var(--border);
      box-sizing: border-box;
      width: var(--name-column);
      min-width: var(--name-column);
      max-width: var(--name-column);
    }

    /* On a phone the name column takes less of the screen, so more competencies show beside it. */
    @media (max-width: 40rem) {
      .matrix-scroll {
        --name-column: 7.5rem;
      }

      .competency {
        min-width: 5rem;
      }
    }

    .person .name {
      display: block;
    }

    .person .job {
      display: block;
      font-size: 0.875rem;
      font-weight: 400;
      color: var(--muted);
    }

    .cell {
      padding: 0;
      text-align: center;
    }

    .cell button {
      width: 100%;
      min-height: 3rem;
      padding: 0.35rem 0.5rem;
      background: transparent;
      color: var(--text);
      font-weight: 400;
    }

    .cell button:hover {
      text-decoration: underline;
    }

    .levels {
      display: block;
      font-variant-numeric: tabular-nums;
    }

    .unassessed .levels {
      color: var(--muted);
    }

    .gap {
      background: #f6d7d2;
    }

    .gap-text {
      display: block;
      font-size: 0.8125rem;
      font-weight: 700;
      color: #942514;
    }

    .total.gap {
      color: #942514;
      font-weight: 700;
    }

    .selected button {
      outline: 3px solid var(--brand);
      outline-offset: -3px;
    }

    tr.erased .person,
    tr.erased td {
      background: #eeefef;
    }

    tr.erased .cell button,
    tr.erased .gap-text {
      color: var(--muted);
    }

    .erase {
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillsGrid {
  readonly matrix = input.required<SkillsMatrix>();
  readonly selected = input<CellRef | null>(null);
  /** Shows the erase column. */
  readonly canEdit = input(false);
  readonly disabled = input(false);
  readonly cellSelected = output<CellRef>();
  readonly eraseRequested = output<StaffMember>();

  protected readonly groups = computed(() => groupByCategory(this.matrix().competencies));
  protected readonly columnCount = computed(() => this.matrix().competencies.length + (this.canEdit() ? 3 : 2));
  /** The people in the API's order (the page's order control asks the API for it). */
  protected readonly rows = computed(() => this.matrix().rows);
  protected readonly cellFor = cellFor;
  protected readonly gapMarker = gapMarker;
  protected readonly gapSymbol = GAP_SYMBOL;

  protected isSelected(staffMemberId: string, competencyId: string): boolean {
    const selected = this.selected();
    return selected?.staffMemberId === staffMemberId && selected.competencyId === competencyId;
  }
}
