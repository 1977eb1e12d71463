"use client";

import type { RouterOutputs } from "@ums/api";
import { Badge, Button, DataTable, Dialog, type DataTableColumn } from "@ums/ui";
import { useState } from "react";
import { useFormStatus } from "react-dom";

import { InstantText } from "../../../../components/admin/instant-text";
import { switchOrganization } from "../switch-organization";
import { InviteAdministratorForm } from "./invite-administrator-form";
import { RenameOrganizationDialog } from "./rename-organization-dialog";

export type Organization = RouterOutputs["organizations"]["list"]["items"][number];

export interface OrganizationsTableProps {
  organizations: readonly Organization[];
  /** the organization the dashboard shows now */
  viewedId: string;
  /** when the page was rendered (ISO) */
  now: string;
  timeZone: string;
}

/** A page of organizations, by name, each with its actions. */
export function OrganizationsTable({
  organizations,
  viewedId,
  now,
  timeZone,
}: OrganizationsTableProps) {
  const columns: DataTableColumn<Organization>[] = [
    {
      key: "name",
      header: "Name",
      rowHeader: true,
      cell: (organization) => (
        <span className="inline-flex flex-wrap items-center gap-2">
          {organization.name}
          {organization.id === viewedId ? <Badge tone="info">Viewing</Badge> : null}
        </span>
      ),
    },
    {
      key: "slug",
      header: "Slug",
      cell: (organization) => <code>{organization.slug}</code>,
    },
    {
      key: "created",
      header: "Created",
      cell: (organization) => (
        <InstantText at={organization.created_at} now={now} timeZone={timeZone} />
      ),
    },
    {
      key: "actions",
      header: <span className="sr-only">Actions</span>,
      cell: (organization) => (
        <div className="flex flex-wrap gap-2">
          {organization.id === viewedId ? null : <ViewButton organization={organization} />}
          <RenameOrganizationDialog organization={organization} />
          <InviteAdministratorDialog organization={organization} />
        </div>
      ),
    },
  ];
  return (
    <DataTable
      caption="Organizations"
      captionHidden
      columns={columns}
      rows={organizations}
      getRowId={(organization) => organization.id}
    />
  );
}

/**
 * Shows the dashboard for this organization: the switcher's server action, as a form, so it works
 * before the page's scripts have loaded too.
 */
function ViewButton({ organization }: { organization: Organization }) {
  return (
    <form action={switchOrganization}>
      <input type="hidden" name="organization_id" value={organization.id} />
      <ViewSubmit name={organization.name} />
    </form>
  );
}

function ViewSubmit({ name }: { name: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" size="sm" loading={pending}>
      View<span className="sr-only"> {name}</span>
    </Button>
  );
}

/** Invites an administrator into this organization, in a dialog. */
function InviteAdministratorDialog({ organization }: { organization: Organization }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      size="lg"
      title={`Invite an administrator to ${organization.name}`}
      description="They will manage its users and invitations."
      trigger={
        <Button type="button" variant="ghost" size="sm">
          Invite administrator<span className="sr-only"> to {organization.name}</span>
        </Button>
      }
    >
      {open ? (
        <InviteAdministratorForm
          organization={organization}
          onDone={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </Dialog>
  );
}
