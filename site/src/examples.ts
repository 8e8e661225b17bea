import bluewave from "../../fixtures/escalation/bluewave-escalation.md";
import northwind from "../../fixtures/escalation/northwind-escalation.md";
import postmortem from "../../fixtures/incident/checkout-outage-postmortem.md";
import sync from "../../fixtures/meeting/2026-2-3-sync.md";
import dmyReview from "../../fixtures/meeting/dmy-review.md";
import weeklyStatus from "../../fixtures/status/weekly-status-update.md";

/** Notes of our own (fixtures/), bundled into the page as text, with the options their tests use. */
export interface Example {
  label: string;
  fileName: string;
  note: string;
  dateOrder?: "MDY" | "DMY";
}

/** The first is what the page opens with. */
export const EXAMPLES: readonly Example[] = [
  {
    label: "Customer escalation (Northwind)",
    fileName: "northwind-escalation.md",
    note: northwind,
  },
  { label: "Customer escalation (BlueWave)", fileName: "bluewave-escalation.md", note: bluewave },
  { label: "Incident postmortem", fileName: "checkout-outage-postmortem.md", note: postmortem },
  { label: "Status update, front matter", fileName: "weekly-status-update.md", note: weeklyStatus },
  { label: "Sync dated by its file name", fileName: "2026-2-3-sync.md", note: sync },
  {
    label: "Review with day-first dates",
    fileName: "dmy-review.md",
    note: dmyReview,
    dateOrder: "DMY",
  },
];
