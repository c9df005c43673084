import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';

import type { WorkforceFilterOptionsFieldsFragment } from '../../generated/graphql';

/** What a large workforce register is narrowed to; an empty value means any. */
export interface WorkforceFilter {
  department: string;
  jobTitle: string;
  competencyCategory: string;
}

export type WorkforceFilterOptions = WorkforceFilterOptionsFieldsFragment;

export const NO_FILTER: WorkforceFilter = { department: '', jobTitle: '', competencyCategory: '' };

/**
 * The page of a register the user is on and the filter it is narrowed by. Changing either asks
 * the API again (through `reload`): the registers are paged and filtered on the server.
 */
export class RegisterPaging {
  private readonly currentFilter = signal<WorkforceFilter>(NO_FILTER);
  private readonly currentOffset = signal(0);
  readonly filter = this.currentFilter.asReadonly();
  readonly offset = this.currentOffset.asReadonly();

  constructor(
    readonly pageSize: number,
    private readonly reload: () => Promise<void>,
  ) {}

  /** The API's arguments for the current page: blank filters are left out. */
  variables(): { offset: number; limit: number; department: string | null; jobTitle: string | null; competencyCategory: string | null } {
    const { department, jobTitle, competencyCategory } = this.currentFilter();
    return {
      offset: this.currentOffset(),
      limit: this.pageSize,
      department: department || null,
      jobTitle: jobTitle || null,
      competencyCategory: competencyCategory || null,
    };
  }

  /** A new filter starts again from the first page. */
  setFilter(filter: WorkforceFilter): Promise<void> {
    this.currentFilter.set(filter);
    this.currentOffset.set(0);
    return this.reload();
  }

  next(): Promise<void> {
    this.currentOffset.update((offset) => offset + this.pageSize);
    return this.reload();
  }

  previous(): Promise<void> {
    this.currentOffset.update((offset) => Math.max(0, offset - this.pageSize));
    return this.reload();
  }
}

/**
 * Narrows a register by department, job title and competency category. Each choice applies at
 * once (no submit): the register below reloads and says how many rows match.
 */
@Component({
  selector: 'gl-workforce-filter-bar',
  template: `
    <div class="filter-bar" role="search" [attr.aria-label]="label()">
      @for (choice of choices(); track choice.key) {
        <div class="filter">
          <label [for]="'filter-' + choice.key">{{ choice.label }}</label>
          <select [id]="'filter-' + choice.key" [value]="filter()[choice.key]" (change)="choose(choice.key, $any($event.target).value)">
            <option value="">{{ choice.any }}</option>
            @for (value of choice.values; track value) {
              <option [value]="value" [selected]="value === filter()[choice.key]">{{ value }}</option>
            }
          </select>
        </div>
      }
    </div>
  `,
  styles: `
    .filter-bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      align-items: flex-end;
      margin: 0 0 1rem;
    }
    .filter label {
      display: block;
      font-weight: 700;
    }
    /* On a phone each filter takes a line of its own, its list as wide as the screen (reflow). */
    @media (max-width: 40rem) {
      .filter {
        flex: 1 1 100%;
        min-width: 0;
      }
      .filter select {
        width: 100%;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkforceFilterBar {
  readonly options = input.required<WorkforceFilterOptions>();
  readonly filter = input<WorkforceFilter>(NO_FILTER);
  readonly label = input('Filter the register');
  readonly filterChange = output<WorkforceFilter>();

  protected readonly choices = computed(() => {
    const options = this.options();
    return [
      { key: 'department' as const, label: 'Filter by department', any: 'All departments', values: options.departments },
      { key: 'jobTitle' as const, label: 'Filter by job title', any: 'All job titles', values: options.jobTitles },
      {
        key: 'competencyCategory' as const,
        label: 'Filter by competency category',
        any: 'All categories',
        values: options.competencyCategories,
      },
    ];
  });

  protected choose(key: keyof WorkforceFilter, value: string): void {
    this.filterChange.emit({ ...this.filter(), [key]: value });
  }
}

/** "People 51–100 of 240" with previous and next buttons. */
@Component({
  selector: 'gl-register-pager',
  template: `
    <nav class="pager" [attr.aria-label]="noun() + ' pages'">
      <p class="range" aria-live="polite">{{ range() }}</p>
      <button type="button" class="secondary small" [disabled]="offset() === 0" (click)="previous.emit()">
        Previous<span class="visually-hidden"> page of {{ noun().toLowerCase() }}</span>
      </button>
      <button type="button" class="secondary small" [disabled]="!hasNext()" (click)="next.emit()">
        Next<span class="visually-hidden"> page of {{ noun().toLowerCase() }}</span>
      </button>
    </nav>
  `,
  styles: `
    .pager {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      margin: 0.5rem 0 1rem;
    }
    .range {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterPager {
  readonly offset = input.required<number>();
  /** Rows on this page. */
  readonly shown = input.required<number>();
  /** Rows matching over every page, when the API says. */
  readonly total = input<number | null>(null);
  /** Whether rows follow this page, when the API gives no total (it was asked for one row more than it shows). */
  readonly more = input(false);
  readonly noun = input('Rows');
  readonly previous = output<void>();
  readonly next = output<void>();

  protected readonly hasNext = computed(() => {
    const total = this.total();
    return total === null ? this.more() : this.offset() + this.shown() < total;
  });

  protected readonly range = computed(() => {
    const [offset, shown, total] = [this.offset(), this.shown(), this.total()];
    if (shown === 0) {
      return `${this.noun()}: none on this page`;
    }
    const span = `${this.noun()} ${offset + 1}–${offset + shown}`;
    return total === null ? span : `${span} of ${total}`;
  });
}
