"use client";

import {
  Button,
  ConfirmDialog,
  DataTable,
  StatusBadge,
  useToast,
  type DataTableColumn,
} from "@ums/ui";
import { useRouter } from "next/navigation";

import { InstantText } from "../../../../components/admin/instant-text";
import { failureOf } from "../../../../lib/form-errors";
import { trpc } from "../../../../trpc/react";
import { apiKeyScopeTexts } from "./api-key-scope-labels";
import { apiKeyStatus, apiKeyStatusTexts, type ApiKey } from "./api-key-status";

export interface ApiKeysTableProps {
  keys: readonly ApiKey[];
  /** when the page was rendered (ISO) */
  now: string;
  timeZone: string;
  organizationName: string;
  /** a platform administrator's view: a column says whether a key is the organization's or platform-wide */
  showScopeOfKey: boolean;
}

/** The keys, newest first: what each may do, when it was last used, and a way to revoke it. */
export function ApiKeysTable({
  keys,
  now,
  timeZone,
  organizationName,
  showScopeOfKey,
}: ApiKeysTableProps) {
  const columns: DataTableColumn<ApiKey>[] = [
    { key: "name", header: "Name", rowHeader: true, cell: (key) => key.name },
    {
      key: "prefix",
      header: "Key",
      cell: (key) => (
        <code className="whitespace-nowrap" title="The key's first characters">
          {key.prefix}…
        </code>
      ),
    },
    {
      key: "scopes",
      header: "Scopes",
      cell: (key) => (
        <ul className="grid gap-0.5">
          {key.scopes.map((scope) => (
            <li key={scope}>
              {apiKeyScopeTexts[scope].label}{" "}
              <span className="text-xs text-fg-muted">({scope})</span>
            </li>
          ))}
        </ul>
      ),
    },
    ...(showScopeOfKey
      ? [
          {
            key: "organization",
            header: "Acts for",
            cell: (key: ApiKey) =>
              key.organization_id === null ? "Every organization" : organizationName,
          },
        ]
      : []),
    {
      key: "created",
      header: "Created",
      cell: (key) => <InstantText at={key.created_at} now={now} timeZone={timeZone} />,
    },
    {
      key: "last_used",
      header: "Last used",
      cell: (key) => <InstantText at={key.last_used_at} now={now} timeZone={timeZone} />,
    },
    {
      key: "expires",
      header: "Expires",
      cell: (key) => (
        <InstantText at={key.expires_at} now={now} timeZone={timeZone} never="Does not expire" />
      ),
    },
    {
      key: "status",
      header: "Status",
      cell: (key) => {
        const status = apiKeyStatusTexts[apiKeyStatus(key, now)];
        return <StatusBadge tone={status.tone}>{status.label}</StatusBadge>;
      },
    },
    {
      key: "actions",
      header: <span className="sr-only">Actions</span>,
      cell: (key) => (key.revoked_at === null ? <RevokeApiKeyButton apiKey={key} /> : null),
    },
  ];
  return (
    <DataTable
      caption="API keys"
      captionHidden
      columns={columns}
      rows={keys}
      getRowId={(key) => key.id}
    />
  );
}

/** Revokes one key after a confirmation; the list is read again afterwards. */
function RevokeApiKeyButton({ apiKey }: { apiKey: ApiKey }) {
  const router = useRouter();
  const { toast } = useToast();
  const revoke = trpc.apiKeys.revoke.useMutation();
  return (
    <ConfirmDialog
      title={`Revoke ${apiKey.name}?`}
      description="Services using this key are refused from now on. This cannot be undone: create a new key to let them in again."
      confirmLabel="Revoke key"
      tone="danger"
      onConfirm={async () => {
        try {
          await revoke.mutateAsync({ api_key_id: apiKey.id });
        } catch (error) {
          toast({
            tone: "danger",
            title: `Could not revoke ${apiKey.name}`,
            description: failureOf(error, []).message ?? undefined,
          });
          throw error;
        }
        toast({ title: "API key revoked", description: apiKey.name });
        router.refresh();
      }}
      trigger={
        <Button type="button" variant="ghost" size="sm">
          Revoke<span className="sr-only"> {apiKey.name}</span>
        </Button>
      }
    />
  );
}
