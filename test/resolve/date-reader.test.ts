import { describe, expect, it } from "vitest";
import { readDates } from "../../src/resolve/date-reader.js";
import { readStatedDate } from "../../src/resolve/meeting-time.js";
import type { PhraseContext } from "../../src/resolve/phrase-words.js";

// A Thursday, 14:00.
const meeting: PhraseContext = {
  reference: { date: "2026-03-05", time: "14:00" },
  dateOrder: "MDY",
};
const noDate: PhraseContext = { reference: null, dateOrder: "MDY" };

const read = (text: string, context: PhraseContext = meeting) =>
  readDates(text, context).map(({ parser, text, due, implied }) => ({
    parser,
    text,
    due,
    implied,
  }));

describe("one date reader", () => {
  it("records what the words left out", () => {
    expect(read("send the deck by Oct 17")).toEqual([
      { parser: "chrono", text: "Oct 17", due: "2026-10-17", implied: ["year"] },
    ]);
    expect(read("send the deck EOD")).toEqual([
      { parser: "end-of-day", text: "EOD", due: "2026-03-05T17:00", implied: ["time"] },
    ]);
    expect(read("send the deck by 10/17/2026")).toEqual([
      { parser: "numeric-date", text: "10/17/2026", due: "2026-10-17", implied: [] },
    ]);
    // Three days before the meeting: that day, overdue, not a year ahead.
    expect(read("send the deck by 3/2")).toEqual([
      { parser: "numeric-date", text: "3/2", due: "2026-03-02", implied: ["year"] },
    ]);
    expect(read("send the deck by Mar 2")).toEqual([
      { parser: "chrono", text: "Mar 2", due: "2026-03-02", implied: ["year"] },
    ]);
  });

  it("reads a day written with a weekday and no year in the year whose day it is", () => {
    // 2026-03-03 is a Tuesday, two days before the meeting; 2027-03-03, a year off, is a
    // Wednesday: too far to be what the weekday means, so the day stands and the clash is said.
    expect(read("sent on Tuesday, March 3")[0]).toMatchObject({ due: "2026-03-03" });
    const slipped = readDates("due Wednesday, March 3", meeting)[0];
    expect(slipped).toMatchObject({ due: "2026-03-03" });
    expect(slipped?.ambiguity).toMatch(/is not a wednesday/i);
  });

  it("lets our parsers win over chrono's reading of the same words", () => {
    expect(read("restore service within 24 hours")).toEqual([
      { parser: "within-span", text: "within 24 hours", due: "2026-03-06T14:00", implied: [] },
    ]);
    expect(read("ship EOD Friday")).toEqual([
      { parser: "end-of-day", text: "EOD Friday", due: "2026-03-06T17:00", implied: ["time"] },
    ]);
  });

  it("reads 'end of business' and 'end of play' as the close of that working day", () => {
    expect(read("send the figures by end of business")).toEqual([
      { parser: "end-of-day", text: "end of business", due: "2026-03-05T17:00", implied: ["time"] },
    ]);
    expect(read("file the claim by end of play Friday").map((reading) => reading.due)).toEqual([
      "2026-03-06T17:00",
    ]);
    // Without a word that asks for it by then, the play is a play.
    expect(read("we talked about the end of play in chess")).toEqual([]);
    expect(read("file the claim EOP Fri").map((reading) => reading.due)).toEqual([
      "2026-03-06T17:00",
    ]);
  });

  it("reads a zone or a comma between a close of day and its day as part of that deadline", () => {
    // The meeting is Thursday 2026-03-05.
    const dues = (text: string) => read(text).map((reading) => [reading.text, reading.due]);
    expect(dues("post the fix EOD PT tomorrow")).toEqual([["EOD PT tomorrow", "2026-03-06T17:00"]]);
    expect(dues("post the fix by end of day (CET) Monday")).toEqual([
      ["end of day (CET) Monday", "2026-03-09T17:00"],
    ]);
    expect(dues("post the fix by EOD, Friday")).toEqual([["EOD, Friday", "2026-03-06T17:00"]]);
    // "on" before the day, and "close of day" as the close.
    expect(dues("post the fix by end of day on Friday")).toEqual([
      ["end of day on Friday", "2026-03-06T17:00"],
    ]);
    expect(dues("post the fix by close of day Tuesday")).toEqual([
      ["close of day Tuesday", "2026-03-10T17:00"],
    ]);
    expect(dues("post the fix by close of day")).toEqual([["close of day", "2026-03-05T17:00"]]);
    // A word that is no zone ends the deadline: the day after it is another date.
    expect(dues("post the fix EOD for Tamsin, and Monday the rest")[0]).toEqual([
      "EOD",
      "2026-03-05T17:00",
    ]);
  });

  it("reads a calendar week as the Friday it ends on, and 'at the latest' as a deadline's cue", () => {
    // The meeting is in ISO week 10 of 2026 (Monday 2 March).
    expect(read("update the roadmap - KW11")).toEqual([
      { parser: "calendar-week", text: "KW11", due: "2026-03-13", implied: ["year"] },
    ]);
    expect(read("by CW 10").map((reading) => reading.due)).toEqual(["2026-03-06"]);
    expect(read("ship in calendar week 2").map((reading) => reading.due)).toEqual(["2027-01-15"]);
    expect(read("plan for 2026-W20").map((reading) => reading.due)).toEqual(["2026-05-15"]);
    expect(read("in week 12 of the project")).toEqual([]);
    // "W12" alone is a week only where a deadline is written: all of a cell, or after its word.
    expect(read("W12").map((reading) => reading.due)).toEqual(["2026-03-20"]);
    expect(read("ship it by W12").map((reading) => reading.due)).toEqual(["2026-03-20"]);
    expect(read("upgrade the W10 laptops")).toEqual([]);
    expect(read("fill in the W2 forms by W12").map((reading) => reading.text)).toEqual(["W12"]);
    expect(read("clarify it, ASAP but at the latest 14.03.").map((reading) => reading.due)).toEqual(
      ["2026-03-14"],
    );
  });

  it("reads the German words of a day and a period as their English counterparts", () => {
    // The meeting is Thursday 5 March 2026.
    const dues = (text: string) => read(text).map(({ parser, due }) => [parser, due]);
    expect(dues("Angebot schicken bis morgen")).toEqual([["german-day", "2026-03-06"]]);
    expect(dues("bis übermorgen")).toEqual([["german-day", "2026-03-07"]]);
    expect(dues("Bericht bis Freitag 12 Uhr")).toEqual([["german-day", "2026-03-06T12:00"]]);
    expect(dues("am Montag um 9:30 unterschreiben")).toEqual([["german-day", "2026-03-09T09:30"]]);
    expect(dues("bis nächsten Mittwoch")).toEqual([["german-day", "2026-03-11"]]);
    expect(dues("bis Ende nächster Woche")).toEqual([["german-period", "2026-03-13T17:00"]]);
    expect(dues("bis Ende der Woche")).toEqual([["german-period", "2026-03-06T17:00"]]);
    expect(dues("Anfang nächster Woche")).toEqual([["german-period", "2026-03-09"]]);
    expect(dues("diese Woche")).toEqual([["german-period", "2026-03-06"]]);
    expect(dues("bis Ende des Monats")).toEqual([["german-period", "2026-03-31"]]);
    expect(dues("Mitte des nächsten Monats")).toEqual([["german-period", "2026-04-15"]]);
    // The morning, a past day, and a word that only holds a day's name are no deadline.
    expect(dues("Folien für die Morgen-Runde")).toEqual([]);
    expect(dues("am Morgen besprochen")).toEqual([]);
    expect(dues("seit letzten Freitag kaputt")).toEqual([]);
    expect(dues("Montagsrunde verschieben")).toEqual([]);
  });

  it("reads a weekday that says which meeting or release ('the Wednesday sync') as no date", () => {
    expect(read("move the Wednesday sync to async updates")).toEqual([]);
    expect(read("cancel our Friday standup for good")).toEqual([]);
    // An indefinite article, or one word between, says the same.
    expect(read("propose a no-meeting Wednesday trial")).toEqual([]);
    expect(read("keep the weekly Friday sync short")).toEqual([]);
    expect(read("book a Tuesday slot for the demo")).toEqual([]);
    // Any one of the days, whatever part of it: "a", "any", "some" before the day.
    expect(read("propose a no-meeting Wednesday afternoon")).toEqual([]);
    expect(read("find a Friday that suits everyone")).toEqual([]);
    expect(read("pick any Monday morning")).toEqual([]);
    expect(read("plan some Saturday lunch venues")).toEqual([]);
    // An article before a noun before the day leaves the day its own.
    expect(read("schedule a call Friday").map((reading) => reading.due)).toEqual(["2026-03-06"]);
    // After a cue, or on its own, the weekday is the day.
    expect(read("demo it by the Friday review").map((reading) => reading.due)).toEqual([
      "2026-03-06",
    ]);
    expect(read("send it Friday").map((reading) => reading.due)).toEqual(["2026-03-06"]);
    expect(read("on the Monday morning").map((reading) => reading.due)).toEqual(["2026-03-09"]);
  });

  it("reads a weekday before meetings in the plural ('Friday calls') as the meetings held that day", () => {
    expect(read("see if we really hold Friday calls")).toEqual([]);
    expect(read("Monday stand-ups run long, shorten them")).toEqual([]);
    expect(read("move the Tuesday syncs to the morning")).toEqual([]);
    // One meeting, or the day on its own, is a day.
    expect(read("bring it to Friday's call").map((reading) => reading.due)).toEqual(["2026-03-06"]);
    expect(read("hold the calls on Friday").map((reading) => reading.due)).toEqual(["2026-03-06"]);
  });

  it("reads a date written after a part of the day, which chrono's merge loses", () => {
    expect(read("as agreed on the call this morning (Tuesday 14 April 2026)")).toEqual([
      { parser: "chrono", text: "Tuesday 14 April 2026", due: "2026-04-14", implied: [] },
    ]);
    expect(read("send it this afternoon, March 9")).toEqual([
      { parser: "chrono", text: "March 9", due: "2026-03-09", implied: ["year"] },
    ]);
    expect(
      readStatedDate("Thanks for joining the call this morning, 14 April 2026.", null),
    ).toEqual({
      date: "2026-04-14",
      time: null,
    });
    // "today" beside the written date: the date is stated, though "today" has nothing to count from.
    expect(
      readStatedDate("Thanks for the time today (Tue 17 Nov 2026). Recap below.", null),
    ).toEqual({
      date: "2026-11-17",
      time: null,
    });
    expect(readStatedDate("Thanks for the call today, 17 Nov 2026.", null)?.date).toBe(
      "2026-11-17",
    );
    expect(readStatedDate("Thanks for the call today.", null)).toBeNull();
    // A part of the day with no date after it stays the meeting's own moment, no deadline.
    expect(read("as discussed this morning")).toEqual([]);
    expect(read("the deploy was fixed this morning")).toEqual([]);
    // With work still to do in its clause, the meeting's own morning.
    expect(read("Tallis will send the credentials this morning")).toEqual([
      { parser: "this-morning-ahead", text: "this morning", due: "2026-03-05", implied: [] },
    ]);
    expect(read("I'll check the logs this morning").map((reading) => reading.due)).toEqual([
      "2026-03-05",
    ]);
    expect(read("send it tonight")).toEqual([
      { parser: "chrono", text: "tonight", due: "2026-03-05", implied: [] },
    ]);
    // "this afternoon" and "this evening" are that day ahead, as "tonight" is, even from a
    // meeting that ends after their hours.
    expect(read("sync again this evening")).toEqual([
      { parser: "chrono", text: "this evening", due: "2026-03-05", implied: [] },
    ]);
    expect(
      readDates("send the numbers by this afternoon", {
        reference: { date: "2026-03-05", time: "17:30" },
      }).map(({ text, due }) => [text, due]),
    ).toEqual([["this afternoon", "2026-03-05"]]);
  });

  it("gives a weekday the clock time written before it, with its zone", () => {
    for (const [written, text] of [
      ["send it by 5pm PT Friday", "5pm PT Friday"],
      ["send it by 17:00 CET on Fri", "17:00 CET on Fri"],
      ["send it by 5 PM, Friday", "5 PM, Friday"],
    ] as const)
      expect(read(written).map((reading) => [reading.text, reading.due])).toEqual([
        [text, "2026-03-06T17:00"],
      ]);
    expect(read("at 3pm we meet Friday").map((reading) => reading.due)).toEqual([
      "2026-03-05T15:00",
      "2026-03-06",
    ]);
  });

  it("gives a weekday the first hour of a range written before it, as after it", () => {
    for (const written of [
      "hold the demo 12:00-13:00 on Friday",
      "hold the demo 12:00 - 13:00 on Friday",
      "hold the demo on Friday 12:00-13:00",
    ])
      expect(read(written).map((reading) => reading.due)).toEqual(["2026-03-06T12:00"]);
  });

  it("lets a calendar date take in the weekday and the time written with it", () => {
    expect(read("demo on Friday, March 6 at 10am")).toEqual([
      {
        parser: "chrono",
        text: "on Friday, March 6 at 10am",
        due: "2026-03-06T10:00",
        implied: ["year"],
      },
    ]);
    expect(read("demo on 3/6/2026, 3pm")).toEqual([
      { parser: "chrono", text: "3/6/2026, 3pm", due: "2026-03-06T15:00", implied: [] },
    ]);
    const [mismatch] = readDates("demo on Monday, March 6", meeting);
    expect(mismatch?.due).toBe("2026-03-06");
    expect(mismatch?.ambiguity).toBe(
      '"on Monday, March 6": 2026-03-06 is not a monday; read the date and ignored the weekday',
    );
  });

  it("reads a weekday beside a numeric date as naming that date", () => {
    const [reading] = readDates("due Fri 3/6", meeting);
    expect(reading).toMatchObject({ text: "Fri 3/6", due: "2026-03-06" });
    expect(reading?.ambiguity).toBeUndefined();
    // Dots are day first even in a month-first note.
    const [stated] = readDates("due Friday 6.3.2026", meeting);
    expect(stated).toMatchObject({
      parser: "numeric-date",
      text: "Friday 6.3.2026",
      due: "2026-03-06",
    });
    const [other] = readDates("due Monday 6.3.2026", meeting);
    expect(other?.ambiguity).toBe(
      '"Monday 6.3.2026": 2026-03-06 is not a monday; read the date and ignored the weekday',
    );
  });

  it("reads 'today' or 'tomorrow' after a weekday that names another day as the day on its own", () => {
    expect(read("send the logs from last Friday today")).toEqual([
      { parser: "chrono", text: "today", due: "2026-03-05", implied: [] },
    ]);
    expect(read("send the logs from last Monday tomorrow").map((reading) => reading.due)).toEqual([
      "2026-03-06",
    ]);
  });

  it("gives no date to words that lean on a meeting date the note lacks", () => {
    expect(read("ship EOD Friday", noDate)).toEqual([
      { parser: "end-of-day", text: "EOD Friday", due: null, implied: [] },
    ]);
    expect(read("ship by Oct 17", noDate)).toEqual([
      { parser: "chrono", text: "Oct 17", due: null, implied: ["year"] },
    ]);
    expect(read("ship by October 17, 2026", noDate)).toEqual([
      { parser: "chrono", text: "October 17, 2026", due: "2026-10-17", implied: [] },
    ]);
  });

  it("reads no date in words that only look like one", () => {
    expect(read("on call 24/7 from now on")).toEqual([]);

    expect(read("3/4 of users saw p99 at 2.5s")).toEqual([]);
    expect(read("see https://example.com/2026/03/05 and `v1.2.3`")).toEqual([]);
    expect(read("bump to v2.10 once 1.9 ships")).toEqual([]);
  });

  it("reads the day-first order of the note, and dots as day first everywhere", () => {
    expect(read("due 6/3", { ...meeting, dateOrder: "DMY" })).toEqual([
      { parser: "numeric-date", text: "6/3", due: "2026-03-06", implied: ["year"] },
    ]);
    expect(readStatedDate("Minutes of 16.03.2026", "MDY")).toEqual({
      date: "2026-03-16",
      time: null,
    });
  });

  it("states a meeting date only when its year is written", () => {
    expect(readStatedDate("Call on Oct 17 at 3pm", "MDY")).toBeNull();
    expect(readStatedDate("Call on Oct 17, 2026 at 3pm", "MDY")).toEqual({
      date: "2026-10-17",
      time: "15:00",
    });
    expect(readStatedDate("Date: 10/14/2025, 3pm PT", "MDY")).toEqual({
      date: "2025-10-14",
      time: "15:00",
    });
  });
  // chrono's parsers are skipped where nothing is left for them beside our readings, and its
  // costly "ago"/"later" patterns where no time unit comes before those words: neither changes a reading.
  it("counts a span back or on from the day an event is on", () => {
    const short = (text: string) => read(text).map(({ text, due }) => [text, due]);
    expect(short("share the quote two days before their budget meeting on 28 October")).toEqual([
      ["two days before their budget meeting on 28 October", "2026-10-26"],
    ]);
    expect(short("book the room the day before the board meeting on 20 March")).toEqual([
      ["the day before the board meeting on 20 March", "2026-03-19"],
    ]);
    expect(short("send the deck a week ahead of the launch (3 Nov)")).toEqual([
      ["a week ahead of the launch (3 Nov", "2026-10-27"],
    ]);
    // Working days skip the weekend going back: Monday 2 November less three is the Wednesday.
    expect(short("file it 3 working days before the audit on Monday 2 November")).toEqual([
      ["3 working days before the audit on Monday 2 November", "2026-10-28"],
    ]);
    // Hours say when on a day whose hours the reader does not know; a name after "before" is
    // who, not the event, and a sentence between breaks the tie.
    expect(short("arrive 2 hours before the dinner on March 20")).toEqual([
      ["March 20", "2026-03-20"],
    ]);
    expect(short("post it the day before Ben Ode 10 Mar 2026")).toEqual([
      ["10 Mar 2026", "2026-03-10"],
    ]);
    expect(short("we met two days before. The launch is on 3 November")).toEqual([
      ["on 3 November", "2026-11-03"],
    ]);
  });

  it("still lets chrono add a date or a time to what our parsers read", () => {
    const short = (text: string) => read(text).map(({ parser, text, due }) => [parser, text, due]);
    expect(short("send it 3/6 at 10am")).toEqual([["chrono", "3/6 at 10am", "2026-03-06T10:00"]]);
    expect(short("send it Friday, March 6 at 5pm")).toEqual([
      ["chrono", "Friday, March 6 at 5pm", "2026-03-06T17:00"],
    ]);
    expect(short("call on Friday at noon")).toEqual([
      ["weekday", "Friday at noon", "2026-03-06T12:00"],
    ]);
    // "14h", "9h30" after "at" or "à" is an hour; "2h" alone is a span.
    expect(short("call on Friday at 14h30")).toEqual([
      ["weekday", "Friday at 14h30", "2026-03-06T14:30"],
    ]);
    expect(short("réunion vendredi, Friday à 9h")).toEqual([
      ["weekday", "Friday à 9h", "2026-03-06T09:00"],
    ]);
    expect(short("run the 2h test on Friday")).toEqual([["weekday", "Friday", "2026-03-06"]]);
    // A span from the day an event is on counts from that day.
    expect(short("ship it 2 days after the release on March 9")).toEqual([
      ["chrono", "2 days after the release on March 9", "2026-03-11"],
    ]);
    expect(short("the fix landed 2 days ago")).toEqual([]);
    expect(short("review it 3 days later")).toEqual([]);
    expect(short("send it 3/6 in the evening")).toEqual([["numeric-date", "3/6", "2026-03-06"]]);
  });
});

