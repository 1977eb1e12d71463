import { EmptyState } from "@ums/ui";
import type { Metadata } from "next";
import Link from "next/link";

import { adminScope } from "../../../../server/admin-scope";
import { api } from "../../../../server/trpc";
import { ApiKeysTable } from "./api-keys-table";
import { CreateApiKeyDialog } from "./create-api-key-dialog";

export const metadata: Metadata = { title: "API keys" };

interface ApiKeysPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * `/admin/api-keys`: the keys the platform's other services call the REST API with, for the
 * organization being viewed: create one (shown once), see when each was last used, revoke. Revoked
 * keys are listed only when asked (`?revoked=shown`).
 */
export default async function ApiKeysPage({ searchParams }: ApiKeysPageProps) {
  const { user, organization, isSuperAdmin } = await adminScope();
  const showRevoked = (await searchParams).revoked === "shown";
  const caller = await api();
  // Organization administrators get their own organization's keys. A platform administrator
  // asks for every key: the viewed organization's are shown with the platform-wide ones (no
  // organization), which no organization's list would otherwise show anywhere. Keys are few.
  const allKeys = await caller.apiKeys.list({ include_revoked: showRevoked });
  const keys = isSuperAdmin
    ? allKeys.filter(
        (key) => key.organization_id === organization.id || key.organization_id === null,
      )
    : allKeys;
  const now = new Date().toISOString();

  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-2">
          <h1 className="text-3xl leading-tight font-semibold text-fg">API keys</h1>
          <p className="max-w-prose text-fg-muted">
            The platform&apos;s other services call this service&apos;s REST API with a key, sent as{" "}
            <code className="text-fg">Authorization: Bearer &lt;key&gt;</code>. Each key acts for{" "}
            {organization.name}
            {isSuperAdmin ? " (or every organization, when platform-wide)" : ""} and may do only
            what its scopes allow. A key is shown once, when it is created.
          </p>
        </div>
        <CreateApiKeyDialog
          organizationId={organization.id}
          organizationName={organization.name}
          isSuperAdmin={isSuperAdmin}
        />
      </header>
      <p>
        <Link
          href={showRevoked ? "/admin/api-keys" : "/admin/api-keys?revoked=shown"}
          className="text-sm text-primary underline underline-offset-4"
        >
          {showRevoked ? "Hide revoked keys" : "Show revoked keys too"}
        </Link>
      </p>
      {keys.length === 0 ? (
        <EmptyState
          title={showRevoked ? "No API keys" : "No active API keys"}
          description={
            showRevoked
              ? `Nobody has created a key for ${organization.name} yet.`
              : `Create a key for each service that calls the API, with only the scopes it needs.`
          }
        />
      ) : (
        <ApiKeysTable
          keys={keys}
          now={now}
          timeZone={user.timeZone}
          organizationName={organization.name}
          showScopeOfKey={isSuperAdmin}
        />
      )}
    </div>
  );
}
