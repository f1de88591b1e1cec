"""Partnership extractor: pairs, groups, kinds, years, and what is not a partnership."""

from __future__ import annotations

import pytest

KIEL, GDANSK, HAMBURG, SHANGHAI, MARSEILLE = 2891122, 3099434, 2911298, 1796236, 2995469


def pairs(doc) -> set[tuple[frozenset, str, int | None]]:
    return {(frozenset((p["city_a"], p["city_b"])), p["kind"], p["since"]) for p in doc._.trex_partnerships}


def test_twinning_with_year(run_nlp):
    doc = run_nlp("Kiel has been twinned with Gdansk since 1985.")
    assert pairs(doc) == {(frozenset((KIEL, GDANSK)), "city", 1985)}


def test_group_paired_with_one_city(run_nlp):
    doc = run_nlp("Ansbach, Feuchtwangen and Dinkelsbühl signed a city partnership with Jingjiang.")
    found = pairs(doc)
    assert len(found) == 3
    assert all(1805639 in pair for pair, _, _ in found)


def test_port_partnership_kind(run_nlp):
    doc = run_nlp("Hamburg and Shanghai agreed a port partnership in 2004.")
    assert pairs(doc) == {(frozenset((HAMBURG, SHANGHAI)), "port", 2004)}


def test_partnership_list_introduced_by_a_cue_line(run_nlp):
    text = ("There are several city partnerships:\n"
            "• Hamburg and Shanghai exchange students.\n"
            "• Kiel, famous for sailing, works with Gdansk on harbour projects.\n")
    found = {(pair, kind) for pair, kind, _ in pairs(run_nlp(text))}
    assert found == {(frozenset((HAMBURG, SHANGHAI)), "city"), (frozenset((KIEL, GDANSK)), "city")}


def test_several_partners_joined_by_with(run_nlp):
    doc = run_nlp("Hamburg is twinned with Shanghai and with Marseille.")
    assert {pair for pair, _, _ in pairs(doc)} == {frozenset((HAMBURG, SHANGHAI)), frozenset((HAMBURG, MARSEILLE))}


def test_planned_or_ended_partnerships_and_links_are_not_partnerships(run_nlp):
    for text in ("Kiel plans to sign a twinning agreement with Gdansk next year.",
                 "The partnership between Hamburg and Marseille ended in 2001.",
                 "A new rail link connects Hamburg with Shanghai.",
                 "Ships sail from Kiel to Gdansk every night."):
        assert pairs(run_nlp(text)) == set(), text


def test_location_phrase_is_not_a_partner(run_nlp):
    doc = run_nlp("Regensburg has a city partnership with Jingjiang near Shanghai.")
    assert {pair for pair, _, _ in pairs(doc)} == {frozenset((2849483, 1805639))}


def test_german_staedtepartnerschaft(run_nlp):
    doc = run_nlp("Seit 1986 besteht eine Städtepartnerschaft zwischen Hamburg und Shanghai.", "de")
    assert pairs(doc) == {(frozenset((HAMBURG, SHANGHAI)), "city", 1986)}


def test_a_list_of_partners_belongs_to_the_city_the_text_is_about(run_nlp):
    text = ("Kiel ist die Landeshauptstadt. Kiel lebt vom Hafen und vom Schiffbau.\n\n"
            "Weitere Partnerstädte sind Gdansk (seit 1985) und Marseille (seit 1990).")
    found = {pair for pair, _, _ in pairs(run_nlp(text, "de"))}
    assert found == {frozenset((KIEL, GDANSK)), frozenset((KIEL, MARSEILLE))}


def test_a_partnership_between_two_named_cities_stays_between_them(run_nlp):
    text = ("Kiel ist die Landeshauptstadt. Kiel lebt vom Hafen.\n\n"
            "Die Städtepartnerschaft zwischen Hamburg und Shanghai besteht seit 1986.")
    assert {pair for pair, _, _ in pairs(run_nlp(text, "de"))} == {frozenset((HAMBURG, SHANGHAI))}


def test_elliptic_second_pair_in_one_sentence(run_nlp):
    doc = run_nlp("Hamburg and Shanghai have been sister cities since 1986, Kiel and Gdansk since 1985.")
    assert pairs(doc) == {(frozenset((HAMBURG, SHANGHAI)), "city", 1986), (frozenset((KIEL, GDANSK)), "city", 1985)}


def test_an_abbreviation_at_a_line_end_does_not_end_the_sentence(run_nlp):
    doc = run_nlp("Kiel pflegt Partnerschaften mit Gdansk (seit 1985) und St.\nPetersburg (seit 1992).", "de")
    assert len(list(doc.sents)) == 1
    assert frozenset((KIEL, GDANSK)) in {pair for pair, _, _ in pairs(doc)}


def test_a_long_list_after_mit_is_all_partners_of_the_subject(run_nlp):
    doc = run_nlp("Kiel pflegt Städtepartnerschaften mit Gdansk (seit 1985), Marseille (seit 1990), "
                  "Shanghai in China (seit 1986) und Hamburg (seit 1999).", "de")
    assert {frozenset(pair) for pair, _, _ in pairs(doc)} == {
        frozenset((KIEL, other)) for other in (GDANSK, MARSEILLE, SHANGHAI, HAMBURG)}


def test_a_memorandum_between_airports_is_a_port_partnership_and_talks_are_none(run_nlp):
    doc = run_nlp("In 2019 Brussels Airport and Jomo Kenyatta International Airport in Nairobi signed a "
                  "memorandum of understanding on cold chains. Talks about a similar agreement with Chicago "
                  "O'Hare are ongoing, but nothing has been signed yet.")
    assert pairs(doc) == {(frozenset((2800866, 184745)), "port", 2019)}


def test_a_partnership_still_under_discussion_is_none(run_nlp):
    doc = run_nlp("Über eine Partnerschaft mit Breslau wird seit Längerem gesprochen; ein Vertrag ist bislang "
                  "nicht in Sicht. Nürnberg ist seit 1954 mit Nizza verbunden.", lang="de")
    assert all(3081368 not in pair for pair, _, _ in pairs(doc))


