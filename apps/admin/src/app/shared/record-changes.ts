import { ChangeDetectionStrategy, Component } from '@angular/core';

/**
 * The "Record changes" part every register page ends with: its forms, each in a `.panel`
 * section, laid out side by side (`.forms` in styles.css).
 */
@Component({
  selector: 'gl-record-changes',
  template: `
    <h2>Record changes</h2>
    <div class="forms">
      <ng-content />
    </div>
  `,
  // The heading and the grid sit in the page's flow as if written there.
  host: { style: 'display: contents' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordChanges {}
