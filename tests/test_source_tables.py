"""Scraped source text, flattened tables and dense sentences: where a unit, scale or subject said once reaches."""

from __future__ import annotations

import factlint


def rules(text: str, excerpt: str) -> list[str]:
    return [f.rule for f in factlint.lint_text(text, {1: excerpt})]


LETTER = ("Key metrics (in millions, except percentages) | Q4 2023 | Q4 2024 | y/y | DAUs 26.9 40.5 51% | "
          "MAUs 88.6 116.7 32% | Paid subscribers 6.6 9.5 43% | Revenue ($) 151.0 209.6 39% |")


def test_a_row_labels_unit_takes_the_columns_scale_and_stays_in_its_row():
    assert rules("Fourth-quarter revenue grew 39% to $209.6 million [1].\n", LETTER) == []
    assert rules("Fourth-quarter revenue grew 39% to $209.6 billion [1].\n", LETTER) == ["unit-mismatch"]
    # the other rows stay counts: 116.7 million monthly users are no dollars
    assert rules("Monthly active users climbed 32% to 116.7 million [1].\n", LETTER) == []


ARRIVALS = ("Visitor Arrivals by Country/Area (persons) Country/Area 2024 2023 Growth rate (%) | Total 36,869,900 "
            "25,066,350 47.1 | South Korea 8,817,800 6,958,500 26.7 | China 6,981,200 2,425,000 187.9 |")


def test_a_percent_closing_a_flattened_header_is_the_last_columns():
    assert rules("South Korea sent 8.82 million visitors, up 26.7% [1].\n", ARRIVALS) == []
    assert rules("Arrivals from China rose 178.9% to 6.98 million [1].\n", ARRIVALS) == ["figure-mismatch"]


ONS = ("Table 1: Mid-year population estimates, UK countries | Country Mid-2022 Mid-2023 Change Change (%) | "
       "United Kingdom 67,596.3 68,265.2 669.0 1.0 | Wales 3,131.6 3,164.4 32.8 1.0 | Scotland 5,447.7 5,490.1 "
       "42.4 0.8 | Source: Office for National Statistics. Population figures in thousands.")


def test_a_note_after_the_table_scales_its_cells_and_the_percent_stays_in_its_column():
    assert rules("Scotland's population rose 0.8% to 5,490,100 in the year to mid-2023 [1].\n", ONS) == []
    assert rules("Scotland's population rose 0.6% to 5,490,100 in the year to mid-2023 [1].\n", ONS) \
        == ["figure-mismatch"]


PKW = ("Komitet wyborczy — liczba głosów (%) — mandaty | KW Prawo i Sprawiedliwość 7 640 854 (35,38%) 194 | "
       "KW Nowa Lewica 1 859 018 (8,61%) 26 |")


def test_a_row_that_writes_its_own_shares_keeps_its_counts():
    assert rules("Law and Justice won 7,640,854 votes, 35.38% and 194 seats [1].\n", PKW) == []


ISTAT = ("Tavola 1 – Principali indicatori demografici, Italia | 2022 | 2023 | Nascite (migliaia) 393 379 | "
         "Fecondità (figli per donna) 1,24 1,20 | Speranza di vita alla nascita (anni) Femmine 84,8 85,2 |")


def test_a_row_labels_scale_does_not_reach_the_next_row():
    assert rules("The fertility rate fell to 1.20 children per woman in 2023 [1].\n", ISTAT) == []
    assert rules("Births fell to 379,000 in 2023 [1].\n", ISTAT) == []


STANDINGS = ("F1 > Results > 2024 > Drivers | Pos Driver Nationality Car Pts | 4 Oscar Piastri AUS McLaren Mercedes "
             "292 | 5 Carlos Sainz ESP Ferrari 290 | 6 George Russell GBR Mercedes 245 | 7 Lewis Hamilton GBR "
             "Mercedes 223 |")


def test_a_listed_figure_out_of_its_place_among_bare_cells():
    said = "Piastri, Sainz and Russell finished on {} points respectively [1].\n"
    assert rules(said.format("292, 290 and 245"), STANDINGS) == []
    assert rules(said.format("292, 290 and 254"), STANDINGS) == ["figure-mismatch"]


def test_a_percent_right_after_the_year_titles_is_every_columns():
    hicp = "HICP inflation, annual average 2022 2023 2024 (%) | Spain 8.3 3.4 2.9 | France 5.9 5.7 2.3 |"
    assert rules("Spain's inflation was 3.4% in 2023 [1].\n", hicp) == []
    assert rules("Spain's inflation was 4.3% in 2023 [1].\n", hicp) == ["figure-mismatch"]


