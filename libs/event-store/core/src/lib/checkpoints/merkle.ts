import { createHash } from 'node:crypto';

/**
 * A Merkle tree over the log in global order, built as RFC 6962 (Certificate Transparency) builds
 * its trees: leaves and interior nodes are hashed under different prefixes, so a leaf can never
 * pass for a node, and an auditor can check one event's inclusion with log2(n) hashes (ADR 0018).
 * A leaf is an event's own chain hash (ADR 0002), which already covers its content.
 */
export function leafHash(eventHash: Buffer): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(eventHash).digest();
}

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

const LEAF_PREFIX = Buffer.from([0]);
const NODE_PREFIX = Buffer.from([1]);
/** RFC 6962: the hash of an empty tree is the hash of the empty string. */
export const EMPTY_TREE_ROOT = createHash('sha256').digest();

/**
 * The right edge of the tree: the roots of its perfect subtrees, largest first. Appending is
 * amortised O(1) and the root of the tree so far is O(log n), so one pass over the log gives the
 * root at every size a checkpoint names.
 */
export class MerkleFrontier {
  private readonly subtrees: { size: number; hash: Buffer }[] = [];
  private leafCount = 0;

  get size(): number {
    return this.leafCount;
  }

  append(eventHash: Buffer): void {
    this.subtrees.push({ size: 1, hash: leafHash(eventHash) });
    this.leafCount += 1;
    while (this.subtrees.length > 1 && this.subtrees[this.subtrees.length - 1].size === this.subtrees[this.subtrees.length - 2].size) {
      const right = this.subtrees.pop() as { size: number; hash: Buffer };
      const left = this.subtrees.pop() as { size: number; hash: Buffer };
      this.subtrees.push({ size: left.size * 2, hash: nodeHash(left.hash, right.hash) });
    }
  }

  /** RFC 6962's MTH: the left subtree is the largest power of two, so folding from the right gives it. */
  root(): Buffer {
    if (this.subtrees.length === 0) return EMPTY_TREE_ROOT;
    let hash = this.subtrees[this.subtrees.length - 1].hash;
    for (let i = this.subtrees.length - 2; i >= 0; i--) hash = nodeHash(this.subtrees[i].hash, hash);
    return hash;
  }
}

/** The root over the first `size` of a list of event hashes. */
export function merkleRoot(eventHashes: LeafList, size = eventHashes.length): Buffer {
  const frontier = new MerkleFrontier();
  for (let i = 0; i < size; i++) frontier.append(eventHashes.at(i));
  return frontier.root();
}

/**
 * RFC 6962 section 2.1.1: the audit path of leaf `index` in the tree of the first `size` leaves.
 * With it, the event's hash and the signed root, anyone can check the event is in the log.
 */
export function inclusionProof(eventHashes: LeafList, index: number, size = eventHashes.length): Buffer[] {
  if (!Number.isInteger(index) || index < 0 || index >= size || size > eventHashes.length) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  const path = (from: number, to: number, target: number): Buffer[] => {
    const n = to - from;
    if (n === 1) return [];
    const k = largestPowerOfTwoBelow(n);
    if (target < from + k) return [...path(from, from + k, target), subtreeRoot(eventHashes, from + k, to)];
    return [...path(from + k, to, target), subtreeRoot(eventHashes, from, from + k)];
  };
  return path(0, size, index);
}

/** RFC 9162 section 2.1.3.2: recomputes the root from a leaf and its audit path. */
export function verifyInclusion(eventHash: Buffer, index: number, size: number, proof: readonly Buffer[], root: Buffer): boolean {
  if (index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let hash = leafHash(eventHash);
  for (const sibling of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      hash = nodeHash(sibling, hash);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      hash = nodeHash(hash, sibling);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && hash.equals(root);
}

function subtreeRoot(eventHashes: LeafList, from: number, to: number): Buffer {
  const frontier = new MerkleFrontier();
  for (let i = from; i < to; i++) frontier.append(eventHashes.at(i));
  return frontier.root();
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * Event hashes packed 32 bytes apiece in one growing buffer: a million events cost 32 MB, not a
 * million Buffer objects.
 */
export class LeafList {
  private bytes = Buffer.alloc(32 * 1024);
  private count = 0;

  static fromBytes(packed: Buffer): LeafList {
    if (packed.length % 32 !== 0) throw new RangeError('packed event hashes must be a multiple of 32 bytes');
    const list = new LeafList();
    list.bytes = Buffer.from(packed);
    list.count = packed.length / 32;
    return list;
  }

  get length(): number {
    return this.count;
  }

  push(eventHash: Buffer): void {
    if (eventHash.length !== 32) throw new RangeError('an event hash is 32 bytes');
    if ((this.count + 1) * 32 > this.bytes.length) {
      const grown = Buffer.alloc(this.bytes.length * 2);
      this.bytes.copy(grown);
      this.bytes = grown;
    }
    eventHash.copy(this.bytes, this.count * 32);
    this.count += 1;
  }

  /** As push, from the hash's hex text: written in place, no Buffer made per event (a verify pushes a million). */
  pushHex(eventHash: string): void {
    if ((this.count + 1) * 32 > this.bytes.length) {
      const grown = Buffer.alloc(this.bytes.length * 2);
      this.bytes.copy(grown);
      this.bytes = grown;
    }
    if (eventHash.length !== 64 || this.bytes.write(eventHash, this.count * 32, 32, 'hex') !== 32) throw new RangeError('an event hash is 32 bytes');
    this.count += 1;
  }

  at(index: number): Buffer {
    if (index < 0 || index >= this.count) throw new RangeError(`no leaf ${index}`);
    return this.bytes.subarray(index * 32, index * 32 + 32);
  }

  /** The packed hashes of leaves [from, to). */
  slice(from: number, to = this.count): Buffer {
    return Buffer.from(this.bytes.subarray(from * 32, to * 32));
  }
}
