import { Readable } from "node:stream";

import { describe, expect, it } from "vitest";

import { csvRow } from "./csv";
import { CsvSyntaxError, readCsvRecords } from "./read-csv";

/** The records of `chunks` read as one stream (chunks split anywhere, as a file's are). */
async function read(...chunks: (string | Buffer)[]) {
  const records: { line: number; fields: string[] }[] = [];
  for await (const { line, fields } of readCsvRecords(Readable.from(chunks))) {
    records.push({ line, fields });
  }
  return records;
}

describe("readCsvRecords", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, and CRLF or LF ends", async () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\nplain,,last\r\n';
    expect(await read(text)).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["x, y", 'say "hi"', "two\r\nlines"] },
      { line: 4, fields: ["plain", "", "last"] },
    ]);
  });

  it("gives the same records however the stream is cut (a CRLF, a quote, a UTF-8 character split)", async () => {
    const text = 'name,city\r\n"Zoë ""Z""",Zürich\r\nÅsa,"Malmö\r\n"\r\n';
    const whole = await read(text);
    const bytes = Buffer.from(text);
    for (let cut = 1; cut < bytes.length; cut += 1) {
      expect(await read(bytes.subarray(0, cut), bytes.subarray(cut))).toEqual(whole);
    }
    expect(whole[1]?.fields).toEqual(['Zoë "Z"', "Zürich"]);
  });

  it("drops a byte order mark, skips blank lines, and reads a last record without a line end", async () => {
    expect(await read("\uFEFFemail\r\n\r\nana@example.com\n\nben@example.com")).toEqual([
      { line: 1, fields: ["email"] },
      { line: 3, fields: ["ana@example.com"] },
      { line: 5, fields: ["ben@example.com"] },
    ]);
  });

  it("reads back what the writer writes", async () => {
    const rows = [
      ["=1+1", " padded ", 'quote "in"', "multi\nline"],
      ["", "plain", "ünïcödé", "comma,comma"],
    ];
    const text = rows.map((row) => csvRow(row, { guardFormulas: false })).join("");
    expect((await read(text)).map((record) => record.fields)).toEqual(rows);
  });

  it("names the line where an unclosed quoted field began", async () => {
    await expect(read('a,b\n1,"open\nstill open\n')).rejects.toThrow(CsvSyntaxError);
    await expect(read('a,b\n1,"open\nstill open\n')).rejects.toThrow(
      "line 2: a quoted field is not closed",
    );
  });
});
