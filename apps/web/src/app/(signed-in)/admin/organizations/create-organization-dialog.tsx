"use client";

import type { RouterOutputs } from "@ums/api";
import { createOrganizationInput } from "@ums/api/schemas/organizations";
import { Alert, Button, Dialog, TextField } from "@ums/ui";
import { useRouter } from "next/navigation";
import { useState, type SubmitEvent } from "react";

import { failureOf } from "../../../../lib/form-errors";
import { useForm } from "../../../../lib/use-form";
import { trpc } from "../../../../trpc/react";
import { InviteAdministratorForm } from "./invite-administrator-form";
import { suggestSlug } from "./suggest-slug";

type Organization = RouterOutputs["organizations"]["create"];

/**
 * Creates an organization in a dialog (name, and a slug suggested from it), then offers to invite
 * its first administrator in the same dialog: a new organization has nobody in it yet.
 */
export function CreateOrganizationDialog() {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<Organization | null>(null);
  const close = () => {
    setOpen(false);
    setCreated(null);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) setOpen(true);
        else close();
      }}
      size="lg"
      title={
        created ? `Invite the first administrator of ${created.name}` : "Create an organization"
      }
      description={
        created
          ? "They manage its users and invitations. You can also invite them later from the list."
          : "Its slug names it in links and cannot change later; its name can."
      }
      trigger={<Button type="button">Create an organization</Button>}
    >
      {!open ? null : created ? (
        <div className="grid gap-4">
          <Alert tone="success" title="Organization created">
            {created.name} ({created.slug}) exists now, with nobody in it yet.
          </Alert>
          <InviteAdministratorForm organization={created} onDone={close} />
        </div>
      ) : (
        <CreateOrganizationForm onCreated={setCreated} onCancel={close} />
      )}
    </Dialog>
  );
}

function CreateOrganizationForm({
  onCreated,
  onCancel,
}: {
  onCreated: (organization: Organization) => void;
  onCancel: () => void;
}) {
  const router = useRouter();
  const form = useForm<"name" | "slug">({ name: "", slug: "" });
  // The slug follows the name until it is edited by hand.
  const [slugEdited, setSlugEdited] = useState(false);
  const create = trpc.organizations.create.useMutation();

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const parsed = form.parse(createOrganizationInput, form.values);
    if (parsed === null) return;
    try {
      onCreated(await create.mutateAsync(parsed));
    } catch (error) {
      form.fail(failureOf(error, ["name", "slug"]));
      return;
    }
    router.refresh();
  }

  const name = form.field("name");
  const slug = form.field("slug");
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
        {...name}
        onChange={(event) => {
          const value = event.target.value;
          form.setValues((current) => ({
            name: value,
            slug: slugEdited ? current.slug : suggestSlug(value),
          }));
        }}
      />
      <TextField
        label="Slug"
        autoComplete="off"
        spellCheck={false}
        description="Lowercase letters, digits and hyphens, unique among organizations; suggested from the name."
        {...slug}
        onChange={(event) => {
          setSlugEdited(true);
          slug.onChange(event);
        }}
      />
      <div className="flex flex-wrap justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending}>
          Create organization
        </Button>
      </div>
    </form>
  );
}
