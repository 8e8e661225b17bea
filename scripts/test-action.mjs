#!/usr/bin/env node
// The GitHub Action (action.yml), run as the runner runs a composite action's steps:
// the action's checkout copied to its own folder (GITHUB_ACTION_PATH), a throwaway repository as
// GITHUB_WORKSPACE, each step's `run:` written to a file and run with `bash --noprofile --norc -eo
// pipefail`, its `${{ }}` expressions filled in from the inputs (defaults from action.yml), its
// `env:` and the GITHUB_* variables set. .ci/run runs it; it installs packages, so not in npm test.
//   node scripts/test-action.mjs
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const action = parse(readFileSync(join(root, "action.yml"), "utf8"));
const scratch = mkdtempSync(join(tmpdir(), "md-minutes-action-"));
const actionPath = join(scratch, "action");
const runnerTemp = join(scratch, "runner-temp");
mkdirSync(runnerTemp);

/** The action's checkout: the repository's tracked files as they are in the work tree. */
function checkOutAction() {
  const listed = spawnSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" });
  assert.equal(listed.status, 0, listed.stderr);
  for (const file of listed.stdout.split("\0").filter(Boolean)) {
    if (!existsSync(join(root, file))) continue; // deleted in the work tree
    mkdirSync(dirname(join(actionPath, file)), { recursive: true });
    cpSync(join(root, file), join(actionPath, file));
  }
}

const note = (rule, kind = "not-ok") =>
  readFileSync(join(root, "fixtures", "check", "rules", rule, `${kind}.md`), "utf8");

/** A new repository with notes in it, as actions/checkout leaves the workspace. */
function workspace(files) {
  const folder = mkdtempSync(join(scratch, "workspace-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  spawnSync("git", ["init", "-q"], { cwd: folder });
  return folder;
}

/** `${{ inputs.x }}`, `${{ github.workspace }}` and `${{ github.action_path }}`; anything else fails. */
function expand(text, context) {
  return String(text ?? "").replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression) => {
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input) {
      assert.ok(input[1] in context.inputs, `action.yml reads an undeclared input ${input[1]}`);
      return context.inputs[input[1]];
    }
    if (expression === "github.workspace") return context.workspace;
    if (expression === "github.action_path") return actionPath;
    throw new Error(`test-action: cannot evaluate \${{ ${expression} }}`);
  });
}

/** Runs the action's steps (all, or from `first` on) with these inputs; the last step's result. */
function runAction(workspaceFolder, given = {}, first = 0) {
  const inputs = {};
  for (const [name, spec] of Object.entries(action.inputs))
    inputs[name] = name in given ? given[name] : String(spec.default ?? "");
  for (const name of Object.keys(given))
    assert.ok(name in action.inputs, `test gives an input action.yml lacks: ${name}`);
  const context = { inputs, workspace: workspaceFolder };
  let result;
  for (const [index, step] of action.runs.steps.entries()) {
    if (index < first) continue;
    assert.equal(step.shell, "bash", "every step says its shell");
    const script = join(runnerTemp, `step-${index}.sh`);
    writeFileSync(script, expand(step.run, context));
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_WORKSPACE: workspaceFolder,
      GITHUB_REPOSITORY: "example/notes",
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_SHA: "0000000000000000000000000000000000000000",
      RUNNER_TEMP: runnerTemp,
      RUNNER_OS: "Linux",
      GITHUB_OUTPUT: join(runnerTemp, "output"),
      GITHUB_ENV: join(runnerTemp, "env"),
      GITHUB_STEP_SUMMARY: join(runnerTemp, "summary"),
      npm_config_cache: process.env.npm_config_cache,
    };
    for (const [name, value] of Object.entries(step.env ?? {})) env[name] = expand(value, context);
    const cwd = step["working-directory"]
      ? expand(step["working-directory"], context)
      : workspaceFolder;
    result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], {
      cwd,
      env: Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)),
      encoding: "utf8",
    });
    if (result.status !== 0) break;
  }
  return result;
}

