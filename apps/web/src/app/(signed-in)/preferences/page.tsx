import type { Metadata } from "next";

import { requireUser } from "../../../server/auth/require-user";
import { api } from "../../../server/trpc";
import { PreferencesForm } from "./preferences-form";
import { formStateOf } from "./preferences-values";

export const metadata: Metadata = { title: "Learning preferences" };

/** `/preferences`: the signed-in user's learning style, content, schedule, reminders and accessibility. */
export default async function PreferencesPage() {
  await requireUser();
  const preferences = await (await api()).preferences.get();
  return (
    <div className="mx-auto grid w-full max-w-4xl gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl leading-tight font-semibold text-fg">Learning preferences</h1>
        <p className="text-fg-muted">
          How you like to learn: courses and reminders adapt to it, and the accessibility settings
          change this whole app.
        </p>
      </header>
      <PreferencesForm initial={formStateOf(preferences)} />
    </div>
  );
}
