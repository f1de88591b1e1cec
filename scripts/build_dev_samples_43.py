#!/usr/bin/env python3
"""Build the PDF and DOCX development reports of batch 43 in ``samples/dev/``.

    python scripts/build_dev_samples_43.py [--out DIR]

Companion to ``build_dev_samples_6.py``, with the same guarantees: the texts are
embedded below, and the output is deterministic (reportlab runs in invariant
mode; DOCX core properties and zip timestamps are fixed), so running it again
gives byte-identical files. The gold annotations (``NAME.gold.json``) are written
by hand and kept beside the documents; this script does not touch them, nor the
TXT and HTML reports of the batch. The layout helpers (fonts, fixed timestamps,
PDF and DOCX builders) are shared with the other build scripts and live in
``sample_builders.py``.

Layouts in this batch:

* ``b43-valencia-terminal-annual-review.pdf``: container terminal operator's
  annual review excerpt (English), two pages, running header, footer
  "Annual Review 2023 | page N of 2", a drawn table of terminals whose units
  (TEU, TEU per year) are given only in the column headers, with a total row
  that belongs to no single city.
* ``b43-sparkasse-untermain-regionalbulletin.pdf``: savings bank's regional
  economy bulletin (German), two pages, running header, footer
  "Regionalwirtschaft kompakt 1/2024 · Seite N von 2", a drawn table of towns
  with their main sectors (one row is a district, one town's industry is given
  only in the table).
* ``b43-sachsen-zulieferverbund-mitgliederverzeichnis.docx``: automotive
  supplier association's member directory (German) with headings, a caption
  and a member table whose sector column holds industries that the running
  text does not give (one row is a district).

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

VALENCIA = [
    ("title", "Annual Review 2023 (excerpt)"),
    ("subtitle", "Levante Container Terminals S.A. · Valencia · chapters 2 and 4 · April 2024"),
    ("h", "2.1 The year in brief"),
    ("p", "2023 was a year of two halves for Levante Container Terminals (LCT). Diversions away "
          "from the Red Sea cut our transhipment calls in the last quarter, while gateway cargo for "
          "our Spanish hinterland held up well. Across our three terminals we handled 2.33 million "
          "TEU, four per cent less than in 2022."),
    ("p", "Valenciaport, the port authority that runs the harbours of Valencia, Sagunto and Gandia, "
          "reported a combined 4.8 million TEU for the year; that total belongs to the three "
          "harbours together. The Port of Valencia on its own remains Spain's busiest container "
          "port and one of the largest on the Mediterranean."),
    ("caption", "Table 1: LCT terminals in 2023"),
    ("table", [
        ["Terminal", "City", "Throughput 2023 (TEU)", "Capacity (TEU per year)"],
        ["LCT Príncipe Felipe", "Valencia", "1,920,000", "3,100,000"],
        ["LCT Norte (multipurpose)", "Sagunto", "150,000", "400,000"],
        ["LCT Grao", "Castelló de la Plana", "260,000", "500,000"],
        ["Total", "", "2,330,000", "4,000,000"],
    ], [48, 40, 42, 40]),
    ("h", "2.2 Our hinterland"),
    ("p", "About two thirds of our gateway boxes start or end within 150 km of the quay. Ford "
          "assembles cars and vans at Almussafes, south of Valencia, and sends us parts containers "
          "every day. In Castelló de la Plana the ceramic tile makers are our largest export "
          "customers, and the city's frit and glaze producers ship almost everything through our "
          "Grao terminal. Sagunto contributes steel: the galvanising line there ships coil to North "
          "Africa. The battery cell factory that Volkswagen's PowerCo is building in Sagunto is due "
          "to start production in 2026 and is not yet a customer."),
    ("p", "Valencia itself is home to a large food industry – juice, rice and snack makers fill the "
          "industrial belt around the city – and the industrial parks of Paterna, on its north-western "
          "edge, house packaging manufacturers and e-commerce warehouses. Citrus fruit from the "
          "Valencian huerta remains our biggest reefer cargo."),
    ("p", "Further inland, Zaragoza has become one of Spain's logistics capitals, and the car plant "
          "at nearby Figueruelas builds small cars for half of Europe. Our daily rail shuttle to the "
          "dry port of Madrid is now our busiest intermodal product."),
    ("pagebreak",),
    ("h", "4.1 Network and partners"),
    ("p", "In June the port authorities of Valencia and Genoa renewed the port cooperation "
          "agreement they first signed in 2012. It covers joint work on shore power and the "
          "exchange of vessel-call data, and it gives our Genoese customers a single contact for "
          "both gateways."),
    ("p", "Our weekly reefer service to the Caribbean calls at Puerto Cabello, the port that serves "
          "Valencia in Venezuela – a namesake that booking systems confuse surprisingly often. The "
          "service is a shipping route; the two Valencias have no formal ties."),
    ("p", "Competition on the Spanish coast remains intense. Barcelona handled 3.3 million TEU in "
          "2023, and Algeciras is the largest Spanish port by total tonnage. Tarragona still has "
          "only a small container business: its port lives from the liquid bulk of the chemical "
          "industry around Tarragona."),
    ("h", "4.2 People and community"),
    ("p", "Our staff choir sang in October at the celebrations of the twinning between Valencia and "
          "Mainz, which dates from 1978. The annual charity match of our terminal teams was played "
          "once more at the Mestalla, the ground of Valencia CF, and raised 42,000 euros for the "
          "families affected by the floods in the south of the province."),
    ("h", "4.3 Outlook"),
    ("p", "We expect 2.4 million TEU in 2024. The northern extension of the port, once built, would "
          "raise the capacity of the Príncipe Felipe terminal to 5 million TEU a year by 2030; the "
          "final permits are still pending."),
    ("p", "Contact: Corporate Communications, Levante Container Terminals S.A., Valencia"),
]

UNTERMAIN = [
    ("title", "Regionalwirtschaft kompakt 1/2024"),
    ("subtitle", "Konjunkturbulletin der Sparkasse Untermain · Volkswirtschaft und Research · "
                 "März 2024"),
    ("h", "Konjunktur: Dienstleister stützen, Industrie schwächelt"),
    ("p", "Die hessische Wirtschaft ist 2023 um gut ein halbes Prozent geschrumpft. Hessen lebt "
          "überdurchschnittlich von Finanzdienstleistungen, Chemie und Pharma sowie von der "
          "Logistik; diese Landesschwerpunkte verteilen sich aber sehr ungleich auf die Städte "
          "unseres Geschäftsgebiets. Für 2024 erwarten wir ein Wachstum von 0,3 Prozent."),
    ("h", "Frankfurt am Main"),
    ("p", "Die Frankfurter Banken haben 2023 dank gestiegener Zinsen so gut verdient wie lange "
          "nicht, bauen aber weiter Filialen ab, wie auch die Frankfurter Allgemeine berichtete. "
          "Rund um den Flughafen ist eine große Logistikbranche entstanden. Der Flughafen "
          "Frankfurt schlug 2023 knapp 1,95 Mio. t Fracht um und bleibt damit der größte "
          "Frachtflughafen Deutschlands. Selbst Eintracht Frankfurt meldete einen Rekordumsatz."),
    ("h", "Hanau und Offenbach"),
    ("p", "Die Hanauer Edelmetall- und Werkstofftechnik hat sich gut behauptet; vor allem "
          "Katalysatormaterialien waren gefragt. Ein Reifenwerk im Osten der Stadt hat Ende 2023 "
          "die Produktion eingestellt. Der Hanauer Hafen, einer der größten Binnenhäfen Hessens, "
          "schlug 2023 rund 2,1 Mio. t um, vor allem Baustoffe, Mineralöl und Getreide."),
    ("p", "Offenbach entwickelt sich zum Rechenzentrumsstandort: Am Stadtrand gehen in diesem Jahr "
          "zwei große Rechenzentren in Betrieb, ein drittes ist in Planung. Gemeinsam mit der "
          "Sparkasse Hanau finanzieren wir dort Vorhaben von Handwerksbetrieben."),
    ("h", "Darmstadt, Wiesbaden und Rüsselsheim"),
    ("p", "Darmstadt trägt den Titel Wissenschaftsstadt zu Recht. Ein Hersteller von Arzneimitteln "
          "und Spezialchemikalien beschäftigt dort mehr als 10.000 Menschen, dazu kommen Firmen "
          "der IT-Sicherheit und die Raumfahrt: Vom Kontrollzentrum der Europäischen "
          "Weltraumorganisation aus werden Satelliten gesteuert."),
    ("p", "Die Landeshauptstadt Wiesbaden lebt von der Versicherungs- und Gesundheitswirtschaft. "
          "Die Rüsselsheimer Autobauer haben 2023 mehr Fahrzeuge gebaut als im Vorjahr; die Stadt "
          "bleibt außerdem der wichtigste Entwicklungsstandort des Herstellers."),
    ("pagebreak",),
    ("caption", "Tabelle 1: Städte im Geschäftsgebiet und ihre Schwerpunktbranchen"),
    ("table", [
        ["Stadt / Kreis", "Schwerpunktbranchen", "Beschäftigte (Tsd.)"],
        ["Frankfurt am Main", "Banken, Logistik", "710"],
        ["Offenbach am Main", "Rechenzentren", "62"],
        ["Hanau", "Edelmetalle, Werkstofftechnik", "58"],
        ["Darmstadt", "Pharma, Chemie, IT-Sicherheit", "112"],
        ["Wiesbaden", "Versicherungen, Gesundheitswirtschaft", "148"],
        ["Rüsselsheim am Main", "Automobilbau", "36"],
        ["Bad Vilbel", "Mineralwasser", "14"],
        ["Main-Kinzig-Kreis", "Chemie, Logistik", "155"],
    ], [48, 80, 40]),
    ("h", "Partnerschaften und Außenwirtschaft"),
    ("p", "Frankfurt ist unter anderem mit Mailand, Lyon und Leipzig verschwistert; die Kontakte "
          "nach Mailand sind für viele unserer Firmenkunden auch geschäftlich wichtig. Hanau pflegt "
          "seit den 1960er Jahren eine Städtepartnerschaft mit dem englischen Dartford. Die "
          "Betreiber der Häfen Hanau und Aschaffenburg haben 2022 eine Kooperationsvereinbarung "
          "geschlossen; beide Häfen stimmen seitdem ihre Liegeplätze für Binnenschiffe ab."),
    ("p", "Nicht jede Verbindung wird zur Partnerschaft: Über eine Städtepartnerschaft zwischen "
          "Rüsselsheim und Zwickau wurde in den 1990er Jahren diskutiert, sie kam aber nie "
          "zustande. Die neuen Frachtflüge von Frankfurt nach Chicago sind eine Linienverbindung."),
    ("h", "Ausblick"),
    ("p", "Wir rechnen 2024 mit einer leichten Belebung im Dienstleistungssektor und einer "
          "Stabilisierung in der Industrie. Die nächste Ausgabe erscheint im September."),
    ("p", "Ansprechpartnerin: Dr. Claudia Vogt, Volkswirtschaft und Research, Sparkasse Untermain"),
]

SACHSEN = [
    ("title", "Mitgliederverzeichnis 2024 (Auszug)"),
    ("subtitle", "Zulieferverbund Fahrzeugbau Sachsen e. V. · Stand: Februar 2024"),
    ("h", "Vorwort"),
    ("p", "Sachsen ist ein Autoland: Der Freistaat zählt fünf Fahrzeug- und Motorenwerke und rund "
          "780 Zulieferbetriebe, dazu einen starken Maschinen- und Anlagenbau und die "
          "Mikroelektronik. Unser Verbund bringt 64 dieser Betriebe zusammen. Dieses Verzeichnis "
          "stellt die Standorte vor und nennt eine Auswahl unserer Mitglieder."),
    ("h", "Die Standorte unserer Mitglieder"),
    ("p", "Zwickau: Der Zwickauer Autobau hat eine lange Tradition, vom Horch über den Trabant "
          "bis zum Elektroauto. Heute baut Volkswagen im Stadtteil Mosel ausschließlich "
          "Elektrofahrzeuge. Rund um das Werk haben sich zahlreiche Zulieferbetriebe angesiedelt."),
    ("p", "Chemnitz: Die Chemnitzer Maschinenbauer liefern Werkzeugmaschinen und Umformtechnik an "
          "die Fahrzeughersteller in aller Welt. Volkswagen fertigt dort außerdem Motoren. Unsere "
          "Geschäftsstelle sitzt im früheren Gebäude der Dresdner Bank am Chemnitzer Markt."),
    ("p", "Leipzig: BMW und Porsche bauen in Leipzig Fahrzeuge; BMW stellt in der Stadt seit "
          "Kurzem auch Batteriemodule her."),
    ("p", "Dresden: Die Halbleiter- und Elektronikindustrie der Landeshauptstadt beliefert "
          "Fahrzeughersteller weltweit mit Chips. Ein weiteres Halbleiterwerk im Norden der Stadt "
          "ist geplant und soll 2027 den Betrieb aufnehmen."),
    ("p", "Riesa: Das Elektrostahlwerk an der Elbe liefert Stahl an Schmieden und Zulieferer der "
          "Region. Der Hafen Riesa schlug 2023 rund 0,4 Mio. t um, vor allem Stahlerzeugnisse, "
          "Schrott und Getreide."),
    ("caption", "Tabelle 1: Ausgewählte Mitglieder"),
    ("table", [
        ["Mitglied", "Sitz", "Produkte / Branche", "Beschäftigte"],
        ["Westsachsen Druckguss GmbH", "Zwickau", "Aluminium-Druckguss", "420"],
        ["Muldental Kunststofftechnik GmbH", "Glauchau", "Kunststoffspritzguss", "260"],
        ["Vogtland Autotextil GmbH", "Plauen", "Sitzbezüge, Fahrzeugtextilien", "180"],
        ["Erzgebirge Bordnetz GmbH", "Annaberg-Buchholz", "Kabelsätze", "510"],
        ["Elbe Schmiede GmbH", "Riesa", "Schmiedeteile für Antriebe", "150"],
        ["Freiberger Recyclingtechnik GmbH", "Freiberg", "Batterierecycling", "90"],
        ["Mittelsachsen Sensorik GmbH", "Landkreis Mittelsachsen", "Sensoren", "120"],
        ["Leipziger Fahrzeugelektronik AG", "Leipzig", "Steuergeräte", "340"],
    ]),
    ("h", "Netzwerk und Partner"),
    ("p", "Zwickau und Dortmund sind seit 1988 Partnerstädte; die beiden Städte veranstalten "
          "jedes Jahr gemeinsam einen Zuliefertag. Auch Chemnitz und Düsseldorf verbindet seit "
          "1988 eine Städtepartnerschaft. Der Hafen Riesa und der Hamburger Hafen haben 2016 eine "
          "Kooperationsvereinbarung über Containerverkehre auf der Elbe unterzeichnet."),
    ("p", "Die Zuliefermesse in Leipzig steht in diesem Jahr unter dem Motto Leichtbau und "
          "Wasserstoff. Eine Partnerschaft zwischen Plauen und einer tschechischen Nachbarstadt "
          "ist im Gespräch, aber noch nicht beschlossen."),
    ("h", "Mitgliedschaft"),
    ("p", "Mitglied werden können Unternehmen mit einem Standort in Sachsen, die Teile, Module "
          "oder Dienstleistungen für den Fahrzeugbau liefern. Der Jahresbeitrag richtet sich nach "
          "der Zahl der Beschäftigten. Anfragen aus Thüringen und Sachsen-Anhalt leiten wir an die "
          "Partnernetzwerke in den Nachbarländern weiter."),
    ("p", "Ansprechpartner in der Geschäftsstelle: Jens Görlitz, Telefon 0371 000 000"),
]


PDFS = {
    "b43-valencia-terminal-annual-review.pdf": dict(
        blocks=VALENCIA,
        header="Levante Container Terminals · Annual Review 2023 · Excerpt",
        footer="Annual Review 2023 | page {n} of 2", lang="en",
        title="Levante Container Terminals – Annual Review 2023 (excerpt)"),
    "b43-sparkasse-untermain-regionalbulletin.pdf": dict(
        blocks=UNTERMAIN,
        header="Sparkasse Untermain · Regionalwirtschaft kompakt · Konjunkturbulletin",
        footer="Regionalwirtschaft kompakt 1/2024 · Seite {n} von 2", lang="de",
        title="Regionalwirtschaft kompakt 1/2024"),
}
DOCXS = {
    "b43-sachsen-zulieferverbund-mitgliederverzeichnis.docx": dict(
        blocks=SACHSEN, title="Mitgliederverzeichnis 2024 – Zulieferverbund Fahrzeugbau Sachsen"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_43.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
