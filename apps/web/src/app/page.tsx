import { ServiceStatus } from "../components/service-status";

// Rendered per request: the status line is read from the database, never from the build.
export const dynamic = "force-dynamic";

export default function HomePage() {
  return (
    <main className="page">
      <header>
        <h1>User Management Service</h1>
        <p className="lead">
          Learners keep their profile, learning preferences, skills and goals here; organization
          administrators manage their users and invitations; the platform&apos;s other services use
          its REST API.
        </p>
      </header>
      <ServiceStatus />
    </main>
  );
}
