import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import "@ums/ui/styles.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "User Management Service", template: "%s · User Management Service" },
  description:
    "Profiles, learning preferences, skills and goals of the learning platform's users, and the administration of organizations.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

export default function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
