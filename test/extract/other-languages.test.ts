import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/index.js";
import { ownerKey } from "../helpers/owners.js";

const tasks = (markdown: string) =>
  parseMinutes(markdown).actionItems.map((task) => [
    task.text,
    task.owners.map(ownerKey),
    task.due,
  ]);

describe("the meeting's date with its month written in another language", () => {
  it.each([
    ["Datum: 4. März 2026", "2026-03-04"],
    ["Datum: Mittwoch, 4. März 2026, 14:00", "2026-03-04"],
    ["Fecha: 4 de marzo de 2026", "2026-03-04"],
    ["Date : 12 août 2026", "2026-08-12"],
    ["Datum: 4 maart 2026", "2026-03-04"],
    ["Data: 1 dicembre 2026", "2026-12-01"],
  ])("reads %j as %s", (line, date) => {
    const minutes = parseMinutes(`# Sprintplanung\n\n${line}\n`);
    expect([minutes.date, minutes.dateSource]).toEqual([date, "note"]);
  });

  it("reads no month from a word that only looks like one, nor a date with no year", () => {
    expect(parseMinutes("# Sprintplanung\n\nDatum: 4. März\n").date).toBeNull();
    expect(parseMinutes("# Sprintplanung\n\nDatum: 4 Marsh 2026\n").date).toBeNull();
  });
});

