import { PRESETS, RULES } from "../../src/index.js";
import { type Analysis, analyze } from "./analyze.js";
import { createEditor } from "./editor.js";
import { createEngine, serveInWorker } from "./engine.js";
import { EXAMPLES } from "./examples.js";
import { h, renderFacts, renderMessages, renderTasks } from "./render.js";
import { decodeState, encodeState, type PageState } from "./state.js";

// One classic script serves both sides: on the page it builds the playground; started again as a
// worker (from a Blob URL of its own text) it answers readings.
if (typeof document === "undefined") {
  serveInWorker(self as unknown as Parameters<typeof serveInWorker>[0]);
} else {
  startPage(document.currentScript?.textContent ?? null);
}

function startPage(ownSource: string | null): void {
  // For the browser test's report of how long the page takes to show its first reading.
  performance.mark("md-minutes:script-start");
  const first = EXAMPLES[0]!;
  const initial: PageState = {
    note: first.note,
    fileName: first.fileName,
    referenceDate: "",
    timezone: "",
    dateOrder: "",
    now: "",
    preset: "recommended",
    rules: {},
  };
  let state = decodeState(location.hash, initial) ?? initial;
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

  const status = $("status");
  const editor = createEditor($("editor"), state.note, (note) => update({ note }));
  const goTo = (line: number, column = 1) => editor.goTo(line, column);

  // Controls: each writes its key of the state.
  const inputs = {
    fileName: $<HTMLInputElement>("file-name"),
    referenceDate: $<HTMLInputElement>("reference-date"),
    timezone: $<HTMLInputElement>("timezone"),
    dateOrder: $<HTMLSelectElement>("date-order"),
    now: $<HTMLInputElement>("now"),
    preset: $<HTMLSelectElement>("preset"),
  } as const;
  const zones = $("zones");
  for (const zone of Intl.supportedValuesOf?.("timeZone") ?? [])
    zones.append(h("option", { value: zone }));
  for (const [key, input] of Object.entries(inputs) as [keyof typeof inputs, HTMLInputElement][]) {
    input.value = state[key];
    input.addEventListener("change", () => update({ [key]: input.value }));
  }
  const ruleSelects = buildRuleToggles($("rules"), (id, value) => {
    const rules = { ...state.rules };
    if (value === "") delete rules[id];
    else rules[id] = value as PageState["rules"][string];
    update({ rules });
  });
  const showRules = () => {
    for (const [id, select] of ruleSelects) {
      select.value = String(state.rules[id] ?? "");
      select.options[0]!.text = `${PRESETS[state.preset][id]} (${state.preset})`;
    }
  };
  showRules();

  const examples = $<HTMLSelectElement>("example");
  for (const [index, example] of EXAMPLES.entries())
    examples.append(h("option", { value: String(index) }, example.label));
  // The picker names the example in the editor, or "(your note)" once it is edited.
  const showExample = () => {
    examples.value = String(EXAMPLES.findIndex((example) => example.note === state.note));
  };
  showExample();
  /** A new note with its file name (and date order): one reading, whether or not the text changed. */
  const load = (note: string, fileName: string, dateOrder: PageState["dateOrder"]) => {
    inputs.fileName.value = fileName;
    inputs.dateOrder.value = dateOrder;
    state = { ...state, fileName, dateOrder };
    if (editor.text() === note) update({});
    else editor.setText(note); // the editor's change calls update({ note })
  };
  examples.addEventListener("change", () => {
    const example = EXAMPLES[Number(examples.value)];
    if (example) load(example.note, example.fileName, example.dateOrder ?? "");
  });
  $<HTMLInputElement>("open-file").addEventListener("change", async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) load(await file.text(), file.name, state.dateOrder);
  });

  let latest: Analysis | null = null;
  const download = (name: string, text: string, type: string) => {
    const link = h("a", { href: URL.createObjectURL(new Blob([text], { type })), download: name });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.getAttribute("href")!), 10_000);
  };
  const stem = () => (state.fileName || "minutes").replace(/\.(md|markdown)$/i, "");
  $("download-json").addEventListener("click", () => {
    if (latest?.ok)
      download(
        `${stem()}.json`,
        `${JSON.stringify(latest.minutes, null, 2)}\n`,
        "application/json",
      );
  });
  $("download-ics").addEventListener("click", () => {
    if (latest?.ok) download(`${stem()}.ics`, latest.ics, "text/calendar");
  });

  const show = (analysis: Analysis, shown: PageState, where: string) => {
    latest = analysis;
    history.replaceState(null, "", encodeState(shown));
    const time = `read in ${Math.round(analysis.elapsed)} ms (${where})`;
    if (!analysis.ok) {
      status.textContent = `${analysis.error} — ${time}`;
      status.className = "error";
      return;
    }
    const { minutes, messages } = analysis;
    const errors = messages.filter((message) => message.severity === "error").length;
    status.className = "";
    status.textContent = `${minutes.actionItems.length} action items, ${errors} errors, ${messages.length - errors} warnings — ${time}`;
    $("parse-time").textContent = `${Math.round(analysis.elapsed)} ms`;
    $("facts").replaceChildren(renderFacts(minutes));
    $("tasks").replaceChildren(renderTasks(minutes, goTo));
    $("check").replaceChildren(renderMessages(messages, goTo));
    $("check-count").textContent = String(messages.length);
    // The JSON of a 100 KB note is megabytes: written out only while its tab is open.
    showJson();
    editor.showMessages(messages);
  };

  setUpTabs();
  const jsonPanel = $("json-panel");
  let jsonShown: Analysis | null = null;
  const showJson = () => {
    if (jsonPanel.hidden || jsonShown === latest || !latest?.ok) return;
    jsonShown = latest;
    $("json").textContent = JSON.stringify(latest.minutes, null, 2);
  };
  $("tab-json").addEventListener("click", showJson);

  const engine = createEngine(ownSource, (analysis, shown) => show(analysis, shown, engine.where));
  function update(change: Partial<PageState>): void {
    state = { ...state, ...change };
    if ("preset" in change) showRules();
    if ("note" in change) showExample();
    status.textContent = "reading…";
    engine.request(state);
  }

  // The first reading runs at once on the page, so that the first paint (and `--dump-dom`) shows it.
  show(analyze(state, new Date()), state, "page");
  performance.mark("md-minutes:shown");
}

