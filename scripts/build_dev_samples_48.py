#!/usr/bin/env python3
"""Build the PDF and DOCX development reports of batch 48 in ``samples/dev/``.

    python scripts/build_dev_samples_48.py [--out DIR]

Companion to ``build_dev_samples_6.py`` and the other batch scripts, with the same
guarantees: the texts are embedded below, and the output is deterministic
(reportlab runs in invariant mode; DOCX core properties and zip timestamps are
fixed), so running it again gives byte-identical files. The gold annotations
(``NAME.gold.json``) are written by hand and kept beside the documents; this
script does not touch them, nor the TXT and HTML reports of the batch. The
layout helpers live in ``sample_builders.py``.

Layouts in this batch:

* ``b48-fukuoka-air-cargo-guide.pdf``: an airport cargo terminal's brochure, two
  pages, running header, footer "Cargo Guide 2024 · page N of 2", a drawn table
  "Shipper base | Main sectors | Typical air cargo | Road time" (one row is a
  prefecture; the sectors of Kumamoto and Kurume are given only in the table;
  the cargo column lists goods, not industries).
* ``b48-saale-elster-branchenausblick.pdf``: a regional bank's sector outlook,
  two pages, running header, footer "Seite N von 2", a bullet summary and a
  drawn table "Standort | Branchenschwerpunkte | Beschäftigte | Ausblick" (one
  row is a district; Leuna's specialty chemicals and Zeitz are given only in
  the table).
* ``b48-ihk-delegationsreise-kenia-tansania.docx``: a chamber of commerce's
  delegation trip report with headings, a caption and a table of the stations
  (Moshi's sector is given only in the table).

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

FUKUOKA = [
    ("title", "Air Cargo Guide 2024: Fukuoka Airport and its Kyushu Hinterland"),
    ("subtitle", "Hakata Air Cargo Services Co., Ltd. · cargo terminal operator at Fukuoka Airport · "
                 "July 2024"),
    ("h", "Welcome to Fukuoka"),
    ("p", "Few Asian gateways lie as close to a city centre as Fukuoka Airport: the subway reaches "
          "the main station in five minutes, and our terminal is a ten-minute truck ride from the "
          "expressway. In 2023 the airport handled about 210,000 tonnes of cargo and mail, domestic "
          "and international together, which makes it the busiest cargo airport in Kyushu. The "
          "runway closes from 22:00 to 07:00, so late shipments need to be planned with care."),
    ("p", "Fukuoka itself is a city of retail, IT services and young software companies, and its "
          "food makers are known across Japan for spicy cod roe, which we fly out chilled every "
          "morning. The city is twinned with Oakland (since 1962), Bordeaux (1982) and Atlanta "
          "(2005); the Bordeaux link brings a steady trickle of wine through our cool "
          "chambers."),
    ("h", "Sea–air through Hakata Port"),
    ("p", "Hakata Port, Fukuoka’s seaport, handled about 0.9 million TEU in 2023 and is the largest "
          "container port in Kyushu. Containers from Shanghai arrive by ship in the morning and leave "
          "as air freight the same evening. Fast ferries link Hakata with Busan in about three and a "
          "half hours, which gives shippers a second route to Korea when flights are full."),
    ("h", "Kitakyushu: the night option"),
    ("p", "When our curfew bites, Kitakyushu Airport takes over. Built on an artificial island, it "
          "is open 24 hours and handled about 20,000 tonnes of cargo in 2023. Kitakyushu grew rich on "
          "steel: the Yawata works, founded in 1901, still produce plate and wire rod. The city is "
          "also home to a maker of industrial robots and a maker of sanitary ware whose toilets are "
          "sold around the world. Its container port handled about 0.5 million TEU last year."),
    ("p", "Kitakyushu has been a sister city of Tacoma since 1959, and the ports of Kitakyushu and "
          "Dalian have been friendship ports since 1979. Daily freighters leave Kitakyushu for "
          "Shanghai and Taipei; we sell their capacity through our partners."),
    ("pagebreak",),
    ("h", "Where our shippers are"),
    ("caption", "Table 1: Main shipper locations, their sectors and typical air cargo "
                "(road time to Fukuoka Airport)"),
    ("table", [
        ["Shipper base", "Main sectors", "Typical air cargo", "Road time"],
        ["Kumamoto", "semiconductors, precision machinery", "wafers, chip tools", "1 h 40"],
        ["Ōita", "steel, petrochemicals, chip packaging", "test chips, spares", "2 h 10"],
        ["Kurume", "tyres, rubber products", "tyre samples, moulds", "0 h 50"],
        ["Nagasaki", "shipbuilding, power-plant turbines", "turbine parts", "2 h 00"],
        ["Sasebo", "ship repair, tourism", "engine spares", "1 h 50"],
        ["Saga Prefecture", "ceramics, food", "tableware", "1 h 00"],
    ], [34, 62, 44, 22]),
    ("p", "Kyushu is often called Silicon Island, and the name fits again. A Taiwanese chip foundry "
          "opened its first fab in a town just east of Kumamoto in 2024, and a second fab is "
          "planned; our Kumamoto customers already ship wafers and tools through Fukuoka twice a "
          "day. The island’s car plants, spread over three prefectures, are served mostly by sea."),
    ("p", "In Nagasaki, a Mitsubishi yard builds LNG carriers and the heavy turbines that go into "
          "power stations; its urgent spare parts are among our heaviest single pieces. Sasebo, up "
          "the coast, repairs ships in its old naval dockyard and lives increasingly from a large "
          "theme park. Ōita, on the east coast, is a steel and refining town: an integrated "
          "steelworks and a refinery with its petrochemical plants stand on reclaimed land by the "
          "harbour."),
    ("h", "Services at our terminal"),
    ("bullets", [
        "Cool chain: 12 chambers from −25 °C to +15 °C, 1,800 m² in total",
        "Dangerous goods: lithium batteries and chemicals accepted under IATA rules",
        "Customs: on-site brokers, clearance in about two hours for pre-filed shipments",
        "Trucking: scheduled runs to Kumamoto, Ōita and Nagasaki twice daily",
    ]),
    ("h", "Contact"),
    ("p", "Sales and key accounts: Ms. Yuki Arita, Hakata Air Cargo Services, Fukuoka Airport "
          "International Cargo Building, 2nd floor. Our office is open around the clock on weekdays."),
]

SAALE = [
    ("title", "Branchenausblick 2024: Chemie, Energie und Industrie im Süden Sachsen-Anhalts"),
    ("subtitle", "Saale-Elster Regionalbank eG · Research Firmenkunden · Halle (Saale), Februar 2024"),
    ("h", "Das Wichtigste in Kürze"),
    ("bullets", [
        "Die Chemie- und Kunststoffindustrie bleibt das Rückgrat der Region; die hohen Gas- und "
        "Strompreise drücken jedoch weiter auf die Margen.",
        "Die Kreditnachfrage unserer Firmenkunden dürfte 2024 leicht sinken, bei Investitionen in "
        "Energieeffizienz aber deutlich steigen.",
        "Die geplante Chipfabrik in Magdeburg würde auch im Süden des Landes Zulieferer anziehen; "
        "solange dort nicht gebaut wird, rechnen wir sie nicht ein.",
    ]),
    ("h", "Chemiedreieck: Leuna, Schkopau, Bitterfeld-Wolfen"),
    ("p", "Die Leunaer Chemie ist das Herz des mitteldeutschen Chemiedreiecks. Eine Raffinerie "
          "verarbeitet dort Rohöl, das über die Druschba-Leitung und seit 2023 zunehmend über "
          "Rostock kommt; daneben erzeugen Betriebe am Standort Methanol und Wasserstoff. Für 2024 "
          "erwarten wir in Leuna stabile Umsätze, aber weniger Neuinvestitionen."),
    ("p", "In Schkopau stellt ein US-Chemiekonzern Kunststoffe und Synthesekautschuk her. Die "
          "Auslastung lag 2023 unter dem langjährigen Mittel, weil die Autoindustrie weniger "
          "Kautschuk abnahm. Im Chemiepark Bitterfeld-Wolfen arbeiten rund 300 Firmen, von der "
          "Chlorchemie bis zu Pharmawirkstoffen. Ein Hersteller von Solarzellen fertigt im Ortsteil "
          "Thalheim; er leidet unter der Billigkonkurrenz aus Asien, und wir beobachten die Lage "
          "genau."),
    ("h", "Halle und Dessau-Roßlau"),
    ("p", "Halle (Saale) selbst ist weniger Industrie- als Wissenschaftsstandort. Die Stadt lebt "
          "von Hochschulen und Verwaltung, vor allem aber von einer wachsenden Biotech- und "
          "Medizintechnikbranche auf dem Weinberg Campus; dazu kommt eine lebendige Medienwirtschaft. "
          "Die Mitteldeutsche Zeitung berichtete im Januar über zwei neue Ansiedlungen. Der Saalehafen "
          "in Halle schlug 2023 gut 0,3 Mio. Tonnen um, vor allem Baustoffe und Getreide."),
    ("p", "Übrigens: Post für einen Keks- und Süßwarenhersteller in Halle (Westf.) landet "
          "regelmäßig in unserer Filiale am Marktplatz. Wir leiten sie gerne weiter."),
    ("p", "Dessau-Roßlau, einst Heimat der Junkers-Flugzeugwerke, setzt heute auf Schienenfahrzeuge "
          "und Maschinenbau: Das Dessauer Instandhaltungswerk der Bahn überholt Lokomotiven aus ganz "
          "Deutschland. Seit 1988 ist Dessau Partnerstadt von Ludwigshafen am Rhein. Beide Städte "
          "verbindet die Chemie: In Ludwigshafen hat einer der größten Chemiekonzerne der Welt sein "
          "Stammwerk."),
    ("pagebreak",),
    ("h", "Standorte im Überblick"),
    ("caption", "Tabelle 1: Standorte, Branchenschwerpunkte und Ausblick 2024 "
                "(Industriebeschäftigte in Tsd.)"),
    ("table", [
        ["Standort", "Branchenschwerpunkte", "Beschäftigte", "Ausblick"],
        ["Leuna", "Raffinerie, Methanol, Spezialchemie", "12", "stabil"],
        ["Schkopau", "Kunststoffe, Kautschuk", "2,5", "schwächer"],
        ["Bitterfeld-Wolfen", "Chlorchemie, Pharma, Solarzellen", "12", "uneinheitlich"],
        ["Halle (Saale)", "Biotechnologie, Medizintechnik, Medien", "9", "positiv"],
        ["Dessau-Roßlau", "Schienenfahrzeuge, Maschinenbau", "6", "stabil"],
        ["Zeitz", "Zucker, Chemie", "4", "stabil"],
        ["Saalekreis (übrige Gemeinden)", "Logistik, Ernährung", "8", "positiv"],
    ], [44, 62, 30, 28]),
    ("h", "Netzwerke und Partnerschaften"),
    ("p", "Viele unserer Kunden nutzen die Kontakte der Städtepartnerschaften. Halle und Karlsruhe "
          "sind seit 1987 Partnerstädte; die beiden Städte organisieren jedes Jahr einen "
          "Fachkräftetag für Ingenieure. Mit dem finnischen Oulu ist Halle sogar schon seit 1968 "
          "verschwistert. Leuna und die polnische Raffineriestadt Płock prüfen derzeit eine "
          "Städtepartnerschaft; entschieden ist noch nichts."),
    ("h", "Unser Ausblick"),
    ("p", "Wir erwarten für 2024 eine Stabilisierung auf niedrigem Niveau. Die Chemie wird weiter "
          "unter den Energiekosten leiden, Biotechnologie und Medizintechnik dürften wachsen. Unsere "
          "Firmenkundenbetreuer beraten Sie gern zu Förderkrediten für Effizienzmaßnahmen."),
    ("p", "Ansprechpartner: Research Firmenkunden, Saale-Elster Regionalbank eG, Große Ulrichstraße, "
          "Halle (Saale)."),
]

OSTAFRIKA = [
    ("title", "Reisebericht: IHK-Delegationsreise nach Kenia und Tansania"),
    ("subtitle", "IHK Weser-Hunte · 4. bis 13. März 2024 · 14 Teilnehmende aus 11 Unternehmen"),
    ("h", "Überblick"),
    ("p", "Die Reise führte von Nairobi über Arusha und Moshi nach Tanga und Daressalam. Geleitet "
          "wurde die Delegation von Dr. Karin Dessau, Geschäftsführerin International der IHK. "
          "Die Teilnehmenden kamen aus dem Maschinenbau, der Medizintechnik, der Logistik und der "
          "Lebensmitteltechnik. Anreise war am 3. März mit dem Nachtflug ab Frankfurt."),
    ("caption", "Tabelle 1: Stationen, Branchenschwerpunkte und Termine"),
    ("table", [
        ["Station", "Datum", "Branchenschwerpunkte", "Termine"],
        ["Nairobi", "4.–6. März", "Finanzdienstleistungen, IT, Pharma", "Technologiepark, Börse"],
        ["Arusha", "7.–8. März", "Tourismus, Brauerei", "Hotelverband, Brauerei"],
        ["Moshi", "8. März", "Kaffeeverarbeitung", "Genossenschaft"],
        ["Tanga", "9.–10. März", "Zement, Milchverarbeitung", "Hafen, Zementwerk"],
        ["Daressalam", "11.–13. März", "Zement, Getränke, Lebensmittel", "Hafenbehörde, Botschaft"],
    ]),
    ("h", "Nairobi"),
    ("p", "Nairobi gilt als Finanz- und Technologiezentrum Ostafrikas. Dort besuchten wir einen "
          "Technologiepark, in dem mehr als 200 Softwarefirmen sitzen, und einen Hersteller von "
          "Generika, der einen Partner für Verpackungsmaschinen sucht. Ein Empfang an der Nairobi "
          "Securities Exchange rundete den ersten Tag ab. Zwei Teilnehmer fuhren anschließend mit der "
          "Bahn nach Mombasa, um sich den Hafen anzusehen."),
    ("h", "Arusha und Moshi"),
    ("p", "Arusha lebt vom Safari-Tourismus; fast alle Reisen in die Nationalparks im Norden "
          "beginnen hier. Die Stadt hat außerdem eine große Brauerei, deren Abfüllanlage aus "
          "Deutschland stammt. Die Blumen- und Gemüsefarmen im Umland schicken ihre Ware per "
          "Luftfracht nach Europa. Eine Städtepartnerschaft zwischen Arusha und Bayreuth ist im "
          "Gespräch, aber noch nicht beschlossen. Am Nachmittag fuhren wir weiter nach Moshi am "
          "Fuß des Kilimandscharo und besuchten dort eine Genossenschaft."),
    ("h", "Tanga"),
    ("p", "Tanga war einst das Zentrum des Sisalanbaus. Heute prägen ein Zementwerk und eine "
          "Molkerei die Wirtschaft der Stadt. Der Hafen Tanga ist nach dem Ausbau auf rund 3 Mio. "
          "Tonnen im Jahr ausgelegt. Am Stadtrand soll das Endterminal einer Rohölpipeline aus Uganda "
          "entstehen; das Öl würde hier nur verladen. Tanga pflegt eine Städtefreundschaft mit "
          "Eckernförde, und der Hafen Tanga und der Hafen Emden haben 2022 eine Absichtserklärung "
          "über eine Hafenkooperation unterzeichnet."),
    ("h", "Daressalam"),
    ("p", "Daressalam ist die größte Stadt und das Wirtschaftszentrum Tansanias. In der Stadt "
          "konzentriert sich die Zement-, Getränke- und Lebensmittelindustrie des Landes; dort "
          "stehen auch die großen Stahlwalzwerke. Der Hafen, der größte Tansanias, schlug 2023 rund "
          "27 Mio. Tonnen um, darunter knapp 0,9 Mio. TEU. Cashewnüsse, Tee und Kupfer aus Sambia "
          "sind die wichtigsten Exportgüter, die über die Kais gehen."),
    ("p", "Hamburg und Daressalam sind seit 2010 Partnerstädte. Beide Städte arbeiten unter anderem "
          "bei der Abfallwirtschaft und beim Klimaschutz zusammen; die Delegation traf am letzten "
          "Abend Vertreter der Partnerschaftsvereine."),
    ("h", "Finanzierung und Fazit"),
    ("p", "Zu Exportfinanzierung und Hermesdeckungen referierte ein früherer Länderanalyst der "
          "Bremer Landesbank. Sein Rat: Zahlungsziele kurz halten und Akkreditive nutzen."),
    ("p", "Die Teilnehmenden haben 46 Gespräche geführt, drei Unternehmen planen konkrete Projekte. "
          "Eine Folgereise ist für 2025 vorgesehen."),
]

PDFS = {
    "b48-fukuoka-air-cargo-guide.pdf": dict(
        blocks=FUKUOKA, header="Hakata Air Cargo Services · Air Cargo Guide 2024 · Fukuoka Airport",
        footer="Cargo Guide 2024 · page {n} of 2", lang="en",
        title="Air Cargo Guide 2024: Fukuoka Airport and its Kyushu Hinterland"),
    "b48-saale-elster-branchenausblick.pdf": dict(
        blocks=SAALE, header="Saale-Elster Regionalbank eG · Branchenausblick Mitteldeutschland 2024",
        footer="Seite {n} von 2", lang="de",
        title="Branchenausblick 2024: Chemie, Energie und Industrie im Süden Sachsen-Anhalts"),
}
DOCXS = {
    "b48-ihk-delegationsreise-kenia-tansania.docx": dict(
        blocks=OSTAFRIKA, title="Reisebericht: IHK-Delegationsreise nach Kenia und Tansania"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_48.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
