import { cell, competency, person, row } from '../../../../testing/workforce-fixtures';
import { GAP_SYMBOL, MATRIX_ORDERS, cellFor, gapMarker, groupByCategory, jobTitles, levelLabel } from './matrix-layout';

describe('matrix layout', () => {
  it('groups competencies by category in the order the categories first appear', () => {
    const groups = groupByCategory([
      competency({ id: 'a', category: 'Contracting' }),
      competency({ id: 'b', category: 'Ethics' }),
      competency({ id: 'c', category: 'Contracting' }),
    ]);

    expect(groups.map((g) => [g.category, g.competencies.map((c) => c.id)])).toEqual([
      ['Contracting', ['a', 'c']],
      ['Ethics', ['b']],
    ]);
  });

  it('gives a never-assessed competency an empty cell', () => {
    const sam = row(person(), [cell('a', { level: 2, requiredLevel: 3, gap: 1 })]);

    expect(cellFor(sam, 'a').gap).toBe(1);
    expect(cellFor(sam, 'missing')).toEqual({ competency: { id: 'missing' }, level: 0, requiredLevel: 0, gap: 0, assessments: 0 });
  });

  it('names levels with their descriptors when there is one', () => {
    expect(levelLabel(3, competency())).toBe('Level 3 (Practitioner)');
    expect(levelLabel(3)).toBe('Level 3');
  });

  it('lists each job title once, whatever its case or spacing', () => {
    const rows = [row(person({ jobTitle: 'Procurement Officer' }), []), row(person({ id: 's2', jobTitle: 'Buyer ' }), [])];
    const competencies = [
      competency({
        requirements: [
          { jobTitle: 'procurement officer', requiredLevel: 2 },
          { jobTitle: 'Head of Procurement', requiredLevel: 4 },
        ],
      }),
    ];

    expect(jobTitles(rows, competencies)).toEqual(['Buyer', 'Head of Procurement', 'Procurement Officer']);
  });
});

describe('matrix order and gap markers', () => {
  it('shades a cell below its requirement and says the gap in words, and leaves a met one plain', () => {
    expect(gapMarker(cell('x', { level: 1, requiredLevel: 3, gap: 2 }))).toEqual({ shaded: true, text: 'Gap 2' });
    expect(gapMarker(cell('x', { level: 3, requiredLevel: 3, gap: 0 }))).toEqual({ shaded: false, text: null });
    expect(GAP_SYMBOL).toBe('▼');
  });

  it('offers both of the API’s orders by name', () => {
    expect(MATRIX_ORDERS.map((order) => [order.value, order.label])).toEqual([
      ['NAME', 'Name (A to Z)'],
      ['LARGEST_GAP', 'Largest total gap first'],
    ]);
  });
});
