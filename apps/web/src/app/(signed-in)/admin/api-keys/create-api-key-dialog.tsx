"use client";

import type { RouterOutputs } from "@ums/api";
import { createApiKeyInput } from "@ums/api/schemas/api-keys";
import {
  Alert,
  Button,
  CheckboxGroup,
  Dialog,
  Select,
  TextField,
  type SelectOption,
} from "@ums/ui";
import { useRouter } from "next/navigation";
import { useState, type SubmitEvent } from "react";

import { CopyButton } from "../../../../components/copy-button";
import { failureOf } from "../../../../lib/form-errors";
import { useForm } from "../../../../lib/use-form";
import { trpc } from "../../../../trpc/react";
import { apiKeyScopeOptions } from "./api-key-scope-labels";

type CreatedApiKey = RouterOutputs["apiKeys"]["create"];

const fields = ["name", "scopes", "expires_at", "organization_id"] as const;

/** How long a new key lasts, in days, or "never". */
const expiryOptions: SelectOption[] = [
  { value: "never", label: "Never" },
  { value: "30", label: "In 30 days" },
  { value: "90", label: "In 90 days" },
  { value: "365", label: "In a year" },
];

const dayMs = 86_400_000;

export interface CreateApiKeyDialogProps {
  /** the organization being viewed, the key's by default */
  organizationId: string;
  organizationName: string;
  /** platform administrators may also create platform-wide keys */
  isSuperAdmin: boolean;
}

/**
 * Creates a key in a dialog: a name, its scopes and an expiry, checked with the server's schema.
 * The dialog then shows the key itself, this once, to copy; closing it forgets the key.
 */
export function CreateApiKeyDialog(props: CreateApiKeyDialogProps) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        // The key is never kept past the dialog that showed it.
        if (!next) setCreated(null);
      }}
      size="lg"
      title={created ? `Copy the key ${created.name}` : "Create an API key"}
      description={
        created
          ? "This is the only time the key is shown."
          : "Give it a name that says which service uses it, and only the scopes that service needs."
      }
      trigger={<Button type="button">Create an API key</Button>}
    >
      {!open ? null : created ? (
        <NewKey
          apiKey={created}
          onDone={() => {
            setOpen(false);
            setCreated(null);
          }}
        />
      ) : (
        <CreateApiKeyForm
          {...props}
          onCreated={setCreated}
          onCancel={() => {
            setOpen(false);
          }}
        />
      )}
    </Dialog>
  );
}

interface CreateApiKeyFormProps extends CreateApiKeyDialogProps {
  onCreated: (created: CreatedApiKey) => void;
  onCancel: () => void;
}

function CreateApiKeyForm({
  organizationId,
  organizationName,
  isSuperAdmin,
  onCreated,
  onCancel,
}: CreateApiKeyFormProps) {
  const router = useRouter();
  const form = useForm<"name" | "expires_in_days" | "acts_for">({
    name: "",
    expires_in_days: "never",
    acts_for: "organization",
  });
  const [scopes, setScopes] = useState<string[]>([]);
  const create = trpc.apiKeys.create.useMutation();

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const days = form.values.expires_in_days;
    const parsed = form.parse(createApiKeyInput, {
      name: form.values.name,
      scopes,
      ...(days === "never"
        ? {}
        : { expires_at: new Date(Date.now() + Number(days) * dayMs).toISOString() }),
      // A platform administrator's key is for the organization they are viewing, or for all.
      ...(isSuperAdmin
        ? { organization_id: form.values.acts_for === "platform" ? null : organizationId }
        : {}),
    });
    if (parsed === null) return;
    let created: CreatedApiKey;
    try {
      created = await create.mutateAsync(parsed);
    } catch (error) {
      form.fail(failureOf(error, fields));
      return;
    }
    onCreated(created);
    router.refresh();
  }

  return (
    <form
      {...form.formProps}
      onSubmit={(event) => {
        void submit(event);
      }}
      className="grid gap-4"
    >
      {form.message ? <Alert tone="danger">{form.message}</Alert> : null}
      <TextField
        label="Name"
        autoComplete="off"
        description="e.g. Course catalogue, Reporting."
        {...form.field("name")}
      />
      <CheckboxGroup
        legend="Scopes"
        description="What the key may do. Grant only what the service needs."
        options={apiKeyScopeOptions}
        value={scopes}
        onValueChange={setScopes}
        error={form.fieldErrors.scopes}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          label="Expires"
          options={expiryOptions}
          description="After it, the key stops working by itself."
          {...form.choice("expires_in_days")}
          error={form.fieldErrors.expires_at}
        />
        {isSuperAdmin ? (
          <Select
            label="Acts for"
            options={[
              { value: "organization", label: organizationName },
              { value: "platform", label: "Every organization (platform-wide)" },
            ]}
            {...form.choice("acts_for")}
            error={form.fieldErrors.organization_id}
          />
        ) : null}
      </div>
      <div className="flex flex-wrap justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending}>
          Create key
        </Button>
      </div>
    </form>
  );
}

/** The new key, to copy now: only its hash is stored, so nobody can show it again. */
function NewKey({ apiKey, onDone }: { apiKey: CreatedApiKey; onDone: () => void }) {
  return (
    <div className="grid gap-4">
      <Alert tone="warning" title="Copy the key now">
        It is not stored, only a fingerprint of it, so it cannot be shown again. Keep it in the
        service&apos;s secret settings. If it is lost, revoke it and create another.
      </Alert>
      <TextField
        label="Your new API key"
        readOnly
        value={apiKey.key}
        className="font-mono"
        onFocus={(event) => {
          event.currentTarget.select();
        }}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <CopyButton text={apiKey.key} label="Copy key" what="the key" />
        <Button type="button" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