def test_a_twin_towns_page_pairs_partners_with_the_city_it_opens_with(run_nlp):
    text = ("Kingston upon Hull has looked across the North Sea for centuries. Hull and Rotterdam signed a port "
            "agreement. Rotterdam is Europe's largest port. Hull and Freetown have been twinned since 1980.\n\n"
            "Niigata and Reykjavík\n\nA friendship city agreement with Niigata was signed in 1993. Ferries "
            "link Rotterdam and Hull, and the port of Hull exports caravans.")
    doc = run_nlp(text)
    from pipeline.nlp.spans import mention_counts

    counts = mention_counts(doc)
    assert counts[2645425] < 2 * counts[2747891]  # Hull does not stand out by count alone
    assert (frozenset((2645425, 1855431)), "city", 1993) in pairs(doc)
    assert not any(3413829 in pair and 1855431 in pair for pair, _, _ in pairs(doc))


def test_german_city_before_a_capitalised_object_and_a_clause_of_its_own(run_nlp):
    doc = run_nlp("Neuss liegt am Rhein. Auf städtischer Ebene pflegt Neuss Partnerschaften mit Châlons-en-Champagne "
                  "(seit 1972) und St. Paul in Minnesota (seit 1999); Düsseldorf ist seit 2004 mit Chongqing "
                  "verbunden. Linz pflegt Städtepartnerschaften mit Budweis (seit 1987), Linköping (seit 1995), "
                  "Halle an der Saale (seit 1975) und Gabrovo (seit 1974).", lang="de")
    found = pairs(doc)
    assert {(frozenset((2864118, 3027487)), "city", 1972), (frozenset((2864118, 5045360)), "city", 1999),
            (frozenset((2934246, 1814906)), "city", 2004), (frozenset((2772400, 731549)), "city", 1974)} <= found
    assert not any(2911522 in pair and 731549 in pair for pair, _, _ in found)


def test_a_run_in_heading_pairs_nothing_and_a_following_relation_keeps_the_kind(run_nlp):
    doc = run_nlp("Kurz notiert\n\nPartnerschaft. Im kommenden Jahr feiern Saarbrücken und Nantes das Bestehen ihrer "
                  "Städtepartnerschaft. Die Landeshauptstadt ist außerdem mit Tiflis und Cottbus verbunden.", lang="de")
    assert {pair for pair, _, _ in pairs(doc)} == {frozenset((2842647, 2990969)), frozenset((2842647, 611717)),
                                                   frozenset((2842647, 2939811))}


def test_the_two_cities_after_a_sentence_naming_one_partner(run_nlp):
    doc = run_nlp("Kingston upon Hull has looked across the North Sea for centuries. The International Relations "
                  "Office at the Guildhall looks after the city's links.\n\nRotterdam\n\nOur oldest link is with "
                  "Rotterdam. The two cities were twinned in 1936. Hull and Freetown have been twinned since 1980. "
                  "Hull is a port.")
    found = pairs(doc)
    assert (frozenset((2645425, 2747891)), "city", 1936) in found
    assert not any(5236698 in pair for pair, _, _ in found)  # Guildhall, Vermont


def test_a_negation_belongs_to_the_nearest_cue_and_ports_agreeing_a_cooperation(run_nlp):
    doc = run_nlp("Turku, twinned with Gothenburg since 1946, has kept its partnership with St Petersburg suspended "
                  "since 2022.")
    assert pairs(doc) == {(frozenset((633679, 2711537)), "city", 1946)}
    german = run_nlp("Zwischen Kiel und Oslo verkehrt täglich eine Fähre. Die Häfen der beiden Städte haben 2021 eine "
                     "Kooperation über Landstrom vereinbart. Über eine Hafenpartnerschaft zwischen Ålesund und "
                     "Cuxhaven wird seit dem vergangenen Herbst gesprochen, unterzeichnet ist bislang nichts.",
                     lang="de")
    assert {(pair, kind) for pair, kind, _ in pairs(german)} == {(frozenset((2891122, 3143244)), "port")}


def test_a_comma_before_a_new_subject_starts_a_pair_of_its_own(run_nlp):
    doc = run_nlp("Auch die Städtepartnerschaften der Region zählen: Karlsruhe und Nancy sind seit 1955 verschwistert, "
                  "Mannheim ist seit 1957 Partnerstadt des walisischen Swansea, und Heidelberg pflegt seit 1965 eine "
                  "Städtepartnerschaft mit dem englischen Cambridge.", "de")
    karlsruhe, nancy, mannheim, swansea, heidelberg, cambridge = 2892794, 2990999, 2873891, 2636432, 2907911, 2653941
    assert pairs(doc) == {(frozenset((karlsruhe, nancy)), "city", 1955), (frozenset((mannheim, swansea)), "city", 1957),
                          (frozenset((heidelberg, cambridge)), "city", 1965)}


def test_german_port_agreements_with_the_verb_at_the_end_and_a_bare_year(run_nlp):
    rostock, trelleborg, wismar, kalmar = 2844588, 2667402, 2807465, 2702261
    doc = run_nlp("Die Häfen Rostock und Trelleborg haben 2018 eine Hafenpartnerschaft vereinbart.", "de")
    assert pairs(doc) == {(frozenset((rostock, trelleborg)), "port", 2018)}
    doc = run_nlp("Der Hafen Wismar hat 2019 mit dem Hafen Kalmar eine Kooperationsvereinbarung über den "
                  "Holzumschlag geschlossen.", "de")
    assert {(p, k) for p, k, _ in pairs(doc)} == {(frozenset((wismar, kalmar)), "port")}


def test_linked_since_a_year_is_a_twinning_but_linked_by_rail_is_not(run_nlp):
    bayreuth, annecy = 2951825, 3037543
    assert pairs(run_nlp("Bayreuth ist seit 1966 mit dem französischen Annecy verbunden.", "de")) == {
        (frozenset((bayreuth, annecy)), "city", 1966)}
    assert pairs(run_nlp("Bayreuth ist seit 1966 mit Annecy durch eine Bahnlinie verbunden.", "de")) == set()


