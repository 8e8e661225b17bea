import { MONTH_WORD } from "../util/lexicon.js";

/**
 * Every word chrono's English parsers start from: digits, month and weekday names, its casual
 * words, and time units (abbreviated ones only after a number word or "next"/"last"). When a
 * text holds none of them chrono finds nothing in it, so its parse, the costliest step of
 * reading a note after the Markdown parse itself, can be skipped.
 */
export const CHRONO_CAN_READ = new RegExp(
  [
    "\\d",
    `\\b${MONTH_WORD}\\b`,
    "\\b(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\\b|\\bweek(?:end|day)\\b",
    "\\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night|morning|afternoon|evening|midnight|midday|noon)\\b",
    "\\b(?:second|minute|hour|day|week|month|quarter|year)s?\\b",
    "\\b(?:an?|the|few|several|couple|of|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|this|last|past|next|after)\\s{0,3}(?:s|sec|m|mins?|h|hrs?|d|w|mos?|mon|qtr|y|yr)\\b",
  ].join("|"),
  "i",
);
