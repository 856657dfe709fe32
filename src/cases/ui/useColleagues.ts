import { useQuery } from '@tanstack/react-query';
import { api } from '../../web/api';

/** Labour experts of the own organisation (for assigning and sharing). */
export function useColleagues() {
  return useQuery({ queryKey: ['colleagues'], queryFn: api.colleagues, staleTime: 5 * 60_000 });
}
