import { CitizenSchema, type CitizenProfileUpdate } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { profileQueryKey } from './get-profile';

export function updateProfile(input: CitizenProfileUpdate) {
  return api.request('/citizen/me', {
    method: 'PUT',
    body: input,
    parse: (data) => CitizenSchema.parse(data),
  });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (citizen) => {
      queryClient.setQueryData(profileQueryKey, citizen);
      // The header greets the citizen by name.
      api.updateCitizen(citizen);
    },
  });
}
