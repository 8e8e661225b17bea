import { describe, expect, it } from "vitest";
import { readSchedule, type ScheduleContext } from "../../src/resolve/schedule.js";

// The seed meeting: Saturday 27 September 2025, 10:00.
const meeting: ScheduleContext = {
  reference: { date: "2025-09-27", time: "10:00" },
  dateOrder: "MDY",
};
const dateOnly: ScheduleContext = {
  reference: { date: "2025-09-27", time: null },
  dateOrder: "MDY",
};
const monday: ScheduleContext = {
  reference: { date: "2025-09-22", time: "09:00" },
  dateOrder: "MDY",
};
const noReference: ScheduleContext = { reference: null, dateOrder: "MDY" };
const dayFirst: ScheduleContext = { ...meeting, dateOrder: "DMY" };

const dueOnMonday = (text: string) => readSchedule(text, monday).due;

/** Each of `texts`, read at the Monday meeting, states no deadline. */
function expectNoDeadline(texts: readonly string[]): void {
  for (const text of texts) expect(dueOnMonday(text), text).toBeNull();
}

const codes = (text: string, context: ScheduleContext) =>
  readSchedule(text, context).notes.map((note) => note.code);

describe("the seed's phrases", () => {
  it.each([
    ["Schedule hotfix deployment for 6 PM today", "2025-09-27T18:00", "6 PM today"],
    ["Within 24 hours to production environment", "2025-09-28T10:00", "Within 24 hours"],
    ["Proactive outreach planned for next 48 hours", "2025-09-29T10:00", "next 48 hours"],
    ["agreement to reconvene Friday for status update", "2025-10-03", "Friday"],
  ])("%s -> %s", (text, due, dueText) => {
    const schedule = readSchedule(text, meeting);
    expect(schedule).toMatchObject({
      due,
      dueText,
      duration: null,
      recurrence: null,
      condition: null,
      notes: [],
    });
  });

  it("keeps a monitoring period as a duration, with no deadline", () => {
    expect(
      readSchedule("72-hour monitoring period with real-time dashboards", meeting),
    ).toMatchObject({ due: null, dueText: null, duration: "PT72H" });
  });

  it("reads how long a state is kept as no deadline, and work to do by a day as one", () => {
    expectNoDeadline([
      "Keep the legacy API until Q2",
      "Freeze merges till Friday",
      "Leave the banner up until the end of October",
      "Remains read-only through Friday",
    ]);
    expect(dueOnMonday("Fix the export until Friday")).toBe("2025-09-26");
    expect(dueOnMonday("Keep the docs updated by Friday")).toBe("2025-09-26");
    expect(
      dueOnMonday("Hold the call until the vendor answers, then send the quote by Friday"),
    ).toBe("2025-09-26");
  });

  it("reads 'for the next 2 weeks' as how long and 'over the next 4 weeks' as by when", () => {
    expect(readSchedule("Watch the error rate for the next 2 weeks", dateOnly)).toMatchObject({
      due: null,
      duration: "P2W",
    });
    expect(readSchedule("Migrate the repositories over the next 4 weeks", dateOnly)).toMatchObject({
      due: "2025-10-25",
      dueText: "over the next 4 weeks",
      duration: null,
    });
  });

  it("reads when recurring or lasting work begins, apart from its deadline", () => {
    const read = (text: string) => {
      const { due, recurrence, start } = readSchedule(text, monday);
      return [due, recurrence, start];
    };
    expect(read("Run the backup check daily starting tomorrow")).toEqual([
      null,
      "FREQ=DAILY",
      "2025-09-23",
    ]);
    expect(read("Send the weekly report every Friday, starting next week")).toEqual([
      null,
      "FREQ=WEEKLY;BYDAY=FR",
      "2025-09-29",
    ]);
    expect(read("Review the queue each morning from Thursday")).toEqual([
      null,
      "FREQ=DAILY",
      "2025-09-25",
    ]);
    expect(read("Migrate the DNS starting Wednesday 2pm, done by Friday")).toEqual([
      "2025-09-26",
      null,
      "2025-09-24T14:00",
    ]);
    // A month named alone begins the work on its first day, where as a deadline it would end it.
    expect(read("Send the usage report every month, starting in November")).toEqual([
      null,
      "FREQ=MONTHLY",
      "2025-11-01",
    ]);
    expect(read("Send the usage report every month from November")).toEqual([
      null,
      "FREQ=MONTHLY",
      "2025-11-01",
    ]);
    expect(read("Run the stock audit starting October")).toEqual([null, null, "2025-10-01"]);
    expect(read("Run the stock audit in October")).toEqual(["2025-10-31", null, null]);
    // "from November" without a rhythm names what the data is about.
    expect(read("Pull the sales data from November")).toEqual([null, null, null]);
    // Behind the meeting: what the work is about, not when it begins.
    expect(read("Pull the logs from last week")).toEqual([null, null, null]);
    expect(read("Check every ticket since 3 September")).toEqual([null, null, null]);
    // A span counted from a day, a day the work ended, a period it is about: no start.
    expect(read("Send the report within two weeks from today")).toEqual(["2025-10-06", null, null]);
    expect(read("Purge the old logs; completed as of Monday")[2]).toBeNull();
    expect(read("Extend the trial (from October 1 to October 8)")[2]).toBeNull();
    expect(read("Check the logs daily from October 1 until October 8")).toEqual([
      null,
      "FREQ=DAILY;UNTIL=20251008",
      "2025-10-01",
    ]);
    // A rhythm's hour is when each time falls, the first after the meeting, not a deadline.
    expect(read("Daily 10:00 status call until resolved")).toEqual([
      null,
      "FREQ=DAILY",
      "2025-09-22T10:00",
    ]);
    // On a rhythm's day: the first of them on or after the hour's day.
    expect(read("Status call on Thursdays at 10:00")).toEqual([
      null,
      "FREQ=WEEKLY;BYDAY=TH",
      "2025-09-25T10:00",
    ]);
    expect(read("Weekly vendor call, Wednesdays 10:00")).toEqual([
      null,
      "FREQ=WEEKLY;BYDAY=WE",
      "2025-09-24T10:00",
    ]);
    expect(read("Office hours Tuesdays")).toEqual([null, "FREQ=WEEKLY;BYDAY=TU", null]);
    // A day in the plural that is a subject or a word of the thing is no rhythm.
    expect(read("Thursdays are busy for support")[1]).toBeNull();
    expect(read("Send the Mondays digest by Friday")).toEqual(["2025-09-26", null, null]);
    // Rhythms set side by side name kinds of a thing; one set apart still times the work.
    expect(read("Price two plans (annual and monthly) for the renewal")[1]).toBeNull();
    expect(read("Compare weekly vs. monthly billing")[1]).toBeNull();
    expect(read("Offer a daily, weekly or monthly digest")[1]).toBeNull();
    expect(read("Run the backup daily and the restore test weekly")[1]).toBe("FREQ=DAILY");
    // Past a preposition and an article, the rhythm is of the thing named, not of the work.
    expect(read("Find why printers drop jobs after the nightly update")[1]).toBeNull();
    expect(read("Fix the totals in our monthly export")[1]).toBeNull();
    expect(read("Send the weekly report to the customer")[1]).toBe("FREQ=WEEKLY");
    // So is the rhythm of a thing that is mended or stopped; a promise of one stays.
    expect(read("Restore the nightly export")[1]).toBeNull();
    expect(read("Pause our weekly sync over the holidays")[1]).toBeNull();
    expect(read("Investigating the hourly spikes")[1]).toBeNull();
    expect(read("Send a daily update to the customer")[1]).toBe("FREQ=DAILY");
    expect(read("Restore the export nightly")[1]).toBe("FREQ=DAILY");
    // Setting up a thing that recurs is done once.
    expect(read("Set up a monthly health check call")[1]).toBeNull();
    expect(read("Schedule a weekly sync with the plant leads")[1]).toBeNull();
    expect(read("Hold a weekly sync with the plant leads")[1]).toBe("FREQ=WEEKLY");
    // With no article between, and by the other verbs that arrange a thing once.
    expect(read("Schedule weekly syncs with the plant leads")[1]).toBeNull();
    expect(read("Book monthly check-ins with finance")[1]).toBeNull();
    expect(read("Will be planning fortnightly demos")[1]).toBeNull();
    expect(read("Send weekly updates to the plant leads")[1]).toBe("FREQ=WEEKLY");
    expect(read("Plan the menu weekly")[1]).toBe("FREQ=WEEKLY");
    // A rhythm with a step of more than one.
    expect(read("Status updates to the customer every 4 hours until resolved")[1]).toBe(
      "FREQ=HOURLY;INTERVAL=4",
    );
    expect(read("Rotate the logs every three days")[1]).toBe("FREQ=DAILY;INTERVAL=3");
    expect(read("Status updates every 30 minutes until resolved")[1]).toBe(
      "FREQ=MINUTELY;INTERVAL=30",
    );
    expect(read("Post in the channel every 15 min")[1]).toBe("FREQ=MINUTELY;INTERVAL=15");
    // With its zone written after it, too.
    expect(read("Daily status email at 5 PM PT until resolved")).toEqual([
      null,
      "FREQ=DAILY",
      "2025-09-22T17:00",
    ]);
    // A rhythm's last day; "until resolved" or "until further notice" names none.
    expect(read("Post updates every Monday through October 27")[1]).toBe(
      "FREQ=WEEKLY;BYDAY=MO;UNTIL=20251027",
    );
    // The day that ends a rhythm is no deadline of its times.
    expect(read("Run the disk check daily until Friday")).toEqual([
      null,
      "FREQ=DAILY;UNTIL=20250926",
      null,
    ]);
    expect(read("Post updates every Monday until October 27")).toEqual([
      null,
      "FREQ=WEEKLY;BYDAY=MO;UNTIL=20251027",
      null,
    ]);
    // A deadline of its own beside a rhythm stays one.
    expect(read("Send a daily digest; final report by October 10")).toEqual([
      "2025-10-10",
      "FREQ=DAILY",
      null,
    ]);
    expect(read("Hourly status updates until resolved")[1]).toBe("FREQ=HOURLY");
    expect(read("Water the plants daily until further notice")[1]).toBe("FREQ=DAILY");
  });

  it("reads daily updates as a recurrence", () => {
    expect(readSchedule("Daily updates to customer executive team", meeting)).toMatchObject({
      due: null,
      recurrence: "FREQ=DAILY",
    });
  });

  it("reads hourly updates as a recurrence, and an hourly rate as none", () => {
    expect(readSchedule("Hourly status updates until resolved", meeting)).toMatchObject({
      due: null,
      recurrence: "FREQ=HOURLY",
    });
    expect(readSchedule("Post an update every hour", meeting).recurrence).toBe("FREQ=HOURLY");
    expect(readSchedule("Post an update once per hour", meeting).recurrence).toBe("FREQ=HOURLY");
    expect(readSchedule("Our hourly rate goes up in May", meeting).recurrence).toBeNull();
  });

  it("reads a clock in a named zone that has passed at the meeting as its next coming", () => {
    // The meeting is at 10:00; 9 AM EST has passed, 8 PM EST has not.
    expect(readSchedule("Check-in call at 9 AM EST", meeting).due).toBe(
      readSchedule("Check-in call at 9 AM", meeting).due,
    );
    expect(readSchedule("Check-in call at 9 AM EST", meeting).due).toMatch(/T09:00$/);
    expect(readSchedule("Check-in call at 9 AM EST", meeting).due?.slice(0, 10)).not.toBe(
      meeting.reference?.date,
    );
    expect(readSchedule("Check-in call at 8 PM EST", meeting).due).toBe(
      `${meeting.reference?.date}T20:00`,
    );
    // An hour after the meeting, in a zone east of UTC, is still the meeting's day.
    expect(readSchedule("Status e-mail at 11:00 CEST", meeting).due).toBe("2025-09-27T11:00");
    expect(readSchedule("Status e-mail at 09:30 CEST", meeting).due).toBe("2025-09-28T09:30");
  });

  it("bounds a weekly recurrence by 'for next 3 months'", () => {
    expect(readSchedule("Weekly business reviews for next 3 months", meeting)).toMatchObject({
      due: null,
      recurrence: "FREQ=WEEKLY;UNTIL=20251227",
    });
  });

  it.each([
    ["Back up the wiki weekly on Mondays", "FREQ=WEEKLY;BYDAY=MO"],
    ["Water the plants every other Friday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"],
    ["Check the queue every Fri", "FREQ=WEEKLY;BYDAY=FR"],
    ["Rotate the on-call every second week", "FREQ=WEEKLY;INTERVAL=2"],
    ["Sync with the vendor bi-weekly on Thursday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"],
    ["Review the budget once a month", "FREQ=MONTHLY"],
    ["Post the digest once per week", "FREQ=WEEKLY"],
    ["Report to the board every other month", "FREQ=MONTHLY;INTERVAL=2"],
    ["Send the summary on the first Monday of each month", "FREQ=MONTHLY;BYDAY=1MO"],
    ["Review the budget the last Friday of every month", "FREQ=MONTHLY;BYDAY=-1FR"],
    ["Host the call on the 3rd Thursday of each month", "FREQ=MONTHLY;BYDAY=3TH"],
    ["Monthly review, first Wednesday of every month", "FREQ=MONTHLY;BYDAY=1WE"],
    ["Report the numbers every month on the second Wednesday", "FREQ=MONTHLY;BYDAY=2WE"],
    ["Lead the reading group on 3rd Sundays", "FREQ=MONTHLY;BYDAY=3SU"],
    ["Hold office hours on Tuesdays and Thursdays", "FREQ=WEEKLY;BYDAY=TU,TH"],
    ["Run the stand-up every Monday, Wednesday and Friday", "FREQ=WEEKLY;BYDAY=MO,WE,FR"],
    ["Post the digest on Mondays & Fridays", "FREQ=WEEKLY;BYDAY=MO,FR"],
    ["Keep Wednesday afternoons free of meetings", "FREQ=WEEKLY;BYDAY=WE"],
    ["Demo the build on Friday mornings", "FREQ=WEEKLY;BYDAY=FR"],
  ])("reads %j as a rhythm with no deadline", (text, recurrence) => {
    expect(readSchedule(text, meeting)).toMatchObject({ due: null, recurrence });
  });

  it("reads one weekday's part of the day as that day, not a rhythm", () => {
    expect(readSchedule("Book the room for Wednesday afternoon", meeting)).toMatchObject({
      due: "2025-10-01",
      recurrence: null,
    });
  });

  it("reads a day written short after 'on' as one day, not a rhythm", () => {
    expect(readSchedule("Draft the agenda for the review on Weds", meeting)).toMatchObject({
      due: "2025-10-01",
      recurrence: null,
    });
  });

  it.each([
    ["Rerun the import once the fix lands on Friday", "once the fix lands on Friday"],
    ["Tell the customer as soon as the vendor replies", "as soon as the vendor replies"],
  ])("keeps %j's wait for something as a condition, not a deadline", (text, condition) => {
    expect(readSchedule(text, meeting)).toMatchObject({ due: null, condition });
  });

  it("ends a condition that opens the words at its comma, where the work and its deadline begin", () => {
    expect(
      readSchedule("If the pilot is clean, roll out to all stores by Friday", monday),
    ).toMatchObject({ due: "2025-09-26", condition: "If the pilot is clean" });
    // Later in the words, a comma may stand inside the condition.
    expect(
      readSchedule("Roll out to all stores if the pilot, the audit and the backup pass", monday),
    ).toMatchObject({ due: null, condition: "if the pilot, the audit and the backup pass" });
  });

  it("ends a condition later in the words at a comma or dash before the work's own deadline", () => {
    for (const text of [
      "Validate the metadata once the customer sends it — by Friday",
      "Validate the metadata once the customer sends it, by Friday",
    ])
      expect(readSchedule(text, monday)).toMatchObject({
        due: "2025-09-26",
        condition: "once the customer sends it",
      });
    // Without the comma or dash, the date is the condition's own.
    expect(
      readSchedule("Validate the metadata once the customer sends it by Friday", monday),
    ).toMatchObject({
      due: null,
      condition: "once the customer sends it by Friday",
    });
  });

  it("reads 'pending' an approval or a decision, and 'subject to', as a condition beside the deadline", () => {
    expect(readSchedule("Credit the invoice — pending finance approval", meeting)).toMatchObject({
      due: null,
      condition: "pending finance approval",
    });
    expect(readSchedule("Ship it by Friday, subject to legal review", meeting)).toMatchObject({
      due: "2025-10-03",
      condition: "subject to legal review",
    });
    // Pending things are the work's object, and a status word is no condition.
    expect(readSchedule("Review the pending invoices by Friday", meeting)).toMatchObject({
      due: "2025-10-03",
      condition: null,
    });
    expect(readSchedule("(Pending) grant the rights by Friday", meeting).condition).toBeNull();
  });

  it("reads 'as soon as possible' and 'once more' as no condition", () => {
    expect(readSchedule("Send it as soon as possible", meeting).condition).toBeNull();
    expect(readSchedule("Try the import once more", meeting).condition).toBeNull();
  });

  it("reads a conditional reaction time as a duration with its condition, not a deadline", () => {
    expect(readSchedule("Available within 4 hours if issues persist", meeting)).toMatchObject({
      due: null,
      duration: "PT4H",
      condition: "if issues persist",
    });
  });

  it("reads a date inside a question the work asks as the work's, and one inside a condition as none", () => {
    expect(readSchedule("Check if the lab can host the demo by Friday", monday)).toMatchObject({
      due: "2025-09-26",
      condition: null,
    });
    expect(readSchedule("Find out if the venue is free by Friday", monday).due).toBe("2025-09-26");
    for (const words of [
      "See if and when the scanner can be shown by Friday",
      "Ask Ingrid if the hall is free by Friday",
      "Check with billing if the credit note went out by Friday",
    ])
      expect(readSchedule(words, monday), words).toMatchObject({
        due: "2025-09-26",
        condition: null,
      });
    expect(readSchedule("Ask if the hall is free", monday).condition).toBeNull();
    // A condition after other work stays one, with the date inside it.
    expect(
      readSchedule("Test the patch on staging if the fix lands by Friday", monday),
    ).toMatchObject({ due: null, condition: "if the fix lands by Friday" });
    expect(readSchedule("Ping Kim in case he cannot make it by Friday", monday)).toMatchObject({
      due: null,
      condition: "in case he cannot make it by Friday",
    });
    // The date in the condition is not a deadline the task failed to give: no unreadable cue.
    expect(readSchedule("Close the ticket if no timeouts by Dec 3", monday)).toMatchObject({
      due: null,
      dueText: null,
      condition: "if no timeouts by Dec 3",
      notes: [],
    });
  });

  it("reads 'if possible' and 'if we can' as a hedge on the date, not a condition", () => {
    expect(readSchedule("Send the figures, if possible by Friday", monday)).toMatchObject({
      due: "2025-09-26",
      condition: null,
    });
    expect(readSchedule("Ship the notes by Friday if we can", monday)).toMatchObject({
      due: "2025-09-26",
      condition: null,
    });
    expect(readSchedule("Restart the worker if needed", monday).condition).toBe("if needed");
  });
});

