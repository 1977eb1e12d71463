"use client";

import type { ViewedUser } from "@ums/api/rules/profile-visibility";
import { updateOwnProfileInput } from "@ums/api/schemas/profile";
import { ProfileVisibility } from "@ums/db/enums";
import {
  Alert,
  Button,
  Combobox,
  Select,
  Switch,
  TextArea,
  TextField,
  type SelectOption,
  useToast,
} from "@ums/ui";
import { useRouter } from "next/navigation";
import { useMemo, useState, type ChangeEvent, type SubmitEvent } from "react";

import { FormSection } from "../../../components/form-section";
import { failureOf } from "../../../lib/form-errors";
import { useForm } from "../../../lib/use-form";
import { trpc } from "../../../trpc/react";
import { PrivacyPreview } from "./privacy-preview";
import {
  formValuesOf,
  textFields,
  togglesOf,
  type ProfileFormValues,
  type ProfileToggles,
  type TextFieldName,
} from "./profile-values";

interface ProfileFormProps {
  /** the profile as it is stored, as the form shows it */
  initial: ProfileFormValues;
  initialToggles: ProfileToggles;
  /** what the privacy preview needs besides the form's values (the avatar as it is now) */
  owner: Pick<ViewedUser, "id" | "email" | "role" | "organization_id"> & {
    avatar_url: string | null;
  };
}

/** "No answer" in the gender select (a Radix option's value cannot be ""): sent as null. */
const noGender = "NOT_STATED";

const genderOptions: SelectOption[] = [
  { value: noGender, label: "Not stated" },
  { value: "FEMALE", label: "Female" },
  { value: "MALE", label: "Male" },
  { value: "OTHER", label: "Other" },
  { value: "PREFER_NOT_TO_SAY", label: "Prefer not to say" },
];

const visibilityOptions: SelectOption[] = [
  { value: "PUBLIC", label: "Public" },
  { value: "ORGANIZATION", label: "Organization" },
  { value: "PRIVATE", label: "Private" },
];

/** Fields that the API never clears: an empty value is sent as it is (and refused if invalid). */
const requiredFields: readonly TextFieldName[] = [
  "first_name",
  "last_name",
  "profile.timezone",
  "profile.language",
  "profile.profile_visibility",
];

/**
 * What to send: the fields that differ from what is stored, empty text as null (which clears a
 * nullable field), grouped the way `updateOwnProfileInput` takes them.
 */
function changesOf(
  values: ProfileFormValues,
  toggles: ProfileToggles,
  stored: ProfileFormValues,
  storedToggles: ProfileToggles,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const profile: Record<string, unknown> = {};
  for (const name of textFields) {
    if (values[name] === stored[name]) continue;
    const raw = values[name];
    let value: string | null = raw;
    if (!requiredFields.includes(name)) {
      value = raw.trim() === "" || (name === "profile.gender" && raw === noGender) ? null : raw;
    }
    if (name.startsWith("profile.")) profile[name.slice("profile.".length)] = value;
    else input[name] = value;
  }
  for (const name of ["show_email", "show_phone"] as const) {
    if (toggles[name] !== storedToggles[name]) profile[name] = toggles[name];
  }
  if (Object.keys(profile).length > 0) input.profile = profile;
  return input;
}

const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

/** The profile as the form holds it now, in the shape the visibility rule reads. */
function viewedUserOf(
  owner: ProfileFormProps["owner"],
  values: ProfileFormValues,
  toggles: ProfileToggles,
): ViewedUser {
  const visibility =
    Object.values(ProfileVisibility).find(
      (value) => value === values["profile.profile_visibility"],
    ) ?? "ORGANIZATION";
  return {
    id: owner.id,
    email: owner.email,
    role: owner.role,
    organization_id: owner.organization_id,
    // Only an active user can be signed in here.
    status: "ACTIVE",
    first_name: values.first_name,
    last_name: values.last_name,
    username: orNull(values.username),
    profile: {
      avatar_url: owner.avatar_url,
      bio: orNull(values["profile.bio"]),
      timezone: values["profile.timezone"],
      language: values["profile.language"],
      city: orNull(values["profile.city"]),
      country: orNull(values["profile.country"]),
      linkedin_url: orNull(values["profile.linkedin_url"]),
      twitter_url: orNull(values["profile.twitter_url"]),
      website_url: orNull(values["profile.website_url"]),
      phone_number: orNull(values["profile.phone_number"]),
      profile_visibility: visibility,
      show_email: toggles.show_email,
      show_phone: toggles.show_phone,
    },
  };
}

/** Every IANA time zone this browser knows, with UTC, and the stored one if it is not among them. */
function timeZoneOptions(current: string): SelectOption[] {
  const zones = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
  if (current !== "") zones.add(current);
  return [...zones].map((zone) => ({ value: zone, label: zone }));
}

