import type { ownProfile } from "@ums/api/schemas/profile";
import type { z } from "zod";

/** The profile's text fields, by their input path ("profile.city"); "" for none. */
export const textFields = [
  "first_name",
  "last_name",
  "username",
  "profile.date_of_birth",
  "profile.gender",
  "profile.phone_number",
  "profile.address_line1",
  "profile.address_line2",
  "profile.city",
  "profile.state_province",
  "profile.postal_code",
  "profile.country",
  "profile.linkedin_url",
  "profile.twitter_url",
  "profile.website_url",
  "profile.bio",
  "profile.timezone",
  "profile.language",
  "profile.profile_visibility",
] as const;

export type TextFieldName = (typeof textFields)[number];
export type ProfileFormValues = Record<TextFieldName, string>;

/** The privacy switches. */
export interface ProfileToggles {
  show_email: boolean;
  show_phone: boolean;
}

type OwnProfileOutput = z.output<typeof ownProfile>;

/** The parts of the API's profile the form shows (as returned by the server caller or over HTTP). */
export type OwnProfile = Pick<OwnProfileOutput, "first_name" | "last_name" | "username"> & {
  profile: Omit<OwnProfileOutput["profile"], "created_at" | "updated_at">;
};

/** What the form shows for a profile as the API returns it. */
export function formValuesOf(own: OwnProfile): ProfileFormValues {
  const { profile } = own;
  return {
    first_name: own.first_name,
    last_name: own.last_name,
    username: own.username ?? "",
    "profile.date_of_birth": profile.date_of_birth ?? "",
    "profile.gender": profile.gender ?? "",
    "profile.phone_number": profile.phone_number ?? "",
    "profile.address_line1": profile.address_line1 ?? "",
    "profile.address_line2": profile.address_line2 ?? "",
    "profile.city": profile.city ?? "",
    "profile.state_province": profile.state_province ?? "",
    "profile.postal_code": profile.postal_code ?? "",
    "profile.country": profile.country ?? "",
    "profile.linkedin_url": profile.linkedin_url ?? "",
    "profile.twitter_url": profile.twitter_url ?? "",
    "profile.website_url": profile.website_url ?? "",
    "profile.bio": profile.bio ?? "",
    "profile.timezone": profile.timezone,
    "profile.language": profile.language,
    "profile.profile_visibility": profile.profile_visibility,
  };
}

/** The switches of a profile as the API returns it. */
export function togglesOf(own: OwnProfile): ProfileToggles {
  return { show_email: own.profile.show_email, show_phone: own.profile.show_phone };
}
