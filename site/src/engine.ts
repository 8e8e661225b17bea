import { type Analysis, analyze } from "./analyze.js";
import type { PageState } from "./state.js";

interface Request {
  id: number;
  state: PageState;
  now: string;
}

interface Reply {
  id: number;
  analysis: Analysis;
}

/** The worker's side: the page's own script, started from a Blob URL, answers requests. */
export function serveInWorker(scope: {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(reply: Reply): void;
}): void {
  scope.onmessage = (event) => {
    const { id, state, now } = event.data;
    scope.postMessage({ id, analysis: analyze(state, new Date(now)) });
  };
}

export interface Engine {
  /** Reads the note again; only the newest request's answer is delivered. */
  request(state: PageState): void;
  /** "worker" or "page": where readings run (the page when workers cannot start). */
  readonly where: "worker" | "page";
}

/**
 * Reads notes off the page's thread where it can, so that typing in a 100 KB note (about a second
 * to read) never waits for the reading. Browsers refuse workers from file:// URLs, so the worker
 * runs the page's own inline script from a Blob URL. Where that fails (no Worker, a strict
 * Content-Security-Policy) readings run on the page after a pause in typing.
 */
export function createEngine(
  ownSource: string | null,
  deliver: (analysis: Analysis, state: PageState) => void,
): Engine {
  // Started at the first edit, not with the page: compiling the script a second time would
  // compete with the first paint.
  let worker: Worker | null | undefined;
  const startWorker = (): Worker | null => {
    try {
      if (!ownSource || typeof Worker === "undefined") return null;
      const started = new Worker(
        URL.createObjectURL(new Blob([ownSource], { type: "text/javascript" })),
      );
      started.onmessage = onReply;
      started.onerror = onFailure;
      return started;
    } catch {
      return null;
    }
  };
  let lastId = 0;
  let busy = false;
  let waiting: PageState | null = null;
  const states = new Map<number, PageState>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const onPage = (state: PageState) => {
    clearTimeout(timer);
    timer = setTimeout(() => deliver(analyze(state, new Date()), state), 250);
  };
  const send = (state: PageState) => {
    if (worker === undefined) worker = startWorker();
    if (!worker) return onPage(state);
    if (busy) {
      waiting = state;
      return;
    }
    busy = true;
    const id = ++lastId;
    states.set(id, state);
    worker.postMessage({ id, state, now: new Date().toISOString() } satisfies Request);
  };
  function onReply(event: MessageEvent<Reply>): void {
    busy = false;
    const state = states.get(event.data.id)!;
    states.delete(event.data.id);
    const next = waiting;
    waiting = null;
    // An answer for a note that has changed since would put the underlines in the wrong places.
    if (next) send(next);
    else deliver(event.data.analysis, state);
  }
  function onFailure(): void {
    worker?.terminate();
    worker = null;
    busy = false;
    const next = waiting ?? [...states.values()].pop() ?? null;
    waiting = null;
    if (next) onPage(next);
  }
  return {
    request: send,
    get where() {
      return worker ? "worker" : "page";
    },
  };
}
