import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function logout() {
  return api.signOut();
}

export function useLogout() {
  return useMutation({ mutationFn: logout });
}