let passed = 0;
let failed = 0;
function check(name, body) {
  try {
    body();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).replace(/\n/g, "\n    ")}`);
  }
}

const annotations = (stdout) => stdout.split("\n").filter((line) => line.startsWith("::"));

try {
  console.log(`test-action: action.yml with GITHUB_ACTION_PATH=${actionPath}`);
  checkOutAction();
  const notes = {
    "notes/2025-10-06-harbor.md": note("action-owner"),
    "notes/clean.md": note("action-owner", "ok"),
    "notes/undated-deadline.md": note("action-due"),
    "README.md": "# Our notes\n",
  };

  let first;
  check("the whole action, default inputs: installs, builds, annotates the broken note", () => {
    const started = performance.now();
    first = runAction(workspace(notes));
    console.log(
      `    (install and build from the checkout: ${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
    assert.ok(
      existsSync(join(actionPath, "dist", "cli.js")),
      "dist/cli.js built in the action's folder",
    );
    assert.equal(first.status, 1, first.stderr);
    const lines = annotations(first.stdout);
    for (const place of ["line=17,col=3", "line=18,col=7"])
      assert.ok(
        lines.some((line) =>
          new RegExp(
            `^::error file=notes/2025-10-06-harbor\\.md,${place},.*title=action-owner`,
          ).test(line),
        ),
        `an action-owner annotation at ${place}:\n${first.stdout}`,
      );
    assert.ok(lines.some((line) => line.startsWith("::warning file=notes/undated-deadline.md")));
    assert.ok(!first.stdout.includes("README.md"), "README.md is not judged");
  });
  if (!first || !existsSync(join(actionPath, "dist", "cli.js")))
    throw new Error("the install step failed; the other cases need it");

  // The other cases run the check step alone, on the action folder the first run built.
  const CHECK_STEP = action.runs.steps.length - 1;
  check("paths: one a line, spaces kept, globs expanded by md-minutes", () => {
    const folder = workspace({ ...notes, "notes/weekly sync.md": note("action-owner", "ok") });
    const result = runAction(
      folder,
      { paths: "  notes/clean.md\n\nnotes/weekly sync.md\nnotes/*-harbor.md\n", format: "stylish" },
      CHECK_STEP,
    );
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /3 files checked/);
    assert.match(result.stdout, /2025-10-06-harbor\.md/);
    assert.doesNotMatch(result.stdout, /undated-deadline/);
  });
  check("a clean note passes", () => {
    const result = runAction(workspace(notes), { paths: "notes/clean.md" }, CHECK_STEP);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.deepEqual(annotations(result.stdout), []);
  });
  check("max-warnings: warnings pass without it, fail over it", () => {
    const folder = workspace(notes);
    const paths = "notes/undated-deadline.md";
    assert.equal(runAction(folder, { paths }, CHECK_STEP).status, 0);
    const strict = runAction(folder, { paths, "max-warnings": "0" }, CHECK_STEP);
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /max-warnings|warnings/i);
  });
  check("now: turns on the overdue rule", () => {
    const folder = workspace(notes);
    const paths = "notes/clean.md";
    const later = runAction(folder, { paths, now: "2026-01-01" }, CHECK_STEP);
    assert.ok(
      annotations(later.stdout).some((line) => /title=overdue/.test(line)),
      later.stdout,
    );
  });
  check("config: a config file given by path", () => {
    const folder = workspace({
      ...notes,
      "ci/minutes.json": JSON.stringify({ rules: { "action-owner": "off" } }),
    });
    const result = runAction(
      folder,
      { paths: "notes/2025-10-06-harbor.md", config: "ci/minutes.json" },
      CHECK_STEP,
    );
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
  check("format: sarif writes a SARIF log", () => {
    const result = runAction(workspace(notes), { paths: "notes/", format: "sarif" }, CHECK_STEP);
    assert.equal(JSON.parse(result.stdout).version, "2.1.0");
  });
  check("an input is data, not shell code", () => {
    const folder = workspace(notes);
    const result = runAction(
      folder,
      { paths: 'notes/clean.md\n$(touch pwned)\n"; touch pwned; "', now: "$(touch pwned)" },
      CHECK_STEP,
    );
    assert.equal(existsSync(join(folder, "pwned")), false);
    assert.equal(result.status, 2, "a bad --now is a usage error");
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`action: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
