import { describe, expect, it } from "vitest";

import { csvKindOf, formatBytes, pickJsonLinesFile, placeCsvFiles } from "./import-files";

const named = (name: string) => ({ name });

describe("csvKindOf", () => {
  it("recognises the export's file names, whatever their case, prefix or copy number", () => {
    expect(csvKindOf("users.csv")).toBe("users");
    expect(csvKindOf("Skills.CSV")).toBe("skills");
    expect(csvKindOf("northwind-goals.csv")).toBe("goals");
    expect(csvKindOf("Export_Activities (2).csv")).toBe("activities");
    expect(csvKindOf("learning-events.csv")).toBe("learning-events");
    expect(csvKindOf("Learning Events.csv")).toBe("learning-events");
    expect(csvKindOf("learning_events.csv")).toBe("learning-events");
  });

  it("names no kind for other names or other extensions", () => {
    expect(csvKindOf("people.csv")).toBeNull();
    expect(csvKindOf("superusers.csv")).toBeNull();
    expect(csvKindOf("users.jsonl")).toBeNull();
    expect(csvKindOf("users.xlsx")).toBeNull();
  });
});

describe("placeCsvFiles", () => {
  it("places files by name, replacing one of the same kind chosen before", () => {
    const first = placeCsvFiles({}, [named("users.csv"), named("skills.csv")]);
    expect(first.problems).toEqual([]);
    const second = placeCsvFiles(first.files, [named("users (1).csv")]);
    expect(second.files.users?.name).toBe("users (1).csv");
    expect(second.files.skills?.name).toBe("skills.csv");
  });

  it("refuses unknown names and two files of one kind at once, with reasons", () => {
    const placed = placeCsvFiles({}, [
      named("people.csv"),
      named("users.jsonl"),
      named("goals.csv"),
      named("old-goals.csv"),
    ]);
    expect(Object.keys(placed.files)).toEqual(["goals"]);
    expect(placed.problems).toEqual([
      "people.csv is not one of the import's files: name it users.csv, skills.csv, goals.csv, activities.csv, learning-events.csv.",
      "users.jsonl is a JSON Lines file: choose JSON Lines above to import it.",
      "goals.csv and old-goals.csv are both goals.csv: choose one.",
    ]);
  });
});

describe("pickJsonLinesFile", () => {
  it("takes one .jsonl file and explains anything else", () => {
    expect(pickJsonLinesFile([named("users.jsonl")])).toEqual({ file: named("users.jsonl") });
    expect(pickJsonLinesFile([named("export.ndjson")])).toEqual({ file: named("export.ndjson") });
    expect(pickJsonLinesFile([named("users.csv")])).toEqual({
      problem: "users.csv is a CSV file: choose CSV above to import it.",
    });
    expect(pickJsonLinesFile([named("a.jsonl"), named("b.jsonl")])).toHaveProperty("problem");
  });
});

describe("formatBytes", () => {
  it("writes sizes in bytes, KB and MB", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(812)).toBe("812 bytes");
    expect(formatBytes(66_048)).toBe("64.5 KB");
    expect(formatBytes(12_897_484)).toBe("12.3 MB");
  });
});
