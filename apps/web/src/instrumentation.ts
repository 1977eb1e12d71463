/** Runs once as the server starts, before it takes requests. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { refuseToStartWithoutSecrets } = await import("./server/startup-checks");
    refuseToStartWithoutSecrets();
  }
}
