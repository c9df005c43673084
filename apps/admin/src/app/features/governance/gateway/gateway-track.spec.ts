import { decided, review } from '../../../../testing/governance-fixtures';
import { gatewayState, gatewayTrack, hasBasisChanged, requestableGateways } from './gateway-track';

describe('gateway track', () => {
  it('gives each required gateway, in the order they are passed, the state of its latest review', () => {
    const track = gatewayTrack(
      ['G3_AWARD', 'G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G4_CONTRACT_MOBILISATION', 'G5_POST_CONTRACT_REVIEW'],
      [
        decided({ id: 'r-1', gateway: 'G1_BUSINESS_CASE', outcome: 'APPROVED' }),
        decided({ id: 'r-2', gateway: 'G2_PROCUREMENT_STRATEGY', outcome: 'DEFERRED' }),
        decided({ id: 'r-3', gateway: 'G2_PROCUREMENT_STRATEGY', outcome: 'APPROVED_WITH_CONDITIONS' }),
        review({ id: 'r-4', gateway: 'G3_AWARD' }),
      ],
    );

    expect(track.map((step) => [step.gateway, step.state, step.review?.id ?? null])).toEqual([
      ['G1_BUSINESS_CASE', 'APPROVED', 'r-1'],
      ['G2_PROCUREMENT_STRATEGY', 'APPROVED_WITH_CONDITIONS', 'r-3'],
      ['G3_AWARD', 'AWAITING_DECISION', 'r-4'],
      ['G4_CONTRACT_MOBILISATION', 'NOT_REQUESTED', null],
      ['G5_POST_CONTRACT_REVIEW', 'NOT_REQUESTED', null],
    ]);
  });

  it('says "basis changed" for a decision taken before the value, risk or political interest changed', () => {
    expect(gatewayState(decided({ outcome: 'APPROVED', basisChanged: true }))).toBe('BASIS_CHANGED');
    expect(gatewayState(decided({ outcome: 'REJECTED', basisChanged: true }))).toBe('BASIS_CHANGED');
    expect(gatewayState(decided({ outcome: 'REJECTED' }))).toBe('REJECTED');
    // A review still waiting for the committee is not a decision the change overtook.
    expect(gatewayState(review({ basisChanged: false }))).toBe('AWAITING_DECISION');
    expect(hasBasisChanged([decided(), decided({ id: 'r-2', basisChanged: true })])).toBe(true);
    expect(hasBasisChanged([decided()])).toBe(false);
  });

  it('offers reviews for gateways not passed and not waiting, next first', () => {
    const track = gatewayTrack(
      ['G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G3_AWARD', 'G4_CONTRACT_MOBILISATION'],
      [
        decided({ id: 'r-1', gateway: 'G1_BUSINESS_CASE', basisChanged: true }),
        decided({ id: 'r-2', gateway: 'G2_PROCUREMENT_STRATEGY', outcome: 'REJECTED' }),
        review({ id: 'r-3', gateway: 'G3_AWARD' }),
      ],
    );

    expect(requestableGateways(track)).toEqual(['G1_BUSINESS_CASE', 'G2_PROCUREMENT_STRATEGY', 'G4_CONTRACT_MOBILISATION']);
    expect(requestableGateways(gatewayTrack(['G2_PROCUREMENT_STRATEGY'], [decided()]))).toEqual([]);
  });
});
