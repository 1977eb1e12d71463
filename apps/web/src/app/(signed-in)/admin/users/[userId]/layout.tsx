import { loadUser } from "./load-user";

/**
 * Reads the user before anything is sent: the page's loading.tsx streams its fallback with a 200
 * at once, so a not-found answered from the page itself would arrive with a 200 too. Above that
 * boundary, an unknown or foreign id is a real 404.
 */
export default async function AdminUserLayout({
  children,
  params,
}: LayoutProps<"/admin/users/[userId]">) {
  await loadUser((await params).userId);
  return children;
}