def test_an_equal_figure_of_another_subject_in_the_same_sentence_is_no_support():
    said = "Philips posted revenue of 18.2 billion euros in 2023 and a net profit of 1.1 billion euros."
    assert rules("Philips reported a net profit of 18.2 billion euros in 2023 [1].\n", said) == ["figure-mismatch"]
    assert rules("Philips reported revenue of 18.2 billion euros in 2023 [1].\n", said) == []


def test_a_two_word_unit_in_a_header_is_one_unit():
    from factlint.extract.declared import header_measure
    assert header_measure("Peak (million sq mi)").unit == "mi2"
    assert header_measure("Area (square miles)").unit == "mi2"
    assert header_measure("Area (km2)").unit == "km2"
    article = ("| Season | Peak (million sq mi) |\n|---|---|\n| 2023 | 10.0 |\n\nSource: NASA [1].\n")
    nasa = "The 2023 ozone hole reached 10 million square miles (26 million square kilometers) on Sept. 21."
    assert rules(article, nasa) == []
    assert rules(article.replace("10.0", "12.0"), nasa) in (["figure-mismatch"], ["unsupported-figure"])


def test_a_rate_converts_as_its_amount_does():
    eia = "U.S. crude oil production averaged 12.9 million barrels per day (b/d) in 2023, up from 11.9 million b/d."
    # 12.9 million barrels is 2.05 million cubic metres, each a day
    assert rules("U.S. output was about 2.05 million cubic metres a day in 2023 [1].\n", eia) == []
    assert rules("U.S. output was about 2.5 million cubic metres a day in 2023 [1].\n", eia) \
        in (["figure-mismatch"], ["unsupported-figure"])


def test_an_elided_verb_after_and_the_carries_its_direction():
    reuters = ("WASHINGTON, Oct 31 (Reuters) - The hole's peak shrank to 22.4 million sq km this year from 26 million "
               "sq km in 2023, and its seasonal average to 20 million sq km from 23.1 million, U.S. scientists said.")
    # 'and the peak 13.8%' falls as the average does: 26 → 22.4 million is 13.8% less
    assert rules("The average area fell 13.4% and the peak 13.8% [1].\n", reuters) == []


NIKE = ("Investors › News, Events & Reports › FY25 Q4 | NIKE, Inc. CONSOLIDATED STATEMENTS OF INCOME (In millions, "
        "except per share data) | YEAR ENDED MAY 31, 2025 2024 % Change | Revenues $ 46,309 $ 51,362 -10 % | Cost of "
        "sales 26,519 28,475 -7 % | Net income $ 3,219 $ 5,700 -44 % | Download (PDF, 312 KB)")
COKE = ("Investors > News & Events > Press Releases | THE COCA-COLA COMPANY AND SUBSIDIARIES Condensed Consolidated "
        "Statements of Income (UNAUDITED) (In millions except per share data) Year Ended December 31, 2023 December "
        "31, 2022 % Change¹ | Net Operating Revenues $ 45,754 $ 43,004 6 | Gross Profit 27,234 25,004 9 | Selling, "
        "general and administrative expenses 13,972 12,880 8 | Operating Income 11,311 10,909 4 |")


def test_an_income_statement_keeps_its_millions_past_a_change_column_and_a_download_link():
    assert rules("Nike's revenue was $51.4bn in fiscal 2024 [1].\n", NIKE) == []
    assert rules("Nike's net income fell 44% to $3.2 billion [1].\n", NIKE) == []
    assert rules("Coca-Cola's net operating revenues were $43.0 billion in 2022 [1].\n", COKE) == []
    # '% Change¹' closing the header makes each row's last cell a percentage change, not a year's '2022 %'
    assert rules("SG&A expenses rose 8% to $13.97 billion [1].\n", COKE) == []
    assert rules("SG&A expenses rose 18% to $13.97 billion [1].\n", COKE) == ["figure-mismatch"]


ELECTIONS_CANADA = ("Home > Elections > 45th general election > Results | Party Elected +/- Popular vote (%) | Liberal "
                    "Party of Canada 169 +9 43.8 | Conservative Party of Canada 144 +25 41.3 | Bloc Québécois 22 -10 "
                    "6.3 | New Democratic Party 7 -18 6.3 | Green Party of Canada 1 -1 1.2 | Total 343 |")


def test_a_percent_closing_a_header_without_years_is_the_decimal_last_columns():
    # seats are whole, shares decimal: the '(%)' is the popular vote's, not the Bloc's 22 seats
    assert rules("The Bloc Québécois won 22 seats [1].\n", ELECTIONS_CANADA) == []
    assert rules("The Bloc Québécois took 6.3% of the popular vote [1].\n", ELECTIONS_CANADA) == []
    assert rules("The NDP took about 7% of the popular vote [1].\n", ELECTIONS_CANADA) == ["figure-mismatch"]


