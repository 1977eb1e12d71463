import type { ActivityItem } from "./activity-sentence";

const deviceNames: Record<string, string> = {
  desktop: "a computer",
  mobile: "a phone",
  tablet: "a tablet",
  bot: "an automated client",
};

/** The address an entry came from; an IPv4 address seen on an IPv6 socket reads as itself. */
export function ipAddressOf(item: Pick<ActivityItem, "ip_address">): string | null {
  return item.ip_address === null ? null : item.ip_address.replace(/^::ffff:(?=\d+\.)/, "");
}

/** "On a computer, from 198.51.100.7": where the entry came from, when it was recorded. */
export function contextOf(item: Pick<ActivityItem, "device_type" | "ip_address">): string | null {
  const device = item.device_type === null ? undefined : deviceNames[item.device_type];
  const ip = ipAddressOf(item);
  const parts = [
    device === undefined ? null : `on ${device}`,
    ip === null ? null : `from ${ip}`,
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  const sentence = parts.join(", ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
}

/** Who did what an entry records. */
export type ActivityDoer =
  | { kind: "person"; id: string; name: string; email: string }
  | { kind: "self" }
  | { kind: "apiKey" }
  | { kind: "system"; job: string };

/**
 * Who did it: the actor (someone else, usually an administrator); else a service through an API
 * key (`activity_data.api_key_id`) or a scheduled job (`activity_data.by`), which the activity
 * service records in the entry's data; else the person themself.
 */
export function doerOf(item: ActivityItem): ActivityDoer {
  if (item.actor !== null) {
    const name = `${item.actor.first_name} ${item.actor.last_name}`.trim() || item.actor.email;
    return { kind: "person", id: item.actor.id, name, email: item.actor.email };
  }
  const data = item.activity_data;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const fields = data as Record<string, unknown>;
    if (typeof fields.api_key_id === "string") return { kind: "apiKey" };
    if (typeof fields.by === "string") return { kind: "system", job: fields.by };
  }
  return { kind: "self" };
}

/** The doer in words: "Olivia Chen", "themself", "an API key", "the system". */
export function doerLabel(doer: ActivityDoer): string {
  switch (doer.kind) {
    case "person":
      return doer.name;
    case "self":
      return "themself";
    case "apiKey":
      return "an API key";
    case "system":
      return "the system";
  }
}
