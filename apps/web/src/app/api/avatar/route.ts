import {
  AppError,
  createContextInner,
  httpError,
  readAvatarUpload,
  replaceAvatar,
  toAppError,
  uploadedAvatar,
} from "@ums/api";

import { getCurrentActor } from "../../../server/auth/session";
import { requireDatabase } from "../../../server/db";
import { requestMeta } from "../../../server/request-meta";

/**
 * `POST /api/avatar`: the web app's door to the avatar service, for the signed-in user (the
 * session cookie, SameSite=Lax, so another site cannot post here on their behalf). The same form
 * as the API server's `POST /users/upload-avatar` (readAvatarUpload: multipart, the `avatar`
 * file, the optional crop box, the body limit counted while it streams in), the same service, and
 * the same answers: the new avatar, or the standard error body with the status of its code.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const actor = await getCurrentActor();
    if (actor === null) throw new AppError("UNAUTHENTICATED", "Sign in to change your avatar");
    const ctx = createContextInner({
      db: requireDatabase(),
      actor,
      meta: requestMeta(request.headers),
    });
    const upload = await readAvatarUpload(request, ctx.settings);
    const result = await replaceAvatar({ ...ctx, actor }, upload);
    return Response.json(uploadedAvatar.parse(result));
  } catch (error) {
    const appError = toAppError(error);
    if (appError.appCode === "INTERNAL") console.error("POST /api/avatar:", error);
    const { status, body, headers } = httpError(appError);
    return Response.json(body, { status, headers });
  }
}
