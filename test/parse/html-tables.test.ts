import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { htmlTableRows } from "../../src/parse/html-tables.js";

describe("tables written in HTML", () => {
  it("gives each row its cells' lines and its own place in the note", () => {
    const row =
      '<tr><td class="wiki"><p>Send the logs</p><p>and the dumps</p></td><td>Kim &amp; Ola</td></tr>';
    const note = [
      "# Sync",
      "",
      "<table>",
      "<tr><th>Action</th><th>Owner</th></tr>",
      row,
      "</table>",
      "",
    ].join("\n");
    const start = note.indexOf("<table>");
    const html = note.slice(start, note.indexOf("</table>") + "</table>".length);
    expect(htmlTableRows(html, { line: 3, column: 1, offset: start })).toEqual([
      {
        cells: [["Action"], ["Owner"]],
        header: true,
        source: {
          start: { line: 4, column: 1, offset: note.indexOf("<tr>") },
          end: { line: 4, column: 39, offset: note.indexOf("<tr>") + 38 },
        },
      },
      {
        cells: [["Send the logs", "and the dumps"], ["Kim & Ola"]],
        header: false,
        source: {
          start: { line: 5, column: 1, offset: note.lastIndexOf("<tr>") },
          end: { line: 5, column: 1 + row.length, offset: note.lastIndexOf("<tr>") + row.length },
        },
      },
    ]);
  });

  it("reads an HTML task table as a Markdown one, with owners and deadlines", () => {
    const minutes = parseMinutes(
      [
        "# Vendor sync 2026-03-04",
        "",
        "Attendees: Kim Lee, Ola Berg",
        "",
        "## Action items",
        "",
        "<table>",
        "<tr><th>Action</th><th>Owner</th><th>Due</th></tr>",
        "<tr><td><p>Send the firewall logs</p></td><td>Kim</td><td>Friday</td></tr>",
        "<tr><td>Patch the connector &amp; redeploy</td><td>Ola</td><td>2026-03-20</td></tr>",
        "</table>",
        "",
      ].join("\n"),
    );
    expect(
      minutes.actionItems.map((task) => [
        task.text,
        task.owners.map((owner) => owner.attendeeId),
        task.due,
        task.source.start.line,
      ]),
    ).toEqual([
      ["Send the firewall logs", ["kim-lee"], "2026-03-06", 9],
      ["Patch the connector & redeploy", ["ola-berg"], "2026-03-20", 10],
    ]);
  });

  it("reads nothing from HTML that holds no table, nor from a table left unclosed", () => {
    const minutes = parseMinutes(
      "# Sync\n\n<div><p>Send the logs</p></div>\n\n<table>\n<tr><td>Kim</td><td>Send the logs</td></tr>\n",
    );
    expect(minutes.actionItems).toEqual([]);
    expect(minutes.attendees).toEqual([]);
  });
});
