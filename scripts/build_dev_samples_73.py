#!/usr/bin/env python3
"""Build batch 73 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_73.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b73-north-greece-logistics-working-paper.pdf``: a university logistics institute's working
  paper summary, two pages, running header, footer "Working Paper 24/03 · page N", a drawn
  table "Port | Containers 2023 (TEU) | Bulk and general cargo 2023 (million t) | Rail access";
  the units are given only in the column headers.
* ``b73-lippe-kanalhaefen-jahresbilanz.pdf``: a German canal port company's annual review
  (Jahresbilanz), two pages, running header, footer "Jahresbilanz 2024 – Seite N", no table but
  a bullet list of key figures that repeats figures from the running text.
* ``b73-hellenic-pcs-release-notes.docx``: a port community system's release notes with a
  background section, headings, bullet lists of features and onboarded ports, and a table of
  port traffic whose cargo column is given in thousand tonnes.

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian package
``fonts-dejavu-core``).
"""
from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_builders import REPO, build_docx, build_flow_pdf, ruled_table, write_samples  # noqa: E402

DEFAULT_OUT = REPO / "samples" / "dev"

# A document is a list of blocks:
#   ("title", text) ("subtitle", text) ("h", text) ("p", text) ("caption", text)
#   ("bullets", [text, ...]) ("table", [[cell, ...], ...], [column width in mm, ...])
#   ("pagebreak",)
# The column widths are used by the PDF builder only.

NORTH_GREECE = [
    ("title", "Ports of Northern Greece as Balkan Gateways: Summary of Working Paper 24/03"),
    ("subtitle", "Thermaic Institute for Logistics Research · Working Paper Series · March 2024"),
    ("h", "Why this paper"),
    ("p", "Most studies of Greek ports stop at Piraeus. This working paper looks instead at the "
          "four ports of northern and central Greece that compete for the cargo of the landlocked "
          "Balkans: Thessaloniki, Kavala, Alexandroupoli and Volos. We compare their traffic, "
          "their rail access and the industries of the cities behind them, and we ask whether the "
          "corridor projects announced since 2022 have changed anything. The full paper, with its "
          "interview material and the model of hinterland costs, is available from the institute "
          "on request. The lead author is Dr. Sofia Karaoglou; the summary was prepared by the "
          "institute's editorial office."),
    ("h", "Thessaloniki: the established gateway"),
    ("p", "Thessaloniki, the Salonica of older English atlases, is Greece's second-largest "
          "container port and the natural outlet for North Macedonia, Serbia and Kosovo. Its "
          "container terminal, privatised in 2018, has grown steadily, and a pier extension is "
          "under construction. The city's own economy is diversified: firms in Thessaloniki make "
          "generic pharmaceuticals, processed foods and packaging, and a refinery on the western "
          "edge of the city supplies most of the fuel sold in the north. Thessaloniki is twinned "
          "with Melbourne, whose Greek community has kept the link alive for decades."),
    ("h", "Kavala and Alexandroupoli: Thrace's two outlets"),
    ("p", "Kavala handles fertiliser, marble and grain. The fertiliser plant beside the port is "
          "the largest industrial employer in Kavala, while the tobacco warehouses that made the "
          "town rich a century ago have been turned into museums and offices. Marble blocks "
          "quarried in the mountains near Drama reach the quays by truck; we treat them as "
          "transit cargo of the hinterland. Kavala and Nuremberg have been partner cities since "
          "1999, and engineering students move between the two universities every year."),
    ("p", "Alexandroupoli, close to the Turkish border, has gained a floating gas terminal and a "
          "new role in military logistics. Its port authority discussed a memorandum on a "
          "Black Sea–Aegean corridor with Varna in 2023, but the memorandum was never signed. "
          "Inland, the Thracian towns of Xanthi and Komotini look to both ports: Xanthi's "
          "factories turn out cables and copper wire, and Komotini is where much of the region's "
          "dairy and flour milling is done. The cotton fields of the Evros valley belong to the "
          "region as a whole, not to any one city."),
    ("pagebreak",),
    ("h", "Volos: the Thessalian port"),
    ("p", "Volos is the industrial city of Thessaly. A cement plant and a steel rolling mill stand "
          "on its western shore, and both use the port for raw materials and exports. Larissa, an "
          "hour inland, is the market town of the Thessalian plain; its cotton gins and "
          "agricultural machinery dealers send seasonal cargo through Volos. The small port of "
          "Almyros, on the same gulf, is not included in our sample."),
    ("caption", "Table 1: Traffic and rail access of the four ports, 2023"),
    ("table", [
        ["Port", "Containers 2023 (TEU)", "Bulk and general cargo 2023 (million t)", "Rail access"],
        ["Thessaloniki", "470,000", "15.5", "direct, electrified"],
        ["Kavala", "–", "2.1", "none"],
        ["Alexandroupoli", "–", "1.2", "direct, single track"],
        ["Volos", "31,000", "3.0", "direct"],
    ], [35, 38, 55, 40]),
    ("h", "Findings"),
    ("p", "First, Thessaloniki's lead is structural: it is the only port of the four with an "
          "electrified rail line and frequent calls by deep-sea carriers. Second, Kavala and "
          "Alexandroupoli depend on one or two industrial customers each, and their traffic "
          "swings with those customers' fortunes. Third, the corridor plans that would link "
          "Alexandroupoli by rail with Burgas and Varna on the Black Sea, and with Plovdiv and "
          "Sofia inland, have so far produced studies rather than trains. A direct freight train "
          "between Thessaloniki and Skopje runs three times a week; it is a service, not a "
          "cooperation agreement between the two cities."),
    ("h", "Policy implications"),
    ("p", "We suggest that the ports of the north coordinate their marketing rather than compete "
          "for the same Balkan shippers, and that the rail upgrade to Alexandroupoli be given "
          "priority over a second container terminal in Thessaloniki. Comments on the working "
          "paper are welcome until the end of May."),
]

