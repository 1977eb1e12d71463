/** The longest slug the API takes (organizationSlug: 1-63 characters). */
const maxSlugLength = 63;

/**
 * A slug for an organization's name, in the form the API takes: lowercase letters, digits and
 * single hyphens, no hyphen at either end ("Café Zürich & Co." → "cafe-zurich-co"). Accents are
 * dropped rather than the letters that carry them; empty when the name has no letter or digit.
 */
export function suggestSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, maxSlugLength)
    .replace(/-+$/, "");
}
