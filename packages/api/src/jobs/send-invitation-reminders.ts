import { invitationUrl, newInvitationToken } from "../services/invitations/invitation-token";
import { sendInvitationEmail } from "../services/invitations/issue-invitation";
import { logSystemActivity } from "../services/activity/log-activity";
import type { JobDeps } from "./job";

const batchSize = 200;

/**
 * Reminds invitees who have not answered: every REMINDER_INTERVAL after the invitation (or the last
 * reminder) was sent, at most MAX_REMINDER_COUNT times, never for an invitation that has expired.
 * Each reminder carries a fresh link (only hashes of tokens are stored, so a link cannot be sent
 * twice); earlier links stop working. reminder_count and reminder_sent_at record each one, and
 * INVITATION_REMINDED is logged. Rows are claimed with SKIP LOCKED: two runs never remind twice.
 */
export async function sendInvitationReminders(deps: JobDeps): Promise<number> {
  const { settings } = deps;
  let reminded = 0;
  for (;;) {
    const now = deps.now();
    const dueBefore = new Date(now.getTime() - settings.REMINDER_INTERVAL);
    const count = await deps.db.$transaction(
      async (tx) => {
        const due = await tx.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM "user_invitations"
          WHERE "status" = 'PENDING'
            AND "expires_at" > (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
            AND "reminder_count" < ${settings.MAX_REMINDER_COUNT}
            AND coalesce("reminder_sent_at", "sent_at") <= (${dueBefore.toISOString()}::timestamptz AT TIME ZONE 'UTC')
          ORDER BY "sent_at" LIMIT ${batchSize}
          FOR UPDATE SKIP LOCKED`;
        for (const { id } of due) {
          const { token, hash } = newInvitationToken();
          const invitation = await tx.userInvitation.update({
            where: { id },
            data: {
              invitation_token: hash,
              reminder_count: { increment: 1 },
              reminder_sent_at: now,
            },
            select: {
              id: true,
              email: true,
              organization_id: true,
              invited_by: true,
              user_id: true,
              role: true,
              expires_at: true,
              reminder_count: true,
            },
          });
          await sendInvitationEmail(tx, deps, {
            invitation,
            url: invitationUrl(settings.APP_URL, token),
            template: "invitation-reminder",
            reminderNumber: invitation.reminder_count,
          });
          if (invitation.user_id !== null) {
            await logSystemActivity(tx, "send-invitation-reminders", {
              userId: invitation.user_id,
              type: "INVITATION_REMINDED",
              data: { invitation_id: id, reminder: invitation.reminder_count },
            });
          }
        }
        return due.length;
      },
      { timeout: 120_000 },
    );
    reminded += count;
    if (count < batchSize) return reminded;
  }
}
