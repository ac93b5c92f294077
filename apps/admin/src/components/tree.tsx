import type { ReactNode } from 'react';
import type { TreeItem, TreeNode } from '../lib/tree';
import { cx } from '../lib/cx';
import { ChevronIcon } from './icons';

type TreeProps<T extends TreeItem> = {
  label: string;
  nodes: TreeNode<T>[];
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  toggleLabel: (item: T, open: boolean) => string;
  renderRow: (item: T, level: number) => ReactNode;
  rowClassName?: (item: T) => string | undefined;
};

/**
 * Nested lists with a disclosure button per branch. Rows hold their own buttons (edit, add a child), which
 * the ARIA tree pattern does not allow inside a treeitem; nested lists keep every control reachable by Tab.
 */
export function Tree<T extends TreeItem>(props: TreeProps<T>) {
  return (
    <ul className="tree" aria-label={props.label}>
      {props.nodes.map((node) => (
        <Branch key={node.item.id} node={node} level={0} {...props} />
      ))}
    </ul>
  );
}

function Branch<T extends TreeItem>({
  node,
  level,
  ...props
}: TreeProps<T> & { node: TreeNode<T>; level: number }) {
  const { expanded, onToggle, toggleLabel, renderRow, rowClassName } = props;
  const hasChildren = node.children.length > 0;
  const open = hasChildren && expanded.has(node.item.id);
  return (
    <li className="tree-node">
      <div className={cx('tree-row', rowClassName?.(node.item))}>
        {hasChildren ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={open}
            aria-label={toggleLabel(node.item, open)}
            onClick={() => onToggle(node.item.id)}
          >
            <ChevronIcon width={18} height={18} className={cx('tree-chevron', open && 'tree-chevron-open')} />
          </button>
        ) : (
          <span className="tree-toggle tree-leaf" aria-hidden="true" />
        )}
        {renderRow(node.item, level)}
      </div>
      {open && (
        <ul className="tree-group">
          {node.children.map((child) => (
            <Branch key={child.item.id} node={child} level={level + 1} {...props} />
          ))}
        </ul>
      )}
    </li>
  );
}
