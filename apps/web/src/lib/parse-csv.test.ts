import { describe, expect, it } from "vitest";

import { csvRow } from "./csv";
import { CsvError, parseCsv } from "./parse-csv";

describe("parseCsv", () => {
  it("reads fields and records, with CRLF, LF or CR line ends", () => {
    expect(parseCsv("a,b\r\nc,d\r\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseCsv("a,b\nc,d")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseCsv("a,b\rc,d\r")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("keeps empty fields, leading and trailing", () => {
    expect(parseCsv(",a,,\r\n")).toEqual([["", "a", "", ""]]);
  });

  it("reads quoted fields with commas, line breaks and doubled quotes", () => {
    expect(parseCsv('"Lovelace, Ada","say ""hi""","two\r\nlines"\r\nx,"",y')).toEqual([
      ["Lovelace, Ada", 'say "hi"', "two\r\nlines"],
      ["x", "", "y"],
    ]);
  });

  it("drops a UTF-8 byte order mark, so the first header is not misread", () => {
    expect(parseCsv("\uFEFFemail,role\r\nada@example.com,LEARNER")).toEqual([
      ["email", "role"],
      ["ada@example.com", "LEARNER"],
    ]);
  });

  it("skips blank lines but keeps a record of one quoted empty field", () => {
    expect(parseCsv("a\r\n\r\n\nb\r\n")).toEqual([["a"], ["b"]]);
    expect(parseCsv('""\r\n')).toEqual([[""]]);
  });

  it("reads nothing from an empty file", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\uFEFF")).toEqual([]);
  });

  it("refuses a quote inside an unquoted field, naming the line", () => {
    expect(() => parseCsv('a,b\r\nc,d"e"')).toThrow(CsvError);
    expect(() => parseCsv('a,b\r\nc,d"e"')).toThrow(/^Line 2: a quote inside/);
  });

  it("refuses text after a closing quote", () => {
    expect(() => parseCsv('"a"b,c')).toThrow(/^Line 1: text after the closing quote/);
  });

  it("refuses a quoted field that is never closed, naming the line it opened on", () => {
    expect(() => parseCsv('a\n"b\nc\nd')).toThrow(/^Line 2: a quoted field is never closed/);
  });

  it("counts lines inside quoted fields for later errors", () => {
    expect(() => parseCsv('"a\nb"\nc"')).toThrow(/^Line 3:/);
  });
});

describe("parseCsv and lib/csv", () => {
  it("read back what was written, quotes and line breaks included", () => {
    const records = [
      ["email", "reason"],
      ["ada@example.com", 'Already "here", sorry'],
      ["x@example.com", "line\r\nbreak"],
    ];
    const text = records.map((record) => csvRow(record)).join("");
    expect(parseCsv(text)).toEqual(records);
  });
});

describe("parseCsv of a file's beginning", () => {
  it("leaves out the last record, which the cut may have split", () => {
    expect(parseCsv("a,b\r\nc,d\r\ne,f", { truncated: true })).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseCsv("a,b\r\nc,d\r\n", { truncated: true })).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("takes a quoted field cut open as the end, not as an error", () => {
    expect(parseCsv('a,b\r\nc,"line\r\nbreak', { truncated: true })).toEqual([["a", "b"]]);
  });

  it("still refuses what no cut explains", () => {
    expect(() => parseCsv('a,b\r\nc,d"e"\r\nf', { truncated: true })).toThrow(CsvError);
  });
});
