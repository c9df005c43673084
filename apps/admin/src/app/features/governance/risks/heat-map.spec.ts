import { heatMapFor, risk } from '../../../../testing/governance-fixtures';
import { bandLabel, heatMapRows, scoreBand } from './heat-map';
import { sparklinePoints } from './score-sparkline';

describe('heat map', () => {
  it('bands scores: low 1-4, medium 5-9, high 10-14, very high 15-25', () => {
    expect([1, 4, 5, 9, 10, 12, 14, 15, 20, 25].map(scoreBand)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'high',
      'very-high',
      'very-high',
      'very-high',
    ]);
    expect(bandLabel(16)).toBe('Very high');
  });

  it('lays the cells out as read: likelihood 5 at the top, impact 1 at the left, with counts', () => {
    const risks = [
      risk({ id: 'a', likelihood: 3, impact: 4 }),
      risk({ id: 'b', likelihood: 3, impact: 4 }),
      risk({ id: 'c', likelihood: 5, impact: 1 }),
    ];

    const rows = heatMapRows(heatMapFor(risks));

    expect(rows.map((row) => row.likelihood)).toEqual([5, 4, 3, 2, 1]);
    expect(rows[0].cells.map((cell) => cell.impact)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0].cells[0]).toMatchObject({ likelihood: 5, impact: 1, count: 1, score: 5, band: 'medium', riskIds: ['c'] });
    expect(rows[2].cells[3]).toMatchObject({ likelihood: 3, impact: 4, count: 2, score: 12, band: 'high' });
    expect(rows.flatMap((row) => row.cells).reduce((total, cell) => total + cell.count, 0)).toBe(3);
  });

  it('fills the cells the API did not send with zero', () => {
    const rows = heatMapRows([{ likelihood: 2, impact: 2, count: 4, riskIds: [] }]);

    expect(rows.flatMap((row) => row.cells)).toHaveLength(25);
    expect(rows[3].cells[1].count).toBe(4);
    expect(rows[4].cells[4]).toMatchObject({ count: 0, score: 5, band: 'medium' });
  });

  it('draws the score history from left to right, higher scores higher up', () => {
    const points = sparklinePoints([12, 8, 25], 100, 40, 0);

    expect(points.map((p) => p.x)).toEqual([0, 50, 100]);
    expect(points[2].y).toBe(0);
    expect(points[0].y).toBeLessThan(points[1].y);
    expect(sparklinePoints([1], 100, 40, 0)).toEqual([{ x: 0, y: 40 }]);
  });
});