describe("a year cut to two digits after an apostrophe", () => {
  it("reads the day, month and year, day first or month first", () => {
    expect(read("notes from 5 Mar '24")).toEqual([
      { parser: "short-year-date", text: "5 Mar '24", due: "2024-03-05", implied: [] },
    ]);
    expect(read("ship it by September 30th, ’26")).toEqual([
      { parser: "short-year-date", text: "September 30th, ’26", due: "2026-09-30", implied: [] },
    ]);
    expect(readStatedDate("# Retro, 12 Nov '25", "MDY")?.date).toBe("2025-11-12");
  });

  it("reads no year from a quotation, and no day that does not exist", () => {
    expect(read("the 5 March 'release' plan").map((reading) => reading.parser)).toEqual(["chrono"]);
    expect(read("by 31 Feb '25")).toEqual([
      { parser: "short-year-date", text: "31 Feb '25", due: null, implied: [] },
    ]);
  });
});

describe("a date written year first, with the day's ordinal", () => {
  it("reads the year, month and day", () => {
    expect(read("Date: 2023 November 16th")).toEqual([
      { parser: "year-first-date", text: "2023 November 16th", due: "2023-11-16", implied: [] },
    ]);
    expect(readStatedDate("# Partner sync\n\nDate: 2024, Mar 3rd", "MDY")?.date).toBe("2024-03-03");
  });

  it("reads no day that does not exist, and leaves the date without an ordinal to chrono", () => {
    expect(read("2025 February 30th")).toEqual([
      { parser: "year-first-date", text: "2025 February 30th", due: null, implied: [] },
    ]);
    expect(read("2023 November 16").map((reading) => reading.parser)).toEqual(["chrono"]);
  });
});

