import { sentence } from "./form-errors";

/**
 * Sending a form with files to one of the web app's upload routes (`POST /api/avatar`,
 * `POST /api/imports`) with XMLHttpRequest, whose upload events (unlike fetch's) report how much
 * of the body has gone out, for a progress bar.
 */

/** How an upload ended, when the server did not accept it. */
export type UploadFailure =
  | { kind: "cancelled" }
  | { kind: "network" }
  /** the server's error body (status, code and message; field problems in `details`) */
  | {
      kind: "server";
      status: number;
      code: string | null;
      message: string;
      details: { path: string; message: string }[];
    };

export type XhrUploadResult =
  { ok: true; status: number; body: unknown } | { ok: false; failure: UploadFailure };

/** The standard error body `{ error: { code, message, details } }`, read loosely (it may not be JSON). */
export function failureOfBody(status: number, text: string): UploadFailure {
  try {
    const body = JSON.parse(text) as {
      error?: { code?: unknown; message?: unknown; details?: unknown };
    };
    const code = typeof body.error?.code === "string" ? body.error.code : null;
    const message = typeof body.error?.message === "string" ? body.error.message : "";
    const details = Array.isArray(body.error?.details)
      ? body.error.details.flatMap((detail: unknown) => {
          const { path, message: text } = (detail ?? {}) as { path?: unknown; message?: unknown };
          return typeof path === "string" && typeof text === "string"
            ? [{ path, message: text }]
            : [];
        })
      : [];
    return { kind: "server", status, code, message, details };
  } catch {
    return { kind: "server", status, code: null, message: "", details: [] };
  }
}

export interface XhrUploadRequest {
  url: string;
  form: FormData;
  /** called as the request body goes out: bytes sent of the total */
  onProgress: (sent: number, total: number) => void;
}

/**
 * Posts `form` to `url`. A 2xx answer resolves with its JSON body (null when it is not JSON); any
 * other, with the server's error. `cancel` aborts the request.
 */
export function startXhrUpload(request: XhrUploadRequest): {
  done: Promise<XhrUploadResult>;
  cancel: () => void;
} {
  const xhr = new XMLHttpRequest();
  const done = new Promise<XhrUploadResult>((resolve) => {
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) request.onProgress(event.loaded, event.total);
    });
    xhr.addEventListener("load", () => {
      if (xhr.status < 200 || xhr.status > 299) {
        resolve({ ok: false, failure: failureOfBody(xhr.status, xhr.responseText) });
        return;
      }
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // the caller's schema reports it as an unreadable answer
      }
      resolve({ ok: true, status: xhr.status, body });
    });
    xhr.addEventListener("error", () => {
      resolve({ ok: false, failure: { kind: "network" } });
    });
    xhr.addEventListener("abort", () => {
      resolve({ ok: false, failure: { kind: "cancelled" } });
    });
  });
  xhr.open("POST", request.url);
  xhr.send(request.form);
  return {
    done,
    cancel: () => {
      xhr.abort();
    },
  };
}

/** An upload's failure in words (the server's message names the limit or the problem). */
export function uploadFailureMessage(failure: UploadFailure): string {
  if (failure.kind === "network") {
    return "The upload did not reach the server. Check your connection and try again.";
  }
  if (failure.kind === "cancelled") return "The upload was cancelled.";
  if (failure.code === "UNAUTHENTICATED") return "Your session has ended: sign in again.";
  if (failure.code === "INTERNAL" || failure.message === "") {
    return "Something went wrong on our side. Try again in a moment.";
  }
  return sentence(failure.message);
}
