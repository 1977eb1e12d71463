"use client";

import type { AppRouter } from "@ums/api";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { httpBatchLink } from "@trpc/client";
import { createTRPCReact } from "@trpc/react-query";
import { useState, type ReactNode } from "react";

/** The typed tRPC hooks: `trpc.profile.get.useQuery()`, `trpc.auth.changePassword.useMutation()`. */
export const trpc = createTRPCReact<AppRouter>();

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Pages arrive rendered by the server; refetch only what is older than this.
        staleTime: 30_000,
        // A 4xx will not get better by asking again.
        retry: (failureCount, error) => {
          const status = (error as { data?: { httpStatus?: number } }).data?.httpStatus;
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
