// Deterministic meeting notes of any size, in the shape that made micromark slow: a title and
// facts, then sections of heading + short list + paragraph, repeated. Same seed, same note.

const PEOPLE = [
  "Lisa Wong",
  "David Park",
  "Rachel Kim",
  "Mike Davis",
  "Sarah Johnson",
  "Owen Hale",
  "Priya Nair",
  "Tomás Ortega",
];
const TOPICS = [
  "Customer Concerns",
  "Technical Assessment",
  "Resolution Plan",
  "Action Items",
  "Risks",
  "Decisions",
  "Notes",
  "Follow-up Actions",
];
const TASKS = [
  "Schedule the hotfix deployment for 6 PM today",
  "Prepare rollback documentation and assign an on-call engineer",
  "Set up customer monitoring dashboard access by Friday",
  "Send the formal apology and resolution summary to the customer",
  "Review index usage on the reporting database before Oct 12",
  "Share the incident timeline with the account team",
];
const REMARKS = [
  "Performance degradation of 40% since the update",
  "Known issue affecting less than 5% of enterprise customers",
  "Daily updates to the customer executive team",
  "Weekly business reviews for the next 3 months",
  "Inconsistent data synchronization between regions",
];

/** A small seeded generator (mulberry32), so that every run builds the same note. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(next, list) {
  return list[Math.floor(next() * list.length)];
}

function section(next, index) {
  const topic = pick(next, TOPICS);
  const lines = [`### ${topic} ${index + 1}`, ""];
  const count = 3 + Math.floor(next() * 3);
  for (let i = 0; i < count; i++) {
    lines.push(
      topic.includes("Action") || topic.includes("Follow")
        ? `- **${pick(next, PEOPLE).split(" ")[0]}:** ${pick(next, TASKS)}`
        : `- ${pick(next, REMARKS)}`,
    );
  }
  lines.push(
    "",
    `${pick(next, PEOPLE)} noted that ${pick(next, REMARKS).toLowerCase()}, and agreed to follow up.`,
    "",
  );
  return lines.join("\n");
}

/** A note of at least `bytes` UTF-8 bytes made of repeated sections. */
export function generateNote(bytes, seed = 42) {
  const next = random(seed);
  const head = [
    "# Customer Escalation Meeting: Northwind Traders",
    "",
    "**Date:** September 27, 2025  ",
    "**Time:** 10:00 AM - 11:30 AM  ",
    "**Attendees:** Lisa Wong (Customer Success Manager), David Park (Product Manager), Rachel Kim (Support Lead)",
    "",
    "## Meeting Summary",
    "",
  ].join("\n");
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let index = 0; size < bytes; index++) {
    const part = section(next, index);
    parts.push(part);
    size += Buffer.byteLength(part) + 1;
  }
  return parts.join("\n");
}
