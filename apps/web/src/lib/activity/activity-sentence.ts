import type { AppRouter } from "@ums/api";
import type { ActivityType } from "@ums/db/enums";
import type { inferRouterOutputs } from "@trpc/server";

/**
 * A page of an activity log, as `activities.mine` (one's own) and `activities.list` (an
 * organization's, for admins) both return it.
 */
export type ActivityPage = inferRouterOutputs<AppRouter>["activities"]["mine"];
export type ActivityItem = ActivityPage["items"][number];

/** The filter's names of the activity types, in the order the filter lists them. */
export const activityTypeLabels: Record<ActivityType, string> = {
  SIGNED_IN: "Sign-ins",
  PROFILE_UPDATED: "Profile changes",
  PREFERENCES_CHANGED: "Preference changes",
  AVATAR_UPLOADED: "Avatar uploads",
  AVATAR_REMOVED: "Avatar removals",
  PASSWORD_CHANGED: "Password changes",
  PASSWORD_RESET_REQUESTED: "Password reset requests",
  PASSWORD_RESET: "Password resets",
  EMAIL_CHANGED: "E-mail address changes",
  GOAL_CREATED: "Goals created",
  GOAL_UPDATED: "Goal updates",
  GOAL_DELETED: "Goals deleted",
  SKILL_ADDED: "Skills added",
  SKILL_UPDATED: "Skill updates",
  SKILL_VERIFIED: "Skill verifications",
  SKILL_REMOVED: "Skills removed",
  USER_CREATED: "Account creation",
  USER_UPDATED: "Account changes by administrators",
  USER_DEACTIVATED: "Account deactivations",
  USER_REACTIVATED: "Account reactivations",
  ROLE_CHANGED: "Role changes",
  INVITATION_SENT: "Invitations sent",
  INVITATION_RESENT: "Invitations sent again",
  INVITATION_REMINDED: "Invitation reminders",
  INVITATION_ACCEPTED: "Invitations accepted",
  INVITATION_REVOKED: "Invitations revoked",
  INVITATION_EXPIRED: "Invitations expired",
  API_KEY_CREATED: "API keys created",
  API_KEY_REVOKED: "API keys revoked",
  DATA_IMPORTED: "Data imports",
};

// activity_data is free-form JSON written by the services; read it defensively.
function dataOf(item: ActivityItem): Record<string, unknown> {
  const data = item.activity_data;
  return typeof data === "object" && data !== null && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : {};
}

const text = (data: Record<string, unknown>, key: string): string | null => {
  const value = data[key];
  return typeof value === "string" && value !== "" ? value : null;
};

const texts = (data: Record<string, unknown>, key: string): string[] => {
  const value = data[key];
  return Array.isArray(value)
    ? value.filter((entry): entry is string => typeof entry === "string")
    : [];
};

/** "profile.date_of_birth" → "date of birth". */
const fieldName = (field: string) =>
  (field.split(".").at(-1) ?? field).replaceAll("_", " ").replace(/ url$/, " link");

/** " (bio, city)": the fields a change touched, when the entry names them. */
function fieldList(data: Record<string, unknown>): string {
  const fields = texts(data, "fields");
  return fields.length === 0 ? "" : ` (${fields.map(fieldName).join(", ")})`;
}

const quoted = (name: string | null) => (name === null ? "" : ` “${name}”`);

const roleName = (role: string | null) =>
  role === null ? "another role" : role.toLowerCase().replaceAll("_", " ");

const goalStatusVerb: Record<string, string> = {
  COMPLETED: "completed",
  PAUSED: "paused",
  ACTIVE: "resumed",
  CANCELLED: "cancelled",
};

/**
 * Whom a sentence is told to. "owner": the person whose timeline it is ("You updated your
 * profile"); "observer": an administrator reading the organization's log ("Ada Lovelace updated
 * their profile", "Olivia Chen updated Ada Lovelace's profile").
 */
export type ActivityViewpoint = "owner" | "observer";

/** The words that name the person the entry is about, from one viewpoint. */
interface Voice {
  /** as the subject: "You" / "Ada Lovelace" */
  subject: string;
  /** their things, named by someone else: "your" / "Ada Lovelace's" */
  possessive: string;
  /** their things, in a sentence they are the subject of: "your" / "their" */
  own: string;
  /** "were" / "was" after the subject */
  were: string;
}

const fullName = (person: { first_name: string; last_name: string; email: string }) =>
  `${person.first_name} ${person.last_name}`.trim() || person.email;

function voiceOf(item: ActivityItem, viewpoint: ActivityViewpoint): Voice {
  if (viewpoint === "owner")
    return { subject: "You", possessive: "your", own: "your", were: "were" };
  const name = fullName(item.user);
  return { subject: name, possessive: `${name}'s`, own: "their", were: "was" };
}

const capitalized = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

