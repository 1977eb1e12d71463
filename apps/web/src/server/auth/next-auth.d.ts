import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  /** What getServerSession() gives: whose session, and since when (see auth/options.ts). */
  interface Session {
    userId: string;
    /** when the person signed in, in milliseconds since the epoch */
    signedInAt: number;
  }
}

declare module "next-auth/jwt" {
  /** The session token holds the user's id (`sub`) and when they signed in, nothing else. */
  interface JWT {
    /** when the person signed in, in milliseconds since the epoch (iat moves on every renewal) */
    signed_in_at?: number;
  }
}
