import { Injectable } from '@nestjs/common';
import { Projection } from '@ledger/event-store-core';

/** Each context module registers its projections here when it starts; one runner folds them all. */
@Injectable()
export class ProjectionRegistry {
  private readonly projections = new Map<string, Projection>();

  register(...projections: Projection[]): void {
    for (const projection of projections) {
      if (this.projections.has(projection.name)) throw new Error(`Projection ${projection.name} is registered twice`);
      this.projections.set(projection.name, projection);
    }
  }

  all(): Projection[] {
    return [...this.projections.values()];
  }

  named(names: readonly string[]): Projection[] {
    return names.map((name) => {
      const projection = this.projections.get(name);
      if (!projection) throw new Error(`No projection ${name}`);
      return projection;
    });
  }
}
