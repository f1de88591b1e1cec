#!/usr/bin/env python3
"""Build the PDF and DOCX development reports of batch 51 in ``samples/dev/``.

    python scripts/build_dev_samples_51.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch. See the
section "Development batch 51" of ``scripts/SAMPLES.md``.
The layout helpers (fonts, fixed timestamps, PDF and DOCX builders) are shared
with the other build scripts and live in ``sample_builders.py``.

Layouts in this batch:

* ``b51-port-of-gladstone-tariff-traffic-notice.pdf``: two pages, running
  header, footer "Tariff and Traffic Notice 2024/25 – page N of 2", a drawn
  table "Port | Main commodities | 2023 (million t) | 2022 (million t)" with the
  unit only in the column headers; one port's tonnages are given only in the
  table, and one row is a port that is not a city.
* ``b51-exportkredit-laenderrisiko-tamil-nadu.pdf``: two pages, running header,
  footer "Länderrisiko-Notiz Indien · Seite N", a drawn table "Standort |
  Branchenschwerpunkte | Zahlungsverhalten" whose last row is a region; one
  city's sectors are given only in the table.
* ``b51-standortexpose-pila-nordgrosspolen.docx``: a municipal investor
  service's German-language location exposé with headings, a captioned table
  of nearby towns and their sectors (one row is a Landkreis), and the city's
  former German name.

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

GLADSTONE = [
    ("title", "Tariff and Traffic Notice 2024/25"),
    ("subtitle", "Port of Gladstone and Port of Bundaberg · Notice to Port Users No. 4/2024 · "
                 "issued 20 May 2024"),
    ("h", "1. About this notice"),
    ("p", "This notice sets out the harbour dues, wharfage and pilotage charges that apply at the "
          "Port of Gladstone and the Port of Bundaberg from 1 July 2024, and it reports the traffic "
          "of the 2023 calendar year. It replaces Notice 3/2023. Charges are in Australian dollars, "
          "per gross tonne or per revenue tonne as stated, and exclude GST. Port users with a "
          "long-term access agreement should read section 4 together with their contract."),
    ("h", "2. Traffic in 2023"),
    ("p", "The Port of Gladstone handled about 124 million tonnes of cargo in 2023, against 119 "
          "million tonnes in 2022. That keeps it Queensland’s busiest port by tonnage and the "
          "fourth-largest port in Australia. Coal was again the largest commodity, followed by "
          "liquefied natural gas from the three export plants on Curtis Island and by bauxite "
          "shipped down the coast from Weipa."),
    ("p", "The RG Tanna Coal Terminal, the larger of our two coal terminals, is designed for about "
          "75 million tonnes a year and ran close to that level in the second half of the year. "
          "The Port of Bundaberg had a quieter season because the sugar crush started late; its "
          "figures are shown in Table 1 only."),
    ("caption", "Table 1. Traffic by port and main commodities"),
    ("table", [
        ["Port", "Main commodities", "2023 (million t)", "2022 (million t)"],
        ["Gladstone", "coal, LNG, bauxite, alumina", "124.0", "119.0"],
        ["Bundaberg", "raw sugar, molasses, silica sand", "0.6", "0.7"],
        ["Port Alma", "ammonium nitrate, salt, tallow", "0.4", "0.4"],
    ], [32, 70, 34, 34]),
    ("p", "Port Alma, our small dangerous-goods port in the Fitzroy River delta, remains the entry "
          "point for ammonium nitrate bound for the coal mines of the Bowen Basin."),
    ("h", "3. Our port city and its neighbours"),
    ("p", "Gladstone’s biggest employers are its two alumina refineries, an aluminium smelter and "
          "the LNG plants on Curtis Island, which together employ well over 5,000 people. Many of "
          "them live in Boyne Island and Tannum Sands, the twin towns on the southern side of the "
          "harbour. Queensland’s resources sector as a whole is going through a quieter period for "
          "coal investment, and several of our customers are studying green hydrogen and ammonia."),
    ("p", "Up the highway, Rockhampton calls itself the beef capital of Australia: two large "
          "meatworks process cattle from across the region, and the city also keeps the railway "
          "workshops that service the coal trains. Bundaberg makes a living from sugar cane, from "
          "fruit and vegetable growing and, famously, from rum; the distillery next to the sugar "
          "mill is the town’s best-known employer."),
    ("pagebreak",),
    ("h", "4. Charges from 1 July 2024"),
    ("bullets", [
        "Harbour dues: A$0.94 per gross tonne per call (up 3.5 per cent).",
        "Wharfage on coal and LNG: A$0.47 per revenue tonne (up 3.9 per cent).",
        "Wharfage on raw sugar at Bundaberg: unchanged at A$2.10 per revenue tonne, for the second "
        "year running.",
        "Pilotage: a flat fee of A$6,850 per movement inside the pilotage area, plus A$0.05 per "
        "gross tonne.",
        "Shore power at the Auckland Point wharves: A$0.31 per kWh.",
    ]),
    ("p", "A rebate of 20 per cent on harbour dues applies to the first three calls of any new "
          "liner service. Vessels waiting at anchor for more than ten days because of terminal "
          "congestion are not charged harbour dues for the extra days."),
    ("h", "5. International links"),
    ("p", "In 2021 Gladstone Ports Corporation and the Port of Rotterdam Authority signed a "
          "memorandum of understanding on port cooperation, with a focus on hydrogen supply chains "
          "between Queensland and north-west Europe; the joint working group met in Gladstone in "
          "February. Talks on a similar agreement with the Port of Kobe are continuing, but no "
          "document has been signed."),
    ("p", "The port also supports the region’s sister-city links. Gladstone has been twinned with "
          "Saiki in Japan since 1996, and Rockhampton and Ibusuki have been sister cities since "
          "1980; both Japanese cities sent business delegations to the port in 2023. A fortnightly "
          "container service links Gladstone with Brisbane and Singapore."),
    ("h", "6. Contacts"),
    ("p", "Harbour Master: Captain Ian Mackay. Tariff questions: Commercial Services Division, "
          "Gladstone Ports Corporation. This notice is authorised by the Chief Executive Officer "
          "and published on the port’s website together with the full schedule of charges."),
]

TAMIL_NADU = [
    ("title", "Länderrisiko-Notiz Indien: Schwerpunkt Tamil Nadu"),
    ("subtitle", "Exportkreditversicherung Alpenland AG · Länderrisikodienst · Stand: März 2024"),
    ("h", "Gesamteinschätzung"),
    ("p", "Indien bleibt in unserer Länderkategorie 3 von 7. Das Wachstum ist kräftig, die "
          "Devisenreserven sind hoch, und Zahlungsausfälle staatlicher Abnehmer sind selten. "
          "Risiken liegen eher bei mittelständischen Käufern: lange Zahlungsziele, schleppende "
          "Gerichtsverfahren und Zölle, die sich kurzfristig ändern. Für Deckungen mit Bezug zu "
          "Tamil Nadu gilt keine besondere Obergrenze."),
    ("h", "Der Bundesstaat"),
    ("p", "Tamil Nadu ist nach Maharashtra der zweitgrößte Wirtschaftsraum Indiens. Die Industrie "
          "des Bundesstaats reicht von Textilien über Kfz-Teile bis zu Windenergieanlagen; diese "
          "Landesstatistik ordnet die Branchen aber keinem einzelnen Ort zu. Die Zahlungsmoral ist "
          "im Landesvergleich überdurchschnittlich."),
    ("p", "Chennai, bis 1996 Madras, ist Standort großer Automobil- und Nutzfahrzeugwerke, "
          "zahlreicher Elektronikfertiger und vieler IT-Dienstleister; die Stadt wird deshalb gern "
          "„Detroit Asiens“ genannt. In Coimbatore werden Pumpen, Elektromotoren und "
          "Textilmaschinen hergestellt, und Tiruppur ist das Zentrum der Baumwoll- und "
          "Strickwarenindustrie des Landes. Zahlungen laufen häufig über regionale Banken wie die "
          "Karur Vysya Bank."),
    ("p", "Salem im Westen des Bundesstaats ist Standort eines Edelstahl- und Walzwerks; zudem "
          "verarbeiten dort Dutzende Betriebe Tapioka zu Sago und Stärke. In den Hügeln rund um "
          "Salem wird Magnesit abgebaut. Anders als das gleichnamige Salem in Massachusetts, das "
          "vom Tourismus lebt, ist die indische Stadt ein Industriestandort."),
    ("caption", "Tabelle 1: Standorte, Branchen und Zahlungsverhalten (eigene Erhebung)"),
    ("table", [
        ["Standort", "Branchenschwerpunkte", "Zahlungsverhalten"],
        ["Chennai", "Kfz, Elektronik, IT-Dienste", "gut"],
        ["Coimbatore", "Pumpen, Motoren, Gießereien", "gut"],
        ["Tiruppur", "Strick- und Wirkwaren", "mittel"],
        ["Madurai", "Gummiwaren, Granit, Tourismus", "mittel"],
        ["Hosur", "Zweiräder, Lkw-Bau", "gut"],
        ["Westliches Tamil Nadu", "Geflügel, Landmaschinen", "mittel"],
    ], [45, 75, 40]),
    ("pagebreak",),
    ("h", "Häfen und Logistik"),
    ("p", "Der Hafen Chennai schlug 2023 rund 1,6 Mio. TEU um und gehört damit zu den größten "
          "Containerhäfen Indiens. Für Lieferungen in den Süden ist der Hafen Thoothukudi, früher "
          "Tuticorin, oft die bessere Wahl: Er kam 2023 auf rund 40 Mio. Tonnen und ist der "
          "zweitgrößte Hafen Tamil Nadus. Über Thoothukudi werden vor allem Kohle, "
          "Düngemittel, Granitblöcke und Baumwollgarn umgeschlagen. Eine wöchentliche Feederlinie "
          "verbindet Thoothukudi mit Colombo."),
    ("p", "Die Hafenbehörden von Thoothukudi und Colombo haben 2023 zudem eine Absichtserklärung "
          "über die Zusammenarbeit ihrer Häfen unterzeichnet; sie betrifft den Datenaustausch und "
          "gemeinsame Schulungen."),
    ("h", "Partnerschaften"),
    ("p", "Chennai ist seit 1966 mit Wolgograd und seit 2008 mit San Antonio in Texas durch "
          "Städtepartnerschaften verbunden; beide Beziehungen werden für Wirtschaftsdelegationen "
          "genutzt. Eine Partnerschaft zwischen Coimbatore und Chemnitz wird derzeit geprüft, ein "
          "Beschluss liegt nicht vor."),
    ("h", "Empfehlungen"),
    ("bullets", [
        "Bei Erstgeschäften mit mittelständischen Käufern Akkreditive oder Anzahlungen vereinbaren.",
        "Zahlungsziele über 120 Tage nur mit Sicherheiten decken.",
        "Regionale Gerichtsstände meiden; Schiedsverfahren in Singapur vorsehen.",
    ]),
    ("p", "Ansprechpartner im Länderrisikodienst: Mag. Lukas Brenner. Diese Notiz ersetzt die "
          "Ausgabe vom September 2023."),
]

PILA = [
    ("title", "Standortexposé Piła"),
    ("subtitle", "Investorenservice der Stadt Piła · Amt für Wirtschaftsförderung · Deutsche Ausgabe "
                 "2024"),
    ("h", "Die Stadt auf einen Blick"),
    ("p", "Piła, bis 1945 Schneidemühl, ist mit rund 72.000 Einwohnern die größte Stadt im Norden "
          "der Woiwodschaft Großpolen. Das Stadtwappen zeigt eine Säge – auf Polnisch heißt sie "
          "piła. Die Stadt liegt an der Bahnstrecke von Poznań nach Szczecin und an der "
          "Schnellstraße S11; bis zum Flughafen Poznań-Ławica sind es rund 100 Kilometer."),
    ("h", "Wirtschaft"),
    ("p", "Piła ist Standort der Lichttechnik: Das Leuchtmittelwerk am Stadtrand stellt seit den "
          "1970er Jahren Lampen und LED-Module her und ist der größte Arbeitgeber der Stadt. Dazu "
          "kommen Möbel- und Holzverarbeitung sowie zahlreiche Betriebe der Kunststoff- und "
          "Metallverarbeitung. In der Teilzone der Sonderwirtschaftszone werden außerdem "
          "Fahrzeugteile und Verpackungen hergestellt."),
    ("p", "Die Landwirtschaft der Region ist stark: Großpolen gilt als Polens wichtigstes "
          "Geflügel- und Schweinezuchtgebiet. Diese Betriebe liegen aber auf dem Land, nicht in "
          "der Stadt selbst."),
    ("h", "Fachkräfte"),
    ("p", "Im Umkreis von 50 Kilometern leben rund 180.000 Menschen im erwerbsfähigen Alter. Die "
          "staatliche Fachhochschule in Piła bildet Ingenieure für Maschinenbau und Elektrotechnik "
          "aus, und die Berufsschulen arbeiten eng mit den Betrieben zusammen. Die Löhne liegen etwa "
          "15 Prozent unter dem Durchschnitt der Woiwodschaft. Für Investoren mit mehr als 50 neuen "
          "Arbeitsplätzen übernimmt die Stadt die Kosten von Rekrutierungstagen."),
    ("h", "Die Nachbarstädte"),
    ("p", "In Poznań werden Transporter und Stadtbusse hergestellt, die Posener Messe ist die "
          "größte Polens, und viele Finanzdienstleister haben dort ihre Servicezentren. Konin lebt "
          "von der Energie: Braunkohlekraftwerke erzeugen Strom, und ein Walzwerk verarbeitet "
          "Aluminium zu Bändern und Blechen."),
    ("caption", "Tabelle 1: Städte im Umkreis und ihre Schwerpunktbranchen"),
    ("table", [
        ["Ort", "Entfernung von Piła", "Schwerpunktbranchen"],
        ["Poznań", "95 km", "Fahrzeugbau, Finanzdienste, Logistik"],
        ["Gniezno", "105 km", "Möbel, Lebensmittel"],
        ["Konin", "150 km", "Energie, Aluminium"],
        ["Kalisz", "210 km", "Luftfahrtkomponenten, Textil"],
        ["Leszno", "180 km", "Landmaschinen, Lebensmittel"],
        ["Landkreis Czarnków-Trzcianka", "40 km", "Glas, Holz"],
    ]),
    ("p", "Das Klavierwerk Kalisz Piano Works ist seit 2007 geschlossen; die Fabrikhallen sind heute "
          "ein Gewerbehof."),
    ("h", "Häfen und Verkehr"),
    ("p", "Für den Seeverkehr sind die Häfen Szczecin und Świnoujście rund 200 Kilometer entfernt. "
          "Gdańsk, der größte Hafen Polens, schlug 2023 rund 2,0 Mio. TEU um. Güterzüge von Piła "
          "nach Berlin fahren täglich."),
    ("h", "Partnerstädte"),
    ("p", "Piła und Schwerin unterzeichneten 1993 einen Partnerschaftsvertrag; beide Städte "
          "organisieren seither jährlich ein Unternehmerforum. Mit dem niedersächsischen "
          "Cloppenburg verbindet Piła eine Städtefreundschaft. Eine Partnerschaft mit dem "
          "ukrainischen Kowel wird vorbereitet, ist aber noch nicht beschlossen."),
    ("h", "Ansprechpartner"),
    ("p", "Herr Jan Posener, Leiter des Investorenservice, spricht Deutsch und Englisch und "
          "begleitet Standortbesichtigungen."),
]


PDFS = {
    "b51-port-of-gladstone-tariff-traffic-notice.pdf": dict(
        blocks=GLADSTONE, header="Gladstone Ports Corporation · Notice to Port Users 4/2024 · "
                                 "Tariff and Traffic",
        footer="Tariff and Traffic Notice 2024/25 – page {n} of 2", lang="en",
        title="Tariff and Traffic Notice 2024/25"),
    "b51-exportkredit-laenderrisiko-tamil-nadu.pdf": dict(
        blocks=TAMIL_NADU, header="Exportkreditversicherung Alpenland AG · Länderrisikodienst · "
                                  "Indien",
        footer="Länderrisiko-Notiz Indien · Seite {n}", lang="de",
        title="Länderrisiko-Notiz Indien: Schwerpunkt Tamil Nadu"),
}
DOCXS = {
    "b51-standortexpose-pila-nordgrosspolen.docx": dict(
        blocks=PILA, title="Standortexposé Piła"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_51.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