describe("weekdays", () => {
  it("reads a bare weekday as the first such day after the reference", () => {
    expect(readSchedule("by Friday", monday).due).toBe("2025-09-26");
    expect(readSchedule("Tuesday", monday).due).toBe("2025-09-23");
    // The same weekday as the meeting means a week later, never the meeting day itself.
    expect(readSchedule("Monday", monday).due).toBe("2025-09-29");
    expect(readSchedule("by Monday", meeting)).toMatchObject({
      due: "2025-09-29",
      dueText: "Monday",
    });
  });

  it("reads 'next Tuesday' as the Tuesday of the following calendar week, and says when that differs", () => {
    const schedule = readSchedule("Ship it next Tuesday", monday);
    expect(schedule.due).toBe("2025-09-30");
    expect(schedule.notes).toEqual([
      { code: "ambiguous-date", message: expect.stringContaining("2025-09-23") },
    ]);
  });

  it("records no ambiguity when both readings of 'next Tuesday' agree", () => {
    const schedule = readSchedule("next Tuesday", meeting);
    expect(schedule.due).toBe("2025-09-30");
    expect(schedule.notes).toEqual([]);
  });

  it("keeps a clock time written before or after the weekday", () => {
    expect(readSchedule("by 3pm Friday", meeting).due).toBe("2025-10-03T15:00");
    expect(readSchedule("Friday at 3pm", meeting).due).toBe("2025-10-03T15:00");
    expect(readSchedule("Friday 15:00", meeting).due).toBe("2025-10-03T15:00");
  });
});

