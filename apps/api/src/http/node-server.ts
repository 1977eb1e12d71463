import { serve, type ServerType } from "@hono/node-server";

import type { App } from "../app";
import { StartupError } from "../startup-error";

/** Serves `app` on `port`; resolves once it listens, rejects when it cannot (e.g. port taken). */
export function listen(app: App, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new StartupError(
              `Port ${port} is already in use: stop what listens there, or set API_PORT (or PORT) to another port.`,
              { cause: error },
            )
          : error,
      );
    };
    const server = serve({ fetch: app.fetch, port }, () => {
      // Only start-up errors are ours to report here; later ones must not vanish into this handler.
      server.off("error", failed);
      resolve(server);
    });
    server.once("error", failed);
  });
}

/**
 * Stops accepting connections and waits for requests in flight, up to `graceMs`; after that the
 * remaining connections are cut so that a hung request cannot block shutdown forever. Kept-alive
 * connections are closed as soon as they are idle (their request done), rather than left open
 * until the client's keep-alive timeout.
 */
export function closeServer(server: ServerType, graceMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const closeIdle = () => {
      if ("closeIdleConnections" in server) server.closeIdleConnections();
    };
    const idleSweep = setInterval(closeIdle, 50);
    idleSweep.unref();
    const deadline = setTimeout(() => {
      if ("closeAllConnections" in server) server.closeAllConnections();
    }, graceMs);
    deadline.unref();
    server.close((error) => {
      clearInterval(idleSweep);
      clearTimeout(deadline);
      if (error) reject(error);
      else resolve();
    });
  });
}