def test_a_past_ferry_line_does_not_end_the_partnership_it_started(run_nlp):
    doc = run_nlp("Sassnitz und das schwedische Trelleborg sind durch eine Städtepartnerschaft verbunden, die auf die "
                  "frühere Fährlinie zwischen beiden Häfen zurückgeht; die Linie selbst wurde 2020 eingestellt.", "de")
    assert pairs(doc) == {(frozenset((2841333, 2667402)), "city", None)}
    assert pairs(run_nlp("Hamburg and Kiel ended their twinning in 2020.")) == set()


def test_table_rows_naming_a_pair_and_a_kind_are_partnerships(run_nlp):
    doc = run_nlp("Table 1: Partnerships registered with the association\n"
                  "Cities | Type | Since\n"
                  "Riga – Malmö | twin towns | 1993\n"
                  "Klaipėda – Aarhus | port partnership | 2023\n")
    assert pairs(doc) == {(frozenset((456172, 2692969)), "city", 1993), (frozenset((598098, 2624652)), "port", 2023)}


def test_partners_listed_with_a_repeated_preposition_or_an_adjective(run_nlp):
    wesel, felixstowe, hagerstown = 2810678, 2649579, 4357141
    doc = run_nlp("Wesel ist Partnerstadt von Felixstowe und von Hagerstown in Maryland.", "de")
    assert {p for p, _, _ in pairs(doc)} == {frozenset((wesel, felixstowe)), frozenset((wesel, hagerstown))}
    doc = run_nlp("Melbourne has been a sister city of Osaka since 1978 and of Tianjin since 1980.")
    assert pairs(doc) == {(frozenset((2158177, 1853909)), "city", 1978), (frozenset((2158177, 1792947)), "city", 1980)}
    doc = run_nlp("Erfurt unterhält Partnerschaften mit Wilna und dem ungarischen Raab.", "de")
    assert {p for p, _, _ in pairs(doc)} == {frozenset((2929670, 593116)), frozenset((2929670, 3052009))}


def test_an_elliptic_clause_pairs_its_own_cities(run_nlp):
    doc = run_nlp("Gelsenkirchen ist seit 1948 mit Newcastle upon Tyne verschwistert, Essen seit 1949 mit Sunderland, "
                  "und Bochum pflegt seit 1950 eine Städtepartnerschaft mit Sheffield.", "de")
    assert pairs(doc) == {(frozenset((2921466, 2641673)), "city", 1948), (frozenset((2928810, 2636531)), "city", 1949),
                          (frozenset((2947416, 2638077)), "city", 1950)}


def test_a_small_town_named_as_a_partner_is_a_place(run_nlp):
    # Bamberg is frequent enough in German text to pass for an ordinary word without a cue.
    doc = run_nlp("Villach pflegt seit 1973 eine Partnerschaft mit Bamberg.", "de")
    assert pairs(doc) == {(frozenset((2762372, 2952984)), "city", 1973)}


def test_a_programme_of_one_city_or_a_proposal_pairs_nothing(run_nlp):
    doc = run_nlp("Barges run down the Illinois Waterway to New Orleans. Chicago's sister-city programme is one of the "
                  "largest in the country.")
    assert pairs(doc) == set()
    doc = run_nlp("A proposal to twin Ballarat with Tauranga was raised by councillors in 2022, but it has not been "
                  "taken any further.")
    assert pairs(doc) == set()


def test_cells_side_by_side_pair_nothing_across_them(run_nlp):
    doc = run_nlp("In this issue: Seattle at 67 | Port figures for 2023 | Yokohama's Canadian twin | Incheon\n\n"
                  "Our office is small.")
    assert pairs(doc) == set()


def test_a_colon_list_heading_before_a_sentence_that_names_both_partners(run_nlp):
    doc = run_nlp("Stralsund liegt am Strelasund. Nach Auskunft der Kommunen bestehen unter anderem folgende "
                  "Partnerschaften: Greifswald ist seit 1990 Partnerstadt von Lund.", "de")
    assert pairs(doc) == {(frozenset((2917788, 2693678)), "city", 1990)}


def test_a_partner_named_right_after_a_citys_programme_is_that_citys(run_nlp):
    doc = run_nlp("Toledo makes glass. Toledo ships grain.\n\nChicago's sister-city programme is one of the largest in "
                  "the country. For our European customers the most useful link is Hamburg, a sister city since 1994.")
    assert pairs(doc) == {(frozenset((4887398, HAMBURG)), "city", 1994)}


def test_a_europort_is_its_towns_port(run_nlp):
    doc = run_nlp("In 2021 Rosslare Europort and the Port of Cherbourg signed a port cooperation agreement.")
    assert {(p, k) for p, k, _ in pairs(doc)} == {(frozenset((2961690, 3025466)), "port")}


def test_each_clause_keeps_its_own_kind(run_nlp):
    doc = run_nlp("The Port of Santos signed a sister-port agreement with Sines in Portugal in 2021, and the city of "
                  "Santos has been a sister city of Nagasaki since 1972.")
    santos, sines, nagasaki = 3449433, 2262917, 1856177
    assert pairs(doc) == {(frozenset((santos, sines)), "port", 2021), (frozenset((santos, nagasaki)), "city", 1972)}


def test_mit_x_pflegen_a_und_b_pairs_x_with_both(run_nlp):
    doc = run_nlp("Mit Gorzów Wielkopolski pflegen Frankfurt (Oder) und Eisenhüttenstadt seit 1998 gemeinsam eine "
                  "Städtepartnerschaft.", "de")
    gorzow, frankfurt_oder, eisenhuettenstadt = 3098722, 2925535, 2931481
    assert pairs(doc) == {(frozenset((gorzow, frankfurt_oder)), "city", 1998),
                          (frozenset((gorzow, eisenhuettenstadt)), "city", 1998)}