describe("dates without a time", () => {
  it.each([
    ["tomorrow", "2025-09-28"],
    ["by Oct 17", "2025-10-17"],
    ["by Monday", "2025-09-29"],
    ["due 2025-11-05", "2025-11-05"],
    ["end of month", "2025-09-30"],
    ["by end of the month", "2025-09-30"],
  ])("%s -> %s", (text, due) => {
    expect(readSchedule(text, meeting).due).toBe(due);
  });
});

describe("business-day words", () => {
  it("reads EOD as 17:00 of the reference day", () => {
    expect(readSchedule("Send the summary by EOD", meeting)).toMatchObject({
      due: "2025-09-27T17:00",
      dueText: "EOD",
    });
  });

  it("reads EOD Friday as 17:00 that Friday", () => {
    expect(readSchedule("EOD Friday", meeting).due).toBe("2025-10-03T17:00");
    expect(readSchedule("Friday EOD", meeting).due).toBe("2025-10-03T17:00");
    // With "next", the day of the week after the meeting's, as "next Friday" alone is read; at
    // the Monday meeting "EOD next Friday" was 17:00 on the Monday itself.
    expect(readSchedule("EOD next Friday", monday).due).toBe("2025-10-03T17:00");
    expect(readSchedule("by next Friday EOD", monday).due).toBe("2025-10-03T17:00");
    expect(readSchedule("by the 30th EOD", monday).due).toBe("2025-09-30T17:00");
    expect(readSchedule("COB tomorrow", meeting).due).toBe("2025-09-28T17:00");
  });

  it("reads EOW as Friday 17:00 of the reference week", () => {
    expect(readSchedule("by EOW", monday)).toMatchObject({ due: "2025-09-26T17:00", notes: [] });
  });

  it("reads a day behind the work, or a day that names a thing, as no deadline", () => {
    // The meeting is on Monday 2025-09-22.
    expectNoDeadline([
      "Follow up on last Friday's outage",
      "Compare the numbers since Sept 3",
      "Pull the logs from Sept 14",
      "Write up the Sept 18 incident",
    ]);
    // A deadline word before "the", or the event the work is for, is when it is due.
    expect(dueOnMonday("Book the room ahead of the 30th")).toBe("2025-09-30");
    expect(dueOnMonday("Send the slides by the Sept 30 review")).toBe("2025-09-30");
    expect(dueOnMonday("Prepare the agenda for the Oct 2 board")).toBe("2025-10-02");
    expect(dueOnMonday("Send the deck on the 30th, please")).toBe("2025-09-30");
  });

  it("reads when a thing was recorded as no deadline, and a passive with 'be' as one", () => {
    expectNoDeadline([
      "Tasks assigned today",
      "Retest the bug reported on 9/18",
      "Triage the tickets raised last Friday",
      "Wire up the changes to SEP19",
      "Sent Monday",
    ]);
    expect(dueOnMonday("Action items for today")).toBe("2025-09-22");
    expect(dueOnMonday("The report must be delivered Friday")).toBe("2025-09-26");
    expect(dueOnMonday("Needs to be discussed Friday")).toBe("2025-09-26");
    expect(dueOnMonday("To be done Friday")).toBe("2025-09-26");
    // Capitals run into digits after a deadline word are still a day.
    expect(dueOnMonday("Due SEP30")).toBe("2025-09-30");
  });

  it("reads the day work starts as no deadline, and a deadline after it as the deadline", () => {
    expect(readSchedule("Watch the queue for two weeks starting Monday", monday)).toMatchObject({
      due: null,
      duration: "P2W",
    });
    expect(readSchedule("New rota effective Oct 1", monday).due).toBeNull();
    expect(readSchedule("New rota commencing Oct 1", monday).due).toBeNull();
    // "prior to" cues a deadline as "before" does.
    expect(readSchedule("Send the figures prior to the 30th", monday).due).toBe("2025-09-30");
    expect(readSchedule("Send the figures prior to Friday", monday).due).toBe("2025-09-26");
    // "week commencing" names the week of the work, as "w/c" does: begun on its Monday, due by
    // its Friday.
    expect(readSchedule("Run the survey week commencing Oct 6", monday)).toMatchObject({
      start: "2025-10-06",
      due: "2025-10-10",
    });
    expect(readSchedule("Run the survey w/c Oct 6", monday)).toMatchObject({
      start: "2025-10-06",
      due: "2025-10-10",
    });
    // Its Monday before the meeting is no start of work the meeting sets.
    expect(
      readSchedule("Run the survey w/c Sept 22", {
        ...monday,
        reference: { date: "2025-09-24", time: null },
      }),
    ).toMatchObject({
      start: null,
      due: "2025-09-26",
    });
    expect(readSchedule("Run the stand-up starting Oct 1, report by Oct 31", monday).due).toBe(
      "2025-10-31",
    );
  });

  it("reads 'not before', 'no earlier than' and 'not until' a day as when work may begin", () => {
    const timing = (text: string) => {
      const { due, dueText, start, notes } = readSchedule(text, monday);
      return { due, dueText, start, notes: notes.map((note) => note.code) };
    };
    expect(timing("Rotate the keys not before Oct 6")).toEqual({
      due: null,
      dueText: null,
      start: "2025-10-06",
      notes: [],
    });
    expect(timing("Rotate the keys no earlier than Friday").start).toBe("2025-09-26");
    expect(timing("Rotate the keys not earlier than 10/6").start).toBe("2025-10-06");
    expect(timing("Rotate the keys not until Oct 6").start).toBe("2025-10-06");
    expect(timing("Rotate the keys by Oct 10 but not before Oct 6")).toMatchObject({
      due: "2025-10-10",
      start: "2025-10-06",
    });
    // Without "not" the same words set the deadline.
    expect(timing("Rotate the keys before Oct 6")).toMatchObject({
      due: "2025-10-06",
      start: null,
    });
  });

  it("counts days before or after a date written with its month, and from no event", () => {
    expect(readSchedule("Send the slides two days before Oct 3", monday).due).toBe("2025-10-01");
    expect(readSchedule("Close the survey a week after Sept 30", monday).due).toBe("2025-10-07");
    // Before an event the note gives no date for: no deadline, not two days before the meeting.
    expect(readSchedule("Send the slides two days before the launch", monday).due).toBeNull();
  });

  it("reads every weekday as Monday to Friday each week", () => {
    for (const words of ["Post the numbers every weekday", "Check the queue on weekdays"])
      expect(readSchedule(words, monday).recurrence, words).toBe(
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
      );
  });

  it("reads 'end of week 12' as no end of this week", () => {
    expect(readSchedule("by the end of week", monday).due).toBe("2025-09-26T17:00");
    expect(readSchedule("by the end of week 12", monday).due).toBeNull();
    expect(readSchedule("by end of week 3 of the sprint", monday).due).toBeNull();
    // A calendar week by its number is a week of the year: its Friday.
    expect(readSchedule("by the end of CW 40", monday).due).toBe("2025-10-03");
  });

  it("reads EOW and this week at a weekend meeting as the working week ahead, and flags EOW", () => {
    const schedule = readSchedule("by EOW", meeting);
    expect(schedule.due).toBe("2025-10-03T17:00");
    expect(schedule.notes.map((note) => note.code)).toEqual(["ambiguous-date"]);
    expect(readSchedule("this week", meeting).due).toBe("2025-10-03");
    expect(readSchedule("by end of next week", meeting).due).toBe("2025-10-03T17:00");
    // On a working day the meeting's own week stands.
    expect(readSchedule("this week", monday).due).toBe("2025-09-26");
    expect(readSchedule("by EOW", monday).notes).toEqual([]);
  });

  it("reads the part of a month and the end of a quarter", () => {
    expect(readSchedule("by mid-October", monday).due).toBe("2025-10-15");
    expect(readSchedule("by the beginning of November", monday).due).toBe("2025-11-01");
    expect(readSchedule("by the middle of March", monday).due).toBe("2026-03-15");
    expect(readSchedule("by end of March 2027", monday).due).toBe("2027-03-31");
    expect(readSchedule("by end of Q4", monday).due).toBe("2025-12-31");
    expect(readSchedule("by end of Q1", monday).due).toBe("2026-03-31");
    expect(readSchedule("before the end of the quarter", monday).due).toBe("2025-09-30");
    expect(readSchedule("by EOQ", monday).due).toBe("2025-09-30");
    expect(readSchedule("mid-October", noReference)).toMatchObject({
      due: null,
      dueText: "mid-October",
    });
    // A stretch of days, not one.
    expect(readSchedule("sometime in early October", monday).due).toBeNull();
  });

  it("reads early next week as its Monday, and later this week as its Friday", () => {
    expect(readSchedule("early next week", monday).due).toBe("2025-09-29");
    expect(readSchedule("later this week", monday).due).toBe("2025-09-26");
  });

  it("reads 'wk' as notes shorten a week", () => {
    expect(readSchedule("next wk", monday).due).toBe("2025-10-03");
    expect(readSchedule("this wk", monday).due).toBe("2025-09-26");
    expect(readSchedule("early next wk", monday).due).toBe("2025-09-29");
    expect(readSchedule("by end of next wk", monday).due).toBe("2025-10-03T17:00");
    // A week's number is left to the readers of week numbers.
    expect(readSchedule("wk 12", monday).due).toBeNull();
  });

  it("counts business days over the weekend", () => {
    expect(readSchedule("within 2 business days", meeting).due).toBe("2025-09-30");
    // The short forms people write for a working day count the same way.
    for (const words of ["within 2 biz days", "in 2 workdays", "within 2 work days"])
      expect(readSchedule(words, meeting).due).toBe("2025-09-30");
    // "work 2 days on it" is an amount of effort, not a span to a deadline.
    expect(readSchedule("work 2 days on it", meeting).due).toBeNull();
  });
});

