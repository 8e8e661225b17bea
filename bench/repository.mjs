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
    const options = { cwd: folder };
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
    run(cached); // fills the cache
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
