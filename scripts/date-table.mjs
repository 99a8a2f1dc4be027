// Writes src/i18n/dates.rs: the long date (Intl.DateTimeFormat(tag,
// { dateStyle: "long", timeZone: "UTC" })) of every language of
// src/i18n/locales.rs, as data the core formats with (i18n::long_date),
// read from this node's own Intl.
//
// A row is a pattern ({d}, {m}, {y} between literals), the twelve month
// names, the zero of the digits, the calendar's year offset (Buddhist
// +543) and whether the day has two digits. Every language and
// language-script of locales.rs (en, zh, zh-Hans, zh-Hant…) is
// enumerated alone and with every region subtag (each alpha-2 code but
// private use, and the UN M.49 areas CLDR has locales under); a region
// gets an explicit entry only when its date differs from its prefix's own
// row, and each distinct row is stored once. Every covered tag is then
// checked against Intl over a spread of dates (years 1600 to 9999: the
// Buddhist calendar is Julian before 1582): the script fails rather than
// write a wrong table.
//
//   node scripts/date-table.mjs            # the Rust table on stdout
//   node scripts/date-table.mjs --write    # src/i18n/dates.rs
//
// tests/page/dates.test.mjs imports build() and write() to compare every
// covered tag with a browser's Intl.
import { readFileSync, writeFileSync } from "node:fs";

const ROOT = new URL("../", import.meta.url);
const OPTIONS = { dateStyle: "long", timeZone: "UTC" };

/** The tags of src/i18n/locales.rs's rows. */
export function localeTags() {
  const source = readFileSync(new URL("src/i18n/locales.rs", ROOT), "utf8");
  return [...source.matchAll(/^\s*tag: "([^"]+)",/gm)].map((m) => m[1]);
}

/** Whether an alpha-2 region subtag is private use (BCP 47: AA, QM–QZ, XA–XZ, ZZ). */
const privateUse = (code) => /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(code);

/** The UN M.49 areas CLDR has locales under (en-001, ar-001, en-150, es-419). */
const AREAS = ["001", "150", "419"];

/** Every region subtag the table covers: each alpha-2 code but private use, and AREAS. */
function regions() {
  const out = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!privateUse(code)) out.push(code);
    }
  }
  return [...out, ...AREAS];
}

const day = 86_400_000;

/** The day, month and year parts and the literals around them of one date. */
function parts(format, ms) {
  return format.formatToParts(ms);
}

/** The row of `tag` as this node's Intl writes it. */
function rowOf(tag) {
  const format = new Intl.DateTimeFormat(tag, OPTIONS);
  // The literals are read from format(), which is what the shell writes
  // (formatToParts may write another space: ru's " г." has U+202F there).
  const ms = Date.UTC(2024, 0, 10);
  const whole = format.format(ms);
  const sample = parts(format, ms).filter((p) => p.type !== "literal");
  let pattern = "";
  let at = 0;
  for (const { type, value } of sample) {
    const mark = { day: "{d}", month: "{m}", year: "{y}" }[type];
    if (!mark) throw new Error(`${tag}: a ${type} part`);
    const found = whole.indexOf(value, at);
    if (found < 0) throw new Error(`${tag}: ${value} is not in ${whole}`);
    pattern += whole.slice(at, found) + mark;
    at = found + value.length;
  }
  pattern += whole.slice(at);
  if (/[{}]/.test(whole)) throw new Error(`${tag}: a brace in ${whole}`);
  const dayText = sample.find((p) => p.type === "day").value;
  const zero = dayText[1];
  if (dayText.length !== 2 || String.fromCodePoint(zero.codePointAt(0) + 1) !== dayText[0]) {
    throw new Error(`${tag}: day 10 reads ${dayText}`);
  }
  const value = (text) => [...text].reduce((n, c) => n * 10 + c.codePointAt(0) - zero.codePointAt(0), 0);
  const offset = value(sample.find((p) => p.type === "year").value) - 2024;
  const months = [];
  for (let m = 0; m < 12; m++) months.push(parts(format, Date.UTC(2024, m, 10)).find((p) => p.type === "month").value);
  if (months.some((m) => m.includes("|"))) throw new Error(`${tag}: a month with a |`);
  const padDay = parts(format, Date.UTC(2024, 0, 1)).find((p) => p.type === "day").value.length === 2;
  return { pattern, months: months.join("|"), zero, offset, padDay };
}

/** What a row writes for `ms` (UTC): the model i18n::long_date follows. */
export function write(row, ms) {
  const d = new Date(ms);
  const digits = (n) => [...String(n)].map((c) => String.fromCodePoint(row.zero.codePointAt(0) + Number(c))).join("");
  const month = row.months.split("|")[d.getUTCMonth()];
  return row.pattern
    .replace("{d}", digits(d.getUTCDate()).padStart(row.padDay ? 2 : 1, row.zero))
    .replace("{m}", month)
    .replace("{y}", digits(d.getUTCFullYear() + row.offset));
}

