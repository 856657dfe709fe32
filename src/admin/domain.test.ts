import { describe, expect, it } from 'vitest';
import { checkInitialPassword, checkUserChange } from './domain.js';

describe('user administration rules', () => {
  it('requires at least one role', () => {
    expect(checkUserChange({ actorId: 'a', targetId: 'b', roles: [] })).toBe('roles_required');
    expect(checkUserChange({ actorId: 'a', targetId: 'b', roles: ['office_staff'] })).toBeNull();
  });
  it('keeps an administrator from removing their own admin role or deactivating themselves', () => {
    expect(checkUserChange({ actorId: 'a', targetId: 'a', roles: ['labour_expert'] })).toBe('own_admin_role');
    expect(checkUserChange({ actorId: 'a', targetId: 'a', active: false })).toBe('own_admin_role');
    expect(checkUserChange({ actorId: 'a', targetId: 'a', roles: ['org_admin', 'labour_expert'], active: true })).toBeNull();
    expect(checkUserChange({ actorId: 'a', targetId: 'b', active: false })).toBeNull();
  });
  it('asks for passwords of at least 12 characters, counting characters not bytes', () => {
    expect(checkInitialPassword('elevenchars')).toBe('password_weak');
    expect(checkInitialPassword('twelve chars')).toBeNull();
    expect(checkInitialPassword('ééééééééééé')).toBe('password_weak');
  });
});