describe("an ISO date with a basic-format time", () => {
  it("reads the day and the clock written without a colon", () => {
    expect(read("2018-10-26T1600")).toEqual([
      { parser: "iso-basic-time", text: "2018-10-26T1600", due: "2018-10-26T16:00", implied: [] },
    ]);
    expect(readStatedDate("# 2018-10-26T1600", "MDY")?.date).toBe("2018-10-26");
  });

  it("keeps only the day where a zone follows or the clock does not exist, and no day that does not", () => {
    expect(read("2018-10-26T1600Z").map((reading) => reading.due)).toEqual(["2018-10-26"]);
    expect(read("2018-10-26T2975").map((reading) => reading.due)).toEqual(["2018-10-26"]);
    expect(read("2018-02-30T1600")).toEqual([
      { parser: "iso-basic-time", text: "2018-02-30T1600", due: null, implied: [] },
    ]);
    // With the colon it is chrono's own ISO reading.
    expect(read("2018-10-26T16:00").map((reading) => reading.parser)).toEqual(["chrono"]);
  });
});

describe("the end of a quarter or a year", () => {
  // The meeting is on Thursday 2026-03-05, in the first quarter.
  const due = (text: string) => read(text).map((reading) => [reading.parser, reading.due]);

  it("reads the last day of the quarter or year named", () => {
    expect(due("ship it by end of Q2")).toEqual([["end-of-quarter", "2026-06-30"]]);
    expect(due("close the audit by the end of the quarter")).toEqual([
      ["end-of-quarter", "2026-03-31"],
    ]);
    expect(due("by end of next quarter")).toEqual([["end-of-quarter", "2026-06-30"]]);
    expect(due("by EOQ")).toEqual([["end-of-quarter", "2026-03-31"]]);
    expect(due("done by end of Q1 2027")).toEqual([["end-of-quarter", "2027-03-31"]]);
    expect(due("archive the repo by end of year")).toEqual([["end-of-year", "2026-12-31"]]);
    expect(due("renew it by EOY")).toEqual([["end-of-year", "2026-12-31"]]);
    expect(due("retire the old mailing list by year end")).toEqual([["end-of-year", "2026-12-31"]]);
    expect(due("have the new bylaws ready before year's end")).toEqual([
      ["end-of-year", "2026-12-31"],
    ]);
    expect(due("move the wiki by year-end 2027")).toEqual([["end-of-year", "2027-12-31"]]);
    expect(due("finish the migration by end of next year")).toEqual([
      ["end-of-year", "2027-12-31"],
    ]);
    expect(due("send the invoices by quarter end")).toEqual([["end-of-quarter", "2026-03-31"]]);
  });

  it("reads no deadline in a quarter or year that is only a topic", () => {
    expect(due("the Q2 roadmap review")).toEqual([]);
    expect(due("prepare the year-end report")).toEqual([]);
    expect(due("the year end party is on the lawn")).toEqual([]);
    expect(due("the quarter-end numbers look fine")).toEqual([]);
    expect(due("the quarterly report")).toEqual([]);
    expect(due("Q3 planning - kickoff")).toEqual([]);
    expect(due("review the defaults — Q3 planning")).toEqual([]);
  });

  it("reads a quarter that closes an item after a dash as its end", () => {
    expect(due("review the pool defaults — Q3")).toEqual([["end-of-quarter", "2026-09-30"]]);
    expect(due("retire the old proxy - Q1 2027.")).toEqual([["end-of-quarter", "2027-03-31"]]);
  });
});