describe("spans", () => {
  it("adds hours to the reference instant", () => {
    expect(readSchedule("in 2 hours", meeting).due).toBe("2025-09-27T12:00");
    expect(readSchedule("in 24-48 hrs", meeting)).toMatchObject({
      due: "2025-09-29T10:00",
      dueText: "in 24-48 hrs",
    });
  });

  it("gives a date only when the meeting has no start time: the reference date plus ceil(N/24) days", () => {
    expect(readSchedule("Within 24 hours", dateOnly).due).toBe("2025-09-28");
    expect(readSchedule("within 36 hours", dateOnly).due).toBe("2025-09-29");
    expect(readSchedule("within 4 hours", dateOnly).due).toBe("2025-09-28");
  });

  it("adds days and weeks to the reference date", () => {
    expect(readSchedule("within 30 days", meeting).due).toBe("2025-10-27");
    expect(readSchedule("in two weeks", meeting).due).toBe("2025-10-11");
  });
});

describe("clock times", () => {
  it.each([
    ["by 3pm", "2025-09-27T15:00"],
    ["by noon", "2025-09-27T12:00"],
    ["by Oct 17 at 5pm", "2025-10-17T17:00"],
    ["2025-11-05 at 14:00", "2025-11-05T14:00"],
    ["by 9am tomorrow", "2025-09-28T09:00"],
  ])("%s -> %s", (text, due) => {
    expect(readSchedule(text, meeting).due).toBe(due);
  });
});

