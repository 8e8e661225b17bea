// A repository's worth of real-shaped notes, made from the project's own notes: every note of the
// evaluation corpus (eval/corpus/raw) up to 20 KB, and the fixture notes (fixtures/**) joined
// into notes of about 5 KB, since each fixture is a short note written to show one thing.
// The same files every run: they are copied in a fixed order under fixed names.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const LARGEST_CORPUS_NOTE = 20 * 1024;
const JOINED_NOTE_SIZE = 5 * 1024;

function markdownFiles(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return markdownFiles(path);
      return entry.name.endsWith(".md") ? [path] : [];
    })
    .sort();
}

/** The distinct notes the corpus is made of: `{ name, text }`, in a fixed order. */
export function distinctNotes() {
  const notes = [];
  for (const path of markdownFiles(join(ROOT, "eval/corpus/raw"))) {
    if (statSync(path).size > LARGEST_CORPUS_NOTE) continue;
    notes.push({ name: relative(ROOT, path), text: readFileSync(path, "utf8") });
  }
  let joined = [];
  let size = 0;
  const flush = () => {
    if (joined.length === 0) return;
    notes.push({ name: `fixtures-joined-${notes.length}`, text: joined.join("\n\n") });
    joined = [];
    size = 0;
  };
  for (const path of markdownFiles(join(ROOT, "fixtures"))) {
    const text = readFileSync(path, "utf8");
    joined.push(text.trimEnd());
    size += text.length;
    if (size >= JOINED_NOTE_SIZE) flush();
  }
  flush();
  return notes;
}

/**
 * Writes `count` notes into `folder` (note-0001.md, …), cycling through the distinct notes, and
 * returns their names and sizes.
 */
export function writeCorpus(folder, count) {
  const notes = distinctNotes();
  mkdirSync(folder, { recursive: true });
  const names = [];
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const name = `note-${String(index + 1).padStart(4, "0")}.md`;
    const { text } = notes[index % notes.length];
    writeFileSync(join(folder, name), text);
    bytes += Buffer.byteLength(text);
    names.push(name);
  }
  return { names, distinct: notes.length, bytes, averageBytes: bytes / count };
}
