import { ServiceStatus } from "../../components/service-status";
import { displayName } from "../../components/site-header";
import { requireUser } from "../../server/auth/require-user";

export default async function HomePage() {
  const user = await requireUser();
  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl leading-tight font-semibold text-fg">
          Welcome, {displayName(user)}
        </h1>
        <p className="text-lg text-fg-muted">
          Learners keep their profile, learning preferences, skills and goals here; organization
          administrators manage their users and invitations; the platform&apos;s other services use
          its REST API.
        </p>
      </header>
      <ServiceStatus />
    </div>
  );
}