describe("numeric dates", () => {
  it("reads 10/20 month first by default, and day first only as the one reading it has, reported", () => {
    expect(readSchedule("by 10/20", meeting).due).toBe("2025-10-20");
    expect(codes("by 10/20", meeting)).toEqual([]);
    // A deadline word or a written year makes it a date; the note's order cannot read it.
    expect(readSchedule("by 10/20", dayFirst)).toMatchObject({
      due: "2025-10-20",
      dueText: "10/20",
    });
    expect(codes("by 10/20", dayFirst)).toEqual(["ambiguous-date"]);
    expect(readSchedule("Due by 25/10/2024.", meeting)).toMatchObject({ due: "2024-10-25" });
    expect(codes("Due by 25/10/2024.", meeting)).toEqual(["ambiguous-date"]);
    // Without either it may be a score: reported, not read.
    expect(readSchedule("passed 10/20 checks", dayFirst).due).toBeNull();
    expect(readSchedule("passed 25/10 checks", meeting).due).toBeNull();
    // No order reads it.
    expect(readSchedule("by 13/45", meeting).due).toBeNull();
  });

  it("reads the one order a date has when nothing in the note settles the order", () => {
    const unsettled: ScheduleContext = { ...meeting, dateOrder: null };
    // A cell that is only the date ("When: 20/06") is a date, and no other date contradicts it.
    expect(readSchedule("20/06", unsettled)).toMatchObject({ due: "2026-06-20", notes: [] });
    expect(readSchedule("by 25/10", unsettled)).toMatchObject({ due: "2025-10-25", notes: [] });
    // A stated month-first order is contradicted: read, and reported.
    expect(codes("20/06", meeting)).toEqual(["ambiguous-date"]);
    // In running text, without a deadline word, it may be a score.
    expect(readSchedule("passed 25/10 checks", unsettled).due).toBeNull();
    expect(readSchedule("20/60", unsettled).due).toBeNull();
  });

  it("reads a deadline whose month-first reading is weeks past day first, when the note settles no order", () => {
    // The meeting is on 2025-09-27: "by 8/10" month first is 10 August, day first 8 October.
    const unsettled: ScheduleContext = { ...meeting, dateOrder: null };
    const late = readSchedule("come back by 8/10", unsettled);
    expect(late.due).toBe("2025-10-08");
    expect(late.notes.map((note) => note.code)).toEqual(["ambiguous-date"]);
    // A few days past may be a note written late; a stated order, or no deadline word, stands.
    expect(readSchedule("by 9/24", unsettled).due).toBe("2025-09-24");
    expect(readSchedule("by 8/10", meeting).due).toBe("2025-08-10");
    expect(readSchedule("met on 8/10", unsettled).due).toBe("2025-08-10");
  });

  it("reads a range of days as what the task is about, whatever dash joins it", () => {
    const monday: ScheduleContext = {
      reference: { date: "2026-11-30", time: null },
      dateOrder: null,
    };
    for (const range of ["Nov 26-29", "Nov 26–29", "Nov 26 — 29"])
      expect(readSchedule(`share the gateway logs for ${range} today`, monday)).toMatchObject({
        due: "2026-11-30",
        dueText: "today",
      });
    expect(readSchedule("share the logs for Nov 26–29", monday).due).toBeNull();
    // After a deadline word, a range still says when, as the note writes it.
    expect(readSchedule("due Dec 3–4", monday)).toMatchObject({
      due: "2026-12-03",
      dueText: "Dec 3–4",
    });
  });

  it("reads a week of a month as due by that week's last day", () => {
    expect(readSchedule("call in the 2nd week in January", meeting)).toMatchObject({
      due: "2026-01-14",
      dueText: "2nd week in January",
    });
    expect(readSchedule("by the first week of October", meeting).due).toBe("2025-10-07");
    expect(readSchedule("in the last week of February 2028", meeting).due).toBe("2028-02-29");
    // A week number is no week of a month.
    expect(readSchedule("in week 2 of the rollout", meeting).due).toBeNull();
  });

  it("reads 'w/e' and 'week ending' before a date as its deadline, over a weekday naming a kind of thing", () => {
    expect(readSchedule("propose a no-meeting Wednesday trial, w/e 10/3", meeting)).toMatchObject({
      due: "2025-10-03",
      dueText: "10/3",
    });
    expect(readSchedule("send the timesheets week ending 10 October", meeting).due).toBe(
      "2025-10-10",
    );
    // The date the cue names wins over a day written before it.
    expect(readSchedule("start the draft Monday, w/e 10/10", meeting).due).toBe("2025-10-10");
  });

  it("reads a week named by one of its days as due by that week's Friday", () => {
    // The seed meeting is on Saturday 27 September 2025; Monday 6 October opens a week that
    // closes on Friday 10 October.
    expect(readSchedule("send the survey the week of October 6", meeting)).toMatchObject({
      due: "2025-10-10",
      dueText: "the week of October 6",
    });
    expect(readSchedule("book the room w/c 6 October", meeting).due).toBe("2025-10-10");
    expect(readSchedule("book travel, week commencing 13/10", meeting).due).toBe("2025-10-17");
    expect(readSchedule("w/b 6.10.", meeting).due).toBe("2025-10-10");
    // A week named by its Sunday ends where the one named by its Monday does.
    expect(readSchedule("ship it the week of Sunday October 5", meeting).due).toBe("2025-10-10");
    expect(readSchedule("in the week of the 6th", meeting).due).toBe("2025-10-10");
    expect(readSchedule("the week of 5 October 2026", meeting).due).toBe("2026-10-09");
    expect(readSchedule("due the week of 31/2", meeting)).toMatchObject({ due: null });
    // An ordinal week of a month stays that month's week; a week without a day is no date.
    expect(readSchedule("by the first week of October", meeting).due).toBe("2025-10-07");
    expect(readSchedule("the week of the launch", meeting).due).toBeNull();
  });

  it("follows the date order for dates both orders can read", () => {
    expect(readSchedule("by 10/11", meeting).due).toBe("2025-10-11");
    expect(readSchedule("by 10/11", dayFirst).due).toBe("2025-11-10");
    expect(readSchedule("by 20/10", dayFirst).due).toBe("2025-10-20");
    expect(readSchedule("by 10/11/2025", dayFirst).due).toBe("2025-11-10");
  });

  it("reads a month name and two digits as a day in a note written day first", () => {
    // chrono's day-first configuration takes the digits of "Oct 25" for a year and drops it.
    expect(readSchedule("by Oct 25", dayFirst).due).toBe("2025-10-25");
    expect(readSchedule("send it by October 12", dayFirst).due).toBe("2025-10-12");
    expect(readSchedule("by Oct 25", meeting).due).toBe("2025-10-25");
    // A year written with its century is still a month of that year, not a day.
    expect(readSchedule("October 2025", dayFirst).due).toBeNull();
    expect(readSchedule("by Jan 20 2026", dayFirst).due).toBe("2026-01-20");
  });

  it("reads a numeric date that ends a sentence", () => {
    expect(readSchedule("Ship by 10/11.", dayFirst).due).toBe("2025-11-10");
    expect(codes("Ship by 10/20.", dayFirst)).toEqual(["ambiguous-date"]);
  });

  it("reads dotted dates day first whatever the order", () => {
    expect(readSchedule("16.03.2015", meeting).due).toBe("2015-03-16");
    expect(readSchedule("16.03.2015", dayFirst).due).toBe("2015-03-16");
  });

  it("reads ISO dates", () => {
    expect(readSchedule("2025-11-05", meeting).due).toBe("2025-11-05");
  });

  it("reads a date without a year as the next such day, or one of the last quarter that is nearer", () => {
    // The meeting is on 2025-09-27.
    expect(readSchedule("by 10/20", meeting).due).toBe("2025-10-20");
    expect(readSchedule("by 9/20", meeting).due).toBe("2025-09-20");
    expect(readSchedule("by 7/15", meeting).due).toBe("2025-07-15");
    // More than a quarter back: the day ahead, even when it is further away.
    expect(readSchedule("by 6/1", meeting).due).toBe("2026-06-01");
    expect(readSchedule("by June 1", meeting).due).toBe("2026-06-01");
    expect(readSchedule("by Sept 20", meeting).due).toBe("2025-09-20");
  });
});

