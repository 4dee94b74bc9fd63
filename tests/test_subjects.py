"""Which source figure a claim is about: its country under another name, and amounts it works out itself."""

from __future__ import annotations

import factlint


def found(text: str, *excerpts: str) -> list[tuple[str, str | None]]:
    return [(f.rule, f.figure) for f in factlint.lint_text(text, dict(enumerate(excerpts, start=1)))]


HICP = ("Eurostat | Data Browser | Home > Economy and finance > Prices > HICP. Euro area annual inflation went "
        "from 8.4% in 2022 to 5.4% in 2023. HICP, annual average rate of change 2022 2023 2024 (%) | Euro area "
        "8.4 5.4 2.4 | Germany 8.7 6.0 2.5 | Spain 8.3 3.4 2.9 | France 5.9 5.7 2.3 | Netherlands 11.6 4.1 3.2 | "
        "Source: Eurostat (prc_hicp_aind). Download | Share")


def test_a_demonym_is_its_countrys_row():
    # 'Dutch' shares no start with 'Netherlands': the row was never found, so the wrong 4.7% was only 'not stated'
    claim = "Spain's rate averaged 3.4%, against 5.7% in France, while {} inflation on the EU measure was {} [1].\n"
    assert found(claim.format("Dutch", "4.7%"), HICP) == [("figure-mismatch", "4.7%")]
    assert found(claim.format("Dutch", "4.1%"), HICP) == []
    assert found(claim.format("German", "6.0%"), HICP) == []


RECORDS = ("Records | By progression | Pole Vault Men | Mark Competitor Nat Venue Date | 6.30 Armand DUPLANTIS "
           "SWE Tokyo (JPN) 15 SEP 2025 | 6.29 Armand DUPLANTIS SWE Budapest (HUN) 12 AUG 2025 | 6.28 Armand "
           "DUPLANTIS SWE Stockholm (SWE) 15 JUN 2025 | 6.26 Armand DUPLANTIS SWE Chorzów (POL) 25 AUG 2024 | "
           "6.24 Armand DUPLANTIS SWE Xiamen (CHN) 20 APR 2024 | 6.22 Armand DUPLANTIS SWE Clermont-Ferrand (FRA) "
           "25 FEB 2023 (i) | 6.18 Armand DUPLANTIS SWE Glasgow (GBR) 15 FEB 2020 (i) | 6.17 Armand DUPLANTIS SWE "
           "Toruń (POL) 08 FEB 2020 (i) | (i) indoor. Marks in metres. Records ratified by World Athletics.")


def test_a_gap_from_a_figure_the_claim_names_is_neither_contradicted_nor_unsupported():
    claim = ("Armand Duplantis cleared 6.30 metres in Tokyo [1]. The 25-year-old Swede has added {} centimetres "
             "to the mark since his first record, 6.17 m indoors in Torun in February 2020 [1].\n")
    assert found(claim.format(13), RECORDS) == []
    assert [rule for rule, _ in found(claim.format(18), RECORDS)] in (["figure-mismatch"], ["unsupported-figure"])


def test_a_gap_is_worked_out_from_the_sources_figures_not_the_claims_rounding():
    source = "The new station sits at 5,314 m, above the previous record of 5,184 m set in 1990."
    assert found("The station is 130 metres higher than the previous record of 5,184 m [1].\n", source) == []
    # 5,200 rounds the record fairly, but 5,314 − 5,184 is 130: the 114 is wrong
    assert found("The station is 114 metres higher than the previous record of 5,200 m [1].\n", source) \
        == [("figure-mismatch", "114 metres")]


def test_odds_and_far_years_are_not_inches_or_counts():
    ap = ("DUGWAY PROVING GROUND, Utah (AP) — Scientists estimate a 1-in-2,700 chance that Bennu, roughly 1,600 "
          "feet (500 meters) across, could slam into Earth in 2182. Advertisement")
    nasa = "The total mass of asteroid rocks and dust collected from Bennu is 4.29 ounces, or 121.6 grams."
    article = "Bennu has a 1 in 2,700 chance of hitting Earth in September 2182 [1].\n\nIt holds 121.6 grams [1][2].\n"
    # the odds are AP's, not NASA's; 'September 2182' is a date, nothing to look for
    assert found(article, nasa, ap) == [("misattributed-figure", "2,700")]


NBP = ("Rada postanowiła pozostawić stopy procentowe NBP na niezmienionym poziomie: stopa referencyjna 5,75% w skali "
       "rocznej, stopa lombardowa 6,25% w skali rocznej, stopa depozytowa 5,25% w skali rocznej.")


def test_the_words_that_tell_two_figures_apart_decide_which_the_claim_is_about():
    # 6.25% is there, but it is the lombard rate's: 'referencyjna' is what sets the 5,75% apart, and the claim's
    assert found("The Monetary Policy Council kept the NBP reference rate at 6.25% [1].\n", NBP) \
        == [("figure-mismatch", "6.25%")]
    assert found("The Monetary Policy Council kept the NBP reference rate at 5.75% [1].\n", NBP) == []
    assert found("The NBP's lombard rate stayed at 6.25% [1].\n", NBP) == []
    # no word of the claim names either kind of rate: the equal value stands
    assert found("One of the NBP's rates stood at 6.25% [1].\n", NBP) == []