function buildRuleToggles(
  parent: HTMLElement,
  onChange: (id: string, value: string) => void,
): Map<string, HTMLSelectElement> {
  const selects = new Map<string, HTMLSelectElement>();
  for (const rule of RULES) {
    const select = h(
      "select",
      { id: `rule-${rule.id}`, "aria-label": rule.id },
      h("option", { value: "" }, "preset"),
      h("option", { value: "off" }, "off"),
      h("option", { value: "warn" }, "warn"),
      h("option", { value: "error" }, "error"),
    ) as HTMLSelectElement;
    select.addEventListener("change", () => onChange(rule.id, select.value));
    selects.set(rule.id, select);
    parent.append(
      h(
        "tr",
        {},
        h("td", {}, h("label", { for: `rule-${rule.id}` }, h("code", {}, rule.id))),
        h("td", {}, select),
        h("td", { class: "description" }, rule.description),
      ),
    );
  }
  return selects;
}

function setUpTabs(): void {
  const tabs = [...document.querySelectorAll<HTMLButtonElement>("[role=tab]")];
  for (const tab of tabs)
    tab.addEventListener("click", () => {
      for (const other of tabs) {
        const selected = other === tab;
        other.setAttribute("aria-selected", String(selected));
        document.getElementById(other.getAttribute("aria-controls")!)!.hidden = !selected;
      }
    });
}