function goalSentence(data: Record<string, unknown>, voice: Voice, who: string): string {
  const goal = `the goal${quoted(text(data, "title"))}`;
  const to = text(data, "to");
  if (data.automatic === true && to === "COMPLETED") {
    return `${voice.subject} reached ${goal}: it was completed automatically`;
  }
  const verb = to === null ? undefined : goalStatusVerb[to];
  if (verb !== undefined) return `${who} ${verb} ${goal}`;
  const progress = data.progress_percentage;
  if (typeof progress === "number") {
    return `${who} updated ${goal} (now ${Math.round(progress)}% done)`;
  }
  return `${who} updated ${goal}${fieldList(data)}`;
}

/**
 * The activity as a sentence. To the person whose timeline it is (the default): "You changed your
 * password", "Your avatar was updated", "Ada Lovelace verified your skill “SQL”". To an
 * administrator (`"observer"`), the same in the third person: "Sam Lee changed their password",
 * "Sam Lee's skill “SQL” was verified by Ada Lovelace". Someone else's doing is named (`actor`);
 * the person's own has no actor.
 */
export function activitySentence(
  item: ActivityItem,
  viewpoint: ActivityViewpoint = "owner",
): string {
  const data = dataOf(item);
  const voice = voiceOf(item, viewpoint);
  const actorName = item.actor === null ? null : fullName(item.actor);
  const who = actorName ?? voice.subject;
  /** whose things, in a sentence whose subject is `who` */
  const whose = actorName === null ? voice.own : voice.possessive;
  const Whose = capitalized(voice.possessive);
  const by = actorName === null ? "" : ` by ${actorName}`;
  const skill = quoted(text(data, "skill_name"));

  switch (item.activity_type) {
    case "SIGNED_IN":
      return text(data, "method") === "single_sign_on"
        ? `${voice.subject} signed in with single sign-on`
        : `${voice.subject} signed in`;
    case "PROFILE_UPDATED":
      return `${who} updated ${whose} profile${fieldList(data)}`;
    case "PREFERENCES_CHANGED":
      return `${who} changed ${whose} learning preferences${fieldList(data)}`;
    case "AVATAR_UPLOADED":
      return `${Whose} avatar was updated${by}`;
    case "AVATAR_REMOVED":
      return `${Whose} avatar was removed${by}`;
    case "PASSWORD_CHANGED":
      return `${who} changed ${whose} password`;
    case "PASSWORD_RESET_REQUESTED":
      return `A link to reset ${voice.possessive} password was requested`;
    case "PASSWORD_RESET":
      return `${Whose} password was reset with an e-mailed link`;
    case "EMAIL_CHANGED": {
      const to = text(data, "to");
      return `${Whose} e-mail address was changed${to === null ? "" : ` to ${to}`}${by}`;
    }
    case "GOAL_CREATED":
      return `${who} created the goal${quoted(text(data, "title"))}`;
    case "GOAL_UPDATED":
      return goalSentence(data, voice, who);
    case "GOAL_DELETED":
      return `${who} deleted the goal${quoted(text(data, "title"))}`;
    case "SKILL_ADDED":
      return `${who} added the skill${skill}`;
    case "SKILL_UPDATED":
      if (data.verification_cleared === true) {
        return `The verification of ${voice.possessive} skill${skill} was withdrawn${by}`;
      }
      if (data.verification_requested === true) {
        return `${who} asked for a verification of the skill${skill}`;
      }
      return `${who} updated the skill${skill}${fieldList(data)}`;
    case "SKILL_VERIFIED":
      return `${Whose} skill${skill} was verified${by}`;
    case "SKILL_REMOVED":
      return `${who} removed the skill${skill}`;
    case "USER_CREATED":
      return `${Whose} account was created${by}`;
    case "USER_UPDATED":
      return `${Whose} account was updated${by}${fieldList(data)}`;
    case "USER_DEACTIVATED":
      return `${Whose} account was deactivated${by}`;
    case "USER_REACTIVATED":
      return `${Whose} account was reactivated${by}`;
    case "ROLE_CHANGED":
      return `${Whose} role was changed from ${roleName(text(data, "from"))} to ${roleName(text(data, "to"))}${by}`;
    case "INVITATION_SENT":
      return `${voice.subject} ${voice.were} invited to the platform${by}`;
    case "INVITATION_RESENT":
      return `${Whose} invitation was sent again${by}`;
    case "INVITATION_REMINDED":
      return `A reminder of ${voice.possessive} invitation was sent`;
    case "INVITATION_ACCEPTED":
      return `${voice.subject} accepted ${voice.own} invitation and joined the platform`;
    case "INVITATION_REVOKED":
      return `${Whose} invitation was withdrawn${by}`;
    case "INVITATION_EXPIRED":
      return `${Whose} invitation expired`;
    case "API_KEY_CREATED":
      return `${who} created the API key${quoted(text(data, "name"))}`;
    case "API_KEY_REVOKED":
      return `${who} revoked the API key${quoted(text(data, "name"))}`;
    case "DATA_IMPORTED":
      return `${Whose} data was imported${by}`;
  }
}
