import {
  DifficultyLevel,
  FontSize,
  Gender,
  PacePreference,
  ProfileVisibility,
  ReminderFrequency,
  UserRole,
} from "@ums/db/enums";
import { z } from "zod";

import {
  countryCode,
  dateOfBirth,
  distinctList,
  email,
  httpUrl,
  languageTag,
  personName,
  queryBoolean,
  text,
  timeOfDay,
  timeZone,
  username,
  uuid,
  varkScore,
} from "./fields";
import { phoneNumber } from "./phone-number";
import { preferencesRecord, profileRecord, statsRecord, userRecord } from "./records";

export const contentTypes = ["video", "text", "interactive", "audio"] as const;
export const studyTimes = ["morning", "afternoon", "evening"] as const;

const enumOf = <T extends Record<string, string>>(values: T) => z.enum(values);

/** A study goal in whole minutes, from 1 to `max` (the minutes in `period`). */
const studyMinutes = (max: number, period: string) =>
  z
    .number({ error: "must be a whole number of minutes" })
    .int("must be a whole number of minutes")
    .min(1, "must be at least 1 minute")
    .max(max, `must be at most ${max} minutes (${period})`);

/**
 * Profile fields a person may change. Every field is optional (omitted stays as it is); nullable
 * columns also take null (clears them). Unknown fields are refused.
 */
export const profileFieldsInput = z.strictObject({
  bio: text(2000).nullable().optional(),
  timezone: timeZone.optional(),
  language: languageTag.optional(),
  phone_number: phoneNumber.nullable().optional(),
  date_of_birth: dateOfBirth.nullable().optional(),
  gender: enumOf(Gender).nullable().optional(),
  address_line1: text(200).nullable().optional(),
  address_line2: text(200).nullable().optional(),
  city: text(100).nullable().optional(),
  state_province: text(100).nullable().optional(),
  postal_code: text(20).nullable().optional(),
  country: countryCode.nullable().optional(),
  linkedin_url: httpUrl.nullable().optional(),
  twitter_url: httpUrl.nullable().optional(),
  website_url: httpUrl.nullable().optional(),
  profile_visibility: enumOf(ProfileVisibility).optional(),
  show_email: z.boolean().optional(),
  show_phone: z.boolean().optional(),
});

/** Learning preferences a person may change; same partial semantics as the profile. */
export const learningPreferencesInput = z.strictObject({
  visual_score: varkScore.optional(),
  auditory_score: varkScore.optional(),
  reading_score: varkScore.optional(),
  kinesthetic_score: varkScore.optional(),
  preferred_content_types: distinctList(contentTypes).optional(),
  difficulty_preference: enumOf(DifficultyLevel).optional(),
  pace_preference: enumOf(PacePreference).optional(),
  preferred_study_time: z.enum(studyTimes).nullable().optional(),
  daily_study_goal: studyMinutes(1440, "a day").nullable().optional(),
  weekly_study_goal: studyMinutes(10080, "a week").nullable().optional(),
  reminder_enabled: z.boolean().optional(),
  reminder_frequency: enumOf(ReminderFrequency).optional(),
  reminder_time: timeOfDay.nullable().optional(),
  font_size: enumOf(FontSize).optional(),
  high_contrast: z.boolean().optional(),
  screen_reader: z.boolean().optional(),
  closed_captions: z.boolean().optional(),
});

/** `PUT /users/profile`: the caller's names and username, profile and learning preferences. */
export const updateOwnProfileInput = z.strictObject({
  first_name: personName.optional(),
  last_name: personName.optional(),
  username: username.nullable().optional(),
  profile: profileFieldsInput.optional(),
  learning_preferences: learningPreferencesInput.optional(),
});

export const changeEmailInput = z.strictObject({ email });

export const viewProfileInput = z.strictObject({ user_id: uuid });

export type UpdateOwnProfileInput = z.infer<typeof updateOwnProfileInput>;
export type ProfileFieldsInput = z.infer<typeof profileFieldsInput>;
export type LearningPreferencesInput = z.infer<typeof learningPreferencesInput>;

