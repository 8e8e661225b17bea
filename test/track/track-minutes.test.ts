import { describe, expect, it } from "vitest";
import { parseMinutes, trackingSchema, trackMinutes } from "../../src/index.js";
import { readSeries, SERIES_FILES } from "./series-notes.js";

const NOW = "2026-04-16";

function tracked() {
  const tracking = trackMinutes(readSeries(), { now: NOW });
  const series = tracking.series[0]!;
  const byId = new Map(series.tasks.map((task) => [task.id, task]));
  return { tracking, series, byId };
}

const note = (day: string) => SERIES_FILES.find((file) => file.startsWith(`2026-04-${day}`))!;

describe("trackMinutes over the Kestrel Maritime series", () => {
  it("reads `series:` from front matter, and leaves it out of a note without one", () => {
    expect(parseMinutes("---\nseries: kestrel-sync-outage\n---\n# Sync\n").series).toBe(
      "kestrel-sync-outage",
    );
    expect("series" in parseMinutes("# Sync\n")).toBe(false);
  });

  it("groups the four notes into one series, in meeting order, whatever order they came in", () => {
    const { tracking, series } = tracked();
    expect(trackingSchema.parse(tracking)).toEqual(tracking);
    expect(tracking.series).toHaveLength(1);
    expect([series.name, series.by]).toEqual(["kestrel-sync-outage", "series"]);
    expect(series.notes.map((each) => each.date)).toEqual([
      "2026-04-06",
      "2026-04-08",
      "2026-04-10",
      "2026-04-15",
    ]);
    const reversed = trackMinutes(readSeries().reverse(), { now: NOW });
    expect(reversed).toEqual(tracking);
    expect(tracking.diagnostics).toEqual([]);
  });

  it("gives every state and flag: done, open, dropped, overdue, slipped twice", () => {
    const { series } = tracked();
    expect(
      series.tasks.map(({ id, state, overdue, slips, doneIn }) => [
        id,
        state,
        overdue,
        slips,
        doneIn?.date ?? null,
      ]),
    ).toEqual([
      ["ship-fix", "done", false, 0, "2026-04-08"],
      ["send-incident-timeline-ingrid-4810", "open", true, 2, null],
      ["set-shared-dashboard-sync-c384", "done", false, 1, "2026-04-15"],
      ["draft-service-credit-proposal-11a1", "dropped", false, 0, null],
      ["review-sync-error-logs-ddc4", "done", false, 0, "2026-04-08"],
      ["review-sync-retry-settings-a64c", "open", true, 0, null],
      ["book-renewal-review-ingrid-772a", "open", false, 0, null],
    ]);
  });

  it("links by block id, by the same text, and by similarity with its score", () => {
    const { byId } = tracked();
    const links = (id: string) =>
      byId.get(id)!.history.map(({ date, link, score }) => [date, link, score]);
    expect(links("ship-fix")).toEqual([
      ["2026-04-06", "first", null],
      ["2026-04-08", "text", null],
      ["2026-04-15", "block-id", null],
    ]);
    expect(links("send-incident-timeline-ingrid-4810")).toEqual([
      ["2026-04-06", "first", null],
      ["2026-04-08", "text", null],
      ["2026-04-10", "similar", 0.9],
      ["2026-04-15", "text", null],
    ]);
    expect(links("set-shared-dashboard-sync-c384")[1]).toEqual(["2026-04-08", "similar", 0.86]);
  });

  it("does not link two tasks whose words overlap: the error logs and the retry settings", () => {
    const { byId } = tracked();
    const logs = byId.get("review-sync-error-logs-ddc4")!;
    const retry = byId.get("review-sync-retry-settings-a64c")!;
    expect(logs.history.map((entry) => entry.file)).toEqual([note("06"), note("08")]);
    expect(retry.history.map((entry) => entry.file)).toEqual([note("10"), note("15")]);
    expect(retry.history[0]!.link).toBe("first");
  });

  it("shows each move of a slipped deadline in the history, and the note where it was last seen", () => {
    const { byId } = tracked();
    const timeline = byId.get("send-incident-timeline-ingrid-4810")!;
    expect(timeline.history.map((entry) => entry.due)).toEqual([
      "2026-04-08",
      "2026-04-10",
      "2026-04-14",
      "2026-04-14",
    ]);
    expect(timeline.firstSeen).toEqual({ file: note("06"), date: "2026-04-06" });
    expect(timeline.lastSeen).toEqual({ file: note("15"), date: "2026-04-15" });
    expect(timeline.owners).toEqual(["Beatriz Costa"]);
    expect(timeline.text).toBe("Send the incident timeline to Ingrid");
    expect(timeline.history.at(-1)!.source.start.line).toBe(17);
  });

  it("judges overdue only with `now`, and only for open tasks", () => {
    const without = trackMinutes(readSeries());
    expect(without.series[0]!.tasks.some((task) => task.overdue)).toBe(false);
    const early = trackMinutes(readSeries(), { now: "2026-04-14" });
    expect(early.series[0]!.tasks.filter((task) => task.overdue).map((task) => task.id)).toEqual([
      "review-sync-retry-settings-a64c",
    ]);
  });

  it("never links two tasks of one note to one tracked task", () => {
    const twice = parseMinutes(
      "---\ndate: 2026-04-20\nseries: s\n---\n# Sync\n\n## Action items\n\n- [ ] Dana: send the invoice\n- [ ] Dana: send the invoices\n",
    );
    const once = parseMinutes(
      "---\ndate: 2026-04-13\nseries: s\n---\n# Sync\n\n## Action items\n\n- [ ] Dana: send the invoice\n",
    );
    const { tasks } = trackMinutes([
      { file: "a.md", minutes: once },
      { file: "b.md", minutes: twice },
    ]).series[0]!;
    expect(tasks.map((task) => task.history.map(({ file, link }) => [file, link]))).toEqual([
      [
        ["a.md", "first"],
        ["b.md", "text"],
      ],
      [["b.md", "first"]],
    ]);
  });
});