def test_figures_not_said_the_same_way_are_not_told_apart():
    # the 19.4% shares no word of what with the 20.1% beside it ('ship' is a verb, 'unit' its count)
    idc = ("Apple shipped 234.6 million units for a 20.1% market share, overtaking Samsung, which shipped 226.6 "
           "million units (19.4% share).")
    assert found("Samsung's share of units was 19.4% [1].\n", idc) == []


def test_the_name_before_an_aside_is_the_subject():
    story = ("MADRID, July 24 — Vox dropped to 33 seats from 52, winning 12.4% of the vote, while Sumar, the new "
             "left-wing platform, won 31 seats. Advertisement")
    assert found("Vox fell to 33 seats, while Sumar won 33 seats [1].\n", story) == [("figure-mismatch", "33")]
    assert found("Vox fell to 33 seats, while Sumar won 31 seats [1].\n", story) == []


def test_a_margin_after_a_comma_is_the_margin_of_the_figure_before():
    ferrari = ("Nel 2024 i ricavi netti sono pari a 6.677 milioni di euro (+11,8%). EBITDA a 2.555 milioni di euro "
               "(+12,8%), margine 38,3%; EBIT a 1.888 milioni di euro (+16,3%), margine 28,3%.")
    assert found("EBIT climbed 16.3% to €1.89 billion, a margin of 38.3% [1].\n", ferrari) \
        == [("figure-mismatch", "38.3%")]
    assert found("EBIT climbed 16.3% to €1.89 billion, a margin of 28.3% [1].\n", ferrari) == []
    assert found("EBITDA grew 12.8% to €2.56 billion, a margin of 38.3% [1].\n", ferrari) == []


def test_a_bare_dollar_sign_is_whichever_dollar_the_other_side_names():
    canada = ("Chapter 1 › Economic and Fiscal Overview | The budgetary deficit for 2023-24 was $61.9 billion, or 2.0 "
              "per cent of GDP. The difference largely reflects $16.4 billion in one-time expenses to account for "
              "contingent liabilities, the majority of which relate to Indigenous claims.")
    news = ("CANBERRA/OTTAWA, Dec 17 — Australia posted a A$15.8 billion budget surplus for 2023-24, Treasurer Jim "
            "Chalmers said. Related: Bond yields")
    assert found("Canada's deficit for 2023–24 was C$61.9bn [1].\n", canada) == []
    assert found("Canada's deficit for 2023–24 was US$61.9bn [1].\n", canada) == []  # the page's '$' says no more
    # a one-off charge is no count of one, and the Canadian page, not the wire story, has the C$16.4bn
    article = ("About C$16.4bn of one-off charges for contingent liabilities, mostly Indigenous claims, explain much "
               "of the overrun [2].\n\nCanada's deficit was C$61.9bn [1].\n")
    assert found(article, canada, news) == [("misattributed-figure", "C$16.4bn")]


def test_a_value_a_hundred_times_off_is_not_what_a_figure_contradicts():
    story = "Chega won 50 seats, including four of the emigrant seats, on 18.1% of the vote."
    # 1.11 million votes are nowhere in the story, and its 'four' seats are no slip for them
    assert found("Chega won 1.11 million votes, a record [1].\n", story) == [("unsupported-figure", "1.11 million")]
    assert found("Chega won 60 seats [1].\n", story) == [("figure-mismatch", "60")]


BLS = ("Union Members — 2023. The union membership rate of wage and salary workers was 10.0 percent in 2023, down from "
       "10.1 percent in 2022. The union membership rate for men (10.5 percent) continued to be higher than the rate "
       "for women (9.5 percent).")


def test_a_figure_for_women_is_not_borne_out_by_the_overall_one():
    assert found("Men's rate, 10.5%, remained above women's 10.0% [1].\n", BLS) == [("figure-mismatch", "10.0%")]
    assert found("Men's rate, 10.5%, remained above women's 9.5% [1].\n", BLS) == []
    assert found("The overall rate was 10.0% in 2023 [1].\n", BLS) == []


def test_a_group_after_a_pair_is_the_pairs_not_the_next_figures():
    who = ("In school-aged children and adolescents, obesity prevalence increased from 1.7% to 6.9% among girls and "
           "from 2.1% to 9.3% among boys between 1990 and 2022.")
    assert found("Among girls it quadrupled, from 1.7% to 6.9%, while among boys it went from 2.1% to 9.3% [1].\n",
                 who) == []


