"""German industry words in English (``pipeline/nlp/data/german_terms.tsv`` read by ``pipeline.nlp.german``).

General economic vocabulary: compounds split into a known first part and head, whole words, adjective
phrases, plural, genitive and Fugen-s/-n forms; and ordinary words that must stay untranslated.
"""

from __future__ import annotations

import pytest

from pipeline.nlp.gazetteer import data_lines
from pipeline.nlp.german import translate
from pipeline.nlp.industry_labels import normalise_industry

# Translations that worked before the broad vocabulary was added: they must not change.
EARLIER = [
    ("Keramikindustrie", "ceramics industry"),
    ("Möbelindustrie", "furniture industry"),
    ("Automobilindustrie", "automotive industry"),
    ("Stahlindustrie", "steel industry"),
    ("Lebensmittelindustrie", "food industry"),
    ("Getränkeindustrie", "beverage industry"),
    ("Kunststoffverarbeitung", "plastics processing"),
    ("Holzverarbeitung", "wood processing"),
    ("Lebensmittelverarbeitung", "food processing"),
    ("Hopfenanbau", "hop growing"),
    ("Halbleitertechnik", "semiconductor technology"),
    ("Mikrosystemtechnik", "microsystems technology"),
    ("Halbleiterfertigung", "semiconductor manufacturing"),
    ("Medizintechnik", "medical technology"),
    ("Informationstechnik", "information technology"),
    ("Versicherungswirtschaft", "insurance industry"),
    ("Versicherungen", "insurance"),
    ("Finanzdienstleistungen", "financial services"),
    ("Gesundheitswirtschaft", "health industry"),
    ("Marktforschung", "market research"),
    ("Kreislaufwirtschaft", "circular economy"),
    ("Nutzfahrzeuge", "commercial vehicle"),
    ("Elektroautos", "electric cars"),
    ("Windenergie", "wind energy"),
    ("Luft- und Raumfahrt", "aerospace"),
    ("Mikroelektronik-Cluster", "microelectronics"),
    ("IT-Dienstleistungen", "IT services"),
    ("Start-up-Szene", "start-ups"),
    ("Automobilzulieferer", "automotive suppliers"),
    ("Schuhindustrie", "footwear industry"),
    ("Glasveredelung", "glass finishing"),
    ("Salzbergbau", "salt mining"),
    ("Weinbau", "wine growing"),
    ("Brauereien", "brewing"),
    ("Kaffeerösterei", "coffee roasting"),
    ("Gartenbaus", "horticulture"),
    ("Handwerks", "crafts"),
    ("Einzelhandel", "retail"),
    ("Großhandel", "wholesale"),
    ("Spedition", "freight forwarding"),
    ("Werften", "shipyards"),
    ("Reedereien", "shipping"),
    ("Gastgewerbe", "hospitality"),
    ("Landmaschinen", "agricultural machinery"),
    ("Messen", "trade fair"),
    ("chemische Industrie", "chemical industry"),
    ("Erneuerbare Energien", "renewable energy"),
    ("maritime Wirtschaft", "maritime industry"),
]

