"use client";

import { Button } from "@ums/ui";
import { signOut } from "next-auth/react";
import { useState } from "react";

/** Ends the session and goes back to the sign-in page (a full load, so nothing of the session stays in memory). */
export function SignOutButton() {
  const [leaving, setLeaving] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      size="sm"
      loading={leaving}
      onClick={() => {
        setLeaving(true);
        void signOut({ callbackUrl: "/sign-in?signedOut=1" });
      }}
    >
      Sign out
    </Button>
  );
}