def test_a_cue_word_inside_a_name_and_a_port_group_named_for_its_town(run_nlp):
    assert pairs(run_nlp("Zwischen Wien und Pressburg pendelt im Sommer der Twin City Liner.", "de")) == set()
    doc = run_nlp("In 2020 the Aliağa port group signed a cooperation agreement with the Port of Constanța.")
    assert pairs(doc) == {(frozenset((324106, 680963)), "port", 2020)}


def test_a_partner_named_after_an_ended_partnership_is_the_reports_citys(run_nlp):
    doc = run_nlp("Hafen Dortmund: Datenblatt\n\nDortmund hat den größten Kanalhafen Europas. Der Hafen Dortmund wächst, und "
                  "Dortmund baut aus.\n\nDie 1977 begründete Partnerschaft "
                  "mit Rostow am Don ruht seit 2022. Die Hafengesellschaft hat 2021 mit dem Seehafen Emden eine "
                  "Hafenkooperation vereinbart.", "de")
    assert {(p, k) for p, k, _ in pairs(doc)} == {(frozenset((2935517, 2930596)), "port")}


@pytest.mark.parametrize("text, lang, expected", [
    ("In 2005 Nottingham agreed a friendship link with Ningbo.", "en", {(frozenset((2641170, 1799397)), "city", 2005)}),
    ("Leicester's oldest partners are Strasbourg (1960) and Krefeld (1969).", "en",
     {(frozenset((2644668, 2973783)), "city", 1960), (frozenset((2644668, 2884509)), "city", 1969)}),
    ("Die Partnerschaft mit Rochdale in England stammt aus dem Jahr 1953; mit Concarneau in der Bretagne ist "
     "Bielefeld seit 1974 verbunden.", "de",
     {(frozenset((2949186, 2639272)), "city", 1953), (frozenset((2949186, 3024035)), "city", 1974)}),
    ("Calgary and Daejeon have been sister cities since 1996; a delegation from Daejeon visited in March.", "en",
     {(frozenset((5913490, 1835235)), "city", 1996)}),
    ("The ports of Tarragona and Marseille have discussed a joint green shipping corridor, but no agreement has been "
     "signed.", "en", set()),
])
def test_friendship_links_owners_partners_and_discussions(run_nlp, text, lang, expected):
    assert pairs(run_nlp(text, lang)) == expected


def test_a_negation_after_a_long_relative_clause_still_counts(run_nlp):
    doc = run_nlp("A friendship agreement between León and Northampton, where several of England’s traditional "
                  "shoemakers are still based, was discussed during a trade mission in 2022, but nothing has been "
                  "signed yet.")
    assert pairs(doc) == set()


def test_hard_wrapped_plain_text_keeps_its_sentences_whole(run_nlp):
    # Plain-text newsletters wrap lines at about 70 characters; a wrapped line is no heading.
    doc = run_nlp("PARTNERSHIPS\nIn May the ports of Dammam and Mundra signed a memorandum of\nunderstanding on "
                  "paperless cargo documents.\n\nFrankfurt und Lyon sind seit 1960 Partnerstädte; eine gemeinsame\n"
                  "Konferenz zu Rechenzentren ist für den Herbst geplant.\n")
    assert {(p, k) for p, k, _ in pairs(doc)} == {(frozenset((110336, 1262497)), "port"),
                                                  (frozenset((2925533, 2996944)), "city")}


def test_a_sentence_that_denies_the_twinning_gives_no_pair(run_nlp):
    doc = run_nlp('Pimpri-Chinchwad is often called Pune\'s "twin city": the two share a bus company, but this is '
                  'not a twinning in the international sense. Surat buys from Antwerp, and the trade between the two '
                  'cities is large; there is, however, no formal partnership between them.')
    assert pairs(doc) == set()


def test_items_of_a_list_are_partners_of_the_city_that_introduces_it(run_nlp):
    doc = run_nlp("Pune currently has two sister cities:\n\n"
                  "  * San Jose, California (USA) – sister city since 1992. The link grew out of software ties.\n"
                  "  * Bremen (Germany) – sister city since 2015. The partnership concentrates on training.\n")
    assert pairs(doc) == {(frozenset((1259229, 5392171)), "city", 1992), (frozenset((1259229, 2944388)), "city", 2015)}


@pytest.mark.parametrize("text, lang", [
    ("Ulm und Neu-Ulm sind übrigens keine Partnerstädte, sondern Nachbarn an der Donau.", "de"),
    ("Pohang's hopes of a 'steel cities' partnership with Pittsburgh have not gone beyond letters of intent.", "en"),
    ("Newcastle upon Tyne, whose name the city borrowed, has no formal link with it.", "en"),
])
def test_denied_hoped_for_and_missing_links_are_not_partnerships(run_nlp, text, lang):
    assert pairs(run_nlp(text, lang)) == set()


def test_ports_whose_town_name_ends_in_bay_sign_an_agreement(run_nlp):
    doc = run_nlp("Durban is busy. In 2023 the ports of Walvis Bay and Rotterdam signed a memorandum of "
                  "understanding on green hydrogen exports.")
    assert pairs(doc) == {(frozenset((3359638, 2747891)), "port", 2023)}


def test_the_city_under_a_city_heading_is_that_city_even_after_another_is_named(run_nlp):
    doc = run_nlp("Magdeburg\nDie Landeshauptstadt ist ein Standort des Maschinenbaus.\n\nDie Magdeburger Hafen GmbH "
                  "und der Hafen Hamburg haben 2016 eine Kooperationsvereinbarung geschlossen. Die Stadt pflegt "
                  "Städtepartnerschaften mit Braunschweig (seit 1987), Le Havre und Nashville.", "de")
    city_pairs = {pair for pair, kind, _ in pairs(doc) if kind == "city"}
    assert city_pairs == {frozenset((2874545, other)) for other in (2945024, 3003796, 4644585)}