def test_a_share_of_gdp_said_as_a_title_makes_its_cells_percentages():
    eurostat = ("Euro area and EU government deficit at 3.1% and 3.2% of GDP. Government deficit, % of GDP (largest) | "
                "Romania -9.3 | Poland -6.6 | France -5.8 | Government debt, % of GDP | Greece 153.6 | Italy 134.8 |")
    assert rules("Romania's deficit was 9.3% of GDP and Poland's 6.6% [1].\n", eurostat) == []
    assert rules("Italy's debt stood at 134.8% of GDP [1].\n", eurostat) == []
    # after a figure, '% of GDP' is that figure's, and declares nothing for the numbers after it
    assert rules("Debt reached 112 in the EU [1].\n", "The deficit was 3.1% of GDP and debt 112 billion.") != []


def test_a_bare_change_column_in_an_article_table_is_the_change_of_the_column_before():
    article = ("| Edition | Prize money ($ million) | Change, % |\n| --- | --- | --- |\n| 2015 Canada | 15 | — |\n"
               "| 2019 France | 30 | {} |\n\nSource: FIFA [1]\n")
    fifa = ("Inside FIFA › Media releases | FIFA Council confirms a total of USD 110 million in prize money for the "
            "FIFA Women's World Cup 2023, more than three times the USD 30 million of 2019 and over seven times the "
            "USD 15 million of Canada 2015. Share on X | Facebook")
    # '+100' shares the 'prize money' of the column before it, so 15 → 30 million bears it out
    assert rules(article.format("+100"), fifa) == []


def test_a_bare_percent_closing_a_header_is_the_last_columns_while_its_rows_last():
    aec = ("AEC Tally Room › 2023 Referendum › National results | Downloads | Response Votes % | Yes 6,286,894 "
           "39.94 | No 9,452,792 60.06 | Formal 15,739,686 | Turnout 89.92% |")
    assert rules("Yes won 6.29 million votes, or 39.94% [1].\n", aec) == []
    assert rules("Some 15.74 million formal votes were cast [1].\n", aec) == []
    assert rules("Yes won 6.29 million votes, or 39.49% [1].\n", aec) == ["figure-mismatch"]


def test_a_country_code_in_brackets_declares_no_currency():
    fifa = ("FIFA › Tournaments › Women's World Cup 2023 › Articles | Final: Spain 1-0 England | Stadium Australia, "
            "Sydney | Matches 64 | Teams 32 (2019: 24) | adidas Golden Ball: Aitana Bonmatí (ESP) | adidas Golden "
            "Boot: Hinata Miyazawa (JPN), 5 goals | adidas Golden Glove: Mary Earps (ENG) | Download the media kit")
    article = "Hinata Miyazawa of Japan won the Golden Boot with {} goals and Aitana Bonmatí the Golden Ball [1].\n"
    assert rules(article.format("five"), fifa) == []
    assert rules(article.format("six"), fifa) == ["figure-mismatch"]  # '5 goals' was read as 5 pesetas


NOVO = ("Company announcement No 5/2025 | Financial performance for 2024 | DKK million 2024 2023 Change | Net sales "
        "290,403 232,261 25% | Operating profit 128,339 102,574 25% | Diluted earnings per share (DKK) 22.63 18.62 22% "
        "| Sales by product: Wegovy® 58,211 31,343 86% | Ozempic® 120,341 95,718 26% |")


def test_an_unbracketed_currency_and_scale_opens_a_table_of_amounts_whose_changes_are_growth():
    assert rules("Wegovy sales rose 86% to DKK 58.2 billion [1].\n", NOVO) == []
    assert rules("Ozempic brought in DKK 210.3 billion [1].\n", NOVO) == ["figure-mismatch"]
    assert rules("Diluted earnings per share fell 22% to DKK 22.63 [1].\n", NOVO) == ["direction-mismatch"]


def test_a_clock_time_does_not_tell_a_texts_decimals():
    borsen = ("Virksomheder | 5. feb. 2025 kl. 08.12 | Novo Nordisk havde ved udgangen af 2024 77.349 ansatte, 20 "
              "procent flere end året før, da tallet var 64.319.")
    assert rules("Novo Nordisk had 77,349 employees at the end of 2024 [1].\n", borsen) == []


ELECTORAL_COMMISSION = ("Home › Election results and data › 2023 General Election | Official Result | Party Party Votes "
                        "% Electorate Seats List Seats Total Seats | National Party 1,085,851 38.06 43 5 48 | Labour "
                        "Party 767,540 26.91 17 17 34 | ACT New Zealand 246,473 8.64 2 9 11 | Total seats 122 |")


