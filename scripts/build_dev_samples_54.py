#!/usr/bin/env python3
"""Build batch 54 of PDF and DOCX development reports in ``samples/dev/``.

    python scripts/build_dev_samples_54.py [--out DIR]

Companion to the other ``build_dev_samples_*.py`` scripts, with the same guarantees: the texts
are embedded below, and the output is deterministic (reportlab runs in invariant mode; DOCX
core properties and zip timestamps are fixed), so running it again gives byte-identical files.
The gold annotations (``NAME.gold.json``) are written by hand and kept beside the documents;
this script does not touch them, nor the TXT and HTML reports of the batch. The layout helpers
(fonts, fixed timestamps, PDF and DOCX builders) live in ``sample_builders.py``.

Layouts in this batch:

* ``b54-chile-trade-mission-report.pdf``: an export group's trade mission report, two pages,
  running header, footer "Mission report Chile 2024 – page N of 2", bullet lists for the
  delegation and the results, no table; the second half of the week starts on page 2.
* ``b54-hafenwirtschaft-weser-ems-newsletter.pdf``: a German port-industry newsletter, two
  pages, running header, footer "Newsletter Hafenwirtschaft Weser-Ems 2/2024 – Seite N von 2",
  a drawn table "Hafen | Umschlag 2023 (Mio. t) | ± Vorjahr (%) | Hauptgüter" whose unit is
  given only in the column header and caption (the cargo column lists cargo, not industries;
  the percentages are not port metrics).
* ``b54-pearl-river-delta-market-letter.docx``: an industrial-property agent's quarterly market
  letter with headings per city, a bullet list "City – sectors", a caption and a table of rents,
  vacancy and occupier sectors (one city's second sector is given only in the table; rents and
  vacancy are not port metrics).

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

CHILE_MISSION = [
    ("title", "Trade Mission to Chile: Ports, Mining Services and Offshore Energy"),
    ("subtitle", "North Sea Energy & Ports Export Group · Mission report for members · 25 March 2024"),
    ("h", "Purpose and delegation"),
    ("p", "From 4 to 8 March 2024, eleven member companies travelled with us to Chile's central "
          "coast and to the Atacama region. The aim was simple: to find buyers for the engineering, "
          "port and offshore skills of North East England and Scotland in a country that mines "
          "about a quarter of the world's copper and is preparing its first offshore energy "
          "projects. The mission was led by Carmen Valdivia, our Latin America adviser, and "
          "supported by the British Embassy in Santiago, where the week began with a market "
          "briefing."),
    ("bullets", [
        "Two port operators, one from Blyth and one from Montrose",
        "Four engineering and fabrication firms, two of them from Hartlepool",
        "Three suppliers of wear parts and conveyor systems for mines",
        "Two consultancies, for environmental permitting and for port planning",
    ]),
    ("h", "Valparaíso and Viña del Mar"),
    ("p", "Valparaíso was our base for the first two days. The hillside funiculars are what "
          "visitors remember, but the city's economy rests on the port and the logistics firms "
          "that serve it, with tourism a clear second. The port handled close to 900,000 TEU last "
          "year, which makes it Chile's second-largest container port after San Antonio. Its port "
          "company told us about the friendship-port agreement it has had with Zhuhai in southern "
          "China since 2018, which covers staff exchanges and fruit logistics."),
    ("p", "Next door, Viña del Mar lives from tourism; we held our networking reception in one of "
          "its beach hotels. A few kilometres north, the state oil company runs a refinery at "
          "Concón, and several delegates met its maintenance managers. Further up the bay, the "
          "copper smelter at Ventanas, in the commune of Puchuncaví, closed in 2023 after years of "
          "complaints about air pollution."),
    ("h", "San Antonio and the road to Argentina"),
    ("p", "San Antonio – the Chilean port, not the Texan city that two of our American contacts "
          "assumed we meant – is Chile's busiest container port. It handled about 1.7 million TEU "
          "in 2023, and its terminals can take roughly 2.5 million TEU a year. A large outer port "
          "south of the present basins is planned for the 2030s and would add several million TEU "
          "of capacity, but construction has not started. The fishmeal plants that once lined the "
          "shore have all closed. We stayed just north of the port in Cartagena, the Chilean one, "
          "not its far larger Colombian namesake."),
    ("p", "Our Blyth delegate and the San Antonio port company discussed a cooperation agreement on "
          "handling offshore-wind components. Both sides agreed to keep talking; nothing was "
          "signed."),
    ("p", "Trucks for Argentina leave the coast via Los Andes, the border town at the foot of the "
          "pass, before the road climbs over the Andes to Mendoza. Los Andes lives from customs "
          "brokerage and trucking, and two delegates have since appointed agents there."),
    ("pagebreak",),
    ("h", "Copiapó, Caldera and the Huasco valley"),
    ("p", "The second half of the week took us 800 km north into the Atacama region. Copiapó, the "
          "regional capital, is a mining-services town: contractors in the city maintain haul "
          "trucks, crushers and conveyors for the copper and gold mines in the surrounding hills. "
          "The table grapes grown along the Copiapó valley are a farm business of the valley, not "
          "of the city. Tierra Amarilla, a short drive up the valley, sits next to a large "
          "underground copper mine, and most households in the town depend on it."),
    ("p", "Caldera is the region's port town; its name means \"cauldron\" and has nothing to do "
          "with a volcano. The bay hosts the scallop farms the town is known for, and the Punta "
          "Padrones terminal shipped about 1.4 million tonnes of copper concentrate in 2023. "
          "Further south, an iron-ore pellet plant at Huasco loads bulk carriers bound for Asia. "
          "Lithium, which many delegates asked about, comes from the salt flats far inland, not "
          "from any of these towns. On the way back we stopped in Chañaral, whose beach still "
          "carries the tailings of the old copper mines."),
    ("h", "What the delegates took home"),
    ("bullets", [
        "A Hartlepool fabricator signed a framework contract with a Chilean mining contractor for "
        "conveyor steelwork.",
        "The Montrose port operator agreed to host a Chilean delegation in October.",
        "The procurement teams of Codelco and Antofagasta Minerals asked three members to register "
        "as suppliers.",
        "A port-planning consultancy is bidding for a study on the outer port at San Antonio.",
    ]),
    ("h", "Next steps"),
    ("p", "We plan a follow-up mission to the Antofagasta region in spring 2025, with visits to "
          "lithium and green hydrogen projects. Members who want to take part should contact the "
          "secretariat by the end of June. Our thanks go to the embassy team and to every host "
          "who opened a gate, a quay or a workshop to us."),
]

WESER_EMS = [
    ("title", "Häfen an Ems, Jade und Unterweser: Bilanz 2023 und Ausblick"),
    ("subtitle", "Hafenwirtschaftsgemeinschaft Weser-Ems e. V. · Newsletter für Mitglieder · Juni 2024"),
    ("h", "Editorial"),
    ("p", "Liebe Mitglieder, das Jahr 2023 war für die Häfen zwischen Dollart und Weser "
          "durchwachsen. Der Umschlag ging fast überall leicht zurück, bei Energie und Fahrzeugen "
          "gab es aber Lichtblicke. In diesem Newsletter finden Sie die Zahlen der einzelnen "
          "Standorte, Neuigkeiten aus den Häfen und die Termine für das zweite Halbjahr. "
          "Ihr Jens Wittmund, Geschäftsführer"),
    ("h", "Die Zahlen"),
    ("caption", "Tabelle 1: Seegüterumschlag 2023 in Mio. Tonnen und Veränderung gegenüber dem Vorjahr"),
    ("table", [
        ["Hafen", "Umschlag 2023 (Mio. t)", "± Vorjahr (%)", "Hauptgüter"],
        ["Wilhelmshaven", "27,4", "−5,2", "Rohöl, LNG, Container"],
        ["Brake (Unterweser)", "6,3", "−7,4", "Futtermittel, Getreide, Holz"],
        ["Emden", "4,6", "−6,1", "Fahrzeuge, Forstprodukte"],
        ["Nordenham", "3,1", "−6,0", "Kohle, Schwergut, Container"],
        ["Oldenburg", "1,1", "−8,3", "Baustoffe, Futtermittel"],
        ["Papenburg", "0,8", "−11,1", "Baustoffe, Agrarprodukte"],
        ["Leer", "0,3", "+3,0", "Baustoffe, Agrarprodukte"],
    ], [38, 50, 30, 52]),
    ("h", "Emden: Autos rollen, Strom fließt"),
    ("p", "Emden ist nach Bremerhaven der zweitgrößte Autoumschlaghafen Deutschlands. Über die "
          "Kajen gingen 2023 rund 1,0 Mio. Fahrzeuge, etwas weniger als im Vorjahr. Im Emder Werk "
          "eines großen Autokonzerns laufen inzwischen ausschließlich Elektroautos vom Band. Die "
          "Werft, die einst das Stadtbild prägte, baut seit Jahren keine Schiffe mehr; auf ihrem "
          "Gelände werden heute Fundamente für Offshore-Windparks vormontiert. Die Fähren nach "
          "Borkum meldeten ein Rekordjahr bei den Passagieren."),
    ("p", "Neu ist die Zusammenarbeit mit Südchina: Seit 2023 kooperiert der Emder Hafen mit dem "
          "Hafen Zhuhai beim Umschlag von Elektroautos, vom Laden an der Kaje bis zur "
          "Schadenskontrolle. Emden und das norwegische Haugesund sind zudem seit Jahrzehnten "
          "Partnerstädte."),
    ("h", "Wilhelmshaven: Energiedrehscheibe an der Jade"),
    ("p", "Wilhelmshaven ist Deutschlands einziger Tiefwasserhafen und der größte Umschlagplatz für "
          "Rohöl in Deutschland. Der Containerterminal JadeWeserPort kam 2023 auf rund 730.000 TEU, "
          "nach 690.000 TEU im Vorjahr; ausgelegt ist er für 2,7 Mio. TEU im Jahr. Seit Ende 2022 "
          "liegen an der Jade schwimmende Terminals für Flüssigerdgas. In Wilhelmshaven produziert "
          "ein Chemiewerk PVC und Chlor für die Kunststoffindustrie. Die Raffinerie der Stadt wurde "
          "dagegen schon 2009 stillgelegt und dient heute nur noch als Tanklager."),
    ("p", "Wilhelmshaven und Norfolk im US-Bundesstaat Virginia sind seit 1976 Partnerstädte. Mit "
          "dem chilenischen Hafen San Antonio wurde im Mai eine Absichtserklärung über einen "
          "gemeinsamen Containerdienst besprochen, unterzeichnet ist sie aber noch nicht."),
    ("pagebreak",),
    ("h", "Unterweser: Brake und Nordenham"),
    ("p", "Brake ist der größte Umschlagplatz für Agrarprodukte an der deutschen Nordseeküste. In "
          "Brake verarbeiten zwei Ölmühlen Raps und Soja, und ein Futtermittelwerk direkt am Hafen "
          "beliefert die Tierhalter im Oldenburger Münsterland."),
    ("p", "In Nordenham fertigt ein Luftfahrtzulieferer Rumpfschalen für Verkehrsflugzeuge, die per "
          "Schiff zu den Endmontagelinien gehen. Die Zinkhütte am Weserufer hat ihre Produktion "
          "dagegen eingestellt, ihre Anlagen werden abgerissen."),
    ("h", "Ems: Papenburg und Leer"),
    ("p", "Papenburg ist Werftstadt: Hier entstehen einige der größten Kreuzfahrtschiffe der Welt, "
          "die anschließend über die Ems zur Nordsee überführt werden. Im Winter standen viele "
          "Liegeplätze im Seehafen leer, weil weniger Baustoffe ankamen."),
    ("p", "Leer gilt nach Hamburg als zweitgrößter Reedereistandort Deutschlands, auch wenn die "
          "Schiffe der Leeraner Reedereien ihren Heimathafen fast nie anlaufen. Bekannt ist die "
          "Stadt außerdem als Sitz eines traditionsreichen Teehandelshauses."),
    ("h", "Oldenburg: Binnenhafen an der Hunte"),
    ("p", "Der Oldenburger Hafen hat 2023 vor allem Baustoffe und Futtermittel umgeschlagen. In "
          "Oldenburg sitzt zudem einer der großen norddeutschen Energieversorger. Die "
          "Städtepartnerschaft zwischen Oldenburg und dem niederländischen Groningen ist eine der "
          "lebendigsten der Region; Hafenvertreter beider Städte treffen sich einmal im Jahr."),
    ("h", "Termine"),
    ("bullets", [
        "12. September 2024: Hafenabend in Emden",
        "10. Oktober 2024: Delegationsreise zum Offshore-Hafen Esbjerg",
        "14. November 2024: Mitgliederversammlung in Brake",
    ]),
]

PRD_LETTER = [
    ("title", "Industrial & Logistics Market Letter: the Pearl River Delta beyond the big two"),
    ("subtitle", "Delta Industrial Realty · Industrial Agency · Q1 2024 · published April 2024"),
    ("h", "Summary"),
    ("p", "Demand for factories and warehouses in the Delta's second-tier cities held up better in "
          "the first quarter than the headlines suggest. Manufacturers priced out of Guangzhou keep "
          "moving west across the river, while exporters on the east bank are consolidating into "
          "fewer, larger buildings. Prime rents were flat on average; vacancy edged up in Dongguan "
          "and fell in Jiangmen and Zhaoqing."),
    ("bullets", [
        "Foshan – home appliances, building ceramics",
        "Dongguan – smartphones and other electronics",
        "Zhongshan – lighting",
        "Jiangmen – motorcycles",
    ]),
    ("h", "Foshan"),
    ("p", "Foshan's economy rests on home appliances and building ceramics. Two of the country's "
          "largest appliance groups have their headquarters in the city's southern districts, and "
          "most of China's floor and wall tiles are still fired in Foshan kilns. The huge furniture "
          "malls on the national road south of the city sell sofas and cabinets made all over "
          "southern China; we count them as retail space, not as manufacturing. The river container "
          "terminals in Foshan handled about 3.6 million TEU last year, which keeps barge-fed "
          "warehouses close to the water in demand. Trucks to Hong Kong take about three hours."),
    ("h", "Dongguan and Humen"),
    ("p", "Firms in Dongguan make a large share of the world's smartphones, and the big assembly "
          "lines have pulled in suppliers from across the Delta. Some toy and shoe makers have moved "
          "their production to Vietnam over the past five years, and that is where most of the "
          "sublet space on the market comes from. In the south of the city, Humen is the garment "
          "town of the Delta, with hundreds of clothing factories along its main roads. Landlords "
          "with dock-high warehouses near the Humen river terminals reported full occupancy."),
    ("h", "Zhongshan"),
    ("p", "Zhongshan – the Guangdong city, not the Zhongshan district of Dalian in the north-east – "
          "is where most of China's lamps and light fittings are made. The lighting trade grew up "
          "around the town of Guzhen, whose showrooms draw buyers from every continent. Demand in "
          "the quarter came from small lighting workshops looking for units of 2,000 to 5,000 m². "
          "Zhongshan has a sister-city relationship with Honolulu, where Sun Yat-sen went to "
          "school."),
    ("h", "Jiangmen and Taishan"),
    ("p", "Jiangmen, home to one of China's largest motorcycle makers, has the biggest land bank on "
          "the west bank, and its rents are the lowest we track. Its river terminals handled "
          "roughly 800,000 TEU in 2023. A battery-materials park planned south of the city centre "
          "is still at the land-auction stage, so we have not counted it. Jiangmen is twinned with "
          "Riverside, California, whose trade delegation visited again in March."),
    ("p", "Taishan, the coastal city within Jiangmen's boundaries – not Mount Tai, the sacred "
          "mountain in Shandong that is also called Tai Shan – hosts a nuclear power station with "
          "two large reactors; contractors working on its maintenance outages rent short-term yard "
          "space."),
    ("h", "Zhaoqing and Huizhou"),
    ("p", "Zhaoqing got its first carmaker in 2020, when an electric-vehicle start-up opened an "
          "assembly plant on the eastern edge of the city. On the east bank, a proposal to link "
          "Huizhou's port with a Dutch port through a cooperation memorandum has been discussed "
          "since 2022, but nothing has been signed, and we do not expect it to move the market."),
    ("caption", "Table 1: Prime logistics rents, vacancy and main occupier sectors by city, Q1 2024"),
    ("table", [
        ["City", "Prime rent (RMB/m²/month)", "Vacancy (%)", "Main occupier sectors"],
        ["Foshan", "33", "9.5", "appliances, ceramics"],
        ["Dongguan", "36", "12.0", "electronics"],
        ["Zhongshan", "26", "8.0", "lighting"],
        ["Jiangmen", "22", "6.5", "motorcycles, kitchenware"],
        ["Zhaoqing", "19", "5.0", "electric vehicles"],
    ], [35, 45, 30, 60]),
    ("h", "Outlook"),
    ("p", "We expect flat rents for the rest of the year and a slow rise in vacancy on the east bank. "
          "Occupiers with flexible timing should negotiate now, while landlords in Dongguan still "
          "offer rent-free periods of up to four months. Contact: Vincent Lau, head of industrial "
          "agency. Delta Industrial Realty is a subsidiary of a developer listed on the Shenzhen "
          "Stock Exchange."),
]


PDFS = {
    "b54-chile-trade-mission-report.pdf": dict(
        blocks=CHILE_MISSION, header="North Sea Energy & Ports Export Group · Trade Mission Report · "
                                     "Chile, 4–8 March 2024",
        footer="Mission report Chile 2024 – page {n} of 2", lang="en",
        title="Trade Mission to Chile: Ports, Mining Services and Offshore Energy"),
    "b54-hafenwirtschaft-weser-ems-newsletter.pdf": dict(
        blocks=WESER_EMS, header="Hafenwirtschaftsgemeinschaft Weser-Ems e. V. · Newsletter 2/2024 · "
                                 "Juni 2024",
        footer="Newsletter Hafenwirtschaft Weser-Ems 2/2024 – Seite {n} von 2", lang="de",
        title="Häfen an Ems, Jade und Unterweser: Bilanz 2023 und Ausblick"),
}
DOCXS = {
    "b54-pearl-river-delta-market-letter.docx": dict(
        blocks=PRD_LETTER,
        title="Industrial & Logistics Market Letter: the Pearl River Delta beyond the big two"),
}


# Drawn tables; each PDF table block gives its own column widths (the DOCX builder ignores them).
build_pdf = partial(build_flow_pdf, creator="trex build_dev_samples_54.py", table=ruled_table)


def main() -> None:
    write_samples(__doc__, DEFAULT_OUT, (build_pdf, PDFS), (build_docx, DOCXS))


if __name__ == "__main__":
    main()
