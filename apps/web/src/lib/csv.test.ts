import { describe, expect, it } from "vitest";

import { csvCell, csvRow } from "./csv";

describe("csvCell", () => {
  it("writes plain text, numbers and empty cells as they are", () => {
    expect(csvCell("Ada Lovelace")).toBe("Ada Lovelace");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell("")).toBe("");
  });

  it("quotes fields with commas, quotes, line breaks and edge spaces, doubling the quotes", () => {
    expect(csvCell("Lovelace, Ada")).toBe('"Lovelace, Ada"');
    expect(csvCell('the "skill"')).toBe('"the ""skill"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell(" padded")).toBe('" padded"');
    expect(csvCell("padded ")).toBe('"padded "');
  });

  it("keeps text that a spreadsheet would run as a formula from being one", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+33 1 23 45 67 89")).toBe("'+33 1 23 45 67 89");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1:A2)")).toBe("'@SUM(A1:A2)");
    expect(csvCell("\t=cmd")).toBe("'\t=cmd");
    // Guarded and quoted: the apostrophe goes inside the quotes.
    expect(csvCell('=HYPERLINK("http://x.example","click")')).toBe(
      '"\'=HYPERLINK(""http://x.example"",""click"")"',
    );
    // Only the first character matters.
    expect(csvCell("a=b")).toBe("a=b");
  });
});

describe("csvRow", () => {
  it("joins the cells with commas and ends the record with CRLF", () => {
    expect(csvRow(["a", "b,c", null, 1])).toBe('a,"b,c",,1\r\n');
  });
});
