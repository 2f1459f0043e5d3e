using FactCheck.Extraction.Engine;

namespace FactCheck.Extraction.Tests;

public sealed class ClaimExtractorTests
{
    private static readonly DateTimeOffset Thursday = new(2017, 10, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_read_a_death_toll_with_its_lower_bound()
    {
        var claims = ClaimExtractor.Extract("The war has left more than 340,000 people dead, according to the Syrian Observatory for Human Rights.");

        var toll = Assert.Single(claims, c => c.Slot == Slots.Deaths);
        Assert.Equal(340_000, toll.Value);
        Assert.Equal(Bounds.AtLeast, toll.Bound);
        Assert.Equal(340_000, toll.Low);
        Assert.Null(toll.High);
        Assert.Equal("war", toll.Subject);
        Assert.Equal("the Syrian Observatory for Human Rights", toll.Attribution);
    }

    [Fact]
    public void Should_read_an_ordinal_with_the_noun_it_orders()
    {
        var claims = ClaimExtractor.Extract("The eighth round of talks come after Russian leader Vladimir Putin ordered a withdrawal.");

        var round = Assert.Single(claims, c => c.Kind == ClaimKinds.Ordinal);
        Assert.Equal(Slots.Round, round.Slot);
        Assert.Equal(8, round.Value);
    }

    [Theory]
    [InlineData("The kidnapping was the third abduction of foreign workers in the province in two years.")]
    [InlineData("The abduction was the third kidnapping of foreign nationals in the province in two years.")]
    public void Should_give_one_series_one_slot_whatever_noun_counts_it(string sentence)
    {
        var claims = ClaimExtractor.Extract(sentence);

        Assert.Contains(claims, c => c is { Kind: ClaimKinds.Ordinal, Slot: "kidnapping", Value: 3 });
    }

    [Fact]
    public void Should_keep_an_ordinal_apart_from_a_count_of_the_same_noun()
    {
        var claims = ClaimExtractor.Extract("The deal would establish a fourth zone, after the four zones agreed in May.");

        Assert.Contains(claims, c => c is { Kind: ClaimKinds.Ordinal, Slot: "zone", Value: 4 });
        Assert.Contains(claims, c => c is { Kind: ClaimKinds.Number, Slot: "zone", Value: 4 });
    }

    [Fact]
    public void Should_not_count_years_dates_times_or_phone_numbers()
    {
        var claims = ClaimExtractor.Extract("Since 2011, on November 19 at 10:30, callers dialled +1-222-555-0199 or 020 7946 0958 for help.");

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKinds.Number);
    }

    [Fact]
    public void Should_not_make_claims_of_one_of_the_or_a_first_time()
    {
        var claims = ClaimExtractor.Extract("It was one of the worst storms, and for the first time the city flooded.");

        Assert.DoesNotContain(claims, c => c.Kind is ClaimKinds.Number or ClaimKinds.Ordinal);
    }

    [Fact]
    public void Should_keep_one_claim_when_an_article_repeats_a_figure()
    {
        var claims = ClaimExtractor.Extract("At least 50 people were injured. Officials later repeated that at least 50 people were injured.");

        Assert.Single(claims, c => c.Slot == Slots.Injured);
    }

    [Theory]
    [InlineData("Revenue was estimated at $4.27 billion.", 4_270_000_000, "USD")]
    [InlineData("The club paid €85 million for him.", 85_000_000, "EUR")]
    [InlineData("The tanker carried e75m worth of crude oil.", 75_000_000, "EUR")]
    [InlineData("The deal was worth p74million to the club.", 74_000_000, "GBP")]
    [InlineData("The fine was 420 million Finnish markka.", 420_000_000, "FIM")]
    public void Should_read_money_with_its_currency(string text, double value, string currency)
    {
        var claims = ClaimExtractor.Extract(text);

        var money = Assert.Single(claims, c => c.Slot.StartsWith(Slots.Money, StringComparison.Ordinal));
        Assert.Equal(value, money.Value);
        Assert.Equal(currency, money.Unit);
    }