def test_a_percent_among_a_headers_titles_is_the_decimal_columns():
    assert rules("National won 38.06% of the party vote and 48 seats [1].\n", ELECTORAL_COMMISSION) == []
    assert rules("ACT took 8.46% of the party vote [1].\n", ELECTORAL_COMMISSION) == ["figure-mismatch"]
    assert rules("Labour won 767,540 party votes [1].\n", ELECTORAL_COMMISSION) == []


def test_a_list_field_of_one_spaced_number_is_one_number():
    eurostat = ("Monthly minimum wages (EUR), January 2025 | Luxembourg 2 638 | Ireland 2 282 | Netherlands 2 193 | "
                "Bulgaria 551 | Where minimum wages are paid more than 12 times a year, data have been adjusted.")
    assert rules("Luxembourg's minimum wage was €2,638 a month [1].\n", eurostat) == []
    assert rules("Ireland's minimum wage was €2,228 a month [1].\n", eurostat) == ["figure-mismatch"]
    # two cells of a scoreboard stay two: a jury's 52 and a televote's 323
    board = "Points by country | Jury Televote | Croatia 210 337 | Israel 52 323 | Ukraine 146 307 |"
    assert rules("Israel took 323 televote points [1].\n", board) == []


def test_a_table_ends_where_a_sentence_runs_on_after_it():
    library = ("Summary. Party | Seats | Change | Vote share (%) | Labour 411 +209 33.7 | Conservative 121 -251 23.7 | "
               "Liberal Democrat 72 +64 12.2 | Reform UK 5 +5 14.3 | Turnout fell to 59.7% of the registered "
               "electorate from 67.3% in 2019, the lowest since 2001.")
    assert rules("The Liberal Democrats won 72 seats [1].\n", library) == []
    assert rules("Labour took 33.7% of the vote [1].\n", library) == []


KEY_FIGURES = ("Home > Finance > Full-year results | Safran FY 2024 FY 2023 Change | Revenue, € million 27,317 23,199 "
               "+17.8% | Recurring operating income, € million 4,152 3,166 +31.1% | Free cash flow, € million 3,368 "
               "2,967 | Dividend per share, € 2.90 2.20 | Download the presentation (PDF)")


def test_a_row_labels_currency_and_scale_price_that_rows_cells():
    # '€ million' after a row label's comma was no declaration: the cells stayed bare and €4.15 billion was unsupported
    claim = "Safran's recurring operating income rose 31% to €{} billion on revenue of €27.3 billion [1].\n"
    assert rules(claim.format("4.15"), KEY_FIGURES) == []
    assert rules(claim.format("4.51"), KEY_FIGURES) == ["figure-mismatch"]
    # the scale stays in its rows: the dividend is €2.90, not €2.90 million
    assert rules("Safran will pay a dividend of €2.90 per share [1].\n", KEY_FIGURES) == []


FILING = ("CONSOLIDATED STATEMENTS OF INCOME (In millions, except number of shares, which are reflected in thousands, "
          "and per share amounts; unaudited) | Three Months Ended December 31, 2023 2024 | Revenues $ 86,310 $ 96,469 | "
          "Operating income $ 23,697 $ 30,972 | Net income $ 20,687 $ 26,536")


def test_what_a_filings_note_excepts_does_not_rescale_its_cells():
    # 'reflected in thousands' inside the note was read as the table's scale: every amount a unit-mismatch
    claim = "Alphabet's fourth-quarter revenue rose 12% to ${} billion, and net income reached $26.5 billion [1].\n"
    assert rules(claim.format("96.5"), FILING) == []
    assert rules(claim.format("69.5"), FILING) == ["figure-mismatch"]


EASYJET = ("Investors | Results | FY24 full year results | Summary | FY24 FY23 Change | Passengers 89.7m 82.8m +8% | "
           "Load factor 89.4% 88.5% +0.9ppt | Revenue £9,309m £8,171m +14% | Headline PBT £610m £455m +34%")


def test_a_cell_with_a_glued_m_among_money_in_scales_is_millions():
    # '89.7m' before the next cell was read as metres: the passenger count was never found
    claim = "easyJet carried {} passengers in its 2024 financial year, up 8% [1].\n"
    assert rules(claim.format("89.7 million"), EASYJET) == []
    assert rules(claim.format("98.7 million"), EASYJET) == ["figure-mismatch"]


def test_a_scale_word_hyphenated_across_a_pdf_line_is_one_word():
    pdf = ("Annual Report 2024 | 12 | Chair's statement | Group revenue rose 14% to £9.3 bil-\nlion, and headline "
           "profit before tax reached £610 mil- lion, up 34%. Page 12 of 204")
    assert rules("easyJet's revenue rose 14% to £9.3 billion and its headline profit to £610 million [1].\n",
                 pdf) == []
    assert rules("easyJet's headline profit before tax reached £610 billion [1].\n", pdf) == ["unit-mismatch"]