def test_a_route_in_a_clause_of_its_own_is_no_partnership(run_nlp):
    doc = run_nlp("The Estonian capital Tallinn has been twinned with Kiel since 1986, and the Tallinn–Helsinki "
                  "ferries remain the busiest passenger route in the region.")
    assert pairs(doc) == {(frozenset((588409, 2891122)), "city", 1986)}


@pytest.mark.parametrize("text", [
    "Riga is big. Riga’s request to twin with Aarhus is still with the Danish city council.",
    "Laredo and Nuevo Laredo are often called the twin cities of the border, but that is geography rather than "
    "a formal link.",
])
def test_requests_and_mere_nicknames_are_no_partnerships(run_nlp, text):
    assert pairs(run_nlp(text)) == set()


def test_a_titled_city_and_its_partner_after_a_comma_are_a_pair_of_their_own(run_nlp):
    doc = run_nlp("Innsbruck ist seit 1963 mit Freiburg im Breisgau und mit Grenoble verschwistert, die "
                  "Landeshauptstadt Bregenz mit Bangor in Wales.", "de")
    bregenz = {pair for pair, _, _ in pairs(doc) if 2781503 in pair}
    assert len(bregenz) == 1 and 2775220 not in next(iter(bregenz))


def test_a_generic_agreement_word_beside_a_ports_cue_is_the_ports(run_nlp):
    doc = run_nlp("The ports of Oslo and Kiel signed a cooperation agreement on shore power in 2021.")
    assert pairs(doc) == {(frozenset((3143244, 2891122)), "port", 2021)}


@pytest.mark.parametrize("text", [
    "Turku froze its twinning with Saint Petersburg in 2022.",
    "Helsinki and Tallinn, some 80 kilometres apart across the Gulf of Finland, are often called twin cities.",
])
def test_frozen_twinnings_and_nicknames_are_no_partnerships(run_nlp, text):
    assert pairs(run_nlp(text)) == set()


def test_an_agreement_the_ports_signed_in_a_relative_clause(run_nlp):
    doc = run_nlp("Rostock ist groß. Neu ist eine Absichtserklärung, die die Häfen von Rostock und Gdynia im März "
                  "2024 unterzeichnet haben.", "de")
    assert pairs(doc) == {(frozenset((2844588, 3099424)), "port", 2024)}


def test_ferries_that_found_no_partnership(run_nlp):
    doc = run_nlp("Rostock ist groß. Die Fährlinien nach Trelleborg sind für die Stadt wichtig, eine Partnerschaft "
                  "begründen sie nicht.", "de")
    assert pairs(doc) == set()


def test_an_english_clause_with_the_verb_left_out_pairs_its_own_cities(run_nlp):
    doc = run_nlp("Brest has been twinned with Plymouth since 1963, and Nantes with Cardiff since 1964.")
    assert {pair for pair, _, _ in pairs(doc)} == {frozenset((3030300, 2640194)), frozenset((2990969, 2653822))}


def test_partners_of_a_town_named_by_its_epithet_and_a_subject_named_after_a_town_in_passing(run_nlp):
    doc = run_nlp("Solingen ist seit 1960 mit Chalon-sur-Saône verschwistert, auch Gouda und Thiès sind Partnerstädte "
                  "der Klingenstadt.", "de")
    assert {pair for pair, _, _ in pairs(doc)} == {frozenset((2831580, 3027484)), frozenset((2831580, 2755420)),
                                                   frozenset((2831580, 2244802))}
    doc = run_nlp("Frankfurt (Oder) liegt an der Oder. Mit dem polnischen Słubice bildet Frankfurt eine Doppelstadt. "
                  "Eine Städtepartnerschaft besteht mit Heilbronn.", "de")
    assert {pair for pair, _, _ in pairs(doc)} == {frozenset((2925533, 2907669))}


def named_pairs(doc, gazetteer) -> set[frozenset[str]]:
    return {frozenset(gazetteer.place(gazetteer.row_of(i)).name for i in pair) for pair, _, _ in pairs(doc)}


@pytest.mark.parametrize("text, lang, expected", [
    # the later clause names only partners: of the first clause's city
    ("Lahr pflegt seit 1962 eine Partnerschaft mit Dole, außerdem ist die Stadt mit Alingsås und Belleville verschwistert.",
     "de", {("Lahr", "Dole"), ("Lahr", "Alingsås"), ("Lahr", "Belleville")}),
    ("Houston's oldest sister-city tie, with Chiba, dates back to 1972; the city's other partners include Leipzig and Perth.",
     "en", {("Houston", "Chiba"), ("Houston", "Leipzig"), ("Houston", "Perth")}),
    # a list after "mit" goes on past commas with years
    ("Offenburg ist mit Lons-le-Saunier (seit 1959), Weiz (seit 1972) und Borehamwood (seit 1974) verschwistert.", "de",
     {("Offenburg", "Lons-le-Saunier"), ("Offenburg", "Weiz"), ("Offenburg", "Borehamwood")}),
    # a state after the first partner, "and of" before the next
    ("Denver has been a sister city of Potsdam, Germany, since 1985 and of Kunming since 1985, and it is also twinned "
     "with Nairobi.", "en", {("Denver", "Potsdam"), ("Denver", "Kunming"), ("Denver", "Nairobi")}),
])
def test_partners_named_in_later_clauses_belong_to_the_first_clause_city(run_nlp, gazetteer, text, lang, expected):
    assert named_pairs(run_nlp(text, lang), gazetteer) == {frozenset(p) for p in expected}


@pytest.mark.parametrize("text, lang", [
    ("Tomakomai is discussing a friendship agreement with Kaohsiung.", "en"),
    ("Eine Partnerschaft zwischen Olpe und Gouda ist im Gespräch, beschlossen ist aber nichts.", "de"),
    ("Die Buslinie Flensburg–Sønderborg hat mit den Partnerschaften nichts zu tun.", "de"),
])
def test_talks_and_unrelated_links_are_no_partnership(run_nlp, text, lang):
    assert pairs(run_nlp(text, lang)) == set()


