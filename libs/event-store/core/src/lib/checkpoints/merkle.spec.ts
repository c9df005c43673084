import { createHash } from 'node:crypto';
import { EMPTY_TREE_ROOT, LeafList, MerkleFrontier, inclusionProof, leafHash, merkleRoot, nodeHash, verifyInclusion } from './merkle';

const sha256 = (...parts: Buffer[]) => parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest();
const eventHash = (n: number) => sha256(Buffer.from(`event ${n}`));
const leaves = (count: number) => {
  const list = new LeafList();
  for (let n = 0; n < count; n++) list.push(eventHash(n));
  return list;
};

/** RFC 6962 section 2.1, written the way the RFC states it: the reference the frontier must agree with. */
function referenceRoot(hashes: Buffer[]): Buffer {
  if (hashes.length === 0) return sha256();
  if (hashes.length === 1) return sha256(Buffer.from([0]), hashes[0]);
  let k = 1;
  while (k * 2 < hashes.length) k *= 2;
  return sha256(Buffer.from([1]), referenceRoot(hashes.slice(0, k)), referenceRoot(hashes.slice(k)));
}

describe('the Merkle tree over the log (RFC 6962)', () => {
  it('hashes leaves and nodes under different prefixes, and an empty tree as the empty string', () => {
    expect(EMPTY_TREE_ROOT.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(leafHash(eventHash(1))).toEqual(sha256(Buffer.from([0]), eventHash(1)));
    expect(nodeHash(eventHash(1), eventHash(2))).toEqual(sha256(Buffer.from([1]), eventHash(1), eventHash(2)));
  });

  it('gives the RFC’s root at every size from 0 to 70, appended one event at a time', () => {
    const frontier = new MerkleFrontier();
    const hashes: Buffer[] = [];
    for (let size = 0; size <= 70; size++) {
      expect(frontier.root().toString('hex')).toBe(referenceRoot(hashes).toString('hex'));
      hashes.push(eventHash(size));
      frontier.append(eventHash(size));
    }
  });

  it('proves every event’s inclusion in trees of 1 to 33 events, and no other event’s', () => {
    for (let size = 1; size <= 33; size++) {
      const list = leaves(size);
      const root = merkleRoot(list);
      for (let index = 0; index < size; index++) {
        const proof = inclusionProof(list, index);
        expect(proof.length).toBeLessThanOrEqual(Math.ceil(Math.log2(size)));
        expect(verifyInclusion(list.at(index), index, size, proof, root)).toBe(true);
        expect(verifyInclusion(eventHash(1000), index, size, proof, root)).toBe(false);
        if (size > 1) expect(verifyInclusion(list.at(index), (index + 1) % size, size, proof, root)).toBe(false);
      }
    }
  });

  it('keeps 32-byte hashes packed, and refuses anything else', () => {
    const list = leaves(2000);
    expect(list.length).toBe(2000);
    expect(list.at(1999)).toEqual(eventHash(1999));
    expect(LeafList.fromBytes(list.slice(10, 12)).at(1)).toEqual(eventHash(11));
    expect(() => list.push(Buffer.alloc(31))).toThrow(/32 bytes/);
    expect(() => LeafList.fromBytes(Buffer.alloc(33))).toThrow(/multiple of 32/);
  });
});
