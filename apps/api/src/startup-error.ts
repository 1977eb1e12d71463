/** A start-up failure the user can fix; its message says how, so it is printed without a stack. */
export class StartupError extends Error {
  override name = "StartupError";
}