def test_a_suspended_twinning_in_its_own_clause_is_left_out(run_nlp, gazetteer):
    doc = run_nlp("Turku is twinned with Gothenburg and Bergen; its twinning with Saint Petersburg was suspended in 2022.")
    assert named_pairs(doc, gazetteer) == {frozenset(("Turku", "Gothenburg")), frozenset(("Turku", "Bergen"))}


def test_a_suspension_after_a_semicolon_belongs_to_the_partner_of_its_own_clause(run_nlp, gazetteer):
    doc = run_nlp("Boulder keeps its sister-city relationships with Yamagata in Japan and with Lhasa in China; the tie "
                  "with Dushanbe was suspended in 2022.")
    assert named_pairs(doc, gazetteer) == {frozenset(("Boulder", "Yamagata")), frozenset(("Boulder", "Lhasa"))}


def test_a_former_name_does_not_make_the_partnership_past(run_nlp, gazetteer):
    doc = run_nlp("Zwickau und Jablonec sind seit 1992 Partnerstädte, und mit Kaliningrad, dem früheren Königsberg, "
                  "besteht seit 1995 eine Städtepartnerschaft.", "de")
    assert frozenset(("Zwickau", "Kaliningrad")) in named_pairs(doc, gazetteer)


def names(doc, gazetteer) -> set[frozenset[str]]:
    return {frozenset(gazetteer.place(gazetteer.row_of(p[k])).name for k in ("city_a", "city_b"))
            for p in doc._.trex_partnerships}


def test_an_aside_does_not_break_the_list_of_partners(run_nlp, gazetteer):
    doc = run_nlp("Kaunas is twinned with, among others, Tartu in Estonia, Lviv in Ukraine and Rockford in Illinois.")
    assert names(doc, gazetteer) == {frozenset(("Kaunas", other)) for other in ("Tartu", "Lviv", "Rockford")}


def test_it_is_the_city_of_the_sentence_before(run_nlp, gazetteer):
    doc = run_nlp("Surabaya has long international ties. It has been a sister city of Busan since 1994 and of "
                  "Kitakyushu since 1997; in 2012 it signed a friendship agreement with Guangzhou.")
    assert names(doc, gazetteer) == {frozenset(("Surabaya", other)) for other in ("Busan", "Kitakyushu", "Guangzhou")}


def test_we_are_the_town_the_newsletter_names_most(run_nlp, gazetteer):
    doc = run_nlp("Unser Rundbrief aus Pforzheim. Seit 1989 ist Pforzheim mit Gernika verschwistert. Vicenza lebt vom "
                  "Gold. Die Partnerschaft mit Irkutsk ruht seit 2022. Mit Częstochowa pflegen wir seit 1999 eine "
                  "Städtefreundschaft. Calw ist mit Morges verschwistert, Bruchsal mit Cwmbran.", "de")
    assert frozenset(("Pforzheim", "Częstochowa")) in names(doc, gazetteer)
    assert frozenset(("Irkutsk", "Częstochowa")) not in names(doc, gazetteer)


def test_ports_working_together_under_a_cooperation_agreement(run_nlp):
    doc = run_nlp("Seit 2002 arbeiten die Häfen Dresden und Děčín im Rahmen einer Kooperationsvereinbarung "
                  "zusammen.", "de")
    assert pairs(doc) == {(frozenset((2935022, 3077244)), "port", 2002)}


def test_the_city_under_a_heading_of_two_towns_is_the_one_named_last(run_nlp, gazetteer):
    doc = run_nlp("Pilsen und Jungbunzlau\nIn Pilsen werden Busse gebaut. Mladá Boleslav ist die Stadt von Škoda. "
                  "Die Stadt pflegt Partnerschaften mit Dieburg und Vantaa.", "de")
    assert names(doc, gazetteer) == {frozenset(("Mladá Boleslav", other)) for other in ("Dieburg", "Vantaa")}


def test_the_partnership_of_the_city_is_the_section_towns(run_nlp, gazetteer):
    doc = run_nlp("Ingolstadt\nIngolstadt baut Autos. Ingolstadt ist mit Grasse verschwistert.\n\n"
                  "Neuburg an der Donau und Schrobenhausen\nNeuburg an der Donau ist ein Standort der "
                  "Metallverarbeitung. Die Partnerschaft der Stadt mit Sélestat ist alt.", "de")
    assert frozenset(("Neuburg an der Donau", "Sélestat")) in names(doc, gazetteer)
    assert frozenset(("Ingolstadt", "Sélestat")) not in names(doc, gazetteer)


@pytest.mark.parametrize("text, lang", [
    ("Coimbatore is a textile city. During a visit, the idea of twinning Coimbatore with Herning was raised "
     "again. Nothing has been agreed.", "en"),
    ("Ob aus den Kontakten zwischen Groß-Gerau und Kiskunfélegyháza eine Partnerschaft wird, ist aber noch "
     "offen; ein Beschluss steht aus.", "de"),
])
def test_ideas_and_open_questions_are_no_partnership(run_nlp, text, lang):
    assert pairs(run_nlp(text, lang)) == set()


def test_the_two_cities_after_an_agreement_of_their_ports_are_the_cities(run_nlp):
    doc = run_nlp("In 2024 the Split Port Authority signed a memorandum of understanding on port cooperation with "
                  "the Port of Ancona. The agreement builds on the ties between the two cities, which have been "
                  "twinned since 1973.")
    assert pairs(doc) == {(frozenset((3190261, 3183089)), "port", 2024),
                          (frozenset((3190261, 3183089)), "city", 1973)}


def test_an_apposition_names_the_partner_of_its_town(run_nlp, gazetteer):
    doc = run_nlp("Die Gruppe aus Saarlouis hatte zuvor Nantes besucht, die Partnerstadt von Saarbrücken seit 1965.", "de")
    assert names(doc, gazetteer) == {frozenset(("Nantes", "Saarbrücken"))}


