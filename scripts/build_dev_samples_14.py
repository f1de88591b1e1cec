#!/usr/bin/env python3
"""Build the fourteenth batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_14.py [--out DIR]

Companion to ``build_samples.py`` and the other ``build_dev_samples_*.py`` scripts,
with the same guarantees: the texts are embedded below, and the output is
deterministic (reportlab runs in invariant mode; DOCX core properties and zip
timestamps are fixed at 2024-07-15 09:00), so running it again gives byte-identical
files. The gold annotations (``NAME.gold.json``) are written by hand and kept beside
the documents; this script does not touch them, nor the TXT and HTML reports of the
batch. See "Development batch 14" in ``scripts/SAMPLES.md``.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared with the
other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``nordic-gateway-ports-client-briefing.pdf``: a logistics consultancy's client
  briefing, two pages, running header, footer "Client Briefing 05/2024 · page N of 2",
  a drawn comparison table of ports whose container column gives the unit
  ("thousand TEU") only in the column header, and whose industry column names one
  city's sector that the prose does not give.
* ``emscher-ruhr-hafen-geschaeftsbericht-2023.pdf``: a Ruhr port company's annual
  report extract, two pages, running header, footer "Geschäftsbericht 2023 · Seite N",
  a drawn table of locations with throughput ("Umschlag 2023 (Mio. t)"), change on
  the year and lead industries; one city's industries are given only in the table,
  and the last row is the company total over several cities.
* ``wuerzburg-partnerstaedte-wirtschaftsprofil.docx``: a city's partner-cities page
  with an economic profile: headings, paragraphs, two captioned tables (partner
  cities with year and topics of cooperation; locations with lead sectors and port
  throughput in "1.000 t", one tonnage and one town's sectors only in the table).

Table header cells that would not fit their column are broken with a newline.

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian
package ``fonts-dejavu-core``).
"""
from __future__ import annotations

import datetime as dt
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import REPO, build_docx, build_flow_pdf, ruled_table, write_samples  # noqa: E402

DEFAULT_OUT = REPO / "samples" / "dev"

# Fixed DOCX timestamp of this batch (core properties and zip entries).
BATCH14_TIME = dt.datetime(2024, 7, 15, 9, 0, 0)

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only.

