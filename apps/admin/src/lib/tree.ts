export type TreeItem = { id: string; parentId: string | null };

export type TreeNode<T extends TreeItem> = { item: T; children: TreeNode<T>[] };

/**
 * Nests a flat list by `parentId`, keeping the list's order among siblings (the API sends Vietnamese name
 * order). An item whose parent is not in the list becomes a root: a filtered list (units in force on a
 * date, or an officer's reach) has no single known root.
 */
export function buildTree<T extends TreeItem>(items: readonly T[]): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>();
  for (const item of items) nodes.set(item.id, { item, children: [] });
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.item.parentId === null ? undefined : nodes.get(node.item.parentId);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Depth-first order with each item's level below its root (0 for roots), e.g. for an indented select. */
export function flattenTree<T extends TreeItem>(
  nodes: readonly TreeNode<T>[],
  level = 0,
): { item: T; level: number }[] {
  return nodes.flatMap((node) => [{ item: node.item, level }, ...flattenTree(node.children, level + 1)]);
}

/** Ids of the nodes that have children: what "expand all" opens. */
export function branchIds<T extends TreeItem>(nodes: readonly TreeNode<T>[]): string[] {
  return nodes.flatMap((node) =>
    node.children.length > 0 ? [node.item.id, ...branchIds(node.children)] : [],
  );
}

/** The ids of a node and everything below it: a unit cannot be moved under any of them. */
export function subtreeIds<T extends TreeItem>(nodes: readonly TreeNode<T>[], id: string): Set<string> {
  const found = findNode(nodes, id);
  return new Set(found ? flattenTree([found]).map((entry) => entry.item.id) : []);
}

function findNode<T extends TreeItem>(nodes: readonly TreeNode<T>[], id: string): TreeNode<T> | undefined {
  for (const node of nodes) {
    if (node.item.id === id) return node;
    const below = findNode(node.children, id);
    if (below) return below;
  }
  return undefined;
}