describe("notes without a reference date", () => {
  it.each([
    "6 PM today",
    "Within 24 hours",
    "by Friday",
    "tomorrow",
    "EOD",
    "EOW",
    "end of month",
    "Oct 17",
    "by 10/20",
    "next Tuesday",
  ])("%s leaves due null, keeps dueText, and says why", (text) => {
    const schedule = readSchedule(text, noReference);
    expect(schedule.due).toBeNull();
    expect(text).toContain(schedule.dueText);
    expect(schedule.notes.map((note) => note.code)).toEqual(["no-reference-date"]);
  });

  it("still reads dates that carry their year", () => {
    expect(readSchedule("by 2025-11-05", noReference)).toMatchObject({
      due: "2025-11-05",
      notes: [],
    });
    expect(readSchedule("16.03.2015", noReference)).toMatchObject({ due: "2015-03-16", notes: [] });
    expect(readSchedule("by 10/20/2025", noReference)).toMatchObject({
      due: "2025-10-20",
      notes: [],
    });
  });

  it("still reads durations and recurrences", () => {
    expect(readSchedule("72-hour monitoring period", noReference)).toMatchObject({
      duration: "PT72H",
      notes: [],
    });
    expect(readSchedule("Weekly business reviews for next 3 months", noReference)).toMatchObject({
      recurrence: "FREQ=WEEKLY",
      notes: [],
    });
  });
});