NORDIC = [
    ("title", "Client Briefing: Choosing a Nordic Gateway Port"),
    ("subtitle", "Prepared for a maker of commercial kitchen equipment · Kestrel Supply Chain "
                 "Advisory · May 2024"),
    ("h", "Why this briefing"),
    ("p", "Our client, a Dutch maker of commercial kitchen equipment based in Eindhoven, plans one "
          "regional distribution centre for Sweden, Denmark, Norway and Finland. The centre would "
          "receive about 40 containers a week from the plant and ship smaller orders onwards by "
          "truck and ferry. We compared five candidate ports: Gothenburg, Aarhus, Oslo, Helsinki and "
          "Turku. All figures are rounded; the cost model is in a separate annex."),
    ("h", "Gothenburg"),
    ("p", "Göteborg, as the Swedes write it, has Scandinavia’s largest port. Its container terminal "
          "handled about 848,000 TEU in 2023, and daily rail shuttles reach some two dozen inland "
          "terminals, including a train to Oslo. The city’s economy is driven by car and truck "
          "manufacturing, and neighbouring Mölndal hosts a large pharmaceutical research site. "
          "Gothenburg has been twinned with Aarhus and with Turku since 1946, and the three cities "
          "still hold a joint business week every spring."),
    ("h", "Aarhus"),
    ("p", "Aarhus is Denmark’s largest container port. After the latest quay extension, the "
          "terminal operator says it can handle up to 1 million TEU a year. The city is home to one "
          "of the world’s biggest makers of wind turbines, to the research centre of a large dairy "
          "group and to a lively IT sector. Herning, an hour to the west, is known for its textile "
          "and fashion firms, several of which already ship through Aarhus."),
    ("h", "Oslo"),
    ("p", "Oslo is Norway’s largest container port, with about 220,000 TEU in 2023. The capital "
          "lives from shipping services, ship finance and software rather than from industry; "
          "Norway’s oil and gas sector is run from the west coast. The ports of Oslo and Kiel "
          "signed a cooperation agreement on shore power in 2021, and the ferry between the two "
          "cities has been plugging in at both ends ever since. Our Oslo associate, Kari Moss, "
          "expects land prices near the port to keep rising."),
    ("pagebreak",),
    ("h", "Helsinki"),
    ("p", "The Port of Helsinki handled some 14 million tonnes of cargo in 2023, most of it in "
          "trailers on the ferries to Tallinn and Stockholm; its container harbour added about "
          "480,000 TEU. Helsinki is known for game development, and its shipyard builds "
          "icebreakers. Neighbouring Espoo is home to a major maker of telecommunications "
          "equipment."),
    ("p", "Helsinki and Tallinn, some 80 kilometres apart across the Gulf of Finland, are often "
          "called twin cities. That describes a shared commuter market, not a twinning. There is, "
          "however, a formal link between the two ports: in 2022 the port companies of Helsinki "
          "and Tallinn signed a memorandum of understanding on a green shipping corridor."),
    ("h", "Turku"),
    ("p", "Turku handled about 2.5 million tonnes in 2023, mostly on the ferries to Stockholm. "
          "Shipbuilding is the city’s signature industry: the yard delivers some of the largest "
          "cruise ships in the world. Nearby Naantali no longer refines crude oil; its refinery "
          "became a storage terminal in 2021. Turku froze its twinning with Saint Petersburg in "
          "2022."),
    ("h", "Comparison"),
    ("caption", "Table 1: Candidate ports at a glance"),
    ("table", [
        ["Port", "Containers 2023\n(thousand TEU)", "Local industries\nrelevant to the client",
         "Rail to\nhinterland"],
        ["Gothenburg", "848", "cars, trucks", "daily"],
        ["Aarhus", "–", "wind turbines, dairy, IT", "daily"],
        ["Oslo", "220", "shipping services, software", "limited"],
        ["Helsinki", "480", "games, shipbuilding", "daily"],
        ["Turku", "–", "shipbuilding, pharmaceuticals", "weekly"],
    ], [30, 38, 64, 38]),
    ("h", "Recommendation"),
    ("p", "Gothenburg scores best on rail reach and sailings; Aarhus is a close second if the "
          "client puts the Danish and German markets first. Helsinki and Turku make sense only as "
          "a second, Finnish warehouse. Lead consultant: Pieter Breda, Kestrel Supply Chain "
          "Advisory."),
]