describe("within the week or the month", () => {
  it("is the end of the meeting's week or month", () => {
    expect(read("answer within the week")).toEqual([
      {
        parser: "end-of-week",
        text: "within the week",
        due: "2026-03-06T17:00",
        implied: ["time"],
      },
    ]);
    expect(read("ship the fix within the month")).toEqual([
      { parser: "end-of-month", text: "within the month", due: "2026-03-31", implied: [] },
    ]);
    // A span counted from the meeting stays one.
    expect(read("answer within a week").map((reading) => reading.parser)).toEqual(["within-span"]);
  });
});

describe("words that count from the meeting beside a written date", () => {
  const dayFirst: PhraseContext = { ...meeting, dateOrder: "DMY" };

  it.each([
    ["EOD March 20", "chrono", "EOD March 20"],
    ["send it 3/20 by EOD", "numeric-date", "3/20 by EOD"],
    ["COB Friday, March 20", "chrono", "COB Friday, March 20"],
    ["close of business on Fri 3/20", "numeric-date", "close of business on Fri 3/20"],
    ["by end of day Friday (3/20)", "numeric-date", "end of day Friday (3/20)"],
  ])("%s: 17:00 on the date written, not the meeting's day", (text, parser, words) => {
    const [reading, ...others] = readDates(text, meeting);
    expect(others).toEqual([]);
    expect(reading).toMatchObject({ parser, text: words, due: "2026-03-20T17:00" });
    expect(reading?.implied).toEqual(["year", "time"]);
    expect(reading?.ambiguity).toBeUndefined();
  });

  it("reports a weekday of the end-of-day words that is not the date's", () => {
    const [reading] = readDates("EOD Monday 3/20", meeting);
    expect(reading).toMatchObject({ due: "2026-03-20T17:00" });
    expect(reading?.ambiguity).toMatch(/2026-03-20 is not a monday/);
  });

  it("leaves a date that is not beside the end-of-day words to be read on its own", () => {
    expect(read("send the March 20 report by EOD")).toEqual([
      { parser: "chrono", text: "March 20", due: "2026-03-20", implied: ["year"] },
      { parser: "end-of-day", text: "EOD", due: "2026-03-05T17:00", implied: ["time"] },
    ]);
    expect(read("EOD today; March 20 for the rest").map((reading) => reading.due)).toEqual([
      "2026-03-05T17:00",
      "2026-03-20",
    ]);
  });

  it("needs a meeting date only where the date leaves out its year", () => {
    expect(read("EOD March 20", noDate)).toEqual([
      { parser: "chrono", text: "EOD March 20", due: null, implied: ["year", "time"] },
    ]);
    expect(read("EOD 3/20/2026", noDate)).toEqual([
      { parser: "numeric-date", text: "EOD 3/20/2026", due: "2026-03-20T17:00", implied: ["time"] },
    ]);
  });

  it("reads a day-first date with its hour as a cell holds it", () => {
    for (const cell of ["20.3 evening", "20.3. evening"])
      expect(readDates(cell, dayFirst)[0]).toMatchObject({ due: "2026-03-20" });
    expect(readDates("20.3., 5pm", dayFirst)).toMatchObject([{ due: "2026-03-20T17:00" }]);
    expect(readDates("20.3. EOD", dayFirst)).toMatchObject([
      { text: "20.3. EOD", due: "2026-03-20T17:00" },
    ]);
    // A version, a section number and a date inside more words than a cell's stay no date.
    expect(read("version 20.3 evening", dayFirst)).toEqual([]);
    expect(read("1.2. Evening events", dayFirst)).toEqual([]);
    expect(read("20.3 evening build", dayFirst)).toEqual([]);
  });

  it("reads the date that words counting from the meeting gloss", () => {
    // "next week" alone is the Friday of the week after the meeting's, "tomorrow" 6 March.
    expect(read("demo next week 3/10")).toEqual([
      { parser: "numeric-date", text: "next week 3/10", due: "2026-03-10", implied: ["year"] },
    ]);
    expect(read("tomorrow (3/6)")).toEqual([
      { parser: "numeric-date", text: "tomorrow (3/6)", due: "2026-03-06", implied: ["year"] },
    ]);
    expect(readDates("end of month (3/31)", meeting)).toMatchObject([
      { text: "end of month (3/31)", due: "2026-03-31" },
    ]);
    expect(readDates("end of month (3/31)", meeting)[0]?.ambiguity).toBeUndefined();
    // An hour written with the date is the one meant.
    expect(readDates("EOD 3/20 at 3pm", meeting)).toMatchObject([{ due: "2026-03-20T15:00" }]);
    expect(readDates("tomorrow 3/6 at 9am", meeting)).toMatchObject([{ due: "2026-03-06T09:00" }]);
  });

  it("reports words that name another day or week than the date beside them", () => {
    const [late] = readDates("demo next week 6/21", meeting);
    expect(late).toMatchObject({ due: "2026-06-21" });
    expect(late?.ambiguity).toMatch(/"next week" names the week of 2026-03-13, not 2026-06-21/);
    expect(readDates("tomorrow (3/9)", meeting)[0]?.ambiguity).toMatch(
      /"tomorrow" names 2026-03-06, not 2026-03-09/,
    );
    // A date further on in the sentence is no gloss.
    expect(read("send the deck tomorrow; the 3/20 one later").map((r) => r.due)).toEqual([
      "2026-03-06",
      "2026-03-20",
    ]);
  });

  it("takes in the date a weekday is followed by in parentheses", () => {
    expect(read("by Friday (3/20)")).toEqual([
      { parser: "numeric-date", text: "Friday (3/20)", due: "2026-03-20", implied: ["year"] },
    ]);
    expect(readDates("by Thursday (3/20)", meeting)[0]?.ambiguity).toMatch(/is not a thursday/);
  });
});