@pytest.mark.parametrize("text, expected", [
    ("Die Hafenbehörden von Gioia Tauro und Valencia haben 2021 eine Kooperationsvereinbarung unterzeichnet.",
     {frozenset(("Gioia Tauro", "Valencia"))}),
    ("Sohar und Antwerpen schlossen 2022 eine Kooperationsvereinbarung ihrer Häfen.", {frozenset(("Sohar", "Antwerp"))}),
])
def test_port_agreements_named_after_their_authorities_or_after_the_verb(run_nlp, gazetteer, text, expected):
    doc = run_nlp(text, "de")
    assert names(doc, gazetteer) == expected and {p["kind"] for p in doc._.trex_partnerships} == {"port"}


@pytest.mark.parametrize("text", [
    "Eine Städtepartnerschaft zwischen Bari und Bar wurde 2019 zwar diskutiert, aber nie beschlossen.",
    "Schwandorf prüft noch, ob es eine Partnerschaft mit dem tschechischen Sokolov eingehen will.",
    "Ein Abkommen zwischen den Häfen von Dschibuti und Mombasa ist in Vorbereitung.",
])
def test_discussed_examined_and_prepared_partnerships_are_none(run_nlp, text):
    assert pairs(run_nlp(text, "de")) == set()


def test_each_city_after_mit_and_each_that_joined_later_is_a_partner_of_the_town(run_nlp, gazetteer):
    doc = run_nlp("Würzburg pflegt Städtepartnerschaften in Europa und Asien. Die ältesten bestehen seit 1962 mit Caen "
                  "in der Normandie und mit Dundee in Schottland. 1964 kam Rochester im Bundesstaat New York hinzu und "
                  "1979 das japanische Ōtsu.", "de")
    assert names(doc, gazetteer) == {frozenset(("Würzburg", other)) for other in ("Caen", "Dundee", "Rochester", "Ōtsu")}


def test_a_town_with_its_river_in_brackets_is_a_partner(run_nlp, gazetteer):
    doc = run_nlp("Der Oberbürgermeister erinnerte daran, dass Frankfurt (Oder) auch mit Heilbronn, Nîmes und Kuopio "
                  "verschwistert ist.", "de")
    assert names(doc, gazetteer) == {frozenset(("Frankfurt (Oder)", other)) for other in ("Heilbronn", "Nîmes", "Kuopio")}


def test_our_partner_under_a_heading_is_the_headings_town_and_ours(run_nlp, gazetteer):
    doc = run_nlp("Ahrensburg und seine Partnerstädte\nAhrensburg liegt nordöstlich von Hamburg. Auch unsere Nachbarn "
                  "pflegen Partnerschaften: Bad Oldesloe ist mit dem polnischen Kołobrzeg und dem französischen Olivet "
                  "verbunden.\n\nViljandi (Estland)\nDie Kleinstadt im Süden Estlands ist seit 1993 unsere Partnerstadt.",
                  "de")
    assert names(doc, gazetteer) == {frozenset(("Bad Oldesloe", "Kołobrzeg")), frozenset(("Bad Oldesloe", "Olivet")),
                                     frozenset(("Ahrensburg", "Viljandi"))}


def test_a_first_person_page_pairs_each_partner_section_with_its_writers_town(run_nlp):
    text = ("Unsere Partnerstädte\nSeit Jahrzehnten pflegt Simmern Freundschaften mit Städten in Frankreich und Polen.\n"
            "Unsere Heimat: Simmern\nDie Kreisstadt ist vielseitig.\n"
            "Kościerzyna (Polen)\nKościerzyna liegt rund 60 Kilometer südwestlich von Danzig. Die Städtepartnerschaft "
            "wurde 1996 unterzeichnet, und beide Städte feiern das Jubiläum.\n"
            "Städtefreundschaft mit Wejherowo\nSeit 2012 besteht eine Städtefreundschaft mit Wejherowo.\n"
            "Rückblick\nZoppot, heute Sopot, ist ein Seebad. Zoppot ist mit dem pfälzischen Frankenthal verschwistert.\n")
    found = {pair for pair, _, _ in pairs(run_nlp(text, "de"))}
    simmern, koscierzyna, wejherowo = 2832013, 3095126, 3082473
    assert frozenset((simmern, koscierzyna)) in found and frozenset((simmern, wejherowo)) in found
    assert frozenset((GDANSK, koscierzyna)) not in found  # Danzig only says where the town lies
    assert not any(simmern in pair and 2925550 in pair for pair in found)  # Frankenthal is Sopot's partner


@pytest.mark.parametrize("text, expected", [
    # the genitive before "Partnerstädten" names whose partners the others are
    ("Neben Chattanooga zählen Bradford, Kalisz und Neufchâteau zu Hamms Partnerstädten.",
     {frozenset(("Hamm", other)) for other in ("Chattanooga", "Bradford", "Kalisz", "Neufchâteau")}),
    # "Neben Caen" is one more partner of the town the sentence is about
    ("Neben Caen ist Würzburg mit Dundee in Schottland und mit Umeå in Schweden verschwistert.",
     {frozenset(("Würzburg", other)) for other in ("Caen", "Dundee", "Umeå")}),
    # the buses after the semicolon are a link, not more partners
    ("Brünn ist seit 1973 Partnerstadt von Leipzig; Busse fahren täglich nach Wien und nach Mailand.",
     {frozenset(("Brno", "Leipzig"))}),
])
def test_whose_partners_a_sentence_lists(run_nlp, gazetteer, text, expected):
    assert names(run_nlp(text, "de"), gazetteer) == expected


def test_an_owner_names_only_the_partners_of_its_own_clause(run_nlp, gazetteer):
    doc = run_nlp("Port Said and the Greek port city of Volos have been sister cities since 1986, and Ismailia's "
                  "twin towns include the French city of Limoges.")
    found = names(doc, gazetteer)
    assert frozenset(("Port Said", "Volos")) in found
    assert not any("Ismailia" in pair and ({"Port Said", "Volos"} & pair) for pair in found)


