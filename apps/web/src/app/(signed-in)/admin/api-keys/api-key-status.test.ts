import { describe, expect, it } from "vitest";

import { apiKeyStatus, type ApiKey } from "./api-key-status";

const key = (fields: Partial<ApiKey>): ApiKey => ({
  id: "6f1e4b7a-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
  name: "Reporting",
  prefix: "ums_abcdefgh",
  scopes: ["users:read"],
  organization_id: null,
  created_by: null,
  last_used_at: null,
  expires_at: null,
  revoked_at: null,
  created_at: "2026-01-01T00:00:00.000Z",
  ...fields,
});

const now = "2026-06-01T12:00:00.000Z";

describe("apiKeyStatus", () => {
  it("is active without expiry, or before it", () => {
    expect(apiKeyStatus(key({}), now)).toBe("ACTIVE");
    expect(apiKeyStatus(key({ expires_at: "2026-06-01T12:00:01.000Z" }), now)).toBe("ACTIVE");
  });

  it("is expired from the moment of its expiry on", () => {
    expect(apiKeyStatus(key({ expires_at: now }), now)).toBe("EXPIRED");
  });

  it("is revoked whatever its expiry", () => {
    expect(
      apiKeyStatus(key({ revoked_at: now, expires_at: "2025-01-01T00:00:00.000Z" }), now),
    ).toBe("REVOKED");
  });
});