describe("the end of a day written after its month", () => {
  it("is that day, not the end of the month or of a year written with two digits", () => {
    expect(read("by the end of Nov 9th")).toEqual([
      { parser: "chrono", text: "Nov 9th", due: "2026-11-09", implied: ["year"] },
    ]);
    expect(read("by end of March 20")).toEqual([
      { parser: "chrono", text: "March 20", due: "2026-03-20", implied: ["year"] },
    ]);
    // A month alone, or with its four-digit year, is still the month's last day.
    expect(read("by end of March").map((reading) => reading.due)).toEqual(["2026-03-31"]);
    expect(read("by end of March 2027").map((reading) => reading.due)).toEqual(["2027-03-31"]);
  });
});

describe("a day-first date written with dots, after a deadline word", () => {
  const dayFirst: PhraseContext = { ...meeting, dateOrder: "DMY" };
  const dues = (text: string) => readDates(text, dayFirst).map((reading) => reading.due);

  it("reads 'the' between them, and a year of two digits", () => {
    expect(dues("by the 20.3.")).toEqual(["2026-03-20"]);
    expect(dues("until the 6.10, then the review")).toEqual(["2026-10-06"]);
    expect(dues("by 20.03.26")).toEqual(["2026-03-20"]);
    // Versions stay versions.
    expect(dues("by the 2.10 release")).toEqual([]);
    expect(dues("ship v2.10.26")).toEqual([]);
  });

  it("takes the clock time written after it as its hour", () => {
    expect(dues("by 20.3. 12:00")).toEqual(["2026-03-20T12:00"]);
    expect(dues("by 20.3., at 5pm")).toEqual(["2026-03-20T17:00"]);
    expect(dues("by 20.3. 12:00-13:00")).toEqual(["2026-03-20T12:00"]);
    // A time further on is another thing's.
    expect(dues("by 20.3, then call the vendor at 5pm")[0]).toBe("2026-03-20");
  });
});