    [Fact]
    public void Should_turn_vague_and_spelled_out_figures_into_intervals()
    {
        var claims = ClaimExtractor.Extract("Tens of thousands of people were displaced and twenty-six were killed, while between 30 and 40 were arrested.");

        var displaced = Assert.Single(claims, c => c.Slot == Slots.Displaced);
        Assert.Equal((Bounds.Range, 20_000d, 99_999d), (displaced.Bound, displaced.Low!.Value, displaced.High!.Value));
        Assert.Equal(26, Assert.Single(claims, c => c.Slot == Slots.Deaths).Value);
        var arrested = Assert.Single(claims, c => c.Slot == Slots.Arrested);
        Assert.Equal((30d, 40d), (arrested.Low!.Value, arrested.High!.Value));
    }

    [Fact]
    public void Should_read_hyphenated_sizes_and_ages_with_their_subject()
    {
        var claims = ClaimExtractor.Extract("A 20-strong opposition delegation met the 36-year-old Rahman after the six-year war.");

        Assert.Equal(20, Assert.Single(claims, c => c.Slot == "delegation" + Slots.SizeSuffix).Value);
        var age = Assert.Single(claims, c => c.Slot == Slots.Age);
        Assert.Equal((36d, "Rahman"), (age.Value!.Value, age.Subject));
        Assert.Contains(claims, c => c.Slot == "war." + Slots.Duration);
    }

    [Fact]
    public void Should_read_a_boxing_record_for_the_fighter_it_belongs_to()
    {
        var claims = ClaimExtractor.Extract("Wladimir Klitschko (52-3, 46 KOs) stopped Hasim Rahman (45-7-2, 36 KOs) in the seventh round.");

        Assert.Contains(claims, c => c is { Slot: Slots.RecordWins, Value: 52, Subject: "Klitschko" });
        Assert.Contains(claims, c => c is { Slot: Slots.RecordLosses, Value: 3, Subject: "Klitschko" });
        Assert.Contains(claims, c => c is { Slot: Slots.Knockouts, Value: 46, Subject: "Klitschko" });
        Assert.Contains(claims, c => c is { Slot: Slots.RecordDraws, Value: 2, Subject: "Rahman" });
        Assert.Contains(claims, c => c is { Kind: ClaimKinds.Ordinal, Slot: Slots.Round, Value: 7 });
    }

    [Fact]
    public void Should_convert_measures_and_treat_a_bracketed_conversion_as_the_same_fact()
    {
        var claims = ClaimExtractor.Extract("The quake struck at a depth of 10 kilometres (6.2 miles), 55 km from Bireun.");

        var depths = claims.Where(c => c.Slot == Slots.Depth).ToList();
        Assert.Equal(2, depths.Count);
        Assert.All(depths, d => Assert.InRange(10, d.Low!.Value, d.High!.Value));
        Assert.Contains(claims, c => c is { Slot: Slots.Distance, Value: 55, Unit: "km", Subject: "Bireun" });
    }

    [Fact]
    public void Should_give_a_measure_of_a_named_thing_the_name_without_its_possessive()
    {
        var possessive = ClaimExtractor.Extract("A 75-metre section of the Ashgrove Bridge's deck gave way on Tuesday.");
        var plain = ClaimExtractor.Extract("A 60-metre section of the Ashgrove Bridge gave way on Tuesday.");

        Assert.Contains(possessive, c => c is { Value: 0.075, Subject: "Ashgrove Bridge" });
        Assert.Contains(plain, c => c is { Value: 0.06, Subject: "Ashgrove Bridge" });
    }

    [Theory]
    [InlineData("Kresslova, 24, hit 11 aces but also served seven double faults.", "Kresslova")]
    [InlineData("The 21-year-old from Utrecht hit five aces and struck the ball well.", null)]
    [InlineData("Ranked world No. 23, the 21-year-old reached her first final.", null)]
    public void Should_give_an_age_the_name_set_off_beside_it_and_never_a_place_or_a_ranking(string sentence, string? person)
    {
        var age = Assert.Single(ClaimExtractor.Extract(sentence), c => c.Slot == Slots.Age);

        Assert.Equal(person, age.Subject);
    }

    [Fact]
    public void Should_read_clock_times_with_their_zone_and_event()
    {
        var claims = ClaimExtractor.Extract("The quake struck at 0737 GMT, and aftershocks followed at 07:50 a.m. UTC.");

        Assert.Contains(claims, c => c is { Kind: ClaimKinds.Date, Slot: "time.quake", Text: "07:37 UTC" });
        Assert.Contains(claims, c => c.Text == "07:50 UTC");
    }