def test_a_table_cell_with_no_direction_does_not_outvote_the_sentence_that_gives_one():
    eurostat = ("Euro area annual inflation went from 8.4% in 2022 to 5.4% in 2023. HICP, annual average rate of change "
                "2022 2023 2024 (%) | Euro area 8.4 5.4 2.4 | Germany 8.7 6.0 2.5 |")
    assert found("Euro area inflation rose to 5.4% in 2023 [1].\n", eurostat) == [("direction-mismatch", "5.4%")]
    assert found("Euro area inflation fell to 5.4% in 2023 [1].\n", eurostat) == []
    # an undirected cell of something else keeps its say: the fall is the fashion unit's, not the group's
    lvmh = ("Le groupe enregistre une croissance organique de 1 %. La Mode et Maroquinerie enregistre une baisse "
            "organique de 1 %.")
    assert found("Group sales still grew 1% on an organic basis [1].\n", lvmh) == []


def test_a_projection_is_held_to_its_own_year():
    idf = ("IDF Diabetes Atlas, 10th edition | Key facts. 537 million adults (20-79 years) are living with diabetes. "
           "This number is predicted to rise to 643 million by 2030 and 783 million by 2045.")
    assert found("The IDF expects the total to climb to 783 million by 2030 [1].\n", idf) \
        == [("figure-mismatch", "783 million")]
    assert found("The IDF expects the total to climb to 643 million by 2030 [1].\n", idf) == []
    assert found("The IDF expects 783 million adults with diabetes by 2045 [1].\n", idf) == []


def test_a_year_after_since_in_another_language_is_the_base_not_the_figures():
    dwd = ("Offenbach, 29. Dezember 2023 – Mit 10,6 °C war 2023 das wärmste Jahr seit Beginn regelmäßiger "
           "Wetteraufzeichnungen im Jahr 1881.")
    assert found("Germany's mean temperature in 2023 was 10.6°C [1].\n", dwd) == []


def test_years_listed_with_respectively_reach_each_figure():
    bbc = ("Labour won 411 seats, a gain of 209 on its 2019 result, a far cry from the 202 and 262 seats it had "
           "won in 2019 and 2017, respectively.")
    assert found("Labour won 411 seats, up from 202 in 2019 and 262 in 2017 [1].\n", bbc) == []


def test_nearly_is_from_below_by_the_figures_written_digits():
    aec = "New South Wales voted Yes by 41.04% and No by 58.96%, the state results show."
    # '40' writes its zero: nearly 40% is at most 40.5, never 41.04, and never as low as 31.8
    assert [rule for rule, _ in found("New South Wales voted Yes by nearly 40% [1].\n", aec)] != []
    assert found("New South Wales voted Yes by nearly 42% [1].\n", aec) == []
    from factlint.match.compare import Tolerances, claim_interval
    low, high = claim_interval(_figure("nearly 40%"), Tolerances())
    assert 35 < low < 36.1 and 40 < high <= 40.5


def _figure(text: str):
    from factlint.extract.figures import extract
    from factlint.extract.numbers import atomize
    from factlint.parse.nlp import sentence_spans
    return next(f for _, _, tokens in sentence_spans(text, 0) for f in extract(atomize(tokens), text, 0))



METRICS = ("Investors | Q3 2024 letter | Key metrics (in millions, except percentages) | Q3 2023 | Q3 2024 | y/y | "
           "DAUs 12.0 14.2 18% | MAUs 47.6 52.4 10% | Paid subscribers 3.1 4.0 29% | Download PDF")


def test_a_later_clause_keeps_its_own_subject():
    # the figure after '…, while monthly users grew 10% to' borrowed the sentence's opening words ('daily
    # active users (DAUs)'), so the DAU row's 14.2 outscored the MAU row's 52.4 and was taken as contradicting it
    claim = "Daily active users (DAUs) rose 18% to 14.2 million, while monthly active users grew 10% to {} [1].\n"
    assert found(claim.format("52.4 million"), METRICS) == []
    assert found(claim.format("54.2 million"), METRICS) == [("figure-mismatch", "54.2 million")]


SOTO = ("MLB | Hot Stove | Dec. 11, 2024. Juan Soto's 15-year, $765 million contract with the Mets includes a $75 "
        "million signing bonus and no deferred money, sources said. Advertisement")


def test_a_share_a_part_is_of_its_whole_in_one_sentence():
    # a share of a whole was never worked out from a part and its whole: the right 'about 10%' was unsupported
    claim = "The $75 million signing bonus alone is about {} of Soto's $765 million contract [1].\n"
    assert found(claim.format("10%"), SOTO) == []
    assert found(claim.format("a tenth"), SOTO) == []
    assert found(claim.format("15%"), SOTO) == [("unsupported-figure", "15%")]


TSE = ("Resultados | 2º turno | Presidente | Candidato Votos % | Lula (PT) 60,345,999 50.90% | Jair Bolsonaro (PL) "
       "58,206,354 49.10% | Seções totalizadas 100.00% | Fonte: TSE")


def test_a_lead_in_points_is_the_gap_between_two_shares():
    # a gap was worked out between amounts only: the right '1.8 points' was unsupported
    claim = "Lula won the runoff by about 2.1 million votes, or {} points, over Bolsonaro [1].\n"
    assert found(claim.format("1.8"), TSE) == []
    assert [rule for rule, _ in found(claim.format("2.8"), TSE)] in (["figure-mismatch"], ["unsupported-figure"])
