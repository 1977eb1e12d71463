"use client";

import { renameOrganizationInput } from "@ums/api/schemas/organizations";
import { Alert, Button, Dialog, TextField, useToast } from "@ums/ui";
import { useRouter } from "next/navigation";
import { useState, type SubmitEvent } from "react";

import { failureOf } from "../../../../lib/form-errors";
import { useForm } from "../../../../lib/use-form";
import { trpc } from "../../../../trpc/react";
import type { Organization } from "./organizations-table";

/** Renames an organization (its slug stays) in a dialog checked by the server's schema. */
export function RenameOrganizationDialog({ organization }: { organization: Organization }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      size="sm"
      title={`Rename ${organization.name}`}
      description={`Its slug, ${organization.slug}, stays as it is.`}
      trigger={
        <Button type="button" variant="secondary" size="sm">
          Rename<span className="sr-only"> {organization.name}</span>
        </Button>
      }
    >
      {open ? (
        <RenameForm
          organization={organization}
          onDone={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </Dialog>
  );
}

function RenameForm({ organization, onDone }: { organization: Organization; onDone: () => void }) {
  const router = useRouter();
  const { toast } = useToast();
  const form = useForm<"name">({ name: organization.name });
  const rename = trpc.organizations.rename.useMutation();

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const parsed = form.parse(renameOrganizationInput, {
      organization_id: organization.id,
      name: form.values.name,
    });
    if (parsed === null) return;
    try {
      await rename.mutateAsync(parsed);
    } catch (error) {
      form.fail(failureOf(error, ["name"]));
      return;
    }
    toast({ title: "Organization renamed", description: parsed.name });
    onDone();
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
      <TextField label="Name" autoComplete="off" {...form.field("name")} />
      <div className="flex flex-wrap justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={rename.isPending}>
          Save name
        </Button>
      </div>
    </form>
  );
}
