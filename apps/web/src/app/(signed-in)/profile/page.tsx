import type { Metadata } from "next";

import { requireUser } from "../../../server/auth/require-user";
import { api } from "../../../server/trpc";
import { ProfileForm } from "./profile-form";
import { formValuesOf, togglesOf } from "./profile-values";

export const metadata: Metadata = { title: "Your profile" };

/** `/profile`: the signed-in user edits their names, username and profile. */
export default async function ProfilePage() {
  await requireUser();
  const own = await (await api()).profile.get();
  return (
    <div className="mx-auto grid w-full max-w-2xl gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl leading-tight font-semibold text-fg">Your profile</h1>
        <p className="text-fg-muted">
          What you tell here appears on your profile, as far as your privacy settings allow.
        </p>
      </header>
      <ProfileForm initial={formValuesOf(own)} initialToggles={togglesOf(own)} />
    </div>
  );
}
