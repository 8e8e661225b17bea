import { markdownLanguage } from "@codemirror/lang-markdown";
import { LanguageSupport } from "@codemirror/language";
import { type Diagnostic, lintGutter, setDiagnostics } from "@codemirror/lint";
import { EditorSelection } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { basicSetup } from "codemirror";
import type { PlainMessage } from "./analyze.js";

export interface NoteEditor {
  text(): string;
  /** Replaces the whole note (an example picked, a file opened). */
  setText(text: string): void;
  showMessages(messages: readonly PlainMessage[]): void;
  /** Puts the cursor at a line (1-based) and column and scrolls it into view. */
  goTo(line: number, column?: number): void;
}

/**
 * CodeMirror 6 with its lint gutter. The messages come from `check`, pushed in with
 * `setDiagnostics` when a reading finishes, rather than from a `linter()` source, since the
 * reading of a large note runs in a worker and arrives later.
 */
export function createEditor(
  parent: HTMLElement,
  initial: string,
  onChange: (text: string) => void,
): NoteEditor {
  const view = new EditorView({
    parent,
    doc: initial,
    extensions: [
      basicSetup,
      // The Markdown (GFM) highlighting alone: markdown() would also bundle the HTML, CSS and
      // JavaScript languages for embedded code, a tenth of the page's script.
      new LanguageSupport(markdownLanguage),
      lintGutter(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ "aria-label": "Meeting note (Markdown)" }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange(update.state.doc.toString());
      }),
    ],
  });
  return {
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    showMessages(messages) {
      const length = view.state.doc.length;
      const diagnostics: Diagnostic[] = messages.map((message) => ({
        from: Math.min(message.from, length),
        to: Math.min(message.to, length),
        severity: message.severity,
        source: message.ruleId ?? "md-minutes",
        message: message.reason,
      }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    goTo(line, column = 1) {
      const doc = view.state.doc;
      const target = doc.line(Math.max(1, Math.min(line, doc.lines)));
      const position = Math.min(target.from + column - 1, target.to);
      view.dispatch({
        selection: EditorSelection.cursor(position),
        effects: EditorView.scrollIntoView(position, { y: "center" }),
      });
      view.focus();
    },
  };
}
