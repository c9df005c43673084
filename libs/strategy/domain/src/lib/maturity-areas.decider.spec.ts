import { InvalidInputError, RuleViolationError } from '@ledger/domain-kernel';
import { DeciderSpecification } from '@ledger/domain-kernel/testing';
import { MaturityAreasEvent, maturityAreasDecider, maturityAreasOf } from './maturity-areas';
import { foldEvents } from '@ledger/domain-kernel';

const spec = DeciderSpecification(maturityAreasDecider, { actorId: 'admin-1' });
const added: MaturityAreasEvent = { type: 'MaturityAreaAdded', data: { name: 'Category management', theme: 'Behaving commercially', addedBy: 'admin-1' } };

describe('maturity areas decider', () => {
  it('adds an area under a theme, tidying its spacing', () => {
    spec
      .given([])
      .when({ type: 'AddMaturityArea', name: '  Category   management ', theme: 'Behaving commercially' })
      .then([{ type: 'MaturityAreaAdded', data: { name: 'Category management', theme: 'Behaving commercially', addedBy: 'admin-1' } }]);
  });

  it('refuses a name that is already a reference area, whatever its case', () => {
    spec.given([]).when({ type: 'AddMaturityArea', name: 'developing talent', theme: 'Enablers' }).thenThrows(RuleViolationError, /"Developing talent" is already a maturity area/);
  });

  it('refuses a name already added', () => {
    spec.given([added]).when({ type: 'AddMaturityArea', name: 'CATEGORY MANAGEMENT', theme: 'Enablers' }).thenThrows(RuleViolationError, /already a maturity area/);
  });

  it('refuses an empty name', () => {
    spec.given([]).when({ type: 'AddMaturityArea', name: ' ', theme: 'Enablers' }).thenThrows(InvalidInputError, /name must not be empty/);
  });

  it.each(['Leadership', 'enablers', ''])('refuses the theme %p', (theme) => {
    spec.given([]).when({ type: 'AddMaturityArea', name: 'Category management', theme }).thenThrows(InvalidInputError, /theme must be one of Showing leadership, Behaving commercially, Achieving community benefits, Enablers/);
  });

  it('knows the reference areas, then the added ones', () => {
    const areas = maturityAreasOf(foldEvents(maturityAreasDecider, [added]));
    expect(areas).toHaveLength(15);
    expect(areas.at(-1)).toEqual({ name: 'Category management', theme: 'Behaving commercially' });
  });
});