describe("unreadable deadlines", () => {
  it("reports 'by the 45th of Octember' as unresolved", () => {
    const schedule = readSchedule("Deliver the report by the 45th of Octember", meeting);
    expect(schedule).toMatchObject({ due: null, dueText: "by the 45th of Octember" });
    expect(schedule.notes.map((note) => note.code)).toEqual(["unresolved-date"]);
  });

  it("reports an impossible numeric deadline as unresolved", () => {
    expect(codes("by 13/45", meeting)).toEqual(["unresolved-date"]);
  });
});

describe("long input", () => {
  it("reads a long line of digits and words without trouble", () => {
    const text = `${"1/2/3.4 by within next Friday EOD ".repeat(2_000)}`;
    expect(() => readSchedule(text, meeting)).not.toThrow();
  });
});

describe("a weekday written with a calendar date", () => {
  const reference = { reference: { date: "2025-10-14", time: "10:00" }, dateOrder: "MDY" as const };

  it.each([
    ["Tuesday Oct 21, 2pm", "2025-10-21T14:00"],
    ["Friday, March 6 at 10am", "2026-03-06T10:00"],
    ["on Thursday 12/4", "2025-12-04"],
  ])("%s reads the date, not the next such weekday", (text, due) => {
    const schedule = readSchedule(text, reference);
    expect(schedule.due).toBe(due);
    expect(schedule.notes).toEqual([]);
  });

  it("notes a weekday that does not match the date", () => {
    const schedule = readSchedule("by Monday Oct 21", reference);
    expect(schedule.due).toBe("2025-10-21");
    expect(schedule.notes.map((note) => note.code)).toEqual(["ambiguous-date"]);
  });
});

describe("spans and weekdays people write", () => {
  // The seed meeting is a Saturday; `monday` is Monday 22 September 2025, 09:00.
  it.each([
    ["Send the revised quote, ETA 2 weeks", "2025-10-06", "ETA 2 weeks"],
    ["Send the revised quote, ETA: 3 days", "2025-09-25", "ETA: 3 days"],
    ["Send the revised quote a week from today", "2025-09-29", "a week from today"],
    ["Send the revised quote two days from now", "2025-09-24", "two days from now"],
    ["Send the revised quote the day after tomorrow", "2025-09-24", "the day after tomorrow"],
    [
      "Send the revised quote by the day after tomorrow at 3pm",
      "2025-09-24T15:00",
      "the day after tomorrow at 3pm",
    ],
    ["Send the revised quote by Friday next week", "2025-10-03", "Friday next week"],
    ["Send the revised quote by Wednesday of next week", "2025-10-01", "Wednesday of next week"],
    ["Send the revised quote by Friday this week", "2025-09-26", "Friday this week"],
  ])("%s -> %s", (text, due, dueText) => {
    expect(readSchedule(text, monday)).toMatchObject({ due, dueText, notes: [] });
  });

  it("reads a day-first dotted date after a deadline word, with or without a closing dot", () => {
    expect(readSchedule("Ship the fix, due 30.09", monday)).toMatchObject({
      due: "2025-09-30",
      dueText: "30.09",
    });
    expect(readSchedule("Ship the fix until 1.10.", monday)).toMatchObject({ due: "2025-10-01" });
  });

  it("reads a day-first dotted date after a record's field of by when", () => {
    expect(readSchedule("Ship the fix — When: 30.09", monday)).toMatchObject({
      due: "2025-09-30",
      dueText: "30.09",
    });
    expect(readSchedule("Ship the fix, Target: 1.10", monday)).toMatchObject({ due: "2025-10-01" });
    // Without its colon the word is no field: "when 2.10 lands" waits for a version.
    expect(readSchedule("Update the docs when 2.10 lands", monday).due).toBeNull();
  });

  it("keeps versions and decimals that no deadline word introduces", () => {
    for (const text of [
      "Upgrade the client to 2.10",
      "Roll out on 2.10",
      "Keep p99 under 1.25 s",
      "Rotate the keys within 2 days of the release",
    ])
      expect(readSchedule(text, monday)).toMatchObject({ due: null, dueText: null, notes: [] });
  });
});

