import { defineRule } from "../rule.js";
import { lastSeenSpan, quoteTracked } from "./series-tasks.js";

export const droppedItem = defineRule({
  id: "dropped-item",
  description:
    "No open item vanishes from the later notes of its series without being marked done.",
  defaultSeverity: "warn",
  note: "runs over two or more notes of one series",
  check() {},
  checkSeries(series, context) {
    for (const task of series.tasks) {
      if (task.state !== "dropped") continue;
      const last = task.history.at(-1)!;
      const at = series.notes.findIndex(
        (note) => note.file === last.file && note.date === last.date,
      );
      // The next note by its file's name: the message stands beside the notes' own paths.
      const next = series.notes[at + 1]?.file?.split(/[\\/]/).pop() || "the next note";
      context.report({
        ...lastSeenSpan(task, context),
        message: `Unexpected open item missing from every later note of the series ("${quoteTracked(task)}"), expected it marked done (\`- [x]\`) or carried into ${next}`,
        actual: "dropped",
      });
    }
  },
});