describe("series", () => {
  const dated = (date: string | null, extra = "") =>
    parseMinutes(`---\n${date ? `date: ${date}\n` : ""}${extra}---\n# Sync\n`);

  it("groups by customer when no note names a series, and alone when neither is given", () => {
    const tracking = trackMinutes([
      { file: "b.md", minutes: dated("2026-01-02", "customer: Kestrel Maritime\n") },
      { file: "a.md", minutes: dated("2026-01-01", "customer: kestrel maritime\n") },
      { file: "c.md", minutes: dated("2026-01-01") },
    ]);
    expect(
      tracking.series.map(({ name, by, notes }) => [name, by, notes.map((n) => n.file)]),
    ).toEqual([
      ["Kestrel Maritime", "customer", ["a.md", "b.md"]],
      ["c.md", "note", ["c.md"]],
    ]);
  });

  it("puts every note in one series with the `series` option, and reports a note without a date", () => {
    const tracking = trackMinutes(
      [
        { file: "z.md", minutes: dated(null) },
        { file: "b.md", minutes: dated("2026-01-02", "customer: One\n") },
        { file: "a.md", minutes: dated(null) },
      ],
      { series: "all" },
    );
    expect(
      tracking.series.map(({ name, by, notes }) => [name, by, notes.map((n) => n.file)]),
    ).toEqual([["all", "option", ["b.md", "a.md", "z.md"]]]);
    expect(tracking.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ["no-meeting-date", "z.md"],
      ["no-meeting-date", "a.md"],
    ]);
  });

  it("refuses a wrong option with a message naming it", () => {
    expect(() => trackMinutes([], { now: "Friday" })).toThrow(/option "now"/);
    expect(() => trackMinutes([], { series: " " })).toThrow(/option "series"/);
  });
});
