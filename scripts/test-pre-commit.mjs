#!/usr/bin/env node
// The pre-commit hooks, run by the real pre-commit (Debian's package) on throwaway git
// repositories, through `pre-commit install` and `git commit` as a user meets them:
//   1. the md-minutes-check hook of .pre-commit-hooks.yaml, as `repo: <url>` users get it: the
//      hook repository is a local clone of this work tree at a commit (pre-commit clones it
//      without the network); its first run installs with `npm ci` from the npm registry, which
//      this machine reaches, and builds;
//   2. the `repo: local`, `language: system` variant of the README, for a project that installed
//      md-minutes itself: fully offline.
// .ci/run runs it; it installs packages, so not in npm test.
//   node scripts/test-pre-commit.mjs
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const scratch = mkdtempSync(join(tmpdir(), "md-minutes-pre-commit-"));
const env = {
  ...process.env,
  // pre-commit's clones and environments, kept out of the user's ~/.cache.
  PRE_COMMIT_HOME: join(scratch, "pre-commit-home"),
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.com",
  NO_COLOR: "1",
};

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8" });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
function ok(command, args, cwd) {
  const result = run(command, args, cwd);
  assert.equal(result.status, 0, `${command} ${args.join(" ")}:\n${result.output}`);
  return result.output;
}

const fixture = (kind) =>
  readFileSync(join(root, "fixtures", "check", "rules", "action-owner", `${kind}.md`), "utf8");

/** The hook repository: this work tree's tracked files, committed in a clone of their own. */
function hookRepository() {
  const folder = join(scratch, "md-minutes");
  mkdirSync(folder);
  ok("git", ["init", "-q"], folder);
  const listed = ok("git", ["ls-files", "-z"], root);
  for (const file of listed.split("\0").filter(Boolean)) {
    if (!existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    cpSync(join(root, file), join(folder, file));
  }
  ok("git", ["add", "-A"], folder);
  ok("git", ["commit", "-q", "-m", "md-minutes as it is in the work tree"], folder);
  return { path: folder, rev: ok("git", ["rev-parse", "HEAD"], folder).trim() };
}

/** A new repository with pre-commit installed as its Git hook. */
function notesRepository(name, config, files = {}) {
  const folder = join(scratch, name);
  mkdirSync(folder);
  ok("git", ["init", "-q"], folder);
  writeFileSync(join(folder, ".pre-commit-config.yaml"), config);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
  ok("pre-commit", ["install"], folder);
  ok("git", ["add", ".pre-commit-config.yaml"], folder);
  ok("git", ["commit", "-q", "--no-verify", "-m", "pre-commit"], folder);
  return folder;
}

/** Stages `files` and commits them: what the hook said and whether the commit went through. */
function commit(folder, files) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
    ok("git", ["add", file], folder);
  }
  return run("git", ["commit", "-q", "-m", "notes"], folder);
}

/** The same commits in either setup. */
function commonCases(folder, hookName) {
  const broken = commit(folder, { "notes/2025-10-06-harbor.md": fixture("not-ok") });
  assert.equal(broken.status, 1, broken.output);
  assert.match(broken.output, new RegExp(`${hookName}.*Failed`));
  assert.match(broken.output, /17:3\s+error\s+Unexpected action item without owner.*action-owner/);
  assert.match(broken.output, /18:7\s+error\s+.*action-owner/);
  const fixed = commit(folder, { "notes/2025-10-06-harbor.md": fixture("ok") });
  assert.equal(fixed.status, 0, fixed.output);
  assert.match(fixed.output, new RegExp(`${hookName}.*Passed`));
  // Documentation passes through: not a meeting note, so not judged.
  const readme = commit(folder, { "docs/how-we-meet.md": "# How we meet\n\nEvery Monday.\n" });
  assert.equal(readme.status, 0, readme.output);
  // A commit without Markdown does not run the hook at all.
  const code = commit(folder, { "tool.sh": "echo hi\n" });
  assert.equal(code.status, 0, code.output);
  assert.match(code.output, new RegExp(`${hookName}.*\\(no files to check\\)Skipped`));
}

let passed = 0;
let failed = 0;
function check(name, body) {
  try {
    const started = performance.now();
    body();
    passed++;
    console.log(`  ✓ ${name} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).replace(/\n/g, "\n    ")}`);
  }
}

try {
  console.log(`test-pre-commit: ${ok("pre-commit", ["--version"], root).trim()}`);
  check(
    "the md-minutes-check hook from .pre-commit-hooks.yaml (repo: a clone of this tree)",
    () => {
      const hooks = hookRepository();
      const folder = notesRepository(
        "remote-hook",
        `repos:\n  - repo: ${hooks.path}\n    rev: ${hooks.rev}\n    hooks:\n      - id: md-minutes-check\n`,
      );
      commonCases(folder, "md-minutes check");
    },
  );
  check("the repo: local, language: system hook of the README (offline)", () => {
    const folder = notesRepository(
      "local-hook",
      [
        "repos:",
        "  - repo: local",
        "    hooks:",
        "      - id: md-minutes",
        "        name: md-minutes check",
        "        entry: npx --no md-minutes check",
        "        language: system",
        "        files: \\.(md|markdown)$",
        "        require_serial: true",
        "",
      ].join("\n"),
    );
    // md-minutes installed in the project as npm would (here: linked to this built work tree).
    mkdirSync(join(folder, "node_modules", ".bin"), { recursive: true });
    symlinkSync(root, join(folder, "node_modules", "md-minutes"), "dir");
    symlinkSync("../md-minutes/dist/cli.js", join(folder, "node_modules", ".bin", "md-minutes"));
    writeFileSync(join(folder, ".gitignore"), "node_modules/\n");
    commonCases(folder, "md-minutes check");
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`pre-commit: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
