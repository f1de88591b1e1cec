#!/usr/bin/env python3
"""Build the 29th batch of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_29.py [--out DIR]

Same guarantees as ``build_dev_samples_6.py``: the texts are embedded below, and
the output is deterministic (reportlab runs in invariant mode; DOCX core
properties and zip timestamps are fixed), so running it again gives
byte-identical files. The gold annotations (``NAME.gold.json``) are written by
hand and kept beside the documents; this script does not touch them, nor the
TXT and HTML reports of the batch. The layout helpers live in
``sample_builders.py``.

Layouts in this batch:

* ``b29-oberfranken-exportbarometer.pdf``: two pages, running header, footer
  "Seite N von 2 · Exportbarometer Oberfranken 1/2024", a drawn table
  "Standort | Leitbranchen | Exportquote (%) | Punkte"; one row is
  a district (Landkreis), one town's sectors are given only in the table.
* ``b29-rijnwaal-logistics-park-press-release.pdf``: two pages, running
  header, footer "Rijnwaal Logistics Real Estate | Press release | page N",
  a drawn table "Park | Town | Size (m²) | Tenant sectors | TEU 2023"; the
  last column is the nearest terminal's throughput (said only in the caption).
* ``b29-morocco-atlantic-gateway-case-summary.docx``: business-school case
  summary with headings, a captioned port table (unit only in the header) and
  discussion questions.

Requires reportlab, python-docx and the DejaVu Sans TrueType fonts (Debian
package ``fonts-dejavu-core``).
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

OBERFRANKEN = [
    ("title", "Exportbarometer Oberfranken – Frühjahr 2024"),
    ("subtitle", "Umfrage unter 240 Firmenkunden · Regionalbank Obermain-Frankenwald eG · April 2024"),
    ("h", "Gesamtbild: Stimmung trübt sich leicht ein"),
    ("p", "Unser Exportbarometer sinkt im Frühjahr auf 96 Punkte, nach 101 Punkten im Herbst. "
          "Knapp die Hälfte der befragten Unternehmen erwartet für 2024 stagnierende Auslandsumsätze, "
          "ein Viertel rechnet mit einem Rückgang. Oberfranken bleibt dennoch eine der "
          "industriestärksten Regionen Deutschlands: Fast jeder dritte Beschäftigte arbeitet im "
          "verarbeitenden Gewerbe, und die Glas- und Kunststoffindustrie der Region exportiert mehr "
          "als die Hälfte ihrer Produktion."),
    ("h", "Die Standorte im Einzelnen"),
    ("p", "In Selb, der Porzellanstadt an der tschechischen Grenze, spüren die Betriebe der "
          "Porzellan- und Keramikindustrie die Zurückhaltung der Gastronomie in Europa. Besser läuft "
          "es für einen Hersteller von technischer Keramik, der Bauteile für Halbleiterfabriken "
          "liefert. Porzellanhersteller berichten immerhin von guten Abschlüssen auf der Messe in "
          "Mailand."),
    ("p", "Hof war über ein Jahrhundert von der Textil- und Bekleidungsindustrie geprägt. Viele "
          "Webereien haben geschlossen, doch die verbliebenen Betriebe haben sich auf technische "
          "Textilien und Vliesstoffe spezialisiert und exportieren gut. Im benachbarten Rehau ist "
          "die Kunststoffverarbeitung mit einem großen Hersteller von Polymerprofilen der wichtigste "
          "Arbeitgeber."),
    ("p", "Die Kulmbacher Lebensmittelhersteller – Brauereien, ein Gewürzhersteller und mehrere "
          "Fleischverarbeiter – melden stabile Auslandsgeschäfte. Die Stadt ist auch Sitz eines "
          "Bundesinstituts für Lebensmittelforschung."),
    ("p", "Bamberg hängt stark am Automobil. Ein großes Werk eines Zulieferers fertigt dort "
          "Einspritztechnik und Zündkerzen, und die Umstellung auf Elektroantriebe drückt auf die "
          "Stimmung. Die Stadt lebt außerdem vom Tourismus: Die Altstadt ist Weltkulturerbe. In "
          "Coburg sitzen ein großer Automobilzulieferer für Türsysteme und Sitzverstellungen und "
          "einer der größten deutschen Kfz-Versicherer; zudem baut ein Familienunternehmen dort "
          "Druckluftkompressoren. In Bayreuth geben ein Zigarettenwerk und ein Hersteller von "
          "medizinischen Kompressionsstrümpfen den Ton an. Forchheim ist Standort eines großen "
          "Herstellers von Medizintechnik."),
    ("pagebreak",),
    ("h", "Standorte und Leitbranchen"),
    ("caption", "Tabelle 1: Ausgewählte Standorte, Leitbranchen und Barometerwerte, Frühjahr 2024"),
    ("table", [
        ["Standort", "Leitbranchen", "Exportquote (%)", "Punkte"],
        ["Selb", "Porzellan, technische Keramik", "58", "91"],
        ["Hof", "Technische Textilien, Vliesstoffe", "52", "94"],
        ["Kulmbach", "Brauereien, Gewürze, Fleischwaren", "31", "102"],
        ["Bamberg", "Autozulieferer, Tourismus", "61", "88"],
        ["Coburg", "Autozulieferer, Versicherer, Kompressoren", "64", "97"],
        ["Kronach", "Leuchten, Unterhaltungselektronik", "47", "93"],
        ["Landkreis Wunsiedel", "Keramik, Energie", "55", "95"],
    ], [40, 76, 36, 18]),
    ("h", "Märkte"),
    ("p", "Wichtigster Absatzmarkt bleiben die USA, gefolgt von Frankreich und Österreich. Die "
          "Nachfrage aus China hat sich abgekühlt; mehrere Kunden haben ihre Vertriebsbüros von "
          "Peking nach Singapur verlagert. Polen gewinnt an Gewicht: Unsere Partnerbank in Warschau "
          "verzeichnet deutlich mehr Anfragen oberfränkischer Mittelständler."),
    ("h", "Logistik"),
    ("p", "Der bayernhafen Bamberg am Main-Donau-Kanal schlug 2023 rund 0,7 Mio. Tonnen per Schiff "
          "um, vor allem Baustoffe, Futtermittel und Metalle. Für Überseeexporte bleibt der "
          "Hamburger Hafen das wichtigste Tor: Deutschlands größter Seehafen kam 2023 auf 7,7 Mio. "
          "TEU. Die Speditionen berichten, dass sich die Lkw auf dem Hof des Güterverkehrszentrums "
          "wieder stauen."),
    ("h", "Netzwerke über Städtepartnerschaften"),
    ("p", "Viele Exporteure nutzen die Kontakte der Partnerstädte. Coburg und das französische "
          "Niort sind seit 1973 verschwistert; die beiden Städte tauschen sich derzeit vor allem zur "
          "Kreislaufwirtschaft aus. Bamberg ist mit Villach und Rodez verbunden, und Selb pflegt "
          "seit 1995 eine grenzüberschreitende Partnerschaft mit Aš (Asch). Hof und eine Stadt in "
          "Westböhmen sprechen über eine Partnerschaft, unterschrieben ist aber noch nichts."),
    ("p", "Ansprechpartner Auslandsgeschäft: Thomas Kemnath, Leiter Firmenkunden International."),
]

RIJNWAAL = [
    ("title", "Rijnwaal breaks ground on its first German park in Kleve"),
    ("subtitle", "Press release · Rijnwaal Logistics Real Estate B.V., Nijmegen · 12 March 2024"),
    ("p", "Rijnwaal Logistics Real Estate, the cross-border developer of logistics parks on the "
          "Lower Rhine, today broke ground on Rijnwaal Park Kleve, its first site on German soil. The "
          "park will offer 62,000 square metres of warehouse space in three buildings, with the "
          "first hall ready in spring 2025. A maker of frozen foods and a wholesaler of garden "
          "products have already signed leases."),
    ("h", "Why Kleve"),
    ("p", "Kleve sits fifteen kilometres from the Dutch border and half an hour from Nijmegen. Its "
          "children’s-shoe factory, once the town’s pride, closed two decades ago. Today the town is "
          "home to a university of applied sciences, a group of food-processing firms and a maker "
          "of spectrometers that exports to more than 80 countries. “Kleve gives our tenants German "
          "customers on one side and Dutch ports on the other,” says Sales Director Emma Coburg."),
    ("h", "A growing network"),
    ("p", "Rijnwaal’s first park opened in Venlo in 2012. Venlo has since become one of Europe’s "
          "leading logistics hubs: e-commerce fulfilment centres line the motorway, and the city is "
          "also home to a large maker of professional printing systems and to a greenhouse "
          "horticulture cluster. The barge and rail terminal in Venlo handled about 140,000 TEU "
          "last year."),
    ("p", "Our head office is in Nijmegen, the oldest city in the Netherlands. Nijmegen is known for "
          "semiconductors – a chipmaker’s fab on the northern edge of town employs some 1,500 "
          "people – and for health care and life sciences around its university hospital. Arnhem, "
          "on the opposite bank of the Rhine, is the country’s energy capital: the national grid "
          "operator and dozens of energy consultancies have their offices there."),
    ("p", "In Wesel, where our second German site is under review, a maker of specialty chemical "
          "additives is the largest industrial employer. DeltaPort, the port group of Wesel, Voerde "
          "and Hünxe, handled about 3.7 million tonnes in 2023."),
    ("pagebreak",),
    ("h", "Rijnwaal parks at a glance"),
    ("caption", "Table 1: Parks in operation and under construction, March 2024, with the throughput of the nearest container terminal"),
    ("table", [
        ["Park", "Town", "Size (m²)", "Tenant sectors", "TEU 2023"],
        ["Venlo Trade Park", "Venlo", "94,000", "e-commerce, horticulture", "140,000"],
        ["Haven West", "Nijmegen", "41,000", "semiconductor supplies", "95,000"],
        ["Arnhem Noord", "Arnhem", "28,000", "energy equipment", "–"],
        ["Rijnwaal Park Kleve", "Kleve", "62,000", "frozen food, garden trade", "–"],
    ], [40, 22, 22, 50, 36]),
    ("p", "The Nijmegen figure refers to the container terminal in the city’s western harbour, which "
          "is designed to handle up to 150,000 TEU a year after its recent extension."),
    ("h", "Ports and partners"),
    ("p", "All our parks are within a day’s barge trip of Rotterdam, Europe’s largest port, which "
          "handled 13.4 million TEU in 2023. Upstream, Duisburg, the world’s largest inland port, "
          "is three hours away by truck."),
    ("p", "Cross-border ties on the Lower Rhine go back a long way. Wesel is twinned with "
          "Felixstowe, itself a major container port, and with Hagerstown in the United States. In "
          "2021 the inland port of Venlo and the Port of Duisburg signed a cooperation agreement on "
          "rail shuttles and shared terminal data. Nijmegen’s partnership with Pskov was suspended "
          "in 2022. A daily barge shuttle now links our Kleve park with the terminals of "
          "Emmerich and Rotterdam."),
    ("h", "About Rijnwaal"),
    ("p", "Rijnwaal Logistics Real Estate B.V. develops, owns and manages logistics parks in the "
          "Dutch–German border region. Media contact: press@rijnwaal.example, +31 24 000 0000."),
]

MOROCCO = [
    ("title", "Case Study Summary: Choosing an Atlantic Gateway in Morocco"),
    ("subtitle", "Hanseatic School of Logistics Management · Teaching Case 2024-07 · "
                 "Prof. Dr. Jan Venlo and Sara Lindqvist"),
    ("h", "The decision"),
    ("p", "In January 2024, the board of Fennek Components, a mid-sized European maker of "
          "wiring systems for cars, had to decide where to place its first Moroccan plant and which "
          "Atlantic port to use for its inbound copper and outbound harnesses. The case follows "
          "supply-chain director Malika Idrissi as she compares four locations. Students are asked "
          "to weigh labour, land, supplier proximity and port access."),
    ("h", "Casablanca"),
    ("p", "Casablanca is Morocco’s economic capital and the obvious default. The city is home to "
          "the country’s banks, insurers and stock exchange, to a large textile and clothing "
          "sector, and, around its international airport, to a fast-growing aerospace cluster "
          "whose firms make cabin parts and wiring for aircraft. Its port is congested, however, "
          "and land near it is expensive."),
    ("h", "Kenitra"),
    ("p", "Kenitra, 40 kilometres north of Rabat, has turned from a garrison town into a car-making "
          "hub. A European carmaker’s assembly plant opened there in 2019; the city now also hosts "
          "makers of car seats and wiring harnesses. For Fennek, Kenitra offers customers on the "
          "doorstep but no deep-water port: a new Atlantic port north of the city has been "
          "announced but not yet built."),
    ("h", "El Jadida and Jorf Lasfar"),
    ("p", "Jorf Lasfar, 20 kilometres south of El Jadida, is one of the world’s largest fertiliser "
          "platforms: phosphate rock mined around Khouribga is turned into phosphoric acid and "
          "fertilisers there and shipped out through the adjoining port. El Jadida itself, with "
          "its Portuguese fortress, lives mainly from tourism and is also a university town."),
    ("h", "Safi and Agadir"),
    ("p", "Safi, further south, was once the sardine capital of the world and still has several "
          "fish canneries. The city is also known for its pottery, and a chemical complex on its "
          "southern edge makes phosphoric acid. Agadir, in the far south, combines beach tourism "
          "with fish processing; the Souss plain behind it grows tomatoes and citrus fruit for "
          "export, much of it through the port."),
    ("h", "Port comparison"),
    ("caption", "Table 1: Atlantic ports considered in the case"),
    ("table", [
        ["Port", "Main cargo", "Throughput 2023 (million t)", "Ro-ro berths"],
        ["Casablanca", "containers, cereals, ro-ro", "30.5", "2"],
        ["Jorf Lasfar", "phosphates, fertilisers, coal", "37", "0"],
        ["Safi", "phosphoric acid, coal, sulphur", "6.8", "0"],
        ["Agadir", "fish, fruit, containers", "5.9", "1"],
    ]),
    ("p", "For comparison, Tanger Med on the Strait of Gibraltar handled 8.6 million TEU in 2023 "
          "and is the largest container port in the Mediterranean. Casablanca is Morocco’s "
          "second-largest container port."),
    ("h", "Partnerships"),
    ("p", "Idrissi also looked at institutional links. The port authorities of Agadir and Las "
          "Palmas signed a cooperation agreement in 2018 on cold-chain logistics, and Agadir has "
          "been twinned with Nantes since 1988. Casablanca and Bordeaux are sister cities as well. "
          "A proposed sister-port agreement between Safi and Algeciras was discussed in 2022 but "
          "never signed; ferries from Algeciras, however, still reach Tangier several times a day."),
    ("h", "Outcome and discussion questions"),
    ("p", "Fennek chose a site in Kenitra’s free zone and routes its containers through Casablanca. "
          "Questions for discussion: (1) Was the port or the customer the stronger argument? "
          "(2) How should Fennek hedge against congestion in Casablanca? (3) What would change if "
          "the new port north of Kenitra opens in 2030?"),
]

PDFS = {
    "b29-oberfranken-exportbarometer.pdf": dict(
        blocks=OBERFRANKEN,
        header="Regionalbank Obermain-Frankenwald eG · Exportbarometer Oberfranken · Frühjahr 2024",
        footer="Seite {n} von 2 · Exportbarometer Oberfranken 1/2024", lang="de",
        title="Exportbarometer Oberfranken – Frühjahr 2024"),
    "b29-rijnwaal-logistics-park-press-release.pdf": dict(
        blocks=RIJNWAAL,
        header="Rijnwaal Logistics Real Estate B.V. · Press release · 12 March 2024",
        footer="Rijnwaal Logistics Real Estate | Press release | page {n}", lang="en",
        title="Rijnwaal breaks ground on its first German park in Kleve"),
}
DOCXS = {
    "b29-morocco-atlantic-gateway-case-summary.docx": dict(
        blocks=MOROCCO, title="Case Study Summary: Choosing an Atlantic Gateway in Morocco"),
}

# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_29.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
