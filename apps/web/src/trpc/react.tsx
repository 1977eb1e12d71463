"use client";

import type { AppRouter } from "@ums/api";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { httpBatchLink } from "@trpc/client";
import { createTRPCReact } from "@trpc/react-query";
import { signOut } from "next-auth/react";
import { useState, type ReactNode } from "react";

/** The typed tRPC hooks: `trpc.profile.get.useQuery()`, `trpc.auth.changePassword.useMutation()`. */
export const trpc = createTRPCReact<AppRouter>();

/** The HTTP status of a failed tRPC call (undefined for a network failure). */
function httpStatusOf(error: unknown): number | undefined {
  return (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
}

/**
 * A 401 means the session is over (deactivated, signed out elsewhere, password changed): the
 * stale session cookie is cleared through next-auth's sign-out, which then loads the sign-in page
 * (a full load, so nothing of the ended session stays in memory), and back here after signing in.
 */
function endedSessionGoesToSignIn(error: unknown): void {
  if (httpStatusOf(error) !== 401) return;
  const here = `${window.location.pathname}${window.location.search}`;
  void signOut({
    callbackUrl: `/sign-in?${new URLSearchParams({ callbackUrl: here }).toString()}`,
  });
}

function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: endedSessionGoesToSignIn }),
    mutationCache: new MutationCache({ onError: endedSessionGoesToSignIn }),
    defaultOptions: {
      queries: {
        // Pages arrive rendered by the server; refetch only what is older than this.
        staleTime: 30_000,
        // A 4xx will not get better by asking again.
        retry: (failureCount, error) => {
          const status = httpStatusOf(error);
          return (status === undefined || status >= 500) && failureCount < 2;
        },
      },
    },
  });
}

/** Gives the page tRPC and React Query; mounted once in the root layout. */
export function TRPCProvider({ children }: Readonly<{ children: ReactNode }>) {
  const [queryClient] = useState(makeQueryClient);
  const [client] = useState(() =>
    trpc.createClient({ links: [httpBatchLink({ url: "/api/trpc" })] }),
  );
  return (
    <trpc.Provider client={client} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </trpc.Provider>
  );
}