/** The dates every covered tag is checked on (UTC milliseconds). */
export function checkDates() {
  const out = [0, -day, Date.UTC(2024, 1, 29), Date.UTC(1999, 11, 31), Date.UTC(2000, 0, 1), Date.UTC(1600, 0, 1), Date.UTC(9999, 11, 31)];
  for (let m = 0; m < 12; m++) out.push(Date.UTC(2025, m, 1), Date.UTC(2025, m + 1, 0) + day - 1);
  return out;
}

const same = (a, b) => a.pattern === b.pattern && a.months === b.months && a.zero === b.zero && a.offset === b.offset && a.padDay === b.padDay;

/** The table: rows, bare tags and region lists, and every covered tag with its row. */
export function build() {
  const bases = localeTags();
  const languages = [...new Set(bases.map((t) => t.split("-")[0]))];
  const allRegions = regions();
  const rows = [];
  const rowIndex = (row) => {
    let i = rows.findIndex((r) => same(r, row));
    if (i < 0) i = rows.push(row) - 1;
    return i;
  };
  const bare = new Map(); // "en", "zh-Hant" → row
  const regional = new Map(); // "en" → Map(row → [regions])
  const covered = [];
  for (const language of languages) {
    // The language alone, and the language-script tags of locales.rs
    // (zh-Hans, zh-Hant): each its own prefix, regions after it.
    for (const prefix of [language, ...bases.filter((t) => t.startsWith(`${language}-`))]) {
      const own = rowIndex(rowOf(prefix));
      bare.set(prefix, own);
      covered.push([prefix, own]);
      for (const region of allRegions) {
        const row = rowIndex(rowOf(`${prefix}-${region}`));
        covered.push([`${prefix}-${region}`, row]);
        if (row === own) continue;
        if (!regional.has(prefix)) regional.set(prefix, new Map());
        const lists = regional.get(prefix);
        if (!lists.has(row)) lists.set(row, []);
        lists.get(row).push(region);
      }
    }
  }
  // Every covered tag, written by Intl itself, equals its row on every check date.
  const dates = checkDates();
  const tags = new Map();
  for (const [tag, row] of covered) {
    const format = new Intl.DateTimeFormat(tag, OPTIONS);
    for (const ms of dates) {
      const want = format.format(ms);
      const got = write(rows[row], ms);
      if (got !== want) throw new Error(`${tag} ${new Date(ms).toISOString()}: Intl writes ${want}, the row ${got}`);
    }
    tags.set(tag, row);
  }
  return { rows, bare, regional, tags: [...tags], languages };
}

const rust = (s) => JSON.stringify(s).replace(/[\u0080-\uffff]/g, (c) => c);

/** src/i18n/dates.rs. */
export function rustTable({ rows, bare, regional }) {
  const months = [...new Set(rows.map((r) => r.months))];
  const lines = [
    `//! The long date of each language (\`Intl.DateTimeFormat(tag, { dateStyle:`,
    `//! "long", timeZone: "UTC" })\`), as data. Generated by`,
    `//! scripts/date-table.mjs from node ${process.version} (ICU ${process.versions.icu}, CLDR`,
    `//! ${process.versions.cldr}); do not edit: run \`node scripts/date-table.mjs --write\`.`,
    "",
    "use super::long_date::Row;",
    "",
    "/// Month names, January to December, joined by `|`.",
    "pub const MONTHS: &[&str] = &[",
    ...months.map((m) => `    ${rust(m)},`),
    "];",
    "",
    "/// Each distinct long date once.",
    "pub const ROWS: &[Row] = &[",
    ...rows.map(
      (r) =>
        `    Row { pattern: ${rust(r.pattern)}, months: ${months.indexOf(r.months)}, zero: '${r.zero}', year_offset: ${r.offset}, pad_day: ${r.padDay} },`,
    ),
    "];",
    "",
    "/// The row of a language, or of a language-script (`zh-hant`), alone",
    "/// (lower-case).",
    "pub const BARE: &[(&str, u8)] = &[",
    ...[...bare].map(([tag, row]) => `    (${rust(tag.toLowerCase())}, ${row}),`),
    "];",
    "",
    "/// Regions (space-separated, lower-case) whose date differs from their",
    "/// language's (or language-script's) own row, and the row they use.",
    "pub const REGIONS: &[(&str, &str, u8)] = &[",
  ];
  for (const [prefix, lists] of regional) {
    for (const [row, list] of lists) lines.push(`    (${rust(prefix.toLowerCase())}, ${rust(list.join(" ").toLowerCase())}, ${row}),`);
  }
  lines.push(
    "];",
    "",
    "/// The UN M.49 areas covered as region subtags (space-separated: those",
    "/// CLDR has locales under); every alpha-2 region subtag but private use",
    "/// is covered too.",
    `pub const AREAS: &str = ${rust(AREAS.join(" "))};`,
    "",
  );
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = build();
  const text = rustTable(table);
  if (process.argv.includes("--write")) {
    writeFileSync(new URL("src/i18n/dates.rs", ROOT), text);
    process.stderr.write(`date-table: ${table.rows.length} rows, ${table.tags.length} tags covered\n`);
  } else {
    process.stdout.write(text);
  }
}