describe("a recording's timestamps in a recap", () => {
  it("reads a clock reading alone in brackets as where the recording says it, not a due time", () => {
    expect(readSchedule("Send Erik the revised quote (12:41)", meeting).due).toBeNull();
    expect(readSchedule("Pricing discussion (02:10 - 14:30)", meeting).due).toBeNull();
    expect(readSchedule("Confirm the add-on pricing (1:05:30)", meeting).due).toBeNull();
    // Said as a time, it still is one.
    expect(readSchedule("Call the vendor at 14:00", meeting).due).toBe("2025-09-27T14:00");
    expect(readSchedule("Call the vendor (by 14:00)", meeting).due).toBe("2025-09-27T14:00");
  });
});

describe("a day a week on", () => {
  it("reads 'Friday week' as the Friday after the coming one, and a calendar week's day apart", () => {
    // The meeting is on Saturday 27 September 2025.
    expect(readSchedule("Send the minutes by Friday week", meeting).due).toBe("2025-10-10");
    expect(readSchedule("Book the room Tuesday week", meeting).due).toBe("2025-10-07");
    expect(readSchedule("Send the minutes by Friday", meeting).due).toBe("2025-10-03");
    expect(readSchedule("Post it Friday week 42", meeting).due).toBe("2025-10-03");
  });
});

describe("the close of the working day, said the British way", () => {
  it("reads 'by close of play' as 'by end of play', and not the words alone", () => {
    expect(readSchedule("Send the figures by close of play", meeting).due).toBe("2025-09-27T17:00");
    expect(readSchedule("Send the figures by end of play", meeting).due).toBe("2025-09-27T17:00");
    expect(readSchedule("Review the close of play rules", meeting).due).toBeNull();
    // Before its day, as "EOP Thursday" is read; the seed meeting is on a Saturday.
    expect(readSchedule("Send the figures end of play Thursday", meeting).due).toBe(
      "2025-10-02T17:00",
    );
  });

  it("reads 'within the next fortnight' and 'over the next week' as a span from the meeting, as 'within a fortnight' and 'within a week'", () => {
    expect(readSchedule("Photograph the damage over the next week", meeting).due).toBe(
      "2025-10-04",
    );
    expect(readSchedule("Settle the invoice in the coming month", meeting).due).toBe("2025-10-27");
    // "next week" alone is the calendar week after the meeting's, due by its Friday; a week's
    // thing is no span.
    expect(readSchedule("Settle the invoice next week", meeting).due).toBe("2025-10-03");
    expect(readSchedule("Bring it to the next week's review", meeting).due).toBe("2025-10-03");
    expect(readSchedule("Fix the gate within the next fortnight", meeting).due).toBe("2025-10-11");
    expect(readSchedule("Fix the gate over the coming fortnight", meeting).due).toBe("2025-10-11");
    expect(readSchedule("Fix the gate within a fortnight", meeting).due).toBe("2025-10-11");
    expect(readSchedule("Plan the next fortnight's rota", meeting).due).toBeNull();
  });
});

describe("a day that sorts or dates the things the work is on", () => {
  it.each([
    "Archive the tickets older than October 1",
    "Archive the tickets newer than Sep 1",
    "Close the issues opened before October 1",
    "Re-run the jobs created after 9/20",
  ])("%j is not a deadline", (text) => {
    expect(readSchedule(text, meeting).due).toBeNull();
  });

  it.each([
    ["Close the issues opened after 9/20 by Friday", "2025-10-03"],
    ["Send it no later than October 1", "2025-10-01"],
    ["Get the budget approved before Friday", "2025-10-03"],
    ["The runbook must be created before October 6", "2025-10-06"],
  ])("%j is due %s", (text, due) => {
    expect(readSchedule(text, meeting).due).toBe(due);
  });
});

describe("a day written with an ordinal dot before its month", () => {
  it.each([
    ["Send the quote by 15. October", "2025-10-15", "15. October"],
    ["Angebot einholen, bis 3. Nov. 2025", "2025-11-03", "3. Nov. 2025"],
  ])("%j is due that day, as written", (text, due, dueText) => {
    const schedule = readSchedule(text, meeting);
    expect([schedule.due, schedule.dueText]).toEqual([due, dueText]);
  });

  it.each(["Step 3. May be delayed", "Point 2. March to the hall"])(
    "%j, a sentence after a number, is no date",
    (text) => {
      expect(readSchedule(text, meeting).due).toBeNull();
    },
  );
});

describe("a span counted from the meeting itself", () => {
  it("reads 'within 48 hours of the meeting', 'of this call' and 'of today' as counted from the meeting", () => {
    expect(readSchedule("Send the form within 48 hours of the meeting", meeting)).toMatchObject({
      due: "2025-09-29T10:00",
      dueText: "within 48 hours",
    });
    expect(readSchedule("Share the notes within 2 days of this call", meeting).due).toBe(
      "2025-09-29",
    );
    expect(readSchedule("Reply within 24 hours of today", meeting).due).toBe("2025-09-28T10:00");
    // Counted from something else, the span says nothing of when.
    expect(readSchedule("Patch within 2 days of the release", meeting).due).toBeNull();
    expect(
      readSchedule("Patch within 2 days of the last meeting's decision", meeting).due,
    ).toBeNull();
  });
});

describe("how long, written short", () => {
  it("reads 'for 48h' and 'for 2wks' as how long the work lasts, not when it is due", () => {
    expect(readSchedule("Keep the incident channel open for 48h", meeting)).toMatchObject({
      due: null,
      duration: "PT48H",
    });
    expect(readSchedule("Watch the error rate for 2wks", meeting)).toMatchObject({
      due: null,
      duration: "P2W",
    });
  });
});
