import { avatarMinSide } from "@ums/api/schemas/profile";
import { settings } from "@ums/db/settings";
import type { Metadata } from "next";

import { requireUser } from "../../../server/auth/require-user";
import { api } from "../../../server/trpc";
import { AvatarEditor } from "./avatar/avatar-editor";
import { ProfileForm } from "./profile-form";
import { formValuesOf, togglesOf } from "./profile-values";

export const metadata: Metadata = { title: "Your profile" };

/** `/profile`: the signed-in user edits their picture, names, username and profile. */
export default async function ProfilePage() {
  await requireUser();
  const own = await (await api()).profile.get();
  const { MAX_AVATAR_SIZE_MB, ALLOWED_AVATAR_FORMATS } = settings();
  return (
    <div className="mx-auto grid w-full max-w-2xl gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl leading-tight font-semibold text-fg">Your profile</h1>
        <p className="text-fg-muted">
          What you tell here appears on your profile, as far as your privacy settings allow.
        </p>
      </header>
      <AvatarEditor
        name={`${own.first_name} ${own.last_name}`}
        avatarUrl={own.profile.avatar_url}
        limits={{
          maxSizeMb: MAX_AVATAR_SIZE_MB,
          allowedFormats: ALLOWED_AVATAR_FORMATS,
          minSide: avatarMinSide,
        }}
      />
      <ProfileForm
        initial={formValuesOf(own)}
        initialToggles={togglesOf(own)}
        owner={{
          id: own.id,
          email: own.email,
          role: own.role,
          organization_id: own.organization_id,
          avatar_url: own.profile.avatar_url,
        }}
      />
    </div>
  );
}
