// `check` over a repository's worth of notes, against markdownlint-cli2 on the same files: cold,
// then with --cache after a first run, with nothing changed and with 1% of the notes changed.
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MARKDOWNLINT_BIN, OUR_BIN } from "./cli.mjs";
import { alternate, median, timeCommand } from "./clock.mjs";
import { writeCorpus } from "./corpus.mjs";

export function compareRepository({ count = 2000, rounds = 3 } = {}) {
  const folder = mkdtempSync(join(tmpdir(), "md-minutes-repository-"));
  try {
    const corpus = writeCorpus(folder, count);
    // Output ignored: markdownlint-cli2 writes its findings for 2,000 files on stderr, more than
    // a pipe's buffer holds.
    const options = { cwd: folder, stdio: "ignore" };
    const ours = (extra = []) => ({
      command: OUR_BIN,
      args: ["check", ...extra, ...corpus.names],
      options,
    });
    // markdownlint-cli2 is given its usual glob; md-minutes the file names a shell would expand.
    const markdownlint = { command: MARKDOWNLINT_BIN, args: ["*.md"], options };
    const [markdownlintMany, checkCold] = alternate([markdownlint, ours()], rounds);

    const cached = ours(["--cache"]);
    const run = ({ command, args }) => timeCommand(command, args, options).elapsed;
    // Fills the cache; a run that failed (exit 2) would time nothing worth reporting.
    const fill = timeCommand(cached.command, cached.args, options);
    if (fill.status !== 0 && fill.status !== 1)
      throw new Error(`md-minutes check --cache exited with ${fill.status}`);
    const unchanged = median(Array.from({ length: rounds }, () => run(cached)));
    // A different 1% each round, changed to text no run has seen.
    const changedCount = Math.max(1, Math.round(count / 100));
    const changed = median(
      Array.from({ length: rounds }, (_, round) => {
        for (let index = 0; index < changedCount; index++) {
          const name = corpus.names[(round * changedCount + index * 97) % count];
          appendFileSync(join(folder, name), `\nChanged in round ${round}.\n`);
        }
        return run(cached);
      }),
    );
    return { corpus, changedCount, markdownlintMany, checkCold, unchanged, changed };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
