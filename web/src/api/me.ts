// The signed-in account, fetched once per session; a rejected token signs the browser out.
import { useQuery } from "@tanstack/react-query";
import type { mastodon } from "masto";
import { api, errorStatus, useSession } from "./client";
import { setSession } from "./session";

export function useMe(): { me: mastodon.v1.CredentialAccount | null; loading: boolean } {
  const session = useSession();
  const q = useQuery({
    queryKey: ["me", session?.token ?? null],
    enabled: !!session,
    staleTime: 60_000,
    queryFn: async () => {
      try {
        return await api().v1.accounts.verifyCredentials();
      } catch (err) {
        if (errorStatus(err) === 401) setSession(null);
        throw err;
      }
    },
  });
  return { me: session ? (q.data ?? null) : null, loading: !!session && q.isPending };
}

export function useInstance() {
  return useQuery({ queryKey: ["instance"], queryFn: () => api().v2.instance.fetch(), staleTime: 3_600_000 });
}