# The broad vocabulary, section by section.
ADDED = [
    # A, B: agriculture, mining
    ("Geflügelzucht", "poultry farming"),
    ("Schweinezucht", "pig farming"),
    ("Kartoffelanbau", "potato growing"),
    ("Steinkohlenbergbau", "hard coal mining"),
    ("Braunkohlenbergbau", "lignite mining"),
    ("Kalibergbau", "potash mining"),
    ("Kohleabbau", "coal mining"),
    ("Erdgasgewinnung", "natural gas extraction"),
    # C10-C12: food and drink
    ("Ernährungsindustrie", "food industry"),
    ("Fleischverarbeitung", "meat processing"),
    ("Milchprodukte", "dairy products"),
    ("Schokoladenindustrie", "chocolate industry"),
    ("Brauwirtschaft", "brewing industry"),
    ("Bierbrauerei", "beer brewing"),
    ("Brennereien", "distilling"),
    ("Tabakwaren", "tobacco products"),
    # C13-C18: textiles, leather, wood, paper, printing
    ("Textilien", "textiles"),
    ("Baumwollindustrie", "cotton industry"),
    ("Seidenindustrie", "silk industry"),
    ("Lederwaren", "leather goods"),
    ("Lederverarbeitung", "leather processing"),
    ("Holzbau", "timber construction"),
    ("Sägewerke", "sawmill"),
    ("Druckereien", "printing"),
    ("Verlagswesen", "publishing"),
    ("Zeitungsverlage", "newspaper publishing"),
    # C20-C23: chemicals, pharma, plastics, glass, ceramics, building materials
    ("Spezialchemie", "speciality chemicals"),
    ("Kosmetikindustrie", "cosmetics industry"),
    ("Lackindustrie", "coatings industry"),
    ("Arzneimittel", "pharmaceuticals"),
    ("Biotechnologie", "biotechnology"),
    ("Life Sciences", "life sciences"),
    ("Glashütten", "glassworks"),
    ("Technische Keramik", "technical ceramics"),
    ("Fliesenindustrie", "ceramic tile industry"),
    ("Baustoffindustrie", "building materials industry"),
    ("Zementindustrie", "cement industry"),
    ("Bernsteinverarbeitung", "amber processing"),
    # C24-C25: metals, metal products
    ("Stahlwerke", "steelworks"),
    ("Edelstahl", "stainless steel"),
    ("Nichteisenmetalle", "non-ferrous metals"),
    ("Metallverarbeitung", "metalworking"),
    ("Stahlbau", "steel construction"),
    ("Metallerzeugnisse", "metal products"),
    ("Druckguss", "die casting"),
    ("Befestigungstechnik", "fastening technology"),
    ("Oberflächenveredelung", "surface finishing"),
    ("Wärmebehandlung", "heat treatment"),
    ("Schweißtechnik", "welding technology"),
    # C26-C28: electronics, electrical equipment, machinery
    ("Messtechnik", "measurement technology"),
    ("Regeltechnik", "control technology"),
    ("Messgeräte", "measuring instruments"),
    ("Leistungselektronik", "power electronics"),
    ("Photonik", "photonics"),
    ("Lasertechnik", "laser technology"),
    ("Medizinprodukte", "medical devices"),
    ("Batteriespeicher", "battery storage"),
    ("Energiespeicher", "energy storage"),
    ("Brennstoffzellen", "fuel cell"),
    ("Elektromotoren", "electric motors"),
    ("Sondermaschinenbau", "special-purpose machinery"),
    ("Werkzeugmaschinenbau", "machine tool manufacturing"),
    ("Verpackungsmaschinen", "packaging machinery"),
    ("Baumaschinen", "construction machinery"),
    ("Antriebstechnik", "drive technology"),
    ("Automatisierungstechnik", "automation technology"),
    ("Montagetechnik", "assembly technology"),
    ("Fördertechnik", "conveyor technology"),
    ("Kältetechnik", "refrigeration technology"),
    ("Kälte- und Klimatechnik", "refrigeration and air-conditioning technology"),
    # C29-C33: vehicles, other manufacturing
    ("Fahrzeugteile", "vehicle parts"),
    ("Lkw-Hersteller", "truck manufacturers"),
    ("Fahrradindustrie", "bicycle industry"),
    ("Eisenbahnindustrie", "railway industry"),
    ("Bootsbau", "boatbuilding"),
    ("Schiffsreparatur", "ship repair"),
    ("Musikinstrumentenbau", "musical instrument making"),
    ("Zahntechnik", "dental technology"),
    # D, E: energy, water, waste
    ("Windkraft", "wind power"),
    ("Photovoltaik", "photovoltaics"),
    ("Bioenergie", "bioenergy"),
    ("Stromerzeugung", "power generation"),
    ("Energieversorger", "energy utilities"),
    ("Offshore-Windenergie", "offshore wind energy"),
    ("Wasserwirtschaft", "water management"),
    ("Abwasserbehandlung", "wastewater treatment"),
    ("Abfallwirtschaft", "waste management"),
    ("Entsorgungswirtschaft", "waste management industry"),
    ("Kunststoffrecycling", "plastics recycling"),
    # F, G, H: construction, trade, transport
    ("Bauindustrie", "construction industry"),
    ("Straßenbau", "road construction"),
    ("Hochbau", "building construction"),
    ("Tiefbau", "civil engineering"),
    ("Metallhandwerk", "metal crafts"),
    ("Kunsthandwerk", "handicrafts"),
    ("Lebensmitteleinzelhandel", "food retail"),
    ("Onlinehandel", "online retail"),
    ("Kontraktlogistik", "contract logistics"),
    ("Logistikdienstleister", "logistics service providers"),
    ("Schienengüterverkehr", "rail freight transport"),
    ("Binnenschifffahrt", "inland shipping"),
    ("Kurierdienste", "courier services"),
    # I, J: hospitality, tourism, media, IT
    ("Hotelgewerbe", "hotel industry"),
    ("Gesundheitstourismus", "health tourism"),
    ("Reiseveranstalter", "tour operators"),
    ("Rundfunk", "broadcasting"),
    ("Werbeagenturen", "advertising agencies"),
    ("Computerspiele", "computer games"),
    ("Rechenzentren", "data centres"),
    ("Cybersicherheit", "cyber security"),
    ("KI-Forschung", "AI research"),
    ("Künstliche Intelligenz", "AI"),
    ("IKT-Branche", "ICT industry"),
    # K, L, M: finance, insurance, real estate, professional services
    ("Finanzdienstleister", "financial service providers"),
    ("Finanzplatz", "financial centre"),
    ("Bankwesen", "banking"),
    ("Sparkassen", "savings banks"),
    ("Rückversicherung", "reinsurance"),
    ("Immobilienwirtschaft", "real estate industry"),
    ("Wohnungswirtschaft", "housing industry"),
    ("Wirtschaftsprüfung", "auditing"),
    ("Ingenieurdienstleistungen", "engineering services"),
    ("Forschung und Entwicklung", "research and development"),
    # Q, R: health, culture
    ("Gesundheitswesen", "healthcare"),
    ("Krankenhäuser", "hospitals"),
    ("Rehakliniken", "rehabilitation clinics"),
    ("Pflegedienste", "care services"),
    ("Kultur- und Kreativwirtschaft", "cultural and creative industries"),
    ("Unterhaltungsindustrie", "entertainment industry"),
    # manufacturing as a whole, adjective phrases
    ("Verarbeitendes Gewerbe", "manufacturing"),
    ("verarbeitenden Gewerbes", "manufacturing"),
    ("verarbeitende Industrie", "manufacturing industry"),
    ("Konsumgüterindustrie", "consumer goods industry"),
    ("elektrotechnische Industrie", "electrical industry"),
    ("pharmazeutische Industrie", "pharmaceutical industry"),
    ("optische Industrie", "optical industry"),
    ("feinmechanische Industrie", "precision mechanical industry"),
    ("kunststoffverarbeitende Industrie", "plastics processing industry"),
    ("lebensmittelverarbeitende Betriebe", "food processing"),
    ("touristische Dienstleistungen", "tourism services"),
    ("regenerative Energien", "renewable energy"),
    # genitive and dative forms
    ("Bergbaus", "mining"),
    ("Einzelhandels", "retail"),
    ("Verlagswesens", "publishing"),
    ("Stahlbaus", "steel construction"),
    ("Automobilherstellern", "automotive manufacturers"),
    ("Chemiekonzerne", "chemical"),
]

