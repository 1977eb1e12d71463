/** The prose of the REST reference: the introduction and one line per section. */

export const apiDescription = `The User Management Service of the learning platform: users, profiles, learning preferences, skills, goals, learning statistics, invitations and administration.

## Authentication
Send \`Authorization: Bearer <token>\` where the token is either
- a **JWT** from the platform's auth service (HS256 with \`AUTH_JWT_SECRET\`, or a JWKS), whose \`sub\` is the user's id and which has an \`exp\`; the user's role and organization come from this service's database, never from the token; or
- a **service API key** (\`ums_…\`), with scopes such as \`users:read\`, \`users:write\`, \`stats:write\`, limited to one organization or platform-wide.

Missing or invalid credentials are \`401\` with a \`WWW-Authenticate\` challenge.

## Conventions
- JSON bodies with the schema's snake_case field names. Unknown fields are refused, not ignored.
- Partial updates (\`PUT\`): omitted fields stay as they are; \`null\` clears a nullable field.
- Lists are cursor-paginated: pass \`next_cursor\` back as \`cursor\`; the \`Link: rel="next"\` header holds the whole next URL.
- \`GET /users/profile\` and \`GET /users/{user_id}\` return an \`ETag\`; send it back in \`If-Match\` on \`PUT\` to get \`412\` instead of overwriting someone else's change.
- Every error has the body \`{ "error": { "code", "message", "details": [{ "path", "message" }] } }\`. A \`500\` is a bug.
- Rate limits per credential and per client address: \`RateLimit-*\` headers on every response, \`429\` with \`Retry-After\` beyond them.
- Every response carries \`X-Request-Id\`; quote it when reporting a problem.

The same procedures are also served over tRPC at \`/trpc\` for TypeScript clients.`;

export const tagDescriptions: Record<string, string> = {
  Profile: "The signed-in user's own profile, and other people's as their privacy settings allow.",
  "Learning preferences":
    "How the signed-in user likes to learn: VARK style, content, pace, reminders, accessibility.",
  Skills: "Skills with proficiency and evidence; instructors and administrators verify them.",
  Goals: "Learning goals with progress, tracked by hand or from learning events.",
  "Learning statistics": "Statistics derived from the learning events other services report.",
  Activity: "The audit trail: what each user did, and what was done to them.",
  Users:
    "User administration: organization administrators for their organization, super admins everywhere, services by API key scope.",
  Invitations: "Invitations that activate new users, with expiry, reminders and bulk invites.",
  Imports:
    "Imports of an organization's users from CSV or JSON Lines files (docs/data-migration.md), run in the background: upload, follow the progress, cancel, download the report.",
  Authentication: "Password sign-in, password change and password reset.",
  Organizations: "The organizations this service knows.",
  "API keys": "Keys for services that call this API.",
  "Development mailbox":
    "Messages this service sent or will send, for environments without an SMTP server.",
  Avatars: "Profile pictures.",
  Health: "Probes for load balancers and orchestrators.",
};