LIPPE = [
    ("title", "Jahresbilanz 2024 der Kanalhäfen an Lippe und Emscher"),
    ("subtitle", "Hafenbetriebsgesellschaft Westfälische Kanäle mbH · vorgelegt im Februar 2025"),
    ("h", "Das Jahr im Überblick"),
    ("p", "Die Häfen am Datteln-Hamm-Kanal, am Wesel-Datteln-Kanal und am Dortmund-Ems-Kanal haben "
          "2024 zusammen rund 4,6 Mio. Tonnen umgeschlagen und damit etwa 3 Prozent mehr als im "
          "Vorjahr. Getragen wurde das Plus von Baustoffen, Schrott und Containern; der Rückgang "
          "bei der Kohle hat sich dagegen fortgesetzt. Der Kanalknoten bei Datteln, an dem sich "
          "vier Wasserstraßen treffen, gilt als der verkehrsreichste Kanalknoten Europas – das ist "
          "eine Aussage über die Wasserstraßen, nicht über einen Hafen."),
    ("h", "Stadthafen Hamm"),
    ("p", "Der Stadthafen Hamm ist unser größter Standort. Hier wurden 2024 rund 1,35 Mio. Tonnen "
          "Güter umgeschlagen, nach 1,28 Mio. Tonnen im Vorjahr. Damit zählt Hamm weiterhin zu den "
          "größten Kanalhäfen Deutschlands. Das trimodale Containerterminal schlug knapp 27.000 "
          "TEU um und ist für 60.000 TEU im Jahr ausgelegt. Die Hammer Drahtzieher und "
          "Stahlverarbeiter sind unsere treuesten Kunden, und seit dem Frühjahr lässt auch ein "
          "Hersteller von Tiernahrung aus Hamm Rohstoffe per Schiff anliefern. Der "
          "Containershuttle zwischen Hamm und Rotterdam fährt nun dreimal pro Woche."),
    ("p", "Seit 2021 besteht eine Hafenpartnerschaft zwischen Hamm und dem niederländischen "
          "Binnenhafen Venlo; 2024 tauschten beide Häfen erstmals Auszubildende aus. Hamm und "
          "Kalisz sind zudem seit Langem als Partnerstädte verbunden."),
    ("h", "Lünen"),
    ("p", "Im Lüner Hafen wurden 2024 etwa 620.000 Tonnen umgeschlagen, vor allem Metallschrott und "
          "Ersatzbaustoffe. Lünen lebt heute zu einem guten Teil von der Kreislaufwirtschaft: In "
          "der Stadt sitzen ein großer Recyclingkonzern und eine Kupferhütte, die Altkupfer zu "
          "Kathoden verarbeitet. Gespräche mit dem Hafen Antwerpen über eine Kooperation im "
          "Schrottverkehr wurden im Herbst ohne Ergebnis beendet."),
    ("pagebreak",),
    ("h", "Marl und Datteln"),
    ("p", "Der Hafen im Chemiepark Marl ist nach Tonnen unser zweitgrößter Standort: rund 1,9 Mio. "
          "Tonnen, fast ausschließlich flüssige Chemikalien und Rohstoffe für die Chemieindustrie "
          "in Marl. Die Stadt Marl und die französische Stadt Creil sind seit 1964 "
          "Partnerstädte. In Datteln wurden rund 410.000 Tonnen umgeschlagen; das Kohlekraftwerk "
          "am Kanal bezieht seine Kohle inzwischen überwiegend per Bahn."),
    ("h", "Bergkamen und Waltrop"),
    ("p", "In Bergkamen hat sich der Hafen von der Kohle gelöst. Das Steinkohlekraftwerk am Kanal "
          "wurde 2023 endgültig abgeschaltet, die Kohlenlager werden zurückgebaut. Wichtigster "
          "Arbeitgeber ist heute ein Pharmawerk, in dem Wirkstoffe für Hormonpräparate hergestellt "
          "werden; seine Lieferungen gehen allerdings per Lkw. In Waltrop, wo das alte "
          "Schiffshebewerk Henrichenburg als Museum Besucher anzieht, betreiben wir eine kleine "
          "Umschlagstelle für Baustoffe."),
    ("h", "Kennzahlen 2024"),
    ("bullets", [
        "Umschlag aller Standorte: rund 4,6 Mio. Tonnen (Vorjahr: 4,47 Mio. Tonnen)",
        "Stadthafen Hamm: 1,35 Mio. Tonnen, Containerterminal knapp 27.000 TEU",
        "Chemiepark Marl: 1,9 Mio. Tonnen",
        "Lünen: 620.000 Tonnen",
        "Beschäftigte der Gesellschaft: 84",
    ]),
    ("h", "Ausblick"),
    ("p", "Für 2025 erwarten wir einen stabilen Umschlag. Der geplante Ausbau des Terminals in "
          "Hamm soll 2026 beginnen. Ein Wasserstoff-Elektrolyseur, den ein Energieversorger am "
          "Kanal bei Bergkamen plant, ist noch nicht genehmigt und in unseren Zahlen nicht "
          "berücksichtigt. Die Geschäftsführung dankt Frau Dr. Ute Werne für ihre Arbeit im "
          "Aufsichtsrat."),
]

