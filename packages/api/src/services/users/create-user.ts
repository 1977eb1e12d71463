import type { CreateUserInput } from "../../schemas/users";
import { invitePerson } from "../invitations/invite-person";
import type { ServiceContext } from "../service-context";

/**
 * `POST /users`: an admin (or a service) creates a PENDING user and the invitation that will
 * activate them, in one transaction: user, profile, preferences and statistics rows, invitation
 * (expiring after INVITATION_EXPIRES_IN; temporary password stored as an argon2id hash), its
 * e-mail in the outbox, and the USER_CREATED and INVITATION_SENT activities. The raw token is in
 * the returned URL, and nowhere else.
 */
export async function createUser(ctx: ServiceContext, input: CreateUserInput) {
  const { user, invitation, invitation_url } = await invitePerson(ctx, input);
  return {
    ...user,
    invitation: {
      id: invitation.id,
      status: invitation.status,
      expires_at: invitation.expires_at,
      invitation_url,
    },
  };
}
