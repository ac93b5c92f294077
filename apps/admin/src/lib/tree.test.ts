import { describe, expect, it } from 'vitest';
import { branchIds, buildTree, flattenTree, subtreeIds } from './tree';

const items = [
  { id: 'b', parentId: 'root', name: 'Bình' },
  { id: 'a', parentId: 'root', name: 'An' },
  { id: 'a1', parentId: 'a', name: 'An 1' },
  { id: 'root', parentId: null, name: 'Gốc' },
  { id: 'orphan', parentId: 'missing', name: 'Mồ côi' },
];

describe('buildTree', () => {
  it('nests children under their parents in the given order', () => {
    const tree = buildTree(items);
    expect(tree.map((n) => n.item.id)).toEqual(['root', 'orphan']);
    const root = tree[0];
    expect(root?.children.map((n) => n.item.id)).toEqual(['b', 'a']);
    expect(root?.children[1]?.children.map((n) => n.item.id)).toEqual(['a1']);
  });

  it('makes an item whose parent is outside the list a root', () => {
    const tree = buildTree(items.filter((i) => i.id !== 'root'));
    expect(tree.map((n) => n.item.id)).toEqual(['b', 'a', 'orphan']);
  });
});

describe('flattenTree', () => {
  it('lists depth first with levels', () => {
    expect(flattenTree(buildTree(items)).map((e) => `${e.level}:${e.item.id}`)).toEqual([
      '0:root',
      '1:b',
      '1:a',
      '2:a1',
      '0:orphan',
    ]);
  });
});

describe('branchIds and subtreeIds', () => {
  it('finds the nodes with children', () => {
    expect(branchIds(buildTree(items))).toEqual(['root', 'a']);
  });

  it('collects a node and all below it', () => {
    expect([...subtreeIds(buildTree(items), 'a')]).toEqual(['a', 'a1']);
    expect([...subtreeIds(buildTree(items), 'nope')]).toEqual([]);
  });
});