RUHR = [
    ("title", "Geschäftsbericht 2023 – Auszug aus dem Lagebericht"),
    ("subtitle", "Emscher-Ruhr Hafen AG · Gelsenkirchen · veröffentlicht im April 2024"),
    ("h", "2.1 Geschäftsverlauf"),
    ("p", "Die Terminals der Gesellschaft in Gelsenkirchen, Essen und Marl schlugen 2023 zusammen "
          "3,3 Mio. Tonnen um, rund 8 % weniger als im Vorjahr. Ursachen waren die schwache "
          "Nachfrage der Stahl- und Chemiekunden und das Niedrigwasser im Herbst. Die Umsatzerlöse "
          "gingen auf 61 Mio. Euro zurück."),
    ("h", "2.2 Unsere Standorte"),
    ("p", "Am Stammsitz im Stadthafen Gelsenkirchen wurden 1,9 Mio. Tonnen umgeschlagen, nach "
          "2,1 Mio. Tonnen im Vorjahr. Die Gelsenkirchener Wirtschaft ist von Energie und Chemie "
          "geprägt: Im Norden der Stadt arbeiten eine Raffinerie und ein großer Chemiestandort, "
          "die zu unseren wichtigsten Kunden zählen. Die letzte Zeche der Stadt hat dagegen schon "
          "im Jahr 2000 geschlossen."),
    ("p", "Der Stadthafen Essen am Rhein-Herne-Kanal kam auf 0,8 Mio. Tonnen, vor allem Baustoffe "
          "und Schrott. In Essen haben zwei große Energiekonzerne und ein bundesweit tätiger "
          "Lebensmitteldiscounter ihre Zentrale; die Stadt ist außerdem ein Zentrum der "
          "Gesundheitswirtschaft. Unser Hafen- und Tanklagerterminal im Chemiepark Marl am "
          "Wesel-Datteln-Kanal schlug 0,6 Mio. Tonnen flüssige Chemikalien um."),
    ("h", "2.3 Marktumfeld"),
    ("p", "Der Duisburger Hafen, der größte Binnenhafen der Welt, schlug 2023 rund 41 Mio. Tonnen "
          "um. Wir nutzen ihn als Drehscheibe für Containerzüge; die Verbindungen nach Chongqing "
          "und Xi’an sind Bahnrouten und keine Partnerschaften. Duisburg ist seit 1982 mit Wuhan "
          "verschwistert, und die Häfen von Duisburg und Triest arbeiten seit 2019 in einer "
          "Hafenpartnerschaft zusammen."),
    ("p", "Dortmund, dessen Hafen als größter Kanalhafen Europas gilt, kam auf 2,6 Mio. Tonnen. "
          "Die Stadt lebt heute von Logistik, Informationstechnik und Versicherungen. Bochum hat "
          "keinen eigenen Güterhafen; Kunden von dort beliefern wir über Gelsenkirchen. Seit dem "
          "Ende der Autoproduktion im Jahr 2014 sind in Bochum die IT-Sicherheit und die "
          "Gesundheitswirtschaft zu den wichtigsten Branchen geworden."),
    ("pagebreak",),
    ("h", "2.4 Kennzahlen der Standorte"),
    ("caption", "Tabelle 1: Umschlag und Branchen im Einzugsgebiet"),
    ("table", [
        ["Standort", "Umschlag 2023\n(Mio. t)", "Veränderung\nzum Vorjahr", "Prägende Branchen"],
        ["Duisburg", "41,0", "−4 %", "Stahl, Logistik"],
        ["Dortmund", "2,6", "+2 %", "Logistik, IT, Versicherungen"],
        ["Gelsenkirchen", "1,9", "−10 %", "Energie, Chemie, Raffinerie"],
        ["Essen", "0,8", "−6 %", "Energie, Handel, Gesundheit"],
        ["Marl", "0,6", "−8 %", "Chemie"],
        ["Gesellschaft gesamt", "3,3", "−8 %", "–"],
    ], [40, 34, 30, 66]),
    ("h", "3 Netzwerke und Partnerschaften"),
    ("p", "Die Städte unserer Region sind international gut vernetzt, und das hilft uns in "
          "Kundengesprächen. Gelsenkirchen ist seit 1948 mit Newcastle upon Tyne verschwistert, "
          "Bochum seit 1950 mit Sheffield; beide Partnerschaften gehen auf die Nachkriegszeit "
          "zurück. Dortmund und Leeds sind seit 1969 Partnerstädte. Die Partnerschaft zwischen "
          "Essen und Nischni Nowgorod ruht seit 2022."),
    ("p", "Für unseren eigenen Hafen in Gelsenkirchen bereiten wir eine Kooperation mit dem Hafen "
          "Antwerpen vor; unterschrieben ist noch nichts. Im Mai haben wir eine Delegation aus "
          "Rotterdam empfangen, die sich für unsere Wasserstoffpläne interessierte."),
    ("h", "4 Ausblick"),
    ("p", "Für 2024 rechnen wir mit einem Umschlag von rund 3,5 Mio. Tonnen. Das neue "
          "Containerterminal in Gelsenkirchen soll im Herbst in Betrieb gehen."),
    ("p", "Der Vorstand: Dr. Martin Hagen (Vorsitz), Sabine Moers. Großaktionär der Gesellschaft "
          "sind die Stadtwerke Bottrop."),
]