# Ordinary words of twinning and city reports: no industry.
NOT_INDUSTRIES = [
    "Bürgermeister", "Oberbürgermeister", "Wochenende", "Rathaus", "Zusammenarbeit", "Partnerschaft",
    "Städtepartnerschaft", "Delegation", "Schulaustausch", "Jugendaustausch", "Kulturaustausch", "Berufsbildung",
    "Stadtverwaltung", "Partnerstadt", "Freundschaft", "Universität", "Technische Universität", "Feuerwehr",
    "Stellenabbau", "Personalabbau", "Wirtschaftsförderung", "Stadtentwicklung",
    "Regelwerk", "Regeln", "Regelung", "Verbindungen", "Arbeitsagentur", "Energieagentur", "Lebewesen",
    "Kernbranchen", "Schlüsselindustrien", "Buchen", "Buchhaltung", "Erzbischof", "Erzgebirge", "Klimaschutz",
    "Klimaforschung", "Kälte", "Strom", "Wasser", "Speicherstadt", "Lichtenberg", "Fördermittel", "Förderbank",
    "Spitzenforschung", "Gewerbegebiet", "Industriepark", "Handelskammer", "Druckluft", "Energiewende",
    "Wirtschaftskraft", "Verkehrssicherheit", "Teenager", "Kinder",
]


