"use client";

import type { ImportNewUserStatus } from "@ums/db/enums";
import { Select, Switch } from "@ums/ui";

import { newUserStatusHints, newUserStatusLabels } from "./import-labels";
import type { ImportOptions } from "./upload-import";

const statuses: readonly ImportNewUserStatus[] = ["KEEP", "ACTIVE", "PENDING"];

export interface ImportOptionsFieldsProps {
  options: ImportOptions;
  onChange: (options: ImportOptions) => void;
}

/** How the import runs: dry run or for real, the status of new users, invitations. */
export function ImportOptionsFields({ options, onChange }: ImportOptionsFieldsProps) {
  return (
    <fieldset className="grid max-w-2xl gap-5">
      <legend className="mb-2 text-lg font-semibold text-fg">Options</legend>
      <Switch
        label="Dry run"
        description="Checks every row and reports what would be created, updated, unchanged or rejected. Nothing is written and nobody is e-mailed: run it for real afterwards."
        checked={options.dryRun}
        onCheckedChange={(dryRun) => {
          onChange({ ...options, dryRun });
        }}
      />
      <Select
        label="Status of new users"
        description={newUserStatusHints[options.newUserStatus] + " Existing users keep theirs."}
        options={statuses.map((status) => ({ value: status, label: newUserStatusLabels[status] }))}
        value={options.newUserStatus}
        onValueChange={(value) => {
          const status = statuses.find((candidate) => candidate === value);
          if (status) onChange({ ...options, newUserStatus: status });
        }}
      />
      <Switch
        label="Send invitations"
        description={
          "Each new user gets an e-mail with a link to choose a password and sign in (as from the Invite page). " +
          "Off: nobody is e-mailed, and the imported users cannot sign in until you invite them or they reset their password." +
          (options.dryRun ? " A dry run never sends any." : "")
        }
        checked={options.sendInvitations}
        onCheckedChange={(sendInvitations) => {
          onChange({ ...options, sendInvitations });
        }}
      />
    </fieldset>
  );
}
