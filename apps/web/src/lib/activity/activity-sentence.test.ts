import { describe, expect, it } from "vitest";

import { activitySentence, type ActivityItem } from "./activity-sentence";

const learner = {
  id: "00000000-0000-4000-8000-000000000001",
  first_name: "Ada",
  last_name: "Lovelace",
  email: "ada@example.com",
};
const admin = {
  id: "00000000-0000-4000-8000-000000000002",
  first_name: "Olivia",
  last_name: "Chen",
  email: "olivia@example.com",
};

/** An entry of Ada's timeline; `actor` when someone else did it. */
function entry(
  type: ActivityItem["activity_type"],
  data: unknown,
  actor: typeof admin | null = null,
): ActivityItem {
  return {
    id: "00000000-0000-4000-8000-0000000000aa",
    user_id: learner.id,
    actor_id: actor?.id ?? null,
    activity_type: type,
    activity_data: data,
    ip_address: "203.0.113.9",
    user_agent: null,
    device_type: "desktop",
    created_at: "2026-11-27T09:00:00.000Z",
    user: learner,
    actor,
  };
}

describe("activitySentence", () => {
  it("addresses the person, naming the fields a change touched", () => {
    expect(
      activitySentence(entry("PROFILE_UPDATED", { fields: ["profile.bio", "profile.github_url"] })),
    ).toBe("You updated your profile (bio, github link)");
  });

  it("names whoever else did it", () => {
    expect(activitySentence(entry("AVATAR_REMOVED", {}, admin))).toBe(
      "Your avatar was removed by Olivia Chen",
    );
    expect(activitySentence(entry("PROFILE_UPDATED", { fields: ["first_name"] }, admin))).toBe(
      "Olivia Chen updated your profile (first name)",
    );
  });

  it("tells the sign-in methods apart", () => {
    expect(activitySentence(entry("SIGNED_IN", { method: "password" }))).toBe("You signed in");
    expect(activitySentence(entry("SIGNED_IN", { method: "single_sign_on" }))).toBe(
      "You signed in with single sign-on",
    );
  });

  it("reads the skill changes: a verification asked for, and one withdrawn", () => {
    expect(
      activitySentence(entry("SKILL_UPDATED", { skill_name: "SQL", verification_requested: true })),
    ).toBe("You asked for a verification of the skill “SQL”");
    expect(
      activitySentence(
        entry("SKILL_UPDATED", { skill_name: "SQL", verification_cleared: true }, admin),
      ),
    ).toBe("The verification of your skill “SQL” was withdrawn by Olivia Chen");
  });

  it("says how a goal moved", () => {
    expect(
      activitySentence(
        entry("GOAL_UPDATED", { title: "Learn Rust", to: "COMPLETED", automatic: true }),
      ),
    ).toBe("You reached the goal “Learn Rust”: it was completed automatically");
    expect(activitySentence(entry("GOAL_UPDATED", { title: "Learn Rust", to: "PAUSED" }))).toBe(
      "You paused the goal “Learn Rust”",
    );
  });

  it("survives data that is not what it expects", () => {
    expect(activitySentence(entry("SKILL_ADDED", null))).toMatch(/skill/);
    expect(activitySentence(entry("PROFILE_UPDATED", ["not", "an", "object"]))).toBe(
      "You updated your profile",
    );
    expect(activitySentence(entry("PROFILE_UPDATED", { fields: "bio" }))).toBe(
      "You updated your profile",
    );
  });

  it("tells an administrator the same in the third person", () => {
    expect(
      activitySentence(entry("PROFILE_UPDATED", { fields: ["profile.bio"] }), "observer"),
    ).toBe("Ada Lovelace updated their profile (bio)");
    expect(
      activitySentence(entry("PROFILE_UPDATED", { fields: ["first_name"] }, admin), "observer"),
    ).toBe("Olivia Chen updated Ada Lovelace's profile (first name)");
    expect(
      activitySentence(
        entry("ROLE_CHANGED", { from: "LEARNER", to: "INSTRUCTOR" }, admin),
        "observer",
      ),
    ).toBe("Ada Lovelace's role was changed from learner to instructor by Olivia Chen");
    expect(activitySentence(entry("INVITATION_SENT", {}, admin), "observer")).toBe(
      "Ada Lovelace was invited to the platform by Olivia Chen",
    );
    expect(activitySentence(entry("INVITATION_ACCEPTED", {}), "observer")).toBe(
      "Ada Lovelace accepted their invitation and joined the platform",
    );
    expect(activitySentence(entry("PASSWORD_RESET_REQUESTED", {}), "observer")).toBe(
      "A link to reset Ada Lovelace's password was requested",
    );
  });
});