HELLENIC_PCS = [
    ("title", "PortLink Hellas 4.2 – Release Notes"),
    ("subtitle", "Hellenic Port Community Systems S.A. · Release date 8 April 2024"),
    ("h", "Summary"),
    ("p", "Release 4.2 brings the ro-ro booking module to three more ports, a new API for ferry "
          "operators and a redesigned customs status screen. This document lists the new "
          "features, the ports that go live with this release, the fixes and the known issues. "
          "A background section for new users explains the ports on the Ionian and Cretan "
          "side of our network."),
    ("h", "New features"),
    ("bullets", [
        "Ro-ro pre-booking for trucks and trailers, with automatic gate slots.",
        "Ferry operator API (REST, JSON) for manifests and passenger counts.",
        "Customs status screen with colour codes for released, held and inspected units.",
        "Data interface to the Italian port community platform used in Ancona and Bari, for "
        "pre-arrival data on Adriatic ferries (a technical link, not an agreement between ports).",
    ]),
    ("h", "Ports going live with 4.2"),
    ("bullets", [
        "Patras – from 15 April, ro-ro and ferry modules",
        "Igoumenitsa – from 22 April, ro-ro module",
        "Heraklion – from 6 May, ferry and cargo modules",
    ]),
    ("h", "Background: the ports in our network"),
    ("p", "Patras is the largest port in western Greece and the main door to Italy for trucks. "
          "Ferries sail from Patras to Ancona, Bari and Venice every day; these are shipping "
          "lines, not partnerships. The ports of Patras and Ancona, however, have had a port "
          "cooperation agreement since 2017, and the Ancona authority helped us test the new "
          "interface. The largest industrial sites in Patras are a cable factory and a paper "
          "mill, both close to the new port."),
    ("p", "Igoumenitsa, further north on the Ionian coast, lives from ferry logistics. Fish farms "
          "in its bay raise sea bream and sea bass, and much of their harvest leaves the port on "
          "reefer trucks. Ioannina, the regional capital inland, sends dairy products, above all "
          "feta, through Igoumenitsa; firms in Ioannina make cheese and yoghurt for export."),
    ("p", "Heraklion is the busiest port on Crete and the island's gateway for supermarket supply. "
          "Heraklion's olive-oil mills and its hotel industry keep the port busy in every season. "
          "Chania, in the west of the island, depends on tourism, and its port at Souda takes the "
          "ferries from Piraeus. Heraklion has been twinned with Limassol since 1984, and a "
          "delegation from the Cypriot city will see the system in May."),
    ("p", "Kalamata is not yet connected. Kalamata is where most of Greece's table olives of the "
          "famous variety are sorted and packed, and the port authority has asked for the cargo "
          "module in 2025. Talks with Volos about a ro-ro link to İzmir have not led to any "
          "agreement, so Volos stays on the old version for now."),
    ("caption", "Table 1: Traffic of the ports going live (cargo in thousand tonnes, 2023)"),
    ("table", [
        ["Port", "Passengers 2023", "Trucks and trailers 2023", "Cargo 2023 (thousand t)"],
        ["Patras", "1,250,000", "210,000", "2,400"],
        ["Igoumenitsa", "1,900,000", "260,000", "3,100"],
        ["Heraklion", "2,100,000", "95,000", "2,700"],
    ], [35, 35, 45, 40]),
    ("h", "Fixes"),
    ("bullets", [
        "Gate slots no longer disappear when a truck changes its trailer number.",
        "The English and Greek spellings of port names are now matched (e.g. Patra and Patras, "
        "Iraklio and Heraklion) in the search field.",
        "Exports to CSV keep the leading zeros of container numbers.",
    ]),
    ("h", "Known issues"),
    ("p", "The ferry API returns passenger counts with a delay of up to ten minutes. Users whose "
          "company account was created by Olympia Georgiou of our support team before March must "
          "reset their passwords once. Please report any other problems to the service desk."),
]


PDFS = {
    "b73-north-greece-logistics-working-paper.pdf": dict(
        blocks=NORTH_GREECE, header="Thermaic Institute for Logistics Research · Working Paper "
                                    "24/03 · Summary",
        footer="Working Paper 24/03 · page {n}", lang="en",
        title="Ports of Northern Greece as Balkan Gateways: Summary of Working Paper 24/03"),
    "b73-lippe-kanalhaefen-jahresbilanz.pdf": dict(
        blocks=LIPPE, header="Hafenbetriebsgesellschaft Westfälische Kanäle · Jahresbilanz 2024",
        footer="Jahresbilanz 2024 – Seite {n}", lang="de",
        title="Jahresbilanz 2024 der Kanalhäfen an Lippe und Emscher"),
}
DOCXS = {
    "b73-hellenic-pcs-release-notes.docx": dict(
        blocks=HELLENIC_PCS, title="PortLink Hellas 4.2 – Release Notes"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_73.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
