"use client";

import { Select, type SelectOption } from "@ums/ui";

import { inviteFieldLabels, inviteFields, type ColumnMapping, type InviteField } from "./bulk-rows";

/** The Select value for "this field is not in the file" (a Select value cannot be empty). */
const notInFile = "none";

const hints: Record<InviteField, string> = {
  email: "Required.",
  role: "Learner when not in the file or empty.",
  first_name: "Optional: the invitee can give it when accepting.",
  last_name: "Optional: the invitee can give it when accepting.",
};

export interface ColumnMappingFieldsProps {
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

/** Which column of the file fills each field: guessed from the headers, changeable here. */
export function ColumnMappingFields({ headers, mapping, onChange }: ColumnMappingFieldsProps) {
  const columns: SelectOption[] = headers.map((header, index) => ({
    value: String(index),
    label: `Column ${index + 1}: ${header.trim() === "" ? "(no name)" : header.trim()}`,
  }));
  return (
    <fieldset className="grid gap-4">
      <legend className="mb-2 text-lg font-semibold text-fg">Columns</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        {inviteFields.map((field) => {
          const column = mapping[field];
          return (
            <Select
              key={field}
              label={inviteFieldLabels[field]}
              description={hints[field]}
              options={[{ value: notInFile, label: "Not in the file" }, ...columns]}
              value={column === null ? notInFile : String(column)}
              {...(field === "email" && column === null
                ? { error: "Choose the column that holds the e-mail addresses." }
                : {})}
              onValueChange={(value) => {
                onChange({ ...mapping, [field]: value === notInFile ? null : Number(value) });
              }}
            />
          );
        })}
      </div>
    </fieldset>
  );
}
