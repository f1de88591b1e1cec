#!/usr/bin/env python3
"""Build the second batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_2.py [--out DIR]

Companion to ``build_samples.py`` (the first seven development reports), with
the same guarantees: the texts are embedded below, and the output is
deterministic (reportlab runs in invariant mode; DOCX core properties and zip
timestamps are fixed), so running it again gives byte-identical files. The gold
annotations (``NAME.gold.json``) are written by hand and kept beside the
documents; this script does not touch them, nor the TXT and HTML reports of the
batch. See "More dev reports" in ``scripts/SAMPLES.md``.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Two layouts are new here:

* ``european-air-cargo-bulletin.pdf`` has a real drawn table (reportlab
  ``Table``) whose unit ("thousand tonnes") is given only in the caption.
* ``niedersachsen-seehaefen-report.pdf`` is set in two columns with the canvas
  API, so that text extraction meets side-by-side lines; a soft hyphen
  (U+00AD) in a word lets the line breaker split it as "Wilhelms-" / "haven"
  across a line end.

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian
package ``fonts-dejavu-core``).
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import (  # noqa: E402
    REPO,
    build_docx,
    build_flow_pdf,
    draw_page_furniture,
    register_fonts,
    ruled_table,
    write_samples,
)

DEFAULT_OUT = REPO / "samples" / "dev"
SOFT_HYPHEN = "\u00ad"

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...]) ("pagebreak",)
#   ("colbreak",)  (two-column PDF only: continue in the next column)

AIR_CARGO = [
    ("title", "Air cargo in 2023: Belgium and Luxembourg hold their ground"),
    ("subtitle", "Statistical Bulletin No. 9 · European Air Freight Observatory · February 2024"),
    ("h", "Summary"),
    ("p", "Cargo volumes at Europe’s airports fell for the second year in a row in 2023, by about "
          "3 percent on average. Freight carried in the bellies of passenger jets recovered, while "
          "dedicated freighter traffic weakened as ocean rates dropped back to pre-pandemic levels. "
          "E-commerce was the one segment that kept growing."),
    ("caption", "Table 1. Cargo handled at selected airports in 2023, in thousand tonnes "
                "(freight and mail)"),
    ("table", [
        ["Airport", "2023", "Change on 2022"],
        ["Paris-Charles de Gaulle", "1,930", "−3.5 %"],
        ["Amsterdam Schiphol", "1,380", "−4.1 %"],
        ["Liège", "1,110", "+2.8 %"],
        ["Luxembourg", "880", "−1.2 %"],
        ["Cologne Bonn", "770", "−5.0 %"],
        ["Milan Malpensa", "700", "+4.9 %"],
    ]),
    ("h", "The big two"),
    ("p", "Paris-Charles de Gaulle remained Europe’s busiest cargo airport with 1.93 million tonnes, "
          "even though volumes slipped for the second consecutive year. Amsterdam’s Schiphol, held "
          "back by the government cap on flight movements, handled 1.38 million tonnes; several "
          "freighter operators have moved flights elsewhere as a result."),
    ("pagebreak",),
    ("h", "Liège"),
    ("p", "Liège was the surprise of the year. Liège Airport handled a record 1.11 million tonnes of "
          "air freight, up from 1.08 million tonnes in 2022, which makes it Belgium’s largest cargo "
          "airport and places it among the ten busiest cargo airports in Europe. The city has a long "
          "tradition in steelmaking and arms manufacturing, although the best-known firearms from "
          "the area are sold under the FN Herstal name. Today logistics is the city’s fastest-growing "
          "employer."),
    ("p", "Liège Airport signed a sister-airport agreement with Zhengzhou in 2017, and the two "
          "airports now share a daily freighter rotation. The links between Liège and Cologne are "
          "older: the two cities have been twinned since 1958."),
    ("h", "Luxembourg"),
    ("p", "In Luxembourg City, the airport at Findel handled 0.88 million tonnes, nearly all of it "
          "flown by the Grand Duchy’s own all-cargo airline. The capital’s economy is driven by "
          "banking and fund management, and high-value pharmaceuticals have become the airport’s "
          "fastest-growing commodity."),
    ("h", "Cologne Bonn and Milan Malpensa"),
    ("p", "Cologne Bonn Airport handled 0.77 million tonnes and is Germany’s third-largest cargo "
          "airport. Cologne itself is home to a large media industry and to several insurance "
          "groups. Milan Malpensa grew faster than any other airport in the table, reaching "
          "0.70 million tonnes on the back of fashion and pharmaceutical shipments from across "
          "Lombardy."),
    ("h", "Outlook"),
    ("p", "We expect volumes to stabilise in 2024. New customs rules for low-value parcels could "
          "slow e-commerce growth, while Schiphol’s cap remains the largest single uncertainty in "
          "the market."),
    ("p", "Data and analysis: Adrian Mons. Figures are rounded; sources are the airports’ own "
          "traffic reports."),
]

NIEDERSACHSEN = [
    ("title", "Niedersachsens Seehäfen 2023: Energie statt Container"),
    ("subtitle", "Jahresbilanz der Hafenstandorte an Nordsee, Jade, Weser und Ems"),
    ("h", "Überblick"),
    ("p", "Die niedersächsischen Seehäfen haben 2023 zusammen gut 55 Mio. t umgeschlagen. Gewinner "
          "waren die Energieumschläge, Verlierer die Container. „Die Häfen an der Küste sind zur "
          "Energiedrehscheibe des Landes geworden“, sagt Dr. Heike Leer, Geschäftsführerin der "
          "Hafenwirtschaftsgemeinschaft."),
    ("h", "Wilhelmshaven"),
    ("p", "Wilhelmshaven ist der größte deutsche Umschlagplatz für Rohöl und seit dem Bau der "
          "LNG-Terminals auch Importhafen für Flüssigerdgas. Am Jadebusen wurden 2023 insgesamt "
          "rund 39,8 Mio. t umgeschlagen. Der Containerhafen JadeWeserPort in Wil"
          "helms" + SOFT_HYPHEN + "haven meldete 716.000 TEU; ausgelegt ist er auf eine Kapazität "
          "von 2,7 Mio. TEU im Jahr. Wirtschaftlich ist die Stadt von Energiewirtschaft und Chemie "
          "geprägt. Seit 1976 ist Wilhelmshaven Partnerstadt von Norfolk in Virginia."),
    ("colbreak",),
    ("h", "Emden"),
    ("p", "Emden an der Ems zählt zu den drei größten Autohäfen Europas: Über die Kais laufen jedes "
          "Jahr Hunderttausende Neuwagen. Der Gesamtumschlag lag 2023 bei 4,9 Mio. t. Die größten "
          "Arbeitgeber der Stadt kommen aus dem Automobilbau; daneben spielen Windkraft und "
          "Hafendienstleistungen eine wachsende Rolle. Emden ist seit 1964 mit dem norwegischen "
          "Haugesund verschwistert."),
    ("h", "Cuxhaven"),
    ("p", "Cuxhaven hat eine lange Tradition in der Fischverarbeitung und ist heute Basishafen der "
          "Offshore-Windindustrie. 2023 wurden 3,4 Mio. t umgeschlagen. Partnerstadt seit 1963 ist "
          "Vannes in der Bretagne. Die Fähren nach Helgoland fahren im Sommer täglich."),
    ("pagebreak",),
    ("h", "Brake und Nordenham"),
    ("p", "An der Unterweser ist Brake Deutschlands führender Hafen für Futtermittel und Getreide; "
          "der Umschlag erreichte 6,1 Mio. t. Die 2008 vereinbarte Hafenkooperation zwischen Brake "
          "und Riga ist 2020 ausgelaufen. Wenige Kilometer flussabwärts, in Nordenham, sind eine "
          "Zinkhütte und ein Zulieferer der Luftfahrtindustrie die größten Arbeitgeber."),
    ("h", "Papenburg und Oldenburg"),
    ("p", "Papenburg an der Ems ist seit Generationen vom Schiffbau geprägt; die dort gebauten "
          "Kreuzfahrtschiffe werden über den Fluss zur Nordsee überführt. Oldenburg an der Hunte ist "
          "kein Seehafen, aber ein wichtiger Binnenhafen-Standort; die Universitätsstadt lebt vor "
          "allem von der Ernährungswirtschaft und der Informationstechnik."),
    ("colbreak",),
    ("h", "Ausblick"),
    ("p", "Für 2024 erwarten die Hafenbetreiber stabile Mengen. Entscheidend ist der Ausbau der "
          "Bahnanbindung nach Süden: Die Strecke von Wilhelmshaven nach Oldenburg wird bis 2026 "
          "vollständig elektrifiziert."),
    ("h", "Kennzahlen 2023"),
    ("bullets", [
        "Wilhelmshaven: 39,8 Mio. t",
        "JadeWeserPort: 716.000 TEU (Kapazität 2,7 Mio. TEU pro Jahr)",
        "Brake: 6,1 Mio. t",
        "Emden: 4,9 Mio. t",
        "Cuxhaven: 3,4 Mio. t",
    ]),
    ("p", "Stand der Angaben: April 2024. Alle Werte gerundet."),
]

BASEL = [
    ("title", "Logistikstandort Basel"),
    ("subtitle", "Fragen und Antworten für Investoren · Standortförderung · Stand März 2024"),
    ("h", "Warum ist der Rhein für Basel so wichtig?"),
    ("p", "Die Hafenanlagen in Kleinhüningen, Birsfelden und Muttenz bilden zusammen die "
          "Schweizerischen Rheinhäfen, das Tor der Schweiz zum Meer. Basel ist damit der größte "
          "Binnenhafen des Landes. 2023 wurden in den Rheinhäfen beider Basel 5,4 Mio. Tonnen Güter "
          "und 98.000 TEU umgeschlagen, etwas weniger als im Vorjahr, weil lange Niedrigwasserphasen "
          "die Schiffe zu Teilladungen zwangen."),
    ("h", "Wie haben sich die Mengen entwickelt?"),
    ("caption", "Tabelle 1: Umschlag der Rheinhäfen beider Basel, 2019–2023"),
    ("table", [
        ["Jahr", "Güterumschlag (Mio. t)", "Container (TEU)"],
        ["2019", "6,6", "121.000"],
        ["2020", "6,1", "115.000"],
        ["2021", "6,4", "125.000"],
        ["2022", "5,7", "106.000"],
        ["2023", "5,4", "98.000"],
    ]),
    ("p", "Quelle: Schweizerische Rheinhäfen; Werte gerundet."),
    ("h", "Welche Branchen prägen die Region?"),
    ("p", "Die Pharma- und Chemieindustrie ist mit Abstand der größte Arbeitgeber in Basel, gefolgt "
          "von Logistik und Versicherungen: Neben der Baloise beschäftigt auch die Zurich Insurance "
          "Group in der Stadt Hunderte Mitarbeitende. In Pratteln und Muttenz sind vor allem "
          "Logistik- und Chemieunternehmen ansässig. Auf der Messe Swissbau zeigen Aussteller jedes "
          "Jahr Baustoffe und Haustechnik – ein Publikumsmagnet, der aber wenig über die lokale "
          "Industrie aussagt."),
    ("h", "Wie ist Basel angebunden?"),
    ("p", "Rheinschiffe erreichen Rotterdam und Antwerpen in drei bis vier Tagen. Über die "
          "Gotthardachse fahren Güterzüge in rund zehn Stunden nach Mailand. Der EuroAirport "
          "Basel-Mulhouse-Freiburg liegt auf französischem Boden bei Saint-Louis und wird von beiden "
          "Ländern gemeinsam betrieben."),
    ("h", "Gibt es internationale Partnerschaften?"),
    ("p", "Basel und Shanghai unterhalten seit 2007 eine Städtepartnerschaft, die vor allem "
          "Hochschulen und Life-Sciences-Firmen zusammenbringt. Die Schweizerischen Rheinhäfen haben "
          "2012 mit dem Hafen Straßburg eine Hafenkooperation vereinbart; beide Seiten stimmen "
          "seither ihre Containerverkehre am Oberrhein ab."),
    ("h", "Ansprechpartner"),
    ("p", "Dr. Urs Olten, Standortförderung Basel-Stadt, berät Investoren bei Standortwahl, "
          "Bewilligungen und Fachkräftesuche."),
]

MONTREAL = [
    ("title", "Gateways to Canada: Montreal or Halifax?"),
    ("subtitle", "Northbound Freight Blog · 22 February 2024 · by Victoria Chen, Transatlantic Desk"),
    ("p", "Customers shipping from Europe to Canada’s East Coast keep asking us the same question: "
          "should the boxes go up the St. Lawrence to Montreal, or into the deep-water port at "
          "Halifax? Here is how we see it."),
    ("h", "Montreal: the inland option"),
    ("p", "The Port of Montréal handled 1.5 million TEU in 2023 and about 35 million tonnes of cargo "
          "overall. It is Canada’s second-busiest container port after Vancouver, and the new "
          "terminal at Contrecoeur, 40 km downstream, is designed for a capacity of 1.15 million TEU "
          "per year. Because the port sits 1,600 km from the open Atlantic, ships are smaller, but "
          "the boxes arrive right next to Canada’s biggest consumer markets."),
    ("p", "The city’s economy is worth a look too. Aerospace accounts for some 40,000 jobs in "
          "Montreal, and the city has become a magnet for artificial intelligence research and "
          "video game studios. Many of our Montreal shipments continue by truck to auto-parts plants "
          "in London, Ontario, and to food processors in Toronto."),
    ("h", "Halifax: the deep-water option"),
    ("p", "Halifax, Nova Scotia, is ice-free, a day and a half closer to northern Europe, and deep "
          "enough for the largest ships on the Atlantic. The port handled 545,000 TEU in 2023 and is "
          "the largest container port in Atlantic Canada. The city’s economy rests on ocean "
          "technology and naval shipbuilding at the Irving yard. CN trains carry containers from "
          "Halifax to Montreal, Toronto and Chicago within two to four days."),
    ("h", "Key figures 2023"),
    ("table", [
        ["Port", "Containers 2023", "Position"],
        ["Montreal", "1.5 million TEU", "2nd in Canada"],
        ["Halifax", "545,000 TEU", "1st in Atlantic Canada"],
    ]),
    ("h", "Ties across the Atlantic and beyond"),
    ("p", "Montreal and Lyon have been sister cities since 1979, and Halifax has been twinned with "
          "Hakodate in Japan since 1982. Quebec’s provincial government also runs trade offices "
          "across Europe, which can help with customs questions."),
    ("h", "Our verdict"),
    ("p", "For time-sensitive cargo bound for Ontario or the US Midwest, Halifax plus rail usually "
          "wins. For everything else, Montreal remains hard to beat. One of our longest-standing "
          "customers, Windsor Salt, uses both. Talk to our Transatlantic Desk for a routing quote."),
]


# The drawn tables of this batch all have three columns of the same widths.
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_2.py",
                    table=partial(ruled_table, widths_mm=(70, 30, 40)))


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking; a word may be split at a soft hyphen, drawn as '-'."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def w(s: str) -> float:
        return stringWidth(s, font, size)

    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if w(candidate.replace(SOFT_HYPHEN, "")) <= width:
            line = candidate
            continue
        if SOFT_HYPHEN in word:
            head, tail = word.split(SOFT_HYPHEN, 1)
            split_candidate = f"{line} {head}-" if line else f"{head}-"
            if w(split_candidate) <= width:
                lines.append(split_candidate)
                line = tail
                continue
        lines.append(line.replace(SOFT_HYPHEN, ""))
        line = word
    if line:
        lines.append(line.replace(SOFT_HYPHEN, ""))
    return lines


def build_two_column_pdf(path: Path, blocks: list, header: str, footer: str, lang: str,
                         title: str) -> None:
    """A4 report set in two columns with the canvas API; title and subtitle span both columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    width, height = A4
    left, right, gutter = 20 * mm, 20 * mm, 8 * mm
    col_w = (width - left - right - gutter) / 2
    top, bottom = height - 26 * mm, 24 * mm
    fonts = {"p": ("DejaVuSans", 9.5, 13.0), "h": ("DejaVuSans-Bold", 10.5, 14.0)}

    canvas = Canvas(str(path), pagesize=A4, invariant=1, lang=lang)
    canvas.setTitle(title)
    canvas.setAuthor("trex samples")
    canvas.setSubject(title)
    canvas.setCreator("trex build_dev_samples_2.py")
    state = {"page": 1, "col": 0, "y": top, "col_top": top}

    def decorate():
        draw_page_furniture(canvas, header, footer.format(n=state["page"]))

    def new_page():
        canvas.showPage()
        state.update(page=state["page"] + 1, col=0, y=top, col_top=top)
        decorate()

    def next_column():
        if state["col"] == 0:
            state.update(col=1, y=state["col_top"])
        else:
            new_page()

    decorate()
    y = top
    for kind, text in ((b[0], b[1]) for b in blocks if b[0] in ("title", "subtitle")):
        font, size, leading = (("DejaVuSans-Bold", 16, 20) if kind == "title"
                               else ("DejaVuSans", 10.5, 14))
        canvas.setFont(font, size)
        for line in _wrap(text, font, size, width - left - right):
            canvas.drawString(left, y, line)
            y -= leading
        y -= 4
    state.update(y=y - 6, col_top=y - 6)

    for block in blocks:
        kind = block[0]
        if kind in ("title", "subtitle"):
            continue
        if kind == "pagebreak":
            new_page()
            continue
        if kind == "colbreak":
            next_column()
            continue
        if kind == "bullets":
            font, size, leading = fonts["p"]
            for item in block[1]:
                for i, line in enumerate(_wrap(item, font, size, col_w - 10)):
                    if state["y"] < bottom:
                        next_column()
                    x = left + state["col"] * (col_w + gutter)
                    canvas.setFont(font, size)
                    if i == 0:
                        canvas.drawString(x, state["y"], "•")
                    canvas.drawString(x + 10, state["y"], line)
                    state["y"] -= leading
            state["y"] -= 5
            continue
        font, size, leading = fonts[kind]
        lines = _wrap(block[1], font, size, col_w)
        if kind == "h":
            state["y"] -= 4
            if state["y"] - 3 * leading < bottom:  # keep a heading with its paragraph
                next_column()
        for line in lines:
            if state["y"] < bottom:
                next_column()
            x = left + state["col"] * (col_w + gutter)
            canvas.setFont(font, size)
            canvas.drawString(x, state["y"], line)
            state["y"] -= leading
        state["y"] -= 5
    canvas.showPage()
    canvas.save()


FLOW_PDFS = {
    "european-air-cargo-bulletin.pdf": dict(
        blocks=AIR_CARGO, header="European Air Freight Observatory · Statistical Bulletin No. 9",
        footer="Page {n} of 2", lang="en", title="Air cargo in 2023 – Statistical Bulletin No. 9"),
}
TWO_COLUMN_PDFS = {
    "niedersachsen-seehaefen-report.pdf": dict(
        blocks=NIEDERSACHSEN, header="Hafenreport Niedersachsen · Ausgabe 2024",
        footer="Seite {n} von 2", lang="de", title="Niedersachsens Seehäfen 2023"),
}
DOCXS = {
    "basel-logistik-investoren-faq.docx": dict(blocks=BASEL, title="Logistikstandort Basel"),
    "montreal-halifax-gateway-blog.docx": dict(blocks=MONTREAL,
                                               title="Gateways to Canada: Montreal or Halifax?"),
}


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, FLOW_PDFS), (build_two_column_pdf, TWO_COLUMN_PDFS),
                  (build_docx, DOCXS))


if __name__ == "__main__":
    main()
