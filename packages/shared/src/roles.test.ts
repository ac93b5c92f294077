import { describe, expect, it } from 'vitest';
import { hasPermission, permissionScope } from './roles';

describe('permissionScope', () => {
  it('gives a system admin the subtree of their unit', () => {
    expect(permissionScope(['system_admin'], 'users.manage')).toBe('subtree');
  });
  it('denies user management to a receiving officer', () => {
    expect(permissionScope(['receiving_officer'], 'users.manage')).toBe('none');
    expect(hasPermission(['receiving_officer'], 'users.read')).toBe(false);
  });
  it('uses the widest reach among the granting roles', () => {
    expect(permissionScope(['report_entry', 'unit_leader'], 'users.read')).toBe('subtree');
  });
  it('applies a fixed reach when the permission sets one', () => {
    expect(permissionScope(['receiving_officer'], 'units.read')).toBe('subtree');
  });
});