    [Theory]
    [InlineData("The blast, at 3.42am, was heard across the whole town.", "03:42", "time.explosion")]
    [InlineData("The storm came ashore at 3.40 p.m. on the north coast.", "15:40", "time.landfall")]
    [InlineData("It rolled over at twenty to four, witnesses said.", "15:40", "time.event")]
    [InlineData("The train left at a quarter past six in the evening.", "18:15", "time.event")]
    [InlineData("The alarm sounded at twenty to four a.m. in the sleeping town.", "03:40", "time.event")]
    public void Should_read_clock_times_written_with_a_point_or_in_words(string sentence, string clock, string slot)
    {
        var claims = ClaimExtractor.Extract(sentence);

        Assert.Contains(claims, c => c.Kind == ClaimKinds.Date && c.Text == clock && c.Slot == slot);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKinds.Number);
    }

    [Fact]
    public void Should_count_a_scorers_times_as_goals()
    {
        var claims = ClaimExtractor.Extract("Calderón scored 27 times in 41 games in all competitions last season.");

        Assert.Contains(claims, c => c is { Slot: "goal", Value: 27 });
    }

    [Fact]
    public void Should_read_the_side_a_count_of_voters_took()
    {
        var claims = ClaimExtractor.Extract("In raw numbers, 1,824,315 Kestrians voted Yes and 1.61 million voted No, officials said.");

        Assert.Contains(claims, c => c is { Slot: "votes.for", Value: 1_824_315 });
        Assert.Contains(claims, c => c is { Slot: "votes.against", Value: 1_610_000 });
    }

    [Theory]
    [InlineData("Calderon, 23, has signed a five-year contract running until June 2030.")]
    [InlineData("The 23-year-old striker signed a five-year deal at the club's training ground.")]
    public void Should_give_a_contract_and_a_deal_one_term_slot(string sentence)
    {
        var claims = ClaimExtractor.Extract(sentence);

        Assert.Contains(claims, c => c.Slot == "contract.duration");
    }

    [Theory]
    [InlineData("The squad was cut from twenty to four players.")]
    [InlineData("MereGrid said 212,000 homes were without electricity as of 6am on Sunday.")]
    [InlineData("About 1,500 people had been moved to school gyms by 6 a.m., the town hall said.")]
    [InlineData("My sister says they have been without water since shortly after 2am.")]
    [InlineData("The agency confirmed the nine deaths at a briefing at 9pm, six of them in the province.")]
    [InlineData("Speaking at a press conference in Oltreva shortly after 3 p.m., Thorvald conceded defeat.")]
    public void Should_not_read_a_count_or_a_time_stamping_a_state_as_the_time_of_an_event(string sentence)
    {
        var claims = ClaimExtractor.Extract(sentence);

        Assert.DoesNotContain(claims, c => c.Slot.StartsWith("time.", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_resolve_weekdays_and_relative_dates_against_the_publication_date()
    {
        var claims = ClaimExtractor.Extract("The talks began on Tuesday and are expected to conclude on Friday. The quake struck in April last year.", Thursday);

        Assert.Contains(claims, c => c is { Slot: "date.start", Text: "2017-10-24" });
        Assert.Contains(claims, c => c is { Slot: "date.end", Text: "2017-10-27" });
        Assert.Contains(claims, c => c is { Slot: "date.quake", Text: "2016-04" });
    }

    [Fact]
    public void Should_keep_weekdays_as_written_when_the_date_is_unknown()
    {
        var claims = ClaimExtractor.Extract("The talks should be completed by Tuesday, officials said.");

        var end = Assert.Single(claims, c => c.Kind == ClaimKinds.Date);
        Assert.Equal(("date.end", "Tuesday"), (end.Slot, end.Text));
        Assert.Equal("officials", end.Attribution);
    }

    [Fact]
    public void Should_read_names_with_their_role_as_spelled()
    {
        var claims = ClaimExtractor.Extract("UN envoy Staffan de Mistura met Foreign Minister Sergei Lavrov in Moscow.");

        Assert.Contains(claims, c => c is { Kind: ClaimKinds.Name, Slot: "name.envoy", Text: "Staffan de Mistura" });
        Assert.Contains(claims, c => c is { Kind: ClaimKinds.Name, Slot: "name.foreign-minister", Text: "Sergei Lavrov" });
        Assert.Contains(claims, c => c is { Kind: ClaimKinds.Name, Text: "Moscow" });
    }

    [Fact]
    public void Should_credit_the_source_named_after_the_figure()
    {
        var claims = ClaimExtractor.Extract("Five people died in the blast, police said.");

        var deaths = Assert.Single(claims, c => c.Slot == Slots.Deaths);
        Assert.Equal(("police", "explosion"), (deaths.Attribution, deaths.Subject));
    }

    [Fact]
    public void Should_cut_a_megabyte_line_without_stops_into_sentence_sized_pieces_and_still_read_it()
    {
        var line = string.Concat(Enumerable.Repeat("Wladimir-Klitschko(52-3,46KOs)$4.27bn/0737GMT;", 25_000));

        var claims = ClaimExtractor.Extract(line);

        Assert.All(claims, c => Assert.InRange(c.SentenceEnd - c.SentenceStart, 1, Sentences.MaxLength));
        Assert.Contains(claims, c => c is { Slot: Slots.RecordWins, Value: 52 });
        Assert.Contains(claims, c => c is { Unit: "USD", Value: 4_270_000_000 });
    }

    [Fact]
    public void Should_give_a_record_in_brackets_to_the_name_before_it_when_the_name_opens_the_sentence()
    {
        var claims = ClaimExtractor.Extract("Bowe (45-1, 33 KOs) had been training in Germany since September.");

        Assert.Contains(claims, c => c is { Slot: Slots.RecordWins, Value: 45, Subject: "Bowe" });
        Assert.DoesNotContain(claims, c => c.Subject == "Germany");
    }

    [Fact]
    public void Should_not_date_a_quake_when_struck_is_said_of_a_player()
    {
        var claims = ClaimExtractor.Extract("Tomas Revik struck twice as Harbor City beat Westbrook United on Saturday.", Thursday);

        var date = Assert.Single(claims, c => c.Kind == ClaimKinds.Date);
        Assert.NotEqual("date.quake", date.Slot);
    }

    [Fact]
    public void Should_keep_an_undated_sentence_about_an_earlier_event_on_that_event()
    {
        const string text = "A strong quake struck Aceh on Tuesday, injuring 50 people. In April last year an 8.6-magnitude quake struck off Banda Aceh. "
            + "Five people died and seven were injured in the quake and aftershocks. Rescuers said the quake had injured 48 people in one town.";

        var claims = ClaimExtractor.Extract(text, new DateTimeOffset(2013, 7, 3, 0, 0, 0, TimeSpan.Zero));

        Assert.Contains(claims, c => c is { Slot: Slots.Injured, Value: 50, Subject: "quake" });
        Assert.Contains(claims, c => c is { Slot: Slots.Injured, Value: 7, Subject: "quake 2012" });
        Assert.Contains(claims, c => c is { Slot: Slots.Magnitude, Value: 8.6, Subject: "quake 2012" });
        Assert.Contains(claims, c => c is { Kind: ClaimKinds.Date, Text: "2012-04", Subject: "quake 2012" });
        Assert.Contains(claims, c => c is { Slot: Slots.Injured, Value: 48, Subject: "quake" });
    }

    [Fact]
    public void Should_read_a_workforce_however_it_is_named()
    {
        var claims = ClaimExtractor.Extract("Kerrow employs 2,300 people at six plants. Rival Dunmore has 3,200 employees. Its 900 staff will move. A crowd of 400 watched.");

        Assert.Contains(claims, c => c is { Slot: Slots.Employees, Value: 2300 });
        Assert.Contains(claims, c => c is { Slot: Slots.Employees, Value: 3200 });
        Assert.Contains(claims, c => c is { Slot: Slots.Employees, Value: 900 });
        Assert.DoesNotContain(claims, c => c is { Slot: Slots.Employees, Value: 400 });
    }

    [Fact]
    public void Should_read_a_crowd_however_it_is_named()
    {
        var claims = ClaimExtractor.Extract("City won in front of 41,212 fans. The match was watched by a crowd of 42,112 at the park. More than 41,000 supporters sang.");

        Assert.Equal([41_000, 41_212, 42_112], claims.Where(c => c.Slot == Slots.Attendance).Select(c => c.Value!.Value).Order());
    }

    [Fact]
    public void Should_read_a_place_in_a_ranking()
    {
        var claims = ClaimExtractor.Extract("The victory lifts Harbor City to second in the table. She finished third in Paris.");

        var rank = Assert.Single(claims, c => c.Kind == ClaimKinds.Ordinal);
        Assert.Equal((Slots.Rank + ".table", 2d), (rank.Slot, rank.Value!.Value));
    }

    [Fact]
    public void Should_date_the_start_of_an_event_that_broke_out_or_has_run_since_a_day()
    {
        var claims = ClaimExtractor.Extract("The fire has burned 18,400 acres since it broke out on Saturday afternoon. It has scorched the valley since Saturday.", Thursday);

        Assert.All(claims.Where(c => c.Kind == ClaimKinds.Date), c => Assert.Equal("date.start", c.Slot));
        Assert.Contains(claims, c => c.Kind == ClaimKinds.Date);
    }

    [Fact]
    public void Should_count_a_part_of_a_numbered_whole_as_a_part_of_the_whole_noun()
    {
        var claims = ClaimExtractor.Extract("The Greens took four of the 31 council seats. The Reds won three of the council's 31 seats. Police held 23 of the raiders. Five of the 24 trapped men are contract workers.");

        Assert.Contains(claims, c => c is { Slot: "seat.part", Value: 4 });
        Assert.Contains(claims, c => c is { Slot: "seat.part", Value: 3 });
        Assert.Contains(claims, c => c is { Slot: "seat", Value: 31 });
        Assert.Contains(claims, c => c is { Slot: Slots.Arrested, Value: 23 });
        Assert.Contains(claims, c => c is { Slot: "man.part", Value: 5 });
    }

    [Fact]
    public void Should_read_a_level_a_river_rose_to_as_a_height_and_a_length_from_a_place_as_a_distance()
    {
        var claims = ClaimExtractor.Extract("The river rose to a record 7.8 metres in Brenndorf. It crested at 7.9 metres. The quake struck 55 km south of Bireun.");

        Assert.Equal(2, claims.Count(c => c.Slot == Slots.Height));
        Assert.Contains(claims, c => c is { Slot: Slots.Distance, Value: 55 });
    }

    [Fact]
    public void Should_date_the_peak_of_a_river()
    {
        var claims = ClaimExtractor.Extract("The river peaked on Wednesday night, the crisis centre said.", Thursday);

        Assert.Contains(claims, c => c is { Kind: ClaimKinds.Date, Slot: "date.peak" });
    }

    [Fact]
    public void Should_read_a_dated_period_but_not_a_run_of_periods()
    {
        var claims = ClaimExtractor.Extract("The deal is expected to close in the second quarter of 2026. It was the fourth quarter in a row of falling profit.");

        var quarter = Assert.Single(claims, c => c.Kind == ClaimKinds.Ordinal);
        Assert.Equal(("quarter", 2d), (quarter.Slot, quarter.Value!.Value));
    }

    [Theory]
    [InlineData("The jet skidded off the runway at the airport on Tuesday evening, officials said.", "date.accident")]
    [InlineData("A passenger jet slid off the end of a rain-soaked runway on Tuesday evening.", "date.accident")]
    [InlineData("The results were presented on Saturday at a cardiology congress.", "date.presentation")]
    [InlineData("City records show the bridge was last inspected in June 2023, when engineers rated it fair.", "date.inspection")]
    [InlineData("The kidnappers had seized the workers on Monday at the camp.", "date.seizure")]
    [InlineData("Gunmen abducted the workers on Monday at the camp.", "date.seizure")]
    public void Should_date_an_accident_or_a_presentation_and_not_take_the_end_of_a_runway_for_an_ending(string sentence, string slot)
    {
        var date = Assert.Single(ClaimExtractor.Extract(sentence), c => c.Kind == ClaimKinds.Date);

        Assert.Equal(slot, date.Slot);
    }

    [Theory]
    [InlineData("The trial enrolled 6,840 patients with chronic heart failure in 31 countries.", 6_840)]
    [InlineData("The trial randomised 8,640 adults with chronic heart failure.", 8_640)]
    public void Should_count_the_people_a_trial_enrolled_as_its_participants_whatever_it_calls_them(string sentence, double count)
    {
        var participants = Assert.Single(ClaimExtractor.Extract(sentence), c => c.Slot == Slots.Participants);

        Assert.Equal(count, participants.Value);
    }

    [Theory]
    [InlineData("Around 1 in 5 patients on velastin had a dose reduction.")]
    [InlineData("One in three voters stayed at home.")]
    public void Should_not_count_the_people_of_a_rate(string sentence)
    {
        Assert.DoesNotContain(ClaimExtractor.Extract(sentence), c => c.Kind == ClaimKinds.Number);
    }

    [Theory]
    [InlineData("The trial was led by Professor Elodie Vantrappen of the Lismore heart institute.")]
    [InlineData("Chief Inspector Elodie Vantrappen said the team would examine the flight recorders.")]
    public void Should_keep_a_title_out_of_the_name_it_stands_before(string sentence)
    {
        Assert.Contains(ClaimExtractor.Extract(sentence), c => c is { Kind: ClaimKinds.Name, Text: "Elodie Vantrappen" });
    }

    [Theory]
    [InlineData("Lawmakers approved the budget on Tuesday evening, voting 118 to 74.", 118, 74)]
    [InlineData("Parliament passed the budget by 112 votes to 74.", 112, 74)]
    [InlineData("The vote was 118 in favour and 74 against, with nine abstentions.", 118, 74)]
    public void Should_read_both_sides_of_a_vote_tally(string sentence, double yes, double no)
    {
        var claims = ClaimExtractor.Extract(sentence);

        Assert.Contains(claims, c => c.Slot == Slots.VotesFor && c.Value == yes);
        Assert.Contains(claims, c => c.Slot == Slots.VotesAgainst && c.Value == no);
    }

    [Fact]
    public void Should_not_take_two_candidates_votes_for_a_tally()
    {
        var claims = ClaimExtractor.Extract("Castellan won, taking 48,212 votes to 45,907 for incumbent Rafael Dunmore.");

        Assert.DoesNotContain(claims, c => c.Slot is Slots.VotesFor or Slots.VotesAgainst);
    }

    [Fact]
    public void Should_read_a_race_time_to_the_second_or_hundredth_and_a_zoned_time_as_a_time_of_day()
    {
        var race = Assert.Single(ClaimExtractor.Extract("Kitavi won the marathon in 2:06:41, ahead of Benedek."), c => c.Slot == Slots.TimeTaken);
        var downhill = ClaimExtractor.Extract("Kovrin stopped the clock at 1:52.37 wearing bib 7.");
        var zoned = ClaimExtractor.Extract("The quake struck at 10:30:15 GMT, officials said.");
        var at = ClaimExtractor.Extract("The quake struck at 10:30:15, officials said.");

        Assert.Equal(2 * 3600 + 6 * 60 + 41, race.Value);
        Assert.Equal(112.37, Assert.Single(downhill, c => c.Kind == ClaimKinds.Number).Value!.Value, 6);
        Assert.Equal(Slots.TimeTaken, downhill.Single(c => c.Kind == ClaimKinds.Number).Slot);
        Assert.Contains(zoned, c => c.Kind == ClaimKinds.Date && c.Text == "10:30 UTC");
        Assert.Contains(at, c => c.Kind == ClaimKinds.Date && c.Text == "10:30");
    }

    [Theory]
    [InlineData("The personal data of 1.2 million customers had been stolen.", "customers")]
    [InlineData("Hackers stole the data of about 1.6 million users.", "customers")]
    [InlineData("Six coaches were carrying passengers.", "carriages")]
    public void Should_count_one_thing_in_one_slot_whatever_noun_an_outlet_uses(string sentence, string slot)
    {
        Assert.Contains(ClaimExtractor.Extract(sentence), c => c.Kind == ClaimKinds.Number && c.Slot == slot);
    }

    [Theory]
    [InlineData("Parliament approved the budget on Tuesday evening after a long debate.", "date.vote")]
    [InlineData("The intrusion was first detected on Sunday, the company said.", "date.detection")]
    public void Should_date_a_vote_or_the_detection_of_an_intrusion(string sentence, string slot)
    {
        Assert.Contains(ClaimExtractor.Extract(sentence), c => c.Kind == ClaimKinds.Date && c.Slot == slot);
    }

    [Fact]
    public void Should_keep_a_portfolio_and_title_out_of_a_ministers_name()
    {
        Assert.Contains(ClaimExtractor.Extract("Finance Minister Annika Torvald told the chamber the deficit would fall."), c => c is { Kind: ClaimKinds.Name, Text: "Annika Torvald" });
    }

    [Fact]
    public void Should_count_the_owners_things_not_the_owner_in_a_part_of_a_possessive()
    {
        var claims = ClaimExtractor.Extract("Staff at two of the city's treatment centres said every bed was taken.");

        Assert.Contains(claims, c => c is { Kind: ClaimKinds.Number, Slot: "centre", Value: 2 });
        Assert.DoesNotContain(claims, c => c.Slot == "city");
    }

    [Fact]
    public void Should_credit_a_figure_to_those_who_say_it()
    {
        var claims = ClaimExtractor.Extract("Police say 30,000 people marched through the capital.");

        Assert.Contains(claims, c => c.Value == 30_000 && c.Attribution == "Police");
    }

    [Fact]
    public void Should_read_a_weekday_before_a_date_as_that_date()
    {
        var claims = ClaimExtractor.Extract("The final vote in parliament is set for Tuesday November 7.", Thursday);

        var vote = Assert.Single(claims, c => c.Kind == ClaimKinds.Date);
        Assert.Equal("2017-11-07", vote.Text);
    }

    [Fact]
    public void Should_count_the_noun_a_bare_figure_rose_to()
    {
        var claims = ClaimExtractor.Extract("Confirmed cases in the port city rose to 1,486 on Tuesday.");

        Assert.Contains(claims, c => c is { Kind: ClaimKinds.Number, Slot: "case", Value: 1_486 });
    }

    [Fact]
    public void Should_read_a_turnout_as_the_crowd()
    {
        var claims = ClaimExtractor.Extract("Police put the final turnout at 52,000.");

        Assert.Contains(claims, c => c is { Kind: ClaimKinds.Number, Slot: Slots.Attendance, Value: 52_000 });
    }

    [Fact]
    public void Should_date_a_confirmation_but_not_a_count_of_confirmed_things()
    {
        var confirmed = ClaimExtractor.Extract("The first case was confirmed on Saturday 14 October.", Thursday);
        var counted = ClaimExtractor.Extract("On Monday the ministry had reported 1,214 confirmed cases.", Thursday);

        Assert.Contains(confirmed, c => c is { Kind: ClaimKinds.Date, Slot: "date.detection", Text: "2017-10-14" });
        Assert.DoesNotContain(counted, c => c.Kind == ClaimKinds.Date && c.Slot == "date.detection");
    }

    [Theory]
    [InlineData("The ministry said on Monday evening that the old footbridge had collapsed.")]
    [InlineData("The governor told reporters on Monday that the bridge had collapsed.")]
    public void Should_not_date_an_event_by_the_day_it_was_told(string sentence)
    {
        var claims = ClaimExtractor.Extract(sentence, Thursday);

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKinds.Date);
    }

    [Fact]
    public void Should_date_an_event_told_of_in_a_clause_after_the_telling()
    {
        var claims = ClaimExtractor.Extract("Officials said the storm hit the coast on Monday.", Thursday);

        Assert.Contains(claims, c => c.Kind == ClaimKinds.Date);
    }

    [Fact]
    public void Should_read_a_group_that_were_over_an_age_as_no_count_but_a_toll_over_a_figure_as_one()
    {
        var ages = ClaimExtractor.Extract("Most of the dead were over 80.");
        var toll = ClaimExtractor.Extract("The death toll was over 80.");

        Assert.DoesNotContain(ages, c => c.Kind == ClaimKinds.Number);
        Assert.Contains(toll, c => c is { Kind: ClaimKinds.Number, Value: 80 });
    }

    [Fact]
    public void Should_name_the_time_of_a_reading_by_the_reading()
    {
        var reading = ClaimExtractor.Extract("Demand stood at 13,900 megawatts at 14:30.").Single(c => c.Kind == ClaimKinds.Date);
        var converted = ClaimExtractor.Extract("The station recorded 41.6C (106.9F) at 15:42.").Single(c => c.Kind == ClaimKinds.Date);
        var plain = ClaimExtractor.Extract("The bridge closed at 15:42.").Single(c => c.Kind == ClaimKinds.Date);

        Assert.Equal(("time.reading", "the 13900 reading"), (reading.Slot, reading.Subject));
        Assert.StartsWith("the 41.6", converted.Subject);
        Assert.Equal(("time.end", null), (plain.Slot, plain.Subject));
    }

    [Theory]
    [InlineData("He leads by 1 minute 12 seconds overall.", 72)]
    [InlineData("He started the day with a lead of 2min 15sec.", 135)]
    [InlineData("He won the stage in 5h 02min 37sec.", 18_157)]
    [InlineData("The hearing lasted two hours and 40 minutes.", 9_600)]
    public void Should_read_a_duration_written_in_several_units_as_one(string sentence, double seconds)
    {
        var duration = Assert.Single(ClaimExtractor.Extract(sentence), c => c.Kind == ClaimKinds.Number);

        Assert.Equal(seconds, duration.Value);
        Assert.Equal("s", duration.Unit);
    }

    [Theory]
    [InlineData("All 24 miners trapped by the collapse are alive.")]
    [InlineData("Twenty-four miners buried 421m underground sent a note to the surface.")]
    public void Should_count_people_trapped_or_buried_as_trapped(string sentence)
    {
        var trapped = ClaimExtractor.Extract(sentence).First(c => c.Value == 24);

        Assert.Equal(Slots.Trapped, trapped.Slot);
    }

    [Fact]
    public void Should_count_people_in_hospital_as_injured()
    {
        var claims = ClaimExtractor.Extract("Emergency services said 24 people were taken to hospital.");

        Assert.Equal(Slots.Injured, Assert.Single(claims, c => c.Kind == ClaimKinds.Number).Slot);
    }

    [Theory]
    [InlineData("The painting sold for 38.5 million crowns in Valdane on Thursday evening.", "date.sale")]
    [InlineData("The state funeral on 16 November will be the first for an artist in 27 years.", "date.funeral")]
    [InlineData("A crude oil tanker ran aground on a reef off the coast early on Tuesday.", "date.accident")]
    public void Should_date_a_sale_a_funeral_and_a_grounding(string sentence, string slot)
    {
        var date = Assert.Single(ClaimExtractor.Extract(sentence, Thursday), c => c.Kind == ClaimKinds.Date);

        Assert.Equal(slot, date.Slot);
    }

    [Theory]
    [InlineData("Get the Culture newsletter, the best of arts and ideas, every Thursday at 6pm.")]
    [InlineData("The ferry sailed each Monday until the line closed.")]
    public void Should_not_date_an_event_by_a_schedule(string sentence)
    {
        Assert.DoesNotContain(ClaimExtractor.Extract(sentence, Thursday), c => c.Kind == ClaimKinds.Date);
    }

    [Fact]
    public void Should_end_a_sentence_after_a_decade_and_count_a_named_series_by_its_last_word()
    {
        const string text = "Most of his oils have been in museums since the 1920s. \"Net Menders\" was shown at the fourth Valdane Salon in 1876. The orchestra will play his Eighth Symphony.";

        var claims = ClaimExtractor.Extract(text);

        var salon = Assert.Single(claims, c => c.Kind == ClaimKinds.Ordinal);
        Assert.Equal(("salon", 4.0), (salon.Slot, salon.Value));
        Assert.Equal(text.IndexOf("\"Net", StringComparison.Ordinal), salon.SentenceStart);
    }

    [Fact]
    public void Should_give_a_things_age_to_the_thing_not_the_nearest_name()
    {
        var tanker = ClaimExtractor.Extract("The 22-year-old Saint Corvel-flagged tanker ran aground early on Monday.").Single(c => c.Slot == Slots.Age);
        var master = ClaimExtractor.Extract("Police questioned the master, a 51-year-old national of Saint Corvel.").Single(c => c.Slot == Slots.Age);

        Assert.Equal("the tanker", tanker.Subject);
        Assert.NotEqual("the tanker", master.Subject);
    }

    [Fact]
    public void Should_date_what_a_days_possessive_names()
    {
        var race = ClaimExtractor.Extract("The programme continues with Sunday's super-G on the same mountain.", Thursday);
        var sale = ClaimExtractor.Extract("The painting was lot 72 in Thursday's evening sale.", Thursday);

        Assert.Equal("date.super-g", Assert.Single(race, c => c.Kind == ClaimKinds.Date).Slot);
        Assert.Equal("date.sale", Assert.Single(sale, c => c.Kind == ClaimKinds.Date).Slot);
        Assert.DoesNotContain(sale, c => c.Kind == ClaimKinds.Name);
    }

    [Theory]
    [InlineData("The union said the talks, which have to finish by 19 December, would be hard.")]
    [InlineData("The consultation must end on 19 December, the company said.")]
    public void Should_read_a_deadline_weeks_ahead_in_the_coming_year(string sentence)
    {
        var deadline = Assert.Single(ClaimExtractor.Extract(sentence, Thursday), c => c.Kind == ClaimKinds.Date);

        Assert.Equal("2017-12-19", deadline.Text);
    }
}
