import { describe, expect, it } from "vitest";

import { projectProfile, type ProfileViewer, type ViewedUser } from "./profile-visibility";

const owner = {
  id: "owner",
  email: "owner@example.com",
  first_name: "Owner",
  last_name: "Person",
  username: null,
  role: "LEARNER",
  organization_id: "org-a",
  status: "ACTIVE",
  profile: {
    avatar_url: null,
    bio: "Hello",
    timezone: "UTC",
    language: "en",
    city: null,
    country: null,
    linkedin_url: null,
    twitter_url: null,
    website_url: null,
    phone_number: "+442079460123",
    profile_visibility: "ORGANIZATION",
    show_email: false,
    show_phone: true,
  },
} satisfies ViewedUser;

const colleague: ProfileViewer = { userId: "colleague", organizationId: "org-a", role: "LEARNER" };
const outsider: ProfileViewer = { userId: "outsider", organizationId: "org-b", role: "INSTRUCTOR" };
const withVisibility = (visibility: "PUBLIC" | "ORGANIZATION" | "PRIVATE") => ({
  ...owner,
  profile: { ...owner.profile, profile_visibility: visibility },
});

describe("projectProfile", () => {
  it("shows the owner and the organization's admins everything", () => {
    const hidden = withVisibility("PRIVATE");
    expect(projectProfile({ ...colleague, userId: "owner" }, hidden)?.visibility).toBe("full");
    expect(projectProfile({ ...colleague, role: "ORG_ADMIN" }, hidden)?.visibility).toBe("full");
    expect(projectProfile({ ...outsider, role: "SUPER_ADMIN" }, hidden)?.visibility).toBe("full");
    expect(projectProfile({ ...outsider, role: "ORG_ADMIN" }, hidden)).toBeNull();
  });

  it("shows a card by visibility: PUBLIC to all, ORGANIZATION to the organization, PRIVATE to nobody", () => {
    expect(projectProfile(outsider, withVisibility("PUBLIC"))?.visibility).toBe("card");
    expect(projectProfile(colleague, withVisibility("ORGANIZATION"))?.visibility).toBe("card");
    expect(projectProfile(outsider, withVisibility("ORGANIZATION"))).toBeNull();
    expect(projectProfile(colleague, withVisibility("PRIVATE"))).toBeNull();
    expect(projectProfile(colleague, { ...owner, status: "SUSPENDED" })).toBeNull();
  });

  it("shows e-mail and phone on a card only when the owner shows them", () => {
    const card = projectProfile(colleague, owner);
    expect(card).toMatchObject({ email: null, profile: { phone_number: "+442079460123" } });
    const swapped = {
      ...owner,
      profile: { ...owner.profile, show_email: true, show_phone: false },
    };
    expect(projectProfile(colleague, swapped)).toMatchObject({
      email: "owner@example.com",
      profile: { phone_number: null },
    });
  });
});
