import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

import type { SkillsMatrix, StaffMember } from '../workforce.types';
import { cellFor, groupByCategory } from './matrix-layout';

export interface CellRef {
  staffMemberId: string;
  competencyId: string;
}

/**
 * People × competencies. Each cell reads "assessed / required"; a cell below its requirement
 * is tinted and also says "Gap n" in words, so colour is never the only signal.
 */
@Component({
  selector: 'gl-skills-grid',
  templateUrl: './skills-grid.html',
  styleUrl: './skills-grid.css',
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
  protected readonly cellFor = cellFor;

  protected isSelected(staffMemberId: string, competencyId: string): boolean {
    const selected = this.selected();
    return selected?.staffMemberId === staffMemberId && selected.competencyId === competencyId;
  }
}