export function ProfileForm({ initial, initialToggles, owner }: ProfileFormProps) {
  const router = useRouter();
  const form = useForm<TextFieldName>(initial);
  const [toggles, setToggles] = useState(initialToggles);
  const [stored, setStored] = useState({ values: initial, toggles: initialToggles });
  const { toast } = useToast();
  const update = trpc.profile.update.useMutation();
  const timezone = form.values["profile.timezone"];
  const timeZones = useMemo(() => timeZoneOptions(timezone), [timezone]);

  /** Props of a select or combobox over `name`. */

  /** Props of the text area over `name`. */
  const multiline = (name: TextFieldName) => ({
    name,
    value: form.values[name],
    error: form.fieldErrors[name],
    onChange: (event: ChangeEvent<HTMLTextAreaElement>) => {
      const value = event.target.value;
      form.setValues((current) => ({ ...current, [name]: value }));
    },
  });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const parsed = form.parse(
      updateOwnProfileInput,
      changesOf(form.values, toggles, stored.values, stored.toggles),
    );
    if (parsed === null) return;
    let result;
    try {
      result = await update.mutateAsync(parsed);
    } catch (error) {
      form.fail(failureOf(error, textFields));
      return;
    }
    const values = formValuesOf(result);
    form.setValues(values);
    setToggles(togglesOf(result));
    setStored({ values, toggles: togglesOf(result) });
    toast({ title: "Profile saved", description: "Your changes are saved." });
    router.refresh();
  }

  return (
    <div className="grid gap-6">
      {form.message ? <Alert tone="danger">{form.message}</Alert> : null}
      <form
        {...form.formProps}
        onSubmit={(event) => {
          void submit(event);
        }}
        className="grid gap-6"
      >
        <FormSection legend="Personal">
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="First name" autoComplete="given-name" {...form.field("first_name")} />
            <TextField label="Last name" autoComplete="family-name" {...form.field("last_name")} />
          </div>
          <TextField
            label="Username"
            autoComplete="username"
            description="3 to 32 letters, digits, dots, hyphens or underscores."
            {...form.field("username")}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label="Date of birth"
              type="date"
              autoComplete="bday"
              {...form.field("profile.date_of_birth")}
            />
            <Select
              label="Gender"
              options={genderOptions}
              placeholder="Not stated"
              {...form.choice("profile.gender")}
            />
          </div>
        </FormSection>

        <FormSection legend="Contact">
          <TextField
            label="Phone number"
            type="tel"
            autoComplete="tel"
            description="In international format, starting with + and the country code, e.g. +44 20 7946 0123."
            {...form.field("profile.phone_number")}
          />
          <Switch
            label="Show my e-mail address"
            description="People who can see your profile also see your e-mail address."
            checked={toggles.show_email}
            onCheckedChange={(checked) => {
              setToggles((current) => ({ ...current, show_email: checked }));
            }}
          />
          <Switch
            label="Show my phone number"
            description="People who can see your profile also see your phone number."
            checked={toggles.show_phone}
            onCheckedChange={(checked) => {
              setToggles((current) => ({ ...current, show_phone: checked }));
            }}
          />
        </FormSection>

        <FormSection legend="Address">
          <TextField
            label="Address line 1"
            autoComplete="address-line1"
            {...form.field("profile.address_line1")}
          />
          <TextField
            label="Address line 2"
            autoComplete="address-line2"
            {...form.field("profile.address_line2")}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="City" autoComplete="address-level2" {...form.field("profile.city")} />
            <TextField
              label="State or province"
              autoComplete="address-level1"
              {...form.field("profile.state_province")}
            />
            <TextField
              label="Postal code"
              autoComplete="postal-code"
              {...form.field("profile.postal_code")}
            />
            <TextField
              label="Country"
              autoComplete="country"
              description="The two-letter ISO code, e.g. GB."
              {...form.field("profile.country")}
            />
          </div>
        </FormSection>

        <FormSection legend="Social links">
          <TextField
            label="LinkedIn"
            type="url"
            inputMode="url"
            placeholder="https://www.linkedin.com/in/…"
            {...form.field("profile.linkedin_url")}
          />
          <TextField
            label="Twitter"
            type="url"
            inputMode="url"
            placeholder="https://x.com/…"
            {...form.field("profile.twitter_url")}
          />
          <TextField
            label="Website"
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://…"
            {...form.field("profile.website_url")}
          />
        </FormSection>

        <FormSection legend="About">
          <TextArea label="Bio" rows={5} maxLength={2000} {...multiline("profile.bio")} />
        </FormSection>

        <FormSection legend="Locale">
          <Combobox
            label="Time zone"
            options={timeZones}
            searchPlaceholder="Search time zones…"
            emptyText="No time zone matches"
            {...form.choice("profile.timezone")}
          />
          <TextField
            label="Language"
            autoComplete="language"
            description="A BCP 47 language tag, e.g. en-GB or pt-PT."
            {...form.field("profile.language")}
          />
        </FormSection>

        <FormSection legend="Privacy">
          <Select
            label="Profile visibility"
            options={visibilityOptions}
            {...form.choice("profile.profile_visibility")}
          />
          <ul className="grid gap-1 text-sm text-fg-muted">
            <li>
              <strong className="text-fg">Public:</strong> anyone signed in to the platform can see
              your profile.
            </li>
            <li>
              <strong className="text-fg">Organization:</strong> only people in your organization
              can see it.
            </li>
            <li>
              <strong className="text-fg">Private:</strong> only you and your organization&apos;s
              administrators can see it.
            </li>
          </ul>
          <PrivacyPreview profile={viewedUserOf(owner, form.values, toggles)} />
        </FormSection>

        <Button type="submit" loading={update.isPending} className="justify-self-start">
          Save profile
        </Button>
      </form>
    </div>
  );
}