WUERZBURG = [
    ("title", "Würzburg international: Partnerstädte und Wirtschaftsprofil"),
    ("subtitle", "Stadt Würzburg · Fachbereich Wirtschaft, Wissenschaft und Internationales · "
                 "Stand Juli 2024"),
    ("h", "Unsere Partnerstädte"),
    ("p", "Würzburg pflegt Städtepartnerschaften in Europa, Amerika und Asien. Die ältesten "
          "bestehen seit 1962 mit Caen in der Normandie und mit Dundee in Schottland. 1964 kam "
          "Rochester im Bundesstaat New York hinzu, 1979 das japanische Ōtsu am Biwa-See und 1984 "
          "Salamanca in Spanien. Mit allen fünf Städten gibt es regelmäßige Schüler- und "
          "Studierendenaustausche; mit Rochester arbeiten die Hochschulen beider Städte in der "
          "Optik- und Medizintechnikforschung zusammen. Mit Caen verbindet Würzburg die älteste "
          "Freundschaft: 2022 feierten beide Städte das 60-jährige Bestehen ihrer Partnerschaft mit "
          "einem Bürgerfest auf dem Marktplatz."),
    ("p", "Im Frühjahr besuchte eine Delegation aus Umeå die Stadt. Über eine Solidaritäts"
          "partnerschaft mit Lwiw in der Ukraine berät der Stadtrat im Herbst; ein Beschluss steht "
          "noch aus. Die Flusskreuzfahrten, die in Würzburg auf dem Weg nach Bamberg und Passau "
          "anlegen, haben mit den Partnerschaften nichts zu tun."),
    ("caption", "Tabelle 1: Partnerstädte Würzburgs"),
    ("table", [
        ["Partnerstadt", "Land", "seit", "Schwerpunkte der Zusammenarbeit"],
        ["Caen", "Frankreich", "1962", "Schulen, Kultur"],
        ["Dundee", "Vereinigtes Königreich", "1962", "Hochschulen, Sport"],
        ["Rochester (New York)", "USA", "1964", "Optik, Medizintechnik"],
        ["Ōtsu", "Japan", "1979", "Jugendaustausch"],
        ["Salamanca", "Spanien", "1984", "Universitäten"],
    ]),
    ("h", "Wirtschaftsprofil"),
    ("p", "Würzburg ist das Oberzentrum Mainfrankens. Größter Arbeitgeber ist das "
          "Universitätsklinikum, und die Gesundheitswirtschaft wächst weiter. Ein traditionsreicher "
          "Hersteller von Druckmaschinen hat hier seinen Stammsitz, und der Weinbau prägt die "
          "Hänge rund um die Festung. Der Hafen Würzburg am Main schlug 2023 rund 560.000 Tonnen "
          "um, überwiegend Getreide, Baustoffe und Düngemittel."),
    ("p", "Schweinfurt, 40 Kilometer mainaufwärts, ist die Stadt der Wälzlager: Gleich mehrere "
          "Hersteller von Kugel- und Rollenlagern haben dort ihre Werke, und ein großer "
          "Automobilzulieferer fertigt Antriebs- und Fahrwerkstechnik. Im Landkreis Würzburg "
          "haben sich dagegen vor allem Logistiker angesiedelt."),
    ("p", "Im Großraum Nürnberg, eine gute Autostunde entfernt, sind die Elektro- und "
          "Energietechnik in Nürnberg, die Medizintechnik in Erlangen und der Versandhandel in "
          "Fürth stark. Der Nürnberger Hafen am Main-Donau-Kanal kam 2023 auf rund 3,1 Mio. "
          "Tonnen. Erlangen ist seit 1964 mit Rennes verschwistert."),
    ("caption", "Tabelle 2: Standorte in Franken"),
    ("table", [
        ["Stadt", "Leitbranchen", "Hafenumschlag 2023 (1.000 t)"],
        ["Würzburg", "Gesundheitswirtschaft, Druckmaschinen, Wein", "560"],
        ["Schweinfurt", "Wälzlager, Antriebstechnik", "290"],
        ["Kitzingen", "Logistik, Lebensmittel", "–"],
        ["Nürnberg", "Elektro- und Energietechnik", "3.100"],
        ["Erlangen", "Medizintechnik", "–"],
        ["Fürth", "Versandhandel", "–"],
    ]),
    ("p", "Ansprechpartner für Unternehmen: Prof. Dr. Jonas Coburg, Leiter des Fachbereichs."),
]


PDFS = {
    "nordic-gateway-ports-client-briefing.pdf": dict(
        blocks=NORDIC, header="Kestrel Supply Chain Advisory · Client Briefing · Nordic Gateway "
                              "Ports · May 2024",
        footer="Client Briefing 05/2024 · page {n} of 2", lang="en",
        title="Client Briefing: Choosing a Nordic Gateway Port"),
    "emscher-ruhr-hafen-geschaeftsbericht-2023.pdf": dict(
        blocks=RUHR, header="Emscher-Ruhr Hafen AG · Geschäftsbericht 2023 · Auszug Lagebericht",
        footer="Geschäftsbericht 2023 · Seite {n}", lang="de",
        title="Emscher-Ruhr Hafen AG – Geschäftsbericht 2023 (Auszug)"),
}
DOCXS = {
    "wuerzburg-partnerstaedte-wirtschaftsprofil.docx": dict(
        blocks=WUERZBURG, title="Würzburg international: Partnerstädte und Wirtschaftsprofil",
        when=BATCH14_TIME),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_14.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