describe("a number written before a day", () => {
  it("names a thing, not the day's hour, after a word that is no time's", () => {
    expect(read("review PR 17 tomorrow").map(({ text, due }) => [text, due])).toEqual([
      ["tomorrow", "2026-03-06"],
    ]);
    expect(read("demo sprint 22 on 14 Mar").map(({ text, due }) => [text, due])).toEqual([
      ["on 14 Mar", "2026-03-14"],
    ]);
    expect(read("book room 14 on Mar 14").map(({ text, due }) => [text, due])).toEqual([
      ["Mar 14", "2026-03-14"],
    ]);
  });

  it("stays the day itself, or the hour after 'at'", () => {
    expect(read("send it 8 April at 8:00").map(({ text, due }) => [text, due])).toEqual([
      ["8 April at 8:00", "2026-04-08T08:00"],
    ]);
    expect(read("call the bank at 5pm tomorrow").map(({ text, due }) => [text, due])).toEqual([
      ["at 5pm tomorrow", "2026-03-06T17:00"],
    ]);
  });
});

describe("an hour written with no half of the day", () => {
  it("leaves the day without an hour when the hour could be morning or afternoon", () => {
    expect(read("call the bank tomorrow at 3").map(({ text, due }) => [text, due])).toEqual([
      ["tomorrow at 3", "2026-03-06"],
    ]);
    expect(read("call the bank tomorrow at 3pm").map(({ text, due }) => [text, due])).toEqual([
      ["tomorrow at 3pm", "2026-03-06T15:00"],
    ]);
    expect(read("call the bank at 17 tomorrow").map(({ text, due }) => [text, due])).toEqual([
      ["at 17 tomorrow", "2026-03-06T17:00"],
    ]);
    expect(read("call the bank tomorrow at 9:30").map(({ text, due }) => [text, due])).toEqual([
      ["tomorrow at 9:30", "2026-03-06T09:30"],
    ]);
  });
});
