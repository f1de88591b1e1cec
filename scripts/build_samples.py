#!/usr/bin/env python3
"""Build the PDF and DOCX sample reports in ``samples/dev/``.

    python scripts/build_samples.py [--out DIR]

The texts are embedded below, one block list per document. The output is
deterministic: the same script produces byte-identical files on every run
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed). The gold annotations (``NAME.gold.json``) are written by hand and kept
beside the documents; this script does not touch them, nor the TXT and HTML
samples. See ``scripts/SAMPLES.md`` for what each sample contains.

Requires reportlab and python-docx, and the DejaVu Sans TrueType fonts
(Debian/Ubuntu package ``fonts-dejavu-core``) because the standard PDF fonts
cannot draw characters such as "ń" (Gdańsk) or "ė" (Klaipėda).
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "samples" / "dev"
FIXED_TIME = dt.datetime(2024, 4, 2, 9, 0, 0)
ZIP_TIME = (2024, 4, 2, 9, 0, 0)
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
)

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...]) ("pagebreak",)

DUISBURG = [
    ("title", "Datenblatt Binnenhafen Duisburg"),
    ("subtitle", "Logistikdrehscheibe an Rhein und Ruhr – Kennzahlen, Verbindungen, Partner"),
    ("h", "Lage und Profil"),
    ("p", "Duisburg gilt als größter Binnenhafen der Welt. Dort, wo die Ruhr in den Rhein "
          "mündet, erstrecken sich öffentliche und private Hafenanlagen über mehr als 1.500 Hektar. "
          "Die öffentlichen Flächen betreibt die Duisburger Hafen AG, die unter der Marke duisport "
          "auftritt und inzwischen Terminals und Beteiligungen in ganz Europa hält."),
    ("p", "Im Containerverkehr wurden 2023 insgesamt 4,1 Mio. TEU umgeschlagen, nach 4,3 Mio. TEU "
          "im Vorjahr. Der gesamte Güterumschlag der Hafengruppe, also Schiff, Bahn und Lkw zusammen, "
          "erreichte rund 41,5 Mio. Tonnen. Damit zählt Duisburg zu den größten "
          "Container-Hinterlandhubs Europas, obwohl das nächste Seeschiff mehr als 200 Kilometer "
          "entfernt festmacht."),
    ("h", "Kennzahlen im Überblick"),
    ("bullets", [
        "Umschlag 2023: 4,1 Mio. TEU",
        "Güterumschlag gesamt 2023: 41,5 Mio. Tonnen",
        "Kapazität Duisburg Gateway Terminal (Endausbau): 850.000 TEU pro Jahr",
        "Wöchentliche Zugabfahrten: rund 400, davon etwa 30 in Richtung China",
    ]),
    ("h", "Wirtschaftlicher Hintergrund"),
    ("p", "Die Stadt ist seit mehr als einem Jahrhundert von der Metall- und Stahlindustrie geprägt; "
          "im Norden Duisburgs steht das größte Hüttenwerk Europas. Wachstumsmotor der letzten "
          "zwanzig Jahre war jedoch die Logistik, die heute zehntausende Arbeitsplätze in der Region "
          "sichert. „Wir denken den Hafen konsequent trimodal“, sagt Dr. Petra Emmerich, die bei "
          "duisport die Netzwerkentwicklung leitet. „Jeder Container soll das Verkehrsmittel "
          "bekommen, das für ihn am günstigsten ist.“"),
    ("pagebreak",),
    ("h", "Schienenverbindungen nach China"),
    ("p", "Seit 2011 verkehren regelmäßig Güterzüge zwischen Duisburg und Chongqing. Inzwischen "
          "bestehen feste Verbindungen unter anderem nach Wuhan, Xi’an, Chengdu und Zhengzhou; "
          "die Fahrzeit beträgt je nach Route zwölf bis sechzehn Tage und damit etwa die Hälfte "
          "des Seewegs. Chongqing, ein Standort der Laptop- und Fahrzeugproduktion, ist bis heute "
          "der wichtigste Ausgangspunkt in Westchina. Seit 2022 sind die Mengen auf dieser Achse "
          "allerdings deutlich gesunken, weil viele Verlader die Route über Russland meiden."),
    ("h", "Partnerschaften"),
    ("p", "Die Städtepartnerschaft zwischen Duisburg und Wuhan besteht seit 1982 und ist die älteste "
          "deutsch-chinesische überhaupt. Wuhan liegt am Jangtse, verfügt selbst über einen "
          "bedeutenden Binnenhafen und ist Standort der Automobil- und Optoelektronikindustrie."),
    ("p", "Im Süden Europas setzt der Hafen auf die Adria: Mit dem Hafen Triest hat duisport 2019 "
          "eine Hafenpartnerschaft vereinbart. Seitdem arbeiten beide Seiten an durchgehenden "
          "Bahnverbindungen zwischen dem Mittelmeer und dem Ruhrgebiet."),
    ("h", "Verbindungen zu den Seehäfen"),
    ("p", "Westwärts bleibt der Rhein die Hauptachse. Binnenschiffe verbinden Duisburg täglich mit "
          "Rotterdam, Antwerpen und Amsterdam; ein Containerschiff benötigt für die Strecke nach "
          "Rotterdam gut einen Tag. Für die Verlader in Nordrhein-Westfalen ist der Hafen damit "
          "faktisch das Tor zur Nordsee."),
    ("p", "Stand der Angaben: März 2024. Alle Werte gerundet."),
]

BALTIC = [
    ("title", "Baltic ports in 2023: Gdańsk pulls ahead, the east regroups"),
    ("subtitle", "Throughput, rankings and what drives the region’s port cities"),
    ("p", "Sanctions on Russia have redrawn the cargo map of the eastern Baltic. Volumes that used "
          "to move through Saint Petersburg have shifted west and south, and the winners and losers "
          "of 2023 are easy to spot. Our round-up covers the four ports our readers ask about most."),
    ("h", "Gdańsk: a record year"),
    ("p", "The Port of Gdańsk handled 81 million tonnes of cargo in 2023, a new record, which makes "
          "Gdańsk the busiest port on the Baltic Sea and, unsurprisingly, Poland’s largest port. "
          "Baltic Hub, the deep-water container terminal, moved 2.05 million TEU; when its third "
          "quay opens, capacity will rise to 4.5 million TEU. Energy cargo explains much of the "
          "growth, as crude oil arriving by tanker replaced deliveries by pipeline."),
    ("p", "Beyond the port, the city lives from ship- and yacht-building, a large oil refinery, a "
          "fast-growing IT and business-services sector and, still, amber craftsmanship. Gdańsk has "
          "been twinned with Bremen since 1976, and the two Hanseatic cities regularly send joint "
          "delegations to logistics fairs."),
    ("p", "Gdynia, its neighbour 25 km up the coast, handled 27.5 million tonnes and about "
          "880,000 TEU. The city, home to several ship-repair yards, competes with Gdańsk for "
          "container services but cooperates on rail access."),
    ("pagebreak",),
    ("h", "Klaipėda: diversification pays"),
    ("p", "Lithuania’s largest port lost Belarusian potash transit in 2022 but still handled "
          "36.4 million tonnes in 2023. Container volumes recovered to around 430,000 containers "
          "(boxes, not TEU). The local economy leans on ship repair, wood processing and furniture "
          "manufacturing. Ferries to Kiel and Karlshamn carry much of the port’s trailer traffic."),
    ("h", "Riga: steady, but smaller"),
    ("p", "Riga, Latvia’s largest port, handled about 17 million tonnes, roughly a third less than "
          "before 2022, as coal and fertiliser transit from Russia dried up. Ventspils, on the Courland "
          "coast, saw an even steeper fall. Riga’s pharmaceutical companies and its woodworking "
          "industry are now among the port’s most important local customers."),
    ("h", "Tallinn: passengers first"),
    ("p", "The Port of Tallinn, which includes the cargo harbour at Muuga, handled 13.4 million "
          "tonnes. Its real business, however, is the ferry shuttle across the gulf to Helsinki, "
          "which runs up to thirty times a day. Tallinn itself has become a software hub with a "
          "lively fintech scene."),
    ("h", "Outlook"),
    ("p", "Rail Baltica, the standard-gauge line from Tallinn via Riga and Kaunas to the Polish "
          "border, should eventually give all three eastern ports a faster route south. Until then, "
          "Polish ports are likely to keep widening their lead."),
    ("p", "Figures are preliminary and rounded; sources are the port authorities’ annual "
          "statements. Baltic Freight Monitor is published four times a year."),
]

VALENCIA = [
    ("title", "Valencia – Trade and Investment Brief"),
    ("subtitle", "International Trade Desk · Briefing for member companies · April 2024"),
    ("h", "At a glance"),
    ("p", "Valencia, capital of the Comunitat Valenciana and Spain’s third-largest city, sits midway "
          "along the Mediterranean corridor between Barcelona and Murcia. High-speed trains reach "
          "Madrid in about two hours, which makes the city a natural gateway to central Spain."),
    ("h", "The port"),
    ("p", "Valenciaport, which also manages the harbours of Sagunto and Gandia, is Spain’s leading "
          "container port and one of the busiest in the Mediterranean. In 2023 it handled "
          "4.8 million TEU, slightly less than the year before, and total traffic of around "
          "76 million tonnes. A new container terminal on the northern breakwater is planned with "
          "a capacity of 5 million TEU a year; final approval is expected after years of debate "
          "about its environmental impact."),
    ("table", [
        ["Indicator", "Value"],
        ["Container throughput 2023", "4.8 million TEU"],
        ["Total traffic 2023", "approx. 76 million tonnes"],
        ["Planned capacity, northern terminal", "5 million TEU per year"],
        ["Twin city", "Mainz (Germany), since 1978"],
    ]),
    ("h", "Industry"),
    ("p", "Valencia’s economy rests on three manufacturing pillars: automotive, agri-food and "
          "ceramics. Ford has built cars at its Almussafes plant, 20 km south of the city, since "
          "the 1970s, and a battery gigafactory is under construction in Sagunto. The agri-food "
          "sector exports to more than one hundred countries. The ceramic tile industry, for its "
          "part, is concentrated around Castellón de la Plana, some 70 km to the north."),
    ("p", "“Members keep asking us about nearshoring,” says Carmen Soria, the chamber’s chief "
          "economist. “With its port and its industrial base, Valencia is one of the obvious "
          "beneficiaries.” Export financing is available through local branches of banks such as "
          "Banco Sabadell and CaixaBank as well as through the official export credit agency."),
    ("h", "International links"),
    ("p", "Valencia has been twinned with Mainz since 1978, and the partnership includes an active "
          "exchange between the two chambers of commerce. Trade with Shanghai, by contrast, is the "
          "port’s largest deep-sea flow, yet it rests entirely on liner services rather than on any "
          "formal agreement between the two cities."),
    ("h", "Contact"),
    ("p", "International Trade Desk, Chamber of Commerce. Appointments for company visits can be "
          "arranged at short notice."),
]

SACHSEN = [
    ("title", "Wirtschaftsbrief Sachsen 2024"),
    ("subtitle", "Standorte, Branchen und internationale Partnerschaften – ein Kurzüberblick für Investoren"),
    ("p", "Sachsen hat sich in den vergangenen drei Jahrzehnten zu einem der dynamischsten "
          "Industriestandorte Mitteldeutschlands entwickelt. Drei Großstädte prägen das Bild, "
          "ergänzt durch leistungsfähige Mittelstädte im Erzgebirge und im Vogtland. Die Nähe zu "
          "Polen und Tschechien macht den Freistaat zudem zu einem Scharnier nach Osteuropa."),
    ("h", "Leipzig"),
    ("p", "Die Messestadt ist Sachsens bevölkerungsreichste Stadt. Industrieller Kern ist der "
          "Automobilbau: BMW und die Porsche Leipzig GmbH fertigen im Norden der Stadt, umgeben von "
          "zahlreichen Zulieferern. Mindestens ebenso wichtig ist die Logistik. Am Flughafen "
          "Leipzig/Halle betreibt DHL sein größtes Drehkreuz; 2023 wurden dort knapp 1,4 Mio. Tonnen "
          "Luftfracht umgeschlagen. Damit ist der Flughafen der zweitgrößte Frachtflughafen "
          "Deutschlands und belegt europaweit Rang fünf. Leipzig ist seit 1981 Partnerstadt von Lyon."),
    ("h", "Dresden"),
    ("p", "Die Landeshauptstadt an der Elbe ist das Zentrum von „Silicon Saxony“, dem größten "
          "Mikroelektronik-Cluster Europas. Halbleiter- und Mikrosystemtechnik bilden den Kern: "
          "Infineon, GlobalFoundries und Bosch produzieren hier Chips, ein weiteres Werk ist im Bau. "
          "Daneben stehen die Luft- und Raumfahrt – die Elbe Flugzeugwerke bauen Passagierflugzeuge "
          "zu Frachtern um – sowie die Pharmazie. Seit 1959 ist Dresden mit Coventry verschwistert; "
          "beide Städte verbindet die Erfahrung der Zerstörung im Zweiten Weltkrieg."),
    ("h", "Chemnitz"),
    ("p", "Die Kulturhauptstadt Europas 2025 steht für Maschinenbau und Automobilzulieferung. Im "
          "Motorenwerk von Volkswagen laufen seit Jahrzehnten Verbrennungsmotoren vom Band, "
          "inzwischen ergänzt um Komponenten für Elektroantriebe. Mit Tampere in Finnland pflegt "
          "Chemnitz seit 1961 eine Städtepartnerschaft, die heute vor allem den Austausch zwischen "
          "den technischen Hochschulen trägt."),
    ("h", "Zwickau und Freiberg"),
    ("p", "In Zwickau, wo einst der Trabant vom Band lief, baut Volkswagen heute ausschließlich "
          "Elektroautos. Freiberg hat sich mit der Halbleiter- und Solarindustrie einen Namen "
          "gemacht; die Bergakademie bildet seit 1765 Fachleute für Rohstoffe und Werkstoffe aus."),
    ("h", "Partnerschaften im Überblick"),
    ("table", [
        ["Sächsische Stadt", "Partnerstadt", "seit"],
        ["Leipzig", "Lyon", "1981"],
        ["Dresden", "Coventry", "1959"],
        ["Chemnitz", "Tampere", "1961"],
    ]),
    ("p", "Ansprechpartner: Prof. Dr. Karl Werdau, Wirtschaftsförderung, Referat Standortmarketing"),
]

PDFS = {
    "duisburg-binnenhafen.pdf": dict(blocks=DUISBURG, header="Hafenbericht 2024",
                                     footer="Seite {n}", lang="de",
                                     title="Datenblatt Binnenhafen Duisburg"),
    "baltic-ports-newsletter.pdf": dict(blocks=BALTIC,
                                        header="Baltic Freight Monitor · Issue 14 · Spring 2024",
                                        footer="Page {n}", lang="en",
                                        title="Baltic Freight Monitor, Issue 14"),
}
DOCXS = {
    "valencia-chamber-brief.docx": dict(blocks=VALENCIA, title="Valencia – Trade and Investment Brief"),
    "sachsen-wirtschaftsbrief.docx": dict(blocks=SACHSEN, title="Wirtschaftsbrief Sachsen 2024"),
}


def _find_font(name: str) -> Path:
    for folder in FONT_DIRS:
        for candidate in (folder / name, *folder.rglob(name)) if folder.exists() else ():
            if candidate.is_file():
                return candidate
    raise FileNotFoundError(f"font {name!r} not found in {[str(d) for d in FONT_DIRS]}; "
                            "install fonts-dejavu-core")


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(_find_font("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(_find_font("DejaVuSans-Bold.ttf"))))


def build_pdf(path: Path, blocks: list, header: str, footer: str, lang: str, title: str) -> None:
    """Write a simple A4 report: running header line, paragraphs, 'page N' footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer

    _register_fonts()
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10, leading=14, spaceAfter=7)
    styles = {
        "title": ParagraphStyle("title", fontName="DejaVuSans-Bold", fontSize=17, leading=21, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", fontName="DejaVuSans", fontSize=11, leading=15,
                                   spaceAfter=12, textColor="#444444"),
        "h": ParagraphStyle("h", fontName="DejaVuSans-Bold", fontSize=12, leading=16,
                            spaceBefore=8, spaceAfter=4),
        "p": body,
    }

    def decorate(canvas, doc):
        width, height = A4
        canvas.saveState()
        canvas.setFont("DejaVuSans", 8.5)
        canvas.setFillColor("#555555")
        canvas.drawString(20 * mm, height - 14 * mm, header)
        canvas.setLineWidth(0.4)
        canvas.line(20 * mm, height - 16 * mm, width - 20 * mm, height - 16 * mm)
        canvas.drawCentredString(width / 2, 12 * mm, footer.format(n=doc.page))
        canvas.restoreState()

    story = []
    for block in blocks:
        kind = block[0]
        if kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "bullets":
            items = [ListItem(Paragraph(escape(t), body), leftIndent=12) for t in block[1]]
            story.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=12,
                                      bulletFontName="DejaVuSans"))
            story.append(Spacer(1, 6))
        elif kind == "table":
            for row in block[1]:
                story.append(Paragraph(escape(" | ".join(row)), body))
        else:
            story.append(Paragraph(escape(block[1]), styles[kind]))

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=24 * mm, bottomMargin=22 * mm, title=title,
                            author="trex samples", subject=title, creator="trex build_samples.py",
                            lang=lang, invariant=1)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the bytes do not depend on the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def build_docx(path: Path, blocks: list, title: str) -> None:
    """Write a Word brief with headings, paragraphs and simple tables."""
    from docx import Document

    document = Document()
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, "trex samples", "trex samples"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    for block in blocks:
        kind = block[0]
        if kind == "title":
            document.add_heading(block[1], level=0)
        elif kind == "subtitle":
            document.add_paragraph(block[1], style="Subtitle")
        elif kind == "h":
            document.add_heading(block[1], level=1)
        elif kind == "p":
            document.add_paragraph(block[1])
        elif kind == "bullets":
            for text in block[1]:
                document.add_paragraph(text, style="List Bullet")
        elif kind == "table":
            rows = block[1]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Light Grid Accent 1"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        elif kind == "pagebreak":
            document.add_page_break()
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(_normalise_zip(buffer.getvalue()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: samples/dev/)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, spec in PDFS.items():
        build_pdf(args.out / name, **spec)
        print(f"wrote {args.out / name}")
    for name, spec in DOCXS.items():
        build_docx(args.out / name, **spec)
        print(f"wrote {args.out / name}")


if __name__ == "__main__":
    main()