describe("lists of work headed in German, Spanish, French or Dutch", () => {
  it("reads a German table of work under its heading, with day-first dates and a calendar week", () => {
    expect(
      tasks(
        [
          "# Sprintplanung 12.05.2026",
          "",
          "Teilnehmer: Ada Lind, Pim Sorensen, Odile Quast",
          "",
          "## Aufgaben",
          "",
          "| Aufgabe | Verantwortlich | Termin |",
          "| --- | --- | --- |",
          "| Release Notes schreiben | Ada | 15.05.2026 |",
          "| Testumgebung aufsetzen | Pim | 19.05. |",
          "| Kunden informieren | Odile | KW 21 |",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Release Notes schreiben", ["ada-lind"], "2026-05-15"],
      ["Testumgebung aufsetzen", ["pim-sorensen"], "2026-05-19"],
      ["Kunden informieren", ["odile-quast"], "2026-05-22"],
    ]);
  });

  it("reads a table of who, what and by when in Spanish under any heading", () => {
    expect(
      tasks(
        [
          "# Reunión de equipo 2026-05-12",
          "",
          "Asistentes: Rina Osei, Greta Lund",
          "",
          "## Seguimiento",
          "",
          "| Tarea | Responsable | Fecha límite |",
          "| --- | --- | --- |",
          "| Enviar el presupuesto | Rina | 2026-05-20 |",
          "| Revisar el contrato | Greta | 2026-05-22 |",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Enviar el presupuesto", ["rina-osei"], "2026-05-20"],
      ["Revisar el contrato", ["greta-lund"], "2026-05-22"],
    ]);
  });

  it("reads a table of measures with who and by when under a dated title, in German", () => {
    expect(
      tasks(
        [
          "# Betriebsrunde 03.11.2026",
          "",
          "Teilnehmer: Ingrid Holm, Pim Sorensen",
          "",
          "| Thema | Maßnahme | Verantwortlich | Termin |",
          "| --- | --- | --- | --- |",
          "| Backup | Wiederherstellung testen | Pim | 13.11. |",
          "| Lizenzen | Verlängerung bestellen | Ingrid | bis Jahresende |",
          "| Wartung | Fenster abstimmen | Pim | bis Monatsende |",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Wiederherstellung testen", ["pim-sorensen"], "2026-11-13"],
      ["Verlängerung bestellen", ["ingrid-holm"], "2026-12-31"],
      ["Fenster abstimmen", ["pim-sorensen"], "2026-11-30"],
    ]);
    // A table of topics and notes holds no measures.
    expect(
      tasks(
        "# Runde 03.11.2026\n\n| Thema | Notiz | Datum |\n| --- | --- | --- |\n| Backup | lief gut | 01.11. |\n",
      ),
    ).toEqual([]);
  });

  it("heads work, decisions and risks by the words of those languages, and leaves other headings alone", () => {
    const kinds = (heading: string) =>
      parseMinutes(`# Treffen 2026-05-12\n\n## ${heading}\n\n- Punkt eins\n`).sections.map(
        (section) => section.kind,
      );
    expect(kinds("Nächste Schritte")).toEqual(["actionItems"]);
    expect(kinds("Beschlüsse")).toEqual(["decisions"]);
    expect(kinds("Prochaines étapes")).toEqual(["actionItems"]);
    expect(kinds("Afspraken")).toEqual(["decisions"]);
    expect(kinds("Risiken")).toEqual(["risks"]);
    expect(kinds("Aufgabenverteilung im Team")).toEqual(["other"]);
  });

  it("heads work spelled with a sharp s as it is spelled with ss, and takes 'Alle' as everyone", () => {
    const note = (heading: string) =>
      [
        "# Retro 20.11.2026",
        "",
        "Teilnehmer: Ada Lind, Pim Sorensen",
        "",
        `## ${heading}`,
        "",
        "- Pim: Testdaten aufräumen, bis 27.11.",
        "- Alle: Kalender aufräumen",
        "",
      ].join("\n");
    const expected = [
      ["Testdaten aufräumen, bis 27.11", ["pim-sorensen"], "2026-11-27"],
      ["Kalender aufräumen", ["group:Alle"], null],
    ];
    expect(tasks(note("Maßnahmen"))).toEqual(expected);
    expect(tasks(note("Massnahmen"))).toEqual(expected);
    expect(parseMinutes(note("Maßstäbe")).actionItems).toEqual([]);
  });

  it("reads no work from a table whose columns only look alike", () => {
    expect(
      tasks(
        [
          "# Treffen 2026-05-12",
          "",
          "## Ablauf",
          "",
          "| Was | Wo |",
          "| --- | --- |",
          "| Begrüßung | Saal 2 |",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("a note written in German", () => {
  it("reads its deadlines in words and its work marked done", () => {
    const minutes = parseMinutes(
      [
        "# Kundentermin 2026-12-03",
        "",
        "Teilnehmer: Ada Lind, Pim Sorensen",
        "",
        "## Aufgaben",
        "",
        "- Ada: Angebot überarbeiten bis Ende nächster Woche",
        "- Pim: Testzugang einrichten bis morgen",
        "- Ada: Rechnung prüfen (erledigt)",
        "- Pim: Vertrag senden – abgeschlossen",
        "",
      ].join("\n"),
    );
    expect(minutes.actionItems.map((task) => [task.text, task.due, task.status])).toEqual([
      ["Angebot überarbeiten bis Ende nächster Woche", "2026-12-11T17:00", "open"],
      ["Testzugang einrichten bis morgen", "2026-12-04", "open"],
      ["Rechnung prüfen", null, "done"],
      ["Vertrag senden", null, "done"],
    ]);
  });

  it("reads the end of the month, quarter or year in one word or in three", () => {
    const due = (line: string) =>
      parseMinutes(`# Runde 2026-11-03\n\n## Aufgaben\n\n- ${line}\n`).actionItems[0]?.due;
    expect(due("Bericht schreiben bis Monatsende")).toBe("2026-11-30");
    expect(due("Audit abschließen bis Ende des Quartals")).toBe("2026-12-31");
    expect(due("Lizenzen verlängern zum Jahresende")).toBe("2026-12-31");
    expect(due("Jahresbericht lesen")).toBeNull();
  });

  it("gives work that opens with an attendee's name and a verb of the language to that attendee", () => {
    expect(
      tasks(
        [
          "# Kundentermin 2026-12-09",
          "",
          "Teilnehmer: Greta Lund, Ingrid Holm, Tallis Grove",
          "",
          "## Offene Punkte",
          "",
          "- Ingrid schickt das aktualisierte Angebot bis Freitag",
          "- Tallis klärt die Schnittstelle mit der IT bis 16.12.",
          "- Greta envoie le devis avant vendredi",
          // English words are the English readers' to read; an unknown name takes nothing.
          "- Ingrid keen to review the pricing",
          "- Tovah prüft die Rechnung",
          "",
        ].join("\n"),
      ),
    ).toEqual([
      ["Ingrid schickt das aktualisierte Angebot bis Freitag", ["ingrid-holm"], "2026-12-11"],
      ["Tallis klärt die Schnittstelle mit der IT bis 16.12", ["tallis-grove"], "2026-12-16"],
      ["Greta envoie le devis avant vendredi", ["greta-lund"], null],
      ["Ingrid keen to review the pricing", [], null],
      ["Tovah prüft die Rechnung", [], null],
    ]);
  });
});

describe("a note written in French or Spanish", () => {
  it("reads the end of the week, month, quarter or year, and a Spanish weekend as no deadline", () => {
    // The meeting is Tuesday 3 November 2026.
    const due = (line: string) =>
      parseMinutes(`# Réunion 2026-11-03\n\n## Actions\n\n- ${line}\n`).actionItems[0]?.due;
    expect(due("Tallis : proposer un avoir fin de semaine")).toBe("2026-11-06T17:00");
    expect(due("Tovah : relancer le client fin de la semaine prochaine")).toBe("2026-11-13T17:00");
    expect(due("Odile : envoyer le devis fin du mois")).toBe("2026-11-30");
    expect(due("Odile : clôturer le budget fin d'année")).toBe("2026-12-31");
    expect(due("Pim: cerrar la factura a fin de mes")).toBe("2026-11-30");
    expect(due("Pim: revisar el plan el fin de semana")).toBeNull();
    expect(due("Pim: preparar la fiesta de fin")).toBeNull();
  });
});
