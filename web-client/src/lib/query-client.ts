import { QueryClient } from '@tanstack/react-query';
import { isApiProblem } from './api/problem';

/**
 * A 4xx will not change by asking again, so only network failures and 5xx are retried, twice.
 * No refetch on window focus: officials switch to Word and back while filling forms, and a list
 * reshuffling under them is worse than a slightly older one.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isApiProblem(error) && error.status >= 400 && error.status < 500) {
            return false;
          }
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}