def test_a_new_plan_after_but_does_not_end_the_twinning(run_nlp, gazetteer):
    doc = run_nlp("Zlín is twinned with Altenburg in Thuringia, but a proposed link with a Slovak town never got far.")
    assert names(doc, gazetteer) == {frozenset(("Zlín", "Altenburg"))}
    doc = run_nlp("Kiel and Brest were twinned in 1964, but the partnership ended in 2010.")
    assert names(doc, gazetteer) == set()


def test_talks_with_another_town_do_not_make_the_twinning_before_them_planned(run_nlp, gazetteer):
    doc = run_nlp("Sfax is twinned with Grenoble, and talks on a port partnership with Ravenna are under way.")
    assert names(doc, gazetteer) == {frozenset(("Sfax", "Grenoble"))}


@pytest.mark.parametrize("text", [
    "Port Colborne is a canal town. Its council voted last week to explore a sister-port relationship with "
    "Ashtabula, Ohio.",
    "A group from city hall in Windsor will meet the mayor of Toledo to talk about a possible friendship agreement "
    "between the two cities.",
    "Chatham and Sarnia share a river and a highway. What they don't share is a twinning agreement.",
    "Eine Hafenpartnerschaft zwischen Bar und Durrës wird seit dem Herbst besprochen, unterschrieben ist nichts.",
    "Our Blyth delegate and the San Antonio port company discussed a cooperation agreement on offshore-wind cargo.",
])
def test_partnerships_explored_discussed_or_not_shared_are_none(run_nlp, text):
    assert run_nlp(text)._.trex_partnerships == []


def test_lines_of_town_pairs_under_a_twinning_heading(run_nlp):
    doc = run_nlp("Die Häfen wachsen.\nStädtepartnerschaften\nLinz – Linköping (Schweden), seit 1995\n"
                  "Steyr – Kettering (Ohio)\nDie Schiffe von Linz nach Constanța fahren wöchentlich.", "de")
    assert pairs(doc) == {(frozenset((2772400, 2694762)), "city", 1995), (frozenset((2764359, 4515843)), "city", None)}


def test_a_town_pair_line_without_a_twinning_heading_is_no_partnership(run_nlp):
    doc = run_nlp("Routes\nHamburg – Shanghai\nKiel – Gdansk (weekly)\n")
    assert pairs(doc) == set()


@pytest.mark.parametrize("text, lang", [
    ("Kiel und Danzig feiern 2035 das 50-jährige Bestehen ihrer Städtepartnerschaft.", "de"),
    ("Kiel and Gdansk mark the 50th anniversary of their twinning in 2035.", "en"),
])
def test_an_anniversary_gives_the_year_the_partnership_began(run_nlp, text, lang):
    assert pairs(run_nlp(text, lang)) == {(frozenset((KIEL, GDANSK)), "city", 1985)}


def test_a_twinning_sentence_wrapped_at_a_capitalised_noun_stays_one_sentence(run_nlp):
    # A plain-text newsletter wrapped at about 70 characters; German nouns make every line look like a heading.
    lines = ["Die Wirtschaftsjunioren laden im Frühjahr wieder zu ihrem Stammtisch ein,",
             "diesmal in die Räume einer Druckerei am Hafen, mit Führung und Imbiss.",
             "Anmeldungen nimmt die Geschäftsstelle bis Ende des Monats entgegen, und",
             "wer einen Gast mitbringen möchte, sagt bitte vorher kurz Bescheid dazu.",
             "Kiel und Danzig feiern im kommenden Jahr das lange Bestehen ihrer",
             "Städtepartnerschaft; die Stadt plant dazu einen Austausch von Betrieben.",
             "Die Kammer unterstützt den Austausch mit Zuschüssen für die Reisekosten",
             "der Auszubildenden, die an dem Programm teilnehmen und dort arbeiten.",
             "Unser nächster Rundbrief erscheint wie gewohnt zum Quartalsende im Juni."]
    found = pairs(run_nlp("\n".join(lines) + "\n", "de"))
    assert {pair for pair, _, _ in found} == {frozenset((KIEL, GDANSK))}


def test_an_elliptic_clause_with_the_partners_country_adjective_is_a_pair_of_its_own(run_nlp):
    # Dortmund's "seit 1960 mit dem englischen Leeds" has no verb of its own: it borrows the first clause's.
    doc = run_nlp("Städte im Überblick: Kiel, Dortmund, Leeds\n\nKiel ist seit 1985 mit dem polnischen Danzig "
                  "verschwistert, Dortmund seit 1969 mit dem englischen Leeds.", "de")
    assert pairs(doc) == {(frozenset((KIEL, GDANSK)), "city", 1985), (frozenset((2935517, 2644688)), "city", 1969)}


@pytest.mark.parametrize("text", [
    "Students from Kiel visited Gdansk in May. A newspaper called it a twinning, but the two towns have no formal "
    "partnership.",
    "Kiel exports boats. The mayors of Kiel and Gdansk wrote to each other in 2019 about a twinning that never came about.",
    "Kiel builds ships. The council had hoped for a cooperation agreement with Gdansk; the talks did not lead anywhere.",
    "Gespräche über eine Städtepartnerschaft zwischen Kiel und Danzig blieben 2019 ohne Ergebnis.",
])
def test_partnerships_that_are_denied_or_came_to_nothing_are_none(run_nlp, text):
    assert run_nlp(text)._.trex_partnerships == []


def test_an_agreement_the_port_of_a_town_has_is_a_port_partnership(run_nlp):
    assert pairs(run_nlp("The port of Gdansk has had a cooperation agreement with Kiel since 2012.")) == {
        (frozenset((KIEL, GDANSK)), "port", 2012)}
    assert pairs(run_nlp("Since 2012 Kiel's harbour has had a friendship-port agreement with Gdansk.")) == {
        (frozenset((KIEL, GDANSK)), "port", 2012)}
    # a town whose name begins with "Port" is no port
    assert pairs(run_nlp("Port Pirie has a friendship agreement with Huludao, signed in 2011.")) == {
        (frozenset((2063030, 2036662)), "city", 2011)}
