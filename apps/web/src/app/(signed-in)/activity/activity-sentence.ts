import type { AppRouter } from "@ums/api";
import type { ActivityType } from "@ums/db/enums";
import type { inferRouterOutputs } from "@trpc/server";

/** A page of the timeline, as `activities.mine` returns it. */
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

function goalSentence(data: Record<string, unknown>, who: string): string {
  const goal = `the goal${quoted(text(data, "title"))}`;
  const to = text(data, "to");
  if (data.automatic === true && to === "COMPLETED") {
    return `You reached ${goal}: it was completed automatically`;
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
 * The activity as a sentence addressed to the person whose timeline it is: "You changed your
 * password", "Your avatar was updated", "Ada Lovelace verified your skill “SQL”". Someone else's
 * doing is named (`actor`); the person's own has no actor.
 */
export function activitySentence(item: ActivityItem): string {
  const data = dataOf(item);
  const actor = item.actor;
  const actorName = actor === null ? null : `${actor.first_name} ${actor.last_name}`.trim();
  const who = actorName ?? "You";
  const by = actorName === null ? "" : ` by ${actorName}`;
  const skill = quoted(text(data, "skill_name"));

  switch (item.activity_type) {
    case "SIGNED_IN":
      return text(data, "method") === "single_sign_on"
        ? "You signed in with single sign-on"
        : "You signed in";
    case "PROFILE_UPDATED":
      return `${who} updated your profile${fieldList(data)}`;
    case "PREFERENCES_CHANGED":
      return `${who} changed your learning preferences${fieldList(data)}`;
    case "AVATAR_UPLOADED":
      return `Your avatar was updated${by}`;
    case "AVATAR_REMOVED":
      return `Your avatar was removed${by}`;
    case "PASSWORD_CHANGED":
      return `${who} changed your password`;
    case "PASSWORD_RESET_REQUESTED":
      return "A link to reset your password was requested";
    case "PASSWORD_RESET":
      return "Your password was reset with an e-mailed link";
    case "EMAIL_CHANGED": {
      const to = text(data, "to");
      return `Your e-mail address was changed${to === null ? "" : ` to ${to}`}${by}`;
    }
    case "GOAL_CREATED":
      return `${who} created the goal${quoted(text(data, "title"))}`;
    case "GOAL_UPDATED":
      return goalSentence(data, who);
    case "GOAL_DELETED":
      return `${who} deleted the goal${quoted(text(data, "title"))}`;
    case "SKILL_ADDED":
      return `${who} added the skill${skill}`;
    case "SKILL_UPDATED":
      if (data.verification_cleared === true) {
        return `The verification of your skill${skill} was withdrawn${by}`;
      }
      if (data.verification_requested === true) {
        return `${who} asked for a verification of the skill${skill}`;
      }
      return `${who} updated the skill${skill}${fieldList(data)}`;
    case "SKILL_VERIFIED":
      return `Your skill${skill} was verified${by}`;
    case "SKILL_REMOVED":
      return `${who} removed the skill${skill}`;
    case "USER_CREATED":
      return `Your account was created${by}`;
    case "USER_UPDATED":
      return `Your account was updated${by}${fieldList(data)}`;
    case "USER_DEACTIVATED":
      return `Your account was deactivated${by}`;
    case "USER_REACTIVATED":
      return `Your account was reactivated${by}`;
    case "ROLE_CHANGED":
      return `Your role was changed from ${roleName(text(data, "from"))} to ${roleName(text(data, "to"))}${by}`;
    case "INVITATION_SENT":
      return `You were invited to the platform${by}`;
    case "INVITATION_RESENT":
      return `Your invitation was sent again${by}`;
    case "INVITATION_REMINDED":
      return "A reminder of your invitation was sent";
    case "INVITATION_ACCEPTED":
      return "You accepted your invitation and joined the platform";
    case "INVITATION_REVOKED":
      return `Your invitation was withdrawn${by}`;
    case "INVITATION_EXPIRED":
      return "Your invitation expired";
    case "API_KEY_CREATED":
      return `${who} created the API key${quoted(text(data, "name"))}`;
    case "API_KEY_REVOKED":
      return `${who} revoked the API key${quoted(text(data, "name"))}`;
    case "DATA_IMPORTED":
      return `Your data was imported${by}`;
  }
}