// RESPONSES -------------------------------------------------------------------------------------

/** `GET /users/profile`: the caller with profile, learning preferences and statistics. */
export const ownProfile = userRecord
  .extend({
    profile: profileRecord,
    learning_preferences: preferencesRecord,
    learning_stats: statsRecord,
  })
  .meta({ id: "OwnProfile" });

/** What a profile card shows of the profile (the contact fields only when the owner shows them). */
export const profileCardFields = {
  avatar_url: true,
  bio: true,
  timezone: true,
  language: true,
  city: true,
  country: true,
  linkedin_url: true,
  twitter_url: true,
  website_url: true,
  phone_number: true,
  profile_visibility: true,
} as const;

/** Another person's profile as someone who does not administer it sees it. */
export const profileCard = z
  .object({
    visibility: z.literal("card"),
    id: z.uuid(),
    first_name: z.string(),
    last_name: z.string(),
    username: z.string().nullable(),
    role: z.enum(UserRole),
    organization_id: z.uuid(),
    email: z.string().nullable().meta({ description: "only when the owner shows it" }),
    profile: profileRecord.pick(profileCardFields).nullable(),
  })
  .meta({ id: "ProfileCard" });

/** Another person's profile, in full (own, or administered) or as the directory card. */
export const profileView = z
  .discriminatedUnion("visibility", [
    userRecord
      .extend({ visibility: z.literal("full"), profile: profileRecord.nullable() })
      .meta({ id: "FullProfileView" }),
    profileCard,
  ])
  .meta({ id: "ProfileView" });

// AVATARS ---------------------------------------------------------------------------------------

/** The shortest side, in pixels, of an avatar image and of its crop box (smaller is refused). */
export const avatarMinSide = 64;

const cropNumber = (minimum: number) =>
  z.coerce
    .number({ error: "must be a number of pixels" })
    .int("must be whole pixels")
    .min(minimum, `must be at least ${minimum}`)
    .max(100_000, "must be at most 100000")
    .optional();

/**
 * The text fields of the multipart avatar upload (beside the `avatar` file): an optional crop box
 * in pixels of the upright image (all four or none; default a centred square), and whether an
 * animated image keeps its animation (default: its first frame).
 */
export const avatarUploadFields = z
  .strictObject({
    crop_left: cropNumber(0),
    crop_top: cropNumber(0),
    crop_width: cropNumber(1),
    crop_height: cropNumber(1),
    keep_animation: queryBoolean,
  })
  .refine(
    (fields) => {
      const given = [fields.crop_left, fields.crop_top, fields.crop_width, fields.crop_height];
      return (
        given.every((value) => value === undefined) || given.every((value) => value !== undefined)
      );
    },
    {
      error: "give crop_left, crop_top, crop_width and crop_height together, or none",
      path: ["crop_left"],
    },
  )
  .transform(({ crop_left, crop_top, crop_width, crop_height, keep_animation }) => ({
    keepAnimation: keep_animation,
    crop:
      crop_left === undefined ||
      crop_top === undefined ||
      crop_width === undefined ||
      crop_height === undefined
        ? undefined
        : { left: crop_left, top: crop_top, width: crop_width, height: crop_height },
  }));

/** `POST /users/upload-avatar`: the new avatar, every size and format of it. */
export const uploadedAvatar = z
  .object({
    avatar_url: z.string().meta({
      description: "the largest WebP; the other files share its name with another size or format",
      example:
        "http://localhost:4000/avatars/avatars/0f8fad5b-d9cb-469f-a165-70867728950e/3fa4c2e3bf3f6f55-512.webp",
    }),
    files: z.array(
      z.object({
        size: z.int().meta({ description: "width and height in pixels", example: 256 }),
        format: z.enum(["webp", "jpeg", "gif"]),
        url: z.string(),
        bytes: z.int(),
      }),
    ),
  })
  .meta({ id: "UploadedAvatar" });

/** `DELETE /users/profile/avatar` */
export const removedAvatar = z.object({ avatar_url: z.null() }).meta({ id: "RemovedAvatar" });
