import { describe, expect, it } from "vitest";
import { decodeState, encodeState, type PageState } from "../site/src/state.js";

// The playground keeps its state in the URL hash; the browser test follows a link end
// to end, this covers what a link can hold.
const fallback: PageState = {
  note: "# Example",
  fileName: "example.md",
  referenceDate: "",
  timezone: "",
  dateOrder: "",
  now: "",
  preset: "recommended",
  rules: {},
};

describe("the playground's URL hash", () => {
  it("gives back the state it was made from, any text included", () => {
    const state: PageState = {
      note: "# Sync — Zoë 🚀\r\n\n- **Ana:** Ship </script> by Friday\n",
      fileName: "2026-03-12 sync.md",
      referenceDate: "2026-03-12T14:00",
      timezone: "Europe/Berlin",
      dateOrder: "DMY",
      now: "2026-03-20",
      preset: "strict",
      rules: { "action-due": "off", "owner-is-attendee": "warn" },
    };
    const hash = encodeState(state);
    expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(decodeState(hash, fallback)).toEqual(state);
  });

  it("opens the example for no hash, another hash, or one cut short", () => {
    expect(decodeState("", fallback)).toBeNull();
    expect(decodeState("#section-2", fallback)).toBeNull();
    expect(decodeState(encodeState(fallback).slice(0, 20), fallback)).toBeNull();
  });

  it("keeps the fallback for missing keys and drops values of the wrong kind", () => {
    const hash = `#s=${btoa(JSON.stringify({ note: "x", dateOrder: "YMD", preset: 3, rules: { a: "loud", b: "off" } }))}`;
    expect(decodeState(hash, fallback)).toEqual({
      ...fallback,
      note: "x",
      rules: { b: "off" },
    });
  });
});
