import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import { acquireEmbeddedServer, type EmbeddedLease } from "./embedded-server";

// Each test gets its own server folder: nothing here touches the shared server of the other tests.
const folders: string[] = [];
const clusters = new Set<string>();
afterAll(() => {
  for (const dir of [...folders, ...clusters]) rmSync(dir, { recursive: true, force: true });
});

function newFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ums-embedded-test-"));
  folders.push(dir);
  return dir;
}

async function acquire(dir: string): Promise<EmbeddedLease> {
  const lease = await acquireEmbeddedServer(dir);
  clusters.add(lease.clusterDir);
  return lease;
}

async function query(url: string, sql: string): Promise<pg.QueryResult<Record<string, unknown>>> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

const answers = (url: string) =>
  query(url, "SELECT 1").then(
    () => true,
    () => false,
  );

/** Starts the helper that holds a lease; resolves with the port it reports. */
function holder(dir: string): { child: ChildProcessWithoutNullStreams; port: Promise<number> } {
  const script = fileURLToPath(new URL("./fixtures/hold-embedded-server.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, dir]);
  const lines = createInterface({ input: child.stdout });
  const port = new Promise<number>((resolve, reject) => {
    lines.once("line", (line) => {
      resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once("exit", (code) => {
      reject(new Error(`holder exited with ${code}`));
    });
  });
  return { child, port };
}

function exited(child: ChildProcessWithoutNullStreams): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else
      child.once("exit", () => {
        resolve();
      });
  });
}

describe("embedded PostgreSQL", () => {
  it("starts in an empty folder and stops when the last lease is released", async () => {
    const lease = await acquire(newFolder());
    const url = lease.url("postgres");
    const version = await query(url, "SHOW server_version_num");
    expect(Number(version.rows[0]?.server_version_num)).toBeGreaterThanOrEqual(180_000);

    lease.release();
    expect(await answers(url)).toBe(false);
    expect(existsSync(path.join(lease.clusterDir, "postmaster.pid"))).toBe(false);
  });

  it("reuses an existing data folder, keeping its data", async () => {
    const dir = newFolder();
    const first = await acquire(dir);
    await query(
      first.url("postgres"),
      "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')",
    );
    first.release();

    const second = await acquire(dir);
    expect(second.clusterDir).toBe(first.clusterDir);
    const rows = await query(second.url("postgres"), "SELECT note FROM kept");
    expect(rows.rows).toEqual([{ note: "still here" }]);
    second.release();
  });

  it("is started once for processes started together, and stopped by the last to leave", async () => {
    const dir = newFolder();
    const holders = [holder(dir), holder(dir), holder(dir)];
    const ports = await Promise.all(holders.map((h) => h.port));
    expect(new Set(ports).size).toBe(1);

    const lease = await acquire(dir); // joins too; its URL carries the password
    const url = lease.url("postgres");
    const servers = await query(
      url,
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'checkpointer'",
    );
    expect(servers.rows[0]?.n).toBe(1);
    lease.release();

    for (const [index, h] of holders.entries()) {
      expect(await answers(url), `server up before holder ${index} leaves`).toBe(true);
      h.child.stdin.write("release\n");
      await exited(h.child);
    }
    expect(await answers(url)).toBe(false);
  });

  it("recovers from a holder killed outright: its lease is ignored and the server still stops", async () => {
    const dir = newFolder();
    const killed = holder(dir);
    await killed.port;
    killed.child.kill("SIGKILL");
    await exited(killed.child);

    const lease = await acquire(dir); // reuses the server the killed process left running
    const url = lease.url("postgres");
    expect(await answers(url)).toBe(true);
    lease.release();
    expect(await answers(url)).toBe(false);
  });
});
