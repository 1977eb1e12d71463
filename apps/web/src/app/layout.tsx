import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata, Viewport } from "next";
import { unstable_rethrow } from "next/navigation";
import { ToastProvider } from "@ums/ui";
import type { ReactNode } from "react";

import { accessibilityAttributes, defaultAccessibility } from "../lib/accessibility-attributes";
import { getCurrentUser } from "../server/auth/session";
import { TRPCProvider } from "../trpc/react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Learning Platform", template: "%s · Learning Platform" },
  description:
    "Profiles, learning preferences, skills and goals of the learning platform's users, and the administration of organizations.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

/** The signed-in user's accessibility preferences, as the attributes the theme reads on <html>. */
async function themeAttributes() {
  try {
    const user = await getCurrentUser();
    return accessibilityAttributes(user ?? defaultAccessibility);
  } catch (error) {
    unstable_rethrow(error);
    // The pages themselves report what is wrong; the frame falls back to the default theme.
    console.error("Could not read the theme preferences:", error);
    return accessibilityAttributes(defaultAccessibility);
  }
}

export default async function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <html
      lang="en"
      className={`${GeistSans.variable} ${GeistMono.variable}`}
      {...await themeAttributes()}
    >
      <body>
        <TRPCProvider>
          <ToastProvider>{children}</ToastProvider>
        </TRPCProvider>
      </body>
    </html>
  );
}
