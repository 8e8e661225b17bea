import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { textAndOwners } from "../helpers/owners.js";

const header =
  "# Orchard app weekly\n\nDate: 2026-06-03\nAttendees: Hollis Varga, Sunniva Okafor, Ruben Castell\n\n";

function tasks(body: string): Array<[string, string[]]> {
  return textAndOwners(parseMinutes(header + body).actionItems);
}

describe("work given in a bracket closing a topic", () => {
  it("reads who the bracket names, in lower case too when one of them is an attendee", () => {
    expect(
      tasks(
        [
          "## New business",
          "",
          "1. Coordinate the backlog",
          "   * Settings page cleanup (Hollis to work off the design board)",
          "   * Offline sync (sunniva and jb to pair on the conflict rules)",
          "   * Crash reporting (ruben in flight, hollis to review)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Settings page cleanup (Hollis to work off the design board)", ["hollis-varga"]],
      [
        "Offline sync (Sunniva and Jb to pair on the conflict rules)",
        ["sunniva-okafor", "person:Jb"],
      ],
      ["Crash reporting (Hollis to review)", ["hollis-varga"]],
    ]);
  });

  it("reads no task in a bracket that names no attendee or gives no work", () => {
    expect(
      tasks(
        [
          "## New business",
          "",
          "- Release freeze (due to the store review)",
          "- Pricing page (hard to say when)",
          "- Map tiles (mk and jb to look at it)",
          "- Onboarding flow (Sunniva out next week)",
          "- Theme colours (up to date)",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });

  // Backtracking over a long bracket would run for minutes and meet the timeout; how fast it is
  // read is measured by the benchmarks, not here.
  it("reads a long bracket of names as no work", { timeout: 10_000 }, () => {
    expect(
      tasks(`## Notes\n\n- ${"topic ".repeat(5_000)}(${"hollis and ".repeat(5_000)})\n`),
    ).toEqual([]);
  });
});

describe("a bracket that names the owner and a helper, or notes on the owner", () => {
  it("gives the work to the owner, not to who helps, and reads a note inside a square lead", () => {
    expect(
      tasks(
        [
          "## Action items",
          "",
          "- Move the sign-up form to the new host (Hollis, with help from Ruben)",
          "- Reprint the price labels (Sunniva supported by Ruben)",
          "- [RC (to get it started)] Draft the picking rota",
          "- Check the cider press (with help from Ruben)",
          "- Order crates (compatible with the old racks)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Move the sign-up form to the new host (with help from Ruben)", ["hollis-varga"]],
      ["Reprint the price labels (supported by Ruben)", ["sunniva-okafor"]],
      ["Draft the picking rota", ["ruben-castell"]],
      ["Check the cider press (with help from Ruben)", []],
      ["Order crates (compatible with the old racks)", []],
    ]);
  });
});

describe("a bracket that gives the deadline before the owners", () => {
  it("gives the work to the names at its end and keeps the deadline, and a place is no deadline", () => {
    const minutes = parseMinutes(
      `${header}## Action items\n\n- Book the cider press (due 14 June, Hollis)\n- Print the flyers (by Friday; Sunniva, Ruben)\n- Collect the crates (Leeds, Ruben)\n`,
    );
    expect(textAndOwners(minutes.actionItems)).toEqual([
      ["Book the cider press", ["hollis-varga"]],
      ["Print the flyers", ["sunniva-okafor", "ruben-castell"]],
      ["Collect the crates (Leeds, Ruben)", []],
    ]);
    expect(minutes.actionItems.map((task) => task.due)).toEqual(["2026-06-14", "2026-06-05", null]);
  });
});

describe("a topic's label before work closed by who takes it", () => {
  it("reads the work after the label, an order or a plan, and not a state of things", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- #412 - will check the cache headers (Ruben)",
          "- Offline sync - pair on the conflict rules (Sunniva, Hollis)",
          "- Crash reporting - the numbers are fine (Ruben)",
          "- Settings page - will be slow for a while (Hollis)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["#412 - will check the cache headers", ["ruben-castell"]],
      ["Offline sync - pair on the conflict rules", ["sunniva-okafor", "hollis-varga"]],
    ]);
  });
});

describe("a thing to be done, closed by who does it", () => {
  it("reads work written in the passive as the work of the attendee named after it", () => {
    expect(
      tasks(
        [
          "## Discussion",
          "",
          "- Accounts to be created by Friday (Ruben).",
          "- Wiki needs to be updated — Sunniva",
          "- The release notes have to be written (Hollis, Ruben)",
          "- The server was updated on Friday (Ruben).",
          "- Everyone to be honest in the retro (Hollis)",
          "- The budget to be approved by the board (Kim)",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Accounts to be created by Friday", ["ruben-castell"]],
      ["Wiki needs to be updated", ["sunniva-okafor"]],
      ["The release notes have to be written", ["hollis-varga", "ruben-castell"]],
    ]);
  });
});

describe("a closing bracket of names and a day", () => {
  const dated = (body: string) =>
    parseMinutes(header + body).actionItems.map((task) => [
      task.text,
      task.owners.map((owner) => owner.attendeeId),
      task.due,
    ]);

  it("gives a thing named in a few words to whom it names, by that day", () => {
    expect(
      dated("## Notes\n\n- DNS cleanup (Ruben, next Tue)\n- Store listing copy (hollis, 6/12)\n"),
    ).toEqual([
      ["DNS cleanup", ["ruben-castell"], "2026-06-09"],
      ["Store listing copy", ["hollis-varga"], "2026-06-12"],
    ]);
  });

  it("gives the order after a remark and a comma to whom it names", () => {
    expect(
      dated("## Notes\n\n- The cert expires Friday, renew the cert (Sunniva, tomorrow)\n"),
    ).toEqual([["renew the cert", ["sunniva-okafor"], "2026-06-04"]]);
  });

  it("reads no work from a thing with names and no day, nor from a remark with no order", () => {
    expect(
      dated(
        "## Notes\n\n- DNS cleanup (Ruben)\n- Ruben presented, thanks all (Hollis)\n- The build broke, we talked (Sunniva)\n",
      ),
    ).toEqual([]);
  });
});