@pytest.mark.parametrize(("german", "english"), EARLIER)
def test_earlier_translations_stay(german, english):
    assert translate(german) == english


@pytest.mark.parametrize(("german", "english"), ADDED)
def test_sector_vocabulary(german, english):
    assert translate(german) == english


@pytest.mark.parametrize("german", NOT_INDUSTRIES)
def test_ordinary_words_are_no_industry(german):
    assert translate(german) is None


@pytest.mark.parametrize(("german", "label", "code"), [
    ("Brauereien", "brewing", "C11"),
    ("Verlagswesen", "publishing", "J58"),
    ("Glashütten", "glassworks", "C23"),
    ("Metallverarbeitung", "metalworking", "C24"),
    ("Kohleabbau", "coal mining", "B08"),
    ("Abfallentsorgung", "waste disposal", "E38"),
    ("Bauindustrie", "construction industry", "F41"),
    ("Rückversicherung", "reinsurance", "K65"),
    ("Gesundheitswesen", "healthcare", "Q86"),
    ("Windmühlen", "windmills", None),  # a sight, not wind energy
])
def test_labels_map_to_nace(german, label, code):
    assert normalise_industry(german, "de") == (label, code)


def test_table_rows_are_well_formed():
    seen: dict[tuple[str, str], str] = {}
    for line in data_lines("german_terms.tsv"):
        kind, german, english = (line.split("\t") + [""])[:3]
        assert kind in ("head", "stem", "adj"), line
        assert german == german.lower(), line
        assert seen.setdefault((kind, german), english) == english, f"{german!r} has two translations"


@pytest.mark.parametrize("german, english", [
    ("Füllmaschinen", "filling machines"), ("Turmdrehkranen", "tower cranes"), ("Kunstharzen", "synthetic resins"),
    ("Drahtziehereien", "wire drawing"), ("Leuchtenindustrie", "lighting industry"),
])
def test_products_works_and_trades(german, english):
    assert translate(german) == english


@pytest.mark.parametrize("german, english", [
    ("Konserven", "canning"), ("Jagdwaffen", "hunting weapons"), ("Fischmehl", "fishmeal production"),
])
def test_labels_as_analysts_write_them(german, english):
    assert translate(german) == english


@pytest.mark.parametrize("german, english", [
    ("Verpackungsfolien", "packaging film"), ("Feinchemikalien", "fine chemicals"), ("Salami", "salami"),
    ("Schleifscheiben", "grinding wheels"), ("Nähmaschinen", "sewing machines"), ("Zeitungspapier", "newsprint"),
])
def test_broad_product_vocabulary(german, english):
    assert translate(german) == english


@pytest.mark.parametrize("german", ["Binnenhafen", "Containerterminal", "Windpark", "Autobahn",
                                    "Seefracht", "Tonne", "Rathaus", "Zusammenarbeit"])
def test_ports_ships_roads_and_farms_are_no_industry(german):
    assert translate(german) is None


def test_a_known_coordination_keeps_its_head():
    assert translate("Luft- und Raumfahrtindustrie") == "aerospace industry"
