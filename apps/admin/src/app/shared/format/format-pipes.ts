import { Pipe, PipeTransform } from '@angular/core';

import { EnumName, EnumValue, enumLabel, gatewayLabel, maturityLevelLabel } from '../enum-labels';
import { formatDate, formatFte, formatInstant, formatMoney, formatTimestamp } from './format';

/**
 * Pure pipes for what templates show again and again, so components need not re-expose the
 * formatters as fields. Each one only calls the function of the same name (format.ts,
 * enum-labels.ts), which code outside templates uses directly.
 */

/** `{{ review.decidedAt | instant }}`: "1 March 2025 at 14:30" in the reader's time zone. */
@Pipe({ name: 'instant', pure: true })
export class InstantPipe implements PipeTransform {
  transform(iso: string): string {
    return formatInstant(iso);
  }
}

/** `{{ event.recordedAt | timestamp }}`: to the second, for the record. */
@Pipe({ name: 'timestamp', pure: true })
export class TimestampPipe implements PipeTransform {
  transform(iso: string): string {
    return formatTimestamp(iso);
  }
}

/** `{{ post.startDate | calendarDate }}`: "5 Jan 2026"; no date reads as an em dash. */
@Pipe({ name: 'calendarDate', pure: true })
export class CalendarDatePipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return formatDate(value);
  }
}

/** `{{ procurement.estimatedValue | money }}`: pounds sterling, "£250,000". */
@Pipe({ name: 'money', pure: true })
export class MoneyPipe implements PipeTransform {
  transform(value: number): string {
    return formatMoney(value);
  }
}

/** `{{ post.fte | fte }}`: at most two decimals. */
@Pipe({ name: 'fte', pure: true })
export class FtePipe implements PipeTransform {
  transform(value: number): string {
    return formatFte(value);
  }
}

/** `{{ review.gateway | gatewayLabel }}`: "G3 Award". */
@Pipe({ name: 'gatewayLabel', pure: true })
export class GatewayLabelPipe implements PipeTransform {
  transform(gateway: string | null | undefined): string {
    return gatewayLabel(gateway);
  }
}

/** `{{ risk.category | enumLabel: 'RiskCategory' }}`: any of the schema's enums as people read it. */
@Pipe({ name: 'enumLabel', pure: true })
export class EnumLabelPipe implements PipeTransform {
  transform<N extends EnumName>(value: EnumValue<N> | string | null | undefined, name: N): string {
    return enumLabel(name, value);
  }
}

/** `{{ area.level | maturityLevel }}`: "Developing (2)". */
@Pipe({ name: 'maturityLevel', pure: true })
export class MaturityLevelPipe implements PipeTransform {
  transform(level: Parameters<typeof maturityLevelLabel>[0]): string {
    return maturityLevelLabel(level);
  }
}
