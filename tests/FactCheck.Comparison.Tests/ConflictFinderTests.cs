using FactCheck.Comparison.Engine;
using FactCheck.Contracts;

namespace FactCheck.Comparison.Tests;

public sealed class ConflictFinderTests
{
    private static readonly Guid Story = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff");
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static ArticleEvidence Article(string doc, params Claim[] claims) => Published(doc, null, claims);

    private static ArticleEvidence Published(string doc, DateTimeOffset? at, params Claim[] claims) =>
        new(Guid.NewGuid(), doc, "Outlet " + doc, at, 0, claims);

    private static Claim Number(string slot, double value, string quote, string bound = "exact", string? unit = null, string? attribution = null, string? display = null) => new()
    {
        Kind = "number", Slot = slot, Value = value, Bound = bound, Unit = unit, Attribution = attribution,
        Low = bound is "exact" or "atLeast" ? value : null, High = bound is "exact" or "atMost" ? value : null,
        Display = display ?? Shown(value, quote), Quote = quote, End = quote.Length,
    };

    private static Claim Ordinal(string slot, double value, string word, string quote) => new()
    {
        Kind = "ordinal", Slot = slot, Value = value, Low = value, High = value, Display = word + " " + slot, Quote = quote, End = quote.Length,
    };

    private static Claim Named(string slot, string name, string quote) => new()
    {
        Kind = "name", Slot = slot, Text = name, Display = name, Quote = quote, End = quote.Length,
    };

    private static Claim Date(string slot, string text, string display, string quote) => new()
    {
        Kind = "date", Slot = slot, Text = text, Display = display, Quote = quote, End = quote.Length,
    };

    private static string Shown(double value, string quote)
    {
        var digits = value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);
        return quote.Contains(digits, StringComparison.Ordinal) ? digits : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Should_flag_lower_bounds_that_differ_by_more_than_the_tolerance()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("deaths", 340_000, "The war has left more than 340,000 people dead.", "atLeast")),
            Article("b", Number("deaths", 300_000, "More than 300,000 people have been killed in the war.", "atLeast"))]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal("deaths", conflict.Slot);
        Assert.Equal("contradiction", conflict.Finding);
        Assert.Equal(2, conflict.Sides.Count);
    }

    [Fact]
    public void Should_stay_quiet_when_about_a_figure_meets_the_figure()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("deaths", 340_000, "The war has left about 340,000 people dead.", "about")),
            Article("b", Number("deaths", 340_000, "The war has left 340,000 people dead."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_flag_different_ordinals_and_keep_the_same_id_on_recomputation()
    {
        var articles = new[]
        {
            Article("a", Ordinal("round", 8, "eighth", "The eighth round of talks comes after a visit.")),
            Article("b", Ordinal("round", 6, "sixth", "The sixth round of peace negotiations is underway.")),
        };

        var first = ConflictFinder.Find(Story, articles);
        var again = ConflictFinder.Find(Story, articles);

        Assert.Equal("high", Assert.Single(first).Severity);
        Assert.Equal(first[0].Id, again[0].Id);
    }

    [Fact]
    public void Should_not_compare_a_knockdown_round_with_the_stoppage_round()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a",
                Ordinal("round", 6, "sixth", "Rahman was knocked down in the sixth round with a left hook."),
                Ordinal("round", 7, "seventh", "The referee stopped the fight in the seventh round.")),
            Article("b", Ordinal("round", 7, "seventh", "Klitschko won by a stoppage in the seventh round.")),
            Article("c", Ordinal("round", 6, "sixth", "He went down in the sixth round after a double left hook."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_convert_kilometres_and_miles_before_comparing()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("depth", 10, "The quake struck at a depth of 10 kilometres.", unit: "km")),
            Article("b", Number("depth", 6, "The quake struck at a depth of six miles.", unit: "mile"))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_call_euros_and_dollars_different_figures_without_a_rate()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("cargo.value", 100e6, "The tanker carries $100 million of crude oil.", unit: "USD", display: "$100 million")),
            Article("b", Number("cargo.value", 75e6, "The tanker carries 75 million euros worth of crude oil.", unit: "EUR", display: "75 million euros"))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_compare_a_province_figure_with_a_figure_across_a_continent()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("deaths", 170_000, "The 2004 tsunami killed 170,000 people in the province.")),
            Article("b", Number("deaths", 230_000, "The 2004 tsunami killed 230,000 people across Asia."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_mark_an_earlier_lower_death_toll_stale()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Published("a", Monday, Number("deaths", 5, "The quake killed 5 people, officials said.")),
            Published("b", Monday.AddHours(9), Number("deaths", 24, "The quake killed 24 people, officials said."))]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal("stale", conflict.Finding);
        Assert.Equal("low", conflict.Severity);
    }

    [Fact]
    public void Should_report_figures_from_different_bodies_as_an_attribution_mismatch()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("displaced", 40_000, "Floods displaced 40,000 people, according to the UN.", attribution: "the UN")),
            Article("b", Number("displaced", 12_000, "Floods displaced 12,000 people, according to the government.", attribution: "the government"))]);

        Assert.Equal("attribution", Assert.Single(conflicts).Finding);
    }

    [Fact]
    public void Should_flag_one_name_spelled_two_ways_but_not_two_different_people()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Named("envoy", "Staffan de Mistura", "UN envoy Staffan de Mistura arrived."), Named("boxer", "Wladimir Klitschko", "Wladimir Klitschko won.")),
            Article("b", Named("envoy", "Steffan de Mistura", "UN envoy Steffan de Mistura arrived."), Named("boxer", "Vitali Klitschko", "Vitali Klitschko watched."))]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal("spelling", conflict.Finding);
        Assert.Contains(conflict.Sides, s => s.Display == "Steffan de Mistura");
    }

    [Fact]
    public void Should_flag_a_misspelled_surname_once_with_its_full_name()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Named("minister", "Ilse Varnholm", "Minister Ilse Varnholm spoke."), Named("minister", "Varnholm", "Varnholm said the plant would close.")),
            Article("b", Named("minister", "Ilse Varnholt", "Minister Ilse Varnholt spoke."), Named("minister", "Varnholt", "Varnholt said the plant would close."))]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal(["Ilse Varnholm", "Ilse Varnholt"], conflict.Sides.Select(s => s.Display).Order());
    }

    [Fact]
    public void Should_not_flag_a_name_written_with_and_without_its_accents()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Named("club", "Atletico Sorvan", "He joins from Atletico Sorvan.")),
            Article("b", Named("club", "Atlético Sorvan", "He joins from Atlético Sorvan."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_read_a_date_of_no_year_as_the_same_day_of_a_full_date()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Date("date.explosion", "--03-13", "March 13", "An explosion tore through the plant on March 13.")),
            Article("b", Date("date.explosion", "2025-03-13", "Thursday", "The blast tore through the works on Thursday."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_pair_the_times_of_two_named_events()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Date("time.departure", "15:00", "3pm", "The ferry departed from the landing stage shortly after 3pm for Kessen.")),
            Article("b", Date("time.accident", "15:40", "3.40pm", "The ferry overturned at 3.40pm on its way to Kessen."))]);
        var sameEvent = ConflictFinder.Find(Story, [
            Article("a", Date("time.accident", "15:00", "3pm", "The ferry overturned at 3pm on its way to Kessen.")),
            Article("b", Date("time.event", "15:40", "3.40pm", "The ferry rolled over at 3.40pm on its way to Kessen."))]);

        Assert.Empty(conflicts);
        Assert.Equal("date", Assert.Single(sameEvent).Kind);
    }

    [Fact]
    public void Should_not_compare_figures_stamped_at_different_moments()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("home", 180_000, "MereGrid said about 180,000 homes were without power as of 9pm, including most of Port Anselm.", "about")),
            Article("b", Number("home", 212_000, "The utility MereGrid said 212,000 homes were without electricity as of 6am on Sunday, most of them in Dunmara."))]);
        var sameMoment = ConflictFinder.Find(Story, [
            Article("a", Number("home", 212_000, "The utility MereGrid said 212,000 homes were without electricity as of 6am on Sunday.")),
            Article("b", Number("home", 121_000, "MereGrid said 121,000 households were without electricity at 6 a.m. on Sunday."))]);

        Assert.Empty(conflicts);
        Assert.Single(sameMoment);
    }

    [Fact]
    public void Should_read_a_figure_by_the_time_something_happened_as_a_reading_of_that_moment()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("person", 2_000, "About 2,000 people had gathered outside parliament by mid-afternoon, police said.", "about")),
            Article("b", Number("person", 6_000, "Police said some 6,000 people were gathered outside parliament by the time the result was read out.", "about"))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_pair_the_times_of_readings_only_when_the_readings_agree()
    {
        var twoReadings = ConflictFinder.Find(Story, [
            Article("a", Date("time.reading", "14:30", "14:30", "Demand stood at 13,900 megawatts at 14:30.") with { Subject = "the 13900 reading" }),
            Article("b", Date("time.reading", "17:15", "17:15", "Demand peaked at 14,870 megawatts at 17:15.") with { Subject = "the 14870 reading" })]);
        var oneReading = ConflictFinder.Find(Story, [
            Article("a", Date("time.reading", "15:42", "15:42", "The station recorded 41.6C at 15:42.") with { Subject = "the 41.6 reading" }),
            Article("b", Date("time.reading", "14:42", "14:42", "The Kessby station peaked at 41.6C at 14:42.") with { Subject = "the 41.6 reading" })]);

        Assert.Empty(twoReadings);
        Assert.Equal("date", Assert.Single(oneReading).Kind);
    }

    [Fact]
    public void Should_not_hang_a_clause_on_a_year_when_a_day_is_named_after_it()
    {
        var dayAfterYear = ClaimContext.Of(Number("deaths", 41, "Lenmark recorded its deadliest day since records began in 1874 on 22 July, when the heat in the crowded southern provinces and the capital killed 41 people."));
        var yearAlone = ClaimContext.Of(Number("deaths", 63, "It is the most intense cyclone to hit the mainland since Cyclone Berro in 1998, which reached a minimum central pressure of 928 hPa and killed 63 people."));

        Assert.DoesNotContain("1874", dayAfterYear.Years);
        Assert.Contains("1998", yearAlone.Years);
    }

    [Fact]
    public void Should_read_a_figure_in_a_clause_hung_on_a_year_as_that_years()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("deaths", 9, "Nine people have died after Cyclone Ilesha crossed the coast this afternoon.", display: "Nine")),
            Article("b", Number("deaths", 63, "It is the most intense cyclone to hit the mainland since Cyclone Berro in 1998, which reached a minimum central pressure of 928 hPa and killed 63 people."))]);

        Assert.Empty(conflicts);
    }

    [Theory]
    [InlineData("Of the fourteen victims, eleven died in Dunmara and three in Ostrel province.", true)]
    [InlineData("The mayor of the city said eleven people died in Dunmara overnight.", false)]
    public void Should_read_figures_after_of_the_N_as_its_parts(string quote, bool part)
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("deaths", 14, "Fourteen people died in the storm, the agency said on Sunday.")),
            Article("b", Number("deaths", 11, quote, display: "eleven"))]);

        Assert.Equal(part, conflicts.Count == 0);
    }

    [Fact]
    public void Should_compare_a_weekly_wage_only_with_wages()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("money.fee", 240_000, "A person with knowledge of the deal said he would earn about £240,000 a week before bonuses.", "about", "GBP")),
            Article("b", Number("money.fee", 79_000_000, "At £79m he is priced for what he could become, a person with knowledge of the deal said.", unit: "GBP"))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_accept_a_weekday_that_matches_the_date_and_flag_one_that_does_not()
    {
        var agree = ConflictFinder.Find(Story, [
            Article("a", Date("talks.end", "2017-12-22", "on December 22", "The talks end on December 22.")),
            Article("b", Date("talks.end", "Friday", "on Friday", "The talks end on Friday."))]);
        var disagree = ConflictFinder.Find(Story, [
            Article("a", Date("talks.end", "Tuesday", "by Tuesday", "The talks end by Tuesday.")),
            Article("b", Date("talks.end", "Friday", "on Friday", "The talks end on Friday."))]);

        Assert.Empty(agree);
        Assert.Equal("date", Assert.Single(disagree).Kind);
    }

    [Fact]
    public void Should_count_syndicated_copies_as_one_voice_and_say_the_majority()
    {
        const long wire = 0x5A5A_1234_0F0F_7777;
        var copy = new ArticleEvidence(Guid.NewGuid(), "b", "Outlet b", null, wire ^ 0b101, [Number("deaths", 340_000, "The war has left more than 340,000 people dead.", "atLeast")]);
        var conflicts = ConflictFinder.Find(Story, [
            new ArticleEvidence(Guid.NewGuid(), "a", "Outlet a", null, wire, [Number("deaths", 340_000, "The war has left more than 340,000 people dead.", "atLeast")]),
            copy,
            Article("c", Number("deaths", 300_000, "More than 300,000 people have been killed in the war.", "atLeast")),
            Article("d", Number("deaths", 340_000, "Monitors say more than 340,000 people have died in the war.", "atLeast"))]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal(2, conflict.Sides[0].Voices);
        Assert.Equal(3, conflict.Sides[0].Sources.Count);
        Assert.Equal("340,000", conflict.Majority);
        Assert.Equal("Death toll: 340,000 — Outlet a, Outlet b, Outlet d (2 voices) vs 300,000 — Outlet c", conflict.Summary);
    }

    [Fact]
    public void Should_call_a_disagreement_between_copies_of_one_wire_story_a_transcription_error()
    {
        const long wire = 0x5A5A_1234_0F0F_7777;
        var conflicts = ConflictFinder.Find(Story, [
            new ArticleEvidence(Guid.NewGuid(), "a", "Outlet a", null, wire, [Number("injured", 249, "The agency recorded 249 people injured.")]),
            new ArticleEvidence(Guid.NewGuid(), "b", "Outlet b", null, wire ^ 1, [Number("injured", 294, "The agency recorded 294 people injured.")])]);

        Assert.Equal("transcription", Assert.Single(conflicts).Finding);
    }

    [Fact]
    public void Should_note_when_the_sides_were_published_months_apart()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Published("a", Monday, Ordinal("round", 6, "sixth", "The sixth round of talks opened in Astana.")),
            Published("b", Monday.AddDays(92), Ordinal("round", 8, "eighth", "The eighth round of talks opened in Astana."))]);

        Assert.Equal("published 3 months apart; may be different rounds", Assert.Single(conflicts).Note);
    }

    [Fact]
    public void Should_flag_two_sums_in_one_currency_that_differ()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("money.profit", 212e6, "The group reported a net profit of 212 million euros.", unit: "EUR", display: "212 million euros")),
            Article("b", Number("money.fell", 221e6, "Net profit for the quarter fell to 221 million euros.", unit: "EUR", display: "221 million euros"))]);

        Assert.Single(conflicts);
    }

    [Fact]
    public void Should_not_compare_a_profit_with_a_revenue()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("money.fell", 900e6, "In its Nordic division, revenue fell to 900 million euros.", unit: "EUR", display: "900 million euros")),
            Article("b", Number("money.fell", 221e6, "Net profit for the quarter fell to 221 million euros.", unit: "EUR", display: "221 million euros"))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_flag_precise_counts_that_differ_but_accept_a_rounded_one()
    {
        var precise = ConflictFinder.Find(Story, [
            Article("a", Number("vote", 48_212, "Castellan won the election with 48,212 votes.")),
            Article("b", Number("vote", 48_122, "Castellan won the election with 48,122 votes."))]);
        var rounded = ConflictFinder.Find(Story, [
            Article("a", Number("injured", 249, "Officials recorded 249 people injured.")),
            Article("b", Number("injured", 250, "Officials recorded 250 people injured."))]);

        Assert.Single(precise);
        Assert.Empty(rounded);
    }

    [Fact]
    public void Should_not_compare_a_margin_with_a_total()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("vote", 2_305, "Castellan won the election by 2,305 votes.")),
            Article("b", Number("vote", 48_212, "Castellan won the election with 48,212 votes."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_accept_one_instant_in_two_zones_and_flag_local_time_given_as_utc()
    {
        var agree = ConflictFinder.Find(Story, [
            Article("a", Date("time.quake", "07:37 UTC", "0737 GMT", "The quake struck inland at 0737 GMT.")),
            Article("b", Date("time.event", "03:37 EDT", "3:37 a.m. EDT", "It struck at 3:37 a.m. EDT."))]);
        var disagree = ConflictFinder.Find(Story, [
            Article("a", Date("time.quake", "07:37 UTC", "0737 GMT", "The quake struck inland at 0737 GMT.")),
            Article("b", Date("time.event", "07:37 local", "7:37 AM local time", "It took place at 7:37 AM local time."))]);

        Assert.Empty(agree);
        Assert.Single(disagree);
    }

    [Fact]
    public void Should_keep_a_bare_month_apart_from_weekdays_when_the_sentences_share_a_word()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Date("date.end", "2017-07", "July", "In July, the president ended support to rebel groups fighting the army.")),
            Article("b", Date("date.end", "Tuesday", "by Tuesday", "The negotiations will be completed by Tuesday, extremist groups like the militants excluded.")),
            Article("c", Date("date.end", "Friday", "on Friday", "The negotiations should conclude with a plenary session on Friday."))]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal(["by Tuesday", "on Friday"], conflict.Sides.Select(s => s.Display).Order());
        Assert.DoesNotContain(conflict.Sides.SelectMany(s => s.Sources), s => s.Doc == "a");
    }

    [Fact]
    public void Should_stay_quiet_when_one_figure_is_for_an_unnamed_village_of_the_district()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("deaths", 1, "In a village in Karo district, one man was killed when a landslide buried a farm.", display: "one")),
            Article("b", Number("deaths", 12, "Twelve people were killed by landslides and falling walls in Karo district.", display: "Twelve"))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_stay_quiet_when_one_figure_is_the_whole_a_part_is_counted_from()
    {
        const string Landed = "Jones, who was coming off a knockout of Brown in May, landed 150 punches to just 40 for Smith.";
        const string Totals = "The final numbers showed Jones landing 150 of 300 punches thrown while Smith connected on just 40 of 180 punches thrown.";
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("punch", 150, Landed)),
            Article("b", Number("punch", 300, Totals), Number("punch", 180, Totals))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_stay_quiet_when_two_counts_share_only_the_slot_word_elsewhere_in_their_sentences()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("fight", 2, "The two interesting fights out there for Ivan are a showdown with the champion or a bout with Lee.", display: "two")),
            Article("b", Number("fight", 3, "Moore is most remembered for his three fights with Cole and two tough bouts with Grant.", display: "three"))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_stay_quiet_when_a_quantity_is_only_vague()
    {
        var dozens = Number("injured", 24, "The quake killed five people and injured dozens.", "range", display: "dozens") with { Low = 24, High = 99 };
        var hundreds = Number("injured", 200, "The quake injured hundreds of people.", "range", display: "hundreds") with { Low = 200, High = 999 };

        var conflicts = ConflictFinder.Find(Story, [Article("a", dozens), Article("b", hundreds), Article("c", Number("injured", 249, "The quake injured 249 people."))]);

        Assert.Empty(conflicts);
        Assert.True(ConflictFinder.Vague(dozens));
        Assert.False(ConflictFinder.Vague(Number("injured", 30, "Between 30 and 40 were injured.", "range") with { Low = 30, High = 40 }));
    }

    [Fact]
    public void Should_compare_figures_of_an_earlier_event_by_the_year_their_subject_carries()
    {
        var april = Number("magnitude", 8.6, "In April last year an 8.6-magnitude quake struck 431 kilometres off Banda Aceh, prompting a tsunami alert.", unit: "magnitude") with { Subject = "quake 2012" };
        var may = Number("magnitude", 8.7, "An 8.7-magnitude earthquake also hit off the city of Banda Aceh on Sumatra island in May 2012, triggering tsunami alerts.", unit: "magnitude") with { Subject = "quake 2012" };
        var other = Number("magnitude", 6.4, "Last year a 6.4-magnitude quake rocked the west coast of Sumatra, killing one person.", unit: "magnitude") with { Subject = "quake 2012" };

        var conflicts = ConflictFinder.Find(Story, [Article("a", april), Article("b", may, other)]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal(["8.6", "8.7"], conflict.Sides.Select(s => s.Value).Order());
    }

    [Fact]
    public void Should_not_compare_a_figure_of_an_earlier_event_with_one_of_the_story()
    {
        var earlier = Number("injured", 7, "Five people died and seven were injured in the quake and aftershocks.", display: "seven") with { Subject = "quake 2012" };
        var story = Number("injured", 249, "The agency recorded 24 people dead and 249 people injured in the quake.");

        var conflicts = ConflictFinder.Find(Story, [Article("a", earlier), Article("b", story)]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_flag_records_that_stand_beside_the_same_name_whatever_their_sentences_say()
    {
        static Claim Record(double wins, string holder, string quote) => Number("record.wins", wins, quote, display: $"{wins}-1") with { Subject = holder };

        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Record(43, "Bowe", "Former champion Riddick Bowe, 43-1, 33 KOs, returned with a decision win over Gene Pukall, 14-13-2."),
                Record(14, "Pukall", "Former champion Riddick Bowe, 43-1, 33 KOs, returned with a decision win over Gene Pukall, 14-13-2.")),
            Article("b", Record(45, "Bowe", "Bowe (45-1, 33 KOs) had been training in Germany since September to lose weight."),
                Record(16, "Povetkin", "Next up is Alexander Povetkin (16-0), the mandatory challenger."))]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal(["43", "45"], conflict.Sides.Select(s => s.Value).Order());
    }

    [Fact]
    public void Should_not_compare_a_date_well_before_publication_with_the_date_of_the_story()
    {
        static Claim Day(string iso, string display, string quote) =>
            Date("date.quake", iso, display, quote) with { Value = DateOnly.Parse(iso).DayNumber, High = DateOnly.Parse(iso).DayNumber };

        var conflicts = ConflictFinder.Find(Story, [
            Published("a", Monday, Day("2026-03-02", "Monday", "A strong quake struck the province on Monday, killing five.")),
            Published("b", Monday, Day("2025-12-06", "December 6", "On December 6, an earthquake struck the eastern province of Papua."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_compare_a_bare_year_with_a_month_of_unknown_year()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Date("date.end", "--07", "July", "In July, the president ended support for rebel groups fighting the government.")),
            Article("b", Date("date.end", "2016", "last year", "A ceasefire brokered at the end of last year has held in the rebel-held north."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_weigh_a_conflict_more_when_its_figure_stands_in_a_headline()
    {
        ArticleEvidence[] Articles(string? headline) => [
            Article("a", Number("house", 100, "More than 100 houses were damaged by the quake.", "atLeast")) with { Title = headline },
            Article("b", Number("house", 93, "The quake damaged more than 93 houses.", "atLeast"))];

        var body = Assert.Single(ConflictFinder.Find(Story, Articles("Quake shakes Aceh province")));
        var headline = Assert.Single(ConflictFinder.Find(Story, Articles("100 houses damaged as quake shakes Aceh")));

        Assert.Equal("low", body.Severity);
        Assert.False(body.Headline);
        Assert.Equal("medium", headline.Severity);
        Assert.True(headline.Headline);
    }

    [Fact]
    public void Should_weigh_a_human_toll_more_than_a_count_of_things()
    {
        var houses = Assert.Single(ConflictFinder.Find(Story, [
            Article("a", Number("house", 100, "More than 100 houses were damaged by the quake.", "atLeast")),
            Article("b", Number("house", 93, "The quake damaged more than 93 houses in the town.", "atLeast"))]));
        var injured = Assert.Single(ConflictFinder.Find(Story, [
            Article("a", Number("injured", 100, "More than 100 people were injured by the quake.", "atLeast")),
            Article("b", Number("injured", 93, "The quake injured more than 93 people in the town.", "atLeast"))]));

        Assert.Equal("low", houses.Severity);
        Assert.Equal("medium", injured.Severity);
    }

    [Fact]
    public void Should_find_a_value_in_a_headline_however_it_is_written()
    {
        Assert.True(Headlines.Mention("Five dead, dozens injured in Indonesia quake", Number("deaths", 5, "killing at least five people", "atLeast", display: "at least five")));
        Assert.True(Headlines.Mention("Revik double sends Harbor City second", Ordinal("place", 2, "second", "to second in the table")));
        Assert.True(Headlines.Mention("6.1-magnitude quake strikes Aceh", Number("magnitude", 6.1, "A 6.1-magnitude quake", unit: "magnitude")));
        Assert.True(Headlines.Mention("Norvik Freight to cut 1,500 jobs", Number("job", 1500, "would cut 1,500 jobs")));
        Assert.False(Headlines.Mention("Norvik Freight to cut 1,500 jobs", Number("job", 1200, "would cut 1,200 jobs")));
        Assert.False(Headlines.Mention("One in five homes lost", Number("house", 15, "15 homes")));
        Assert.False(Headlines.Mention(null, Number("house", 15, "15 homes")));
    }

    [Fact]
    public void Should_not_compare_the_sums_of_two_parties_the_sentences_open_with()
    {
        static Claim Euros(double value, string quote) => Number("money", value, quote, unit: "EUR", display: "€" + value);

        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Euros(2_100_000_000, "Aldenmark, which owns a stake in Kerrow, reported revenue of €2.1 billion last year."),
                Named("name", "Aldenmark Foods", "Aldenmark Foods will buy Kerrow Dairy."), Named("name", "Kerrow Dairy", "Aldenmark Foods will buy Kerrow Dairy.")),
            Article("b", Euros(410_000_000, "Kerrow reported revenue of €410 million last year."), Named("name", "Kerrow Dairy", "Aldenmark is buying Kerrow Dairy."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_compare_a_sum_whose_sentence_opens_with_a_common_word()
    {
        static Claim Euros(double value, string quote) => Number("money", value, quote, unit: "EUR", display: "€" + value);

        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Euros(410_000_000, "Revenue was €410 million last year, the company said."), Named("name", "Kerrow Dairy", "Kerrow Dairy said.")),
            Article("b", Euros(510_000_000, "Kerrow reported revenue of €510 million last year."), Named("name", "Kerrow Dairy", "Kerrow Dairy said."))]);

        Assert.Single(conflicts);
    }

    [Fact]
    public void Should_not_set_a_price_paid_against_annual_sales()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("money", 85_000_000, "Aldenmark has agreed to buy Kerrow for €85 million in cash.", unit: "EUR", display: "€85 million")),
            Article("b", Number("money", 2_700_000_000, "The combined company would have annual sales of about $2.7 billion.", "about", unit: "USD", display: "about $2.7 billion"))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_weigh_each_side_by_its_hardest_statement()
    {
        var conflict = Assert.Single(ConflictFinder.Find(Story, [
            Article("a", Number("attendance", 41_000, "More than 41,000 fans watched the match at the park.", "atLeast")),
            Article("b", Number("attendance", 41_212, "A crowd of 41,212 fans watched the match at the park.")),
            Article("c", Number("attendance", 42_112, "A crowd of 42,112 fans watched the match at the park."))]));

        Assert.Equal("medium", conflict.Severity);
    }

    [Fact]
    public void Should_compare_parts_with_parts_and_wholes_with_wholes_when_the_whole_is_numbered()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("seat", 3, "The Greens won three of the council's 31 seats.", display: "three"),
                Number("seat", 31, "The Greens won three of the council's 31 seats.")),
            Article("b", Number("seat", 4, "The Greens took four of the 31 council seats, their best result.", display: "four"),
                Number("seat", 31, "The Greens took four of the 31 council seats, their best result."))]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal(["3", "4"], conflict.Sides.Select(s => s.Value).Order());
    }

    [Fact]
    public void Should_compare_counts_of_one_nationality_only_with_each_other()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("arrested", 23, "The navy captured 23 pirates who threatened a merchant vessel."),
                Number("arrested", 12, "The apprehended included 12 Somalis and 11 Yemenis.")),
            Article("b", Number("arrested", 23, "The navy has captured 23 Somalian pirates.")),
            Article("c", Number("arrested", 23, "Commandos nabbed 23 Somali and Yemeni sea brigands after the attack."))]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal(["12", "23"], conflict.Sides.Select(s => s.Value).Order());
        Assert.Equal(["a", "b"], conflict.Sides.SelectMany(s => s.Sources).Select(x => x.Doc).Order());
    }

    [Fact]
    public void Should_compare_converted_measures_by_the_rounding_of_their_last_digit_not_by_ten_percent()
    {
        static Claim Metres(double metres, string quote) =>
            Number("height", metres / 1000, quote, "about", unit: "km", display: $"{metres} metres") with { Low = (metres - 0.3) / 1000, High = (metres + 0.3) / 1000 };

        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Metres(7.8, "The river rose to a record 7.8 metres in the town of Brenndorf.")),
            Article("b", Metres(8.7, "The river reached a record height of 8.7 metres, officials said.")),
            Article("c", Metres(7.8, "The river crested at 7.8 metres in Brenndorf."))]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal(["0.0078", "0.0087"], conflict.Sides.Select(s => s.Value).Order());
    }

    [Fact]
    public void Should_not_compare_a_figure_its_own_article_says_was_later_revised()
    {
        const string revised = "Airport officials initially said nine people had been hurt, but later raised the figure to 11.";

        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("injured", 9, revised, display: "nine")),
            Article("b", Number("injured", 11, "The jet skidded off the runway, injuring 11 people, officials said."))]);
        var unrevised = ConflictFinder.Find(Story, [
            Article("a", Number("injured", 9, "Airport officials said nine people had been hurt.", display: "nine")),
            Article("b", Number("injured", 11, "The jet skidded off the runway, injuring 11 people, officials said."))]);

        Assert.Empty(conflicts);
        Assert.Single(unrevised);
    }

    [Fact]
    public void Should_not_pair_two_articles_only_percentages_when_their_words_name_different_measures_or_none()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("patient.percent", 7.9, "Treatment was stopped because of side effects in 7.9 percent of patients on velastin.", unit: "%", display: "7.9 percent")),
            Article("b", Number("patient.percent", 18.2, "The primary outcome occurred in 18.2 percent of patients taking velastin.", unit: "%", display: "18.2 percent"))]);
        var sameMeasure = ConflictFinder.Find(Story, [
            Article("a", Number("percent", 12, "Norvik said its annual profit fell 12 percent.", unit: "%", display: "12 percent")),
            Article("b", Number("percent", 21, "Profit dropped 21 percent, the freight group said.", unit: "%", display: "21 percent"))]);

        Assert.Empty(conflicts);
        Assert.Single(sameMeasure);
    }

    [Theory]
    [InlineData("Those taking velastin were 24 percent less likely to die from heart disease.", 24, "Of those taking velastin, 18.2 percent died from heart disease.", 18.2)]
    [InlineData("Spending rises, driven by a 12 percent increase in the defence budget.", 12, "The budget aims to cut the deficit to 2.8 percent of GDP.", 2.8)]
    public void Should_not_compare_a_change_with_a_level(string change, double by, string level, double value)
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("percent", by, change, unit: "%", display: $"{by} percent")),
            Article("b", Number("percent", value, level, unit: "%", display: $"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)} percent"))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_compare_a_tally_won_by_votes_to_votes_and_not_take_it_for_a_margin()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("votes.for", 112, "Parliament passed the state budget on Tuesday by 112 votes to 74.")),
            Article("b", Number("votes.for", 118, "The assembly approved the state budget on Tuesday, voting 118 to 74."))]);

        Assert.Equal("votes.for", Assert.Single(conflicts).Slot);
    }

    [Fact]
    public void Should_not_pair_figures_an_order_of_magnitude_apart_unless_their_contexts_are_close()
    {
        const string held = "Gunmen freed eleven workers after holding them for 36 days, the provincial governor said.";
        var apart = ConflictFinder.Find(Story, [
            Article("a", Number("duration", 3_110_400, held, unit: "s", display: "36 days")),
            Article("b", Number("duration", 1_262_304_000, "\"My father has worked on every project in this province for forty years,\" said his son.", unit: "s", display: "forty years"))]);
        var close = ConflictFinder.Find(Story, [
            Article("a", Number("duration", 3_110_400, held, unit: "s", display: "36 days")),
            Article("b", Number("duration", 3_283_200, "Gunmen freed eleven workers after holding them for 38 days, the governor said.", unit: "s", display: "38 days"))]);

        Assert.Empty(apart);
        Assert.Single(close);
    }

    [Fact]
    public void Should_compare_some_of_a_group_only_with_some_of_a_group()
    {
        var some = ConflictFinder.Find(Story, [
            Article("a", Number("man", 6, "Six of the freed men are from Tel Sabbah and the villages around it.", display: "Six")),
            Article("b", Number("man", 11, "Eleven men abducted from the camp were freed on Saturday, officials said.", display: "Eleven"))]);
        var both = ConflictFinder.Find(Story, [
            Article("a", Number("worker", 13, "Thirteen of the workers seized from the camp were freed on Saturday.", display: "Thirteen")),
            Article("b", Number("worker", 11, "Eleven of the workers seized from the camp were freed on Saturday.", display: "Eleven"))]);

        Assert.Empty(some);
        Assert.Single(both);
    }

    [Fact]
    public void Should_not_compare_a_figure_a_speaker_only_imagines()
    {
        const string served = "Kresslova served seven double faults in the final.";
        var imagined = ConflictFinder.Find(Story, [
            Article("a", Number("fault", 7, served, display: "seven")),
            Article("b", Number("fault", 10, "\"She could serve ten double faults in a final and I wouldn't care,\" her coach said.", display: "ten"))]);
        var reported = ConflictFinder.Find(Story, [
            Article("a", Number("fault", 7, served, display: "seven")),
            Article("b", Number("fault", 10, "She served ten double faults in the final, her coach said.", display: "ten"))]);

        Assert.Empty(imagined);
        Assert.Single(reported);
    }

    [Fact]
    public void Should_pair_a_ransom_with_the_sum_demanded_among_other_sums()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a",
                Number("money", 4_000_000, "The thugs had demanded a staggering $4 million ransom for their captives.", unit: "USD", display: "$4 million"),
                Number("money", 180_000_000, "The $180 million pipeline is meant to bring water to the north.", unit: "USD", display: "$180 million")),
            Article("b",
                Number("money", 5_000_000, "A security source said the kidnappers had demanded 5 million dollars for the release of all 15 hostages.", unit: "USD", display: "5 million dollars"),
                Number("money", 180_000_000, "Work on the 180 million dollar pipeline is suspended.", unit: "USD", display: "180 million dollar"))]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal(["4000000", "5000000"], conflict.Sides.Select(s => s.Value).Order());
    }

    [Fact]
    public void Should_pair_prize_money_however_the_winner_s_cheque_is_called()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("money.cheque", 164_000, "Kresslova collects a winner's cheque of €164,000 and will climb into the top 20.", unit: "EUR", display: "€164,000")),
            Article("b", Number("money.tasty", 146_000, "And the win came with a tasty €146,000 payday - not bad for an afternoon's work!", unit: "EUR", display: "€146,000"))]);

        Assert.Single(conflicts);
    }

    [Fact]
    public void Should_compare_ages_of_unnamed_people_only_when_each_article_gives_one_age()
    {
        static Claim Age(double years, string quote, string? subject) => Number("age", years, quote, unit: "yr") with { Subject = subject };
        var several = ConflictFinder.Find(Story, [
            Article("a", Age(24, "Kresslova, 24, hit 11 aces but also served seven double faults.", "Kresslova"),
                Age(21, "The fifth seed needed two hours to subdue the 21-year-old Dutchwoman.", null)),
            Article("b", Age(21, "The 21-year-old from Utrecht hit five aces in the final.", null),
                Age(24, "It is the first title on home soil for the 24-year-old Kresslova.", "Kresslova"))]);
        var one = ConflictFinder.Find(Story, [
            Article("a", Age(45, "Police arrested the 45-year-old captain of the ferry on Sunday.", null)),
            Article("b", Age(47, "The ferry's 47-year-old captain was arrested by police on Sunday.", null))]);

        Assert.Empty(several);
        Assert.Single(one);
    }

    [Fact]
    public void Should_not_compare_the_old_value_of_a_change_with_the_new_one()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("percent", 4, "The bank cut its main rate from 4% to 3.75% on Tuesday.", unit: "%", display: "4%")),
            Article("b", Number("percent", 3.75, "The bank lowered its main rate to 3.75% on Tuesday.", unit: "%", display: "3.75%")),
            Article("c", Number("percent", 4, "The bank lowered its main rate to 3.75 per cent, down from 4% in May.", unit: "%", display: "4%"))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_compare_readings_taken_at_different_moments_of_the_day()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("percent", 0.5, "The currency weakened 0.5% against the dollar within minutes of the announcement.", unit: "%", display: "0.5%")),
            Article("b", Number("percent", 0.9, "The currency closed 0.9% weaker against the dollar after the announcement.", unit: "%", display: "0.9%")),
            Article("c", Number("case", 820, "On Monday morning health officials had reported 820 cases of the disease.")),
            Article("d", Number("case", 1_130, "By Tuesday evening health officials had reported 1,130 cases of the disease."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_compare_a_figure_its_sentence_calls_provisional_with_a_final_one()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("deaths", 12, "Twelve people have died, officials said, in figures they described as provisional.", display: "Twelve")),
            Article("b", Number("deaths", 15, "Fifteen people have died, officials said on Tuesday evening.", display: "Fifteen"))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_compare_figures_of_earlier_events_dated_to_different_days()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("person", 30_000, "The first rally on 2 March drew 30,000 people, police said.")),
            Article("b", Number("person", 45_000, "The biggest rally, on 16 March, drew 45,000 people, police said.")),
            Article("c", Number("marcher", 30_000, "Turnout has varied since the first rally on 2 March, when police counted 30,000 marchers.")),
            Article("d", Number("marcher", 38_000, "Police counted 38,000 marchers in the city on Saturday."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_compare_a_figure_of_its_own_time_with_todays()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("crown", 3_000_000, "The paintings stolen in that raid were then valued at 3 million crowns.")),
            Article("b", Number("crown", 25_000_000, "Insurers valued the stolen paintings at 25 million crowns."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_take_a_window_of_time_for_how_long_something_lasted()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("duration", 31_557_600, "A third of firms expect to cut jobs in the next 12 months, the survey found.", unit: "s", display: "12 months")),
            Article("b", Number("duration", 47_336_400, "Firms held off on cutting jobs for 18 months, the survey found.", unit: "s", display: "18 months"))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_compare_the_whole_a_count_is_taken_out_of()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("dose", 120_000, "Officials said most doses had been given, out of the 120,000 doses delivered last week.")),
            Article("b", Number("dose", 96_000, "Some 96,000 doses have been given so far, officials said."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_compare_a_date_still_to_come_with_one_already_past()
    {
        var published = new DateTimeOffset(2026, 3, 3, 20, 0, 0, TimeSpan.Zero);
        var conflicts = ConflictFinder.Find(Story, [
            Published("a", published, Date("date.speech", "2026-03-03", "Tuesday", "The ministry gave the figures at its briefing at 9am on Tuesday.") with { Value = new DateOnly(2026, 3, 3).DayNumber }),
            Published("b", published, Date("date.speech", "2026-03-04", "Wednesday", "The ministry gives its next briefing at 9am on Wednesday.") with { Value = new DateOnly(2026, 3, 4).DayNumber })]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_compare_days_a_state_held()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Date("date.end", "2026-03-02", "Monday", "The gallery will remain closed to visitors on Monday.")),
            Article("b", Date("date.end", "2026-03-03", "Tuesday", "The gallery will stay closed on Tuesday."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_compare_the_start_of_a_stay_with_the_start_of_an_event()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Date("date.start", "2026-02-26", "Thursday", "The vaccination campaign in the port began on Thursday.")),
            Article("b", Date("date.start", "2026-03-01", "Sunday", "The head of the vaccination campaign has been in the port since Sunday."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_read_a_month_of_an_unknown_year_as_that_month_of_a_known_one()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Date("date.start", "2025-09", "September", "It was the fourth strike since September.")),
            Article("b", Date("date.start", "--09", "September", "We have struck again and again since September."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_set_a_rival_estimate_against_a_figure_its_own_article_also_gives()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("deaths", 22, "The doctors' union said at least 22 people had died of the disease in the city.", "atLeast"),
                Number("deaths", 17, "The union says the ministry's figure of 17 leaves out those who died at home.")),
            Article("b", Number("deaths", 17, "Seventeen people had died of the disease in the city, the ministry said.", display: "Seventeen"))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_want_shared_words_before_pairing_two_dates_of_earlier_events()
    {
        var published = new DateTimeOffset(2026, 3, 3, 20, 0, 0, TimeSpan.Zero);
        var conflicts = ConflictFinder.Find(Story, [
            Published("a", published, Date("date.peak", "2024-06", "June 2024", "Rates had peaked at 6 per cent in June 2024 after a long series of increases.") with { Value = new DateOnly(2024, 6, 1).DayNumber, High = new DateOnly(2024, 6, 30).DayNumber }),
            Published("b", published, Date("date.peak", "2023-03", "March 2023", "Inflation fell in May, a world away from the 9.8 per cent peak in March 2023, when energy bills soared.") with { Value = new DateOnly(2023, 3, 1).DayNumber, High = new DateOnly(2023, 3, 31).DayNumber })]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_compare_a_rate_in_one_region_with_a_rate_given_for_no_place()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("percent", 3.4, "Inflation in the province stood at 3.4 per cent in May.", unit: "%", display: "3.4 per cent")),
            Article("b", Number("percent", 3.1, "Inflation stood at 3.1% in May.", unit: "%", display: "3.1%"))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_pair_two_readings_stamped_at_one_moment_however_else_the_sentences_differ()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("case", 2_315, "Officials admitted at a 6pm press conference tonight that cases have rocketed to 2,315."),
                Number("patient", 500, "More than 500 patients were in hospital.", "atLeast")),
            Article("b", Number("case", 2_351, "Cases in the region rose to 2,351 and nine people have died, the ministry said at its 6pm briefing."),
                Number("case", 1_900, "On Monday morning the ministry had reported 1,900 cases."))]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal(["2315", "2351"], conflict.Sides.Select(s => s.Value).Order());
    }

    [Fact]
    public void Should_not_take_a_figure_for_a_part_when_more_than_bounds_the_next_one()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("case", 2_315, "Cases have risen to 2,315, with more than 500 patients in hospital.")),
            Article("b", Number("case", 2_351, "Cases have risen to 2,351, the ministry said."))]);

        Assert.Single(conflicts);
    }

    [Fact]
    public void Should_not_compare_a_count_from_a_clause_hung_on_an_earlier_month()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("member", 4, "The council met in July, when four members voted for a cut.", display: "four")),
            Article("b", Number("member", 9, "The nine members of the council voted for the cut on Thursday.", display: "nine"))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_compare_a_figure_beside_a_day_weeks_before_the_article_with_the_story_s_own()
    {
        var published = new DateTimeOffset(2026, 5, 14, 18, 0, 0, TimeSpan.Zero);
        var conflicts = ConflictFinder.Find(Story, [
            Published("a", published, Number("person", 30_000, "The first rally against the law on 2 March drew 30,000 people, police said.")),
            Published("b", published, Number("person", 45_000, "Police said 45,000 people rallied against the law on Thursday."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_let_last_year_date_only_the_figures_near_it()
    {
        var far = ClaimContext.Of(Number("marka", 1.48e9, "The programme's price tag of 1.48 billion marka has been a sore point in a province where the harbour dredging scheme was shelved last year.", display: "1.48 billion"));
        var near = ClaimContext.Of(Number("marka", 1.2e9, "Last year the programme cost 1.2 billion marka.", display: "1.2 billion"));

        Assert.DoesNotContain("relative", far.Years);
        Assert.Contains("relative", near.Years);
    }

    [Fact]
    public void Should_date_a_figure_by_the_year_of_its_own_clause_counting_a_title_as_one_word()
    {
        var titled = ClaimContext.Of(Number("crown", 29.6e6, "It also clears the house's previous record of 29.6 million crowns for Ingrid Sollmann's \"The Breakwater at Grenaa\" in 2019.", display: "29.6 million"));
        var nextClause = ClaimContext.Of(Number("crown", 26.9e6, "The price beats Dravec's record of 9.2 million crowns, set in 2011 in Port Hesse, and the house's own record of 26.9 million crowns, paid in 2019.", display: "26.9 million"));

        Assert.Contains("2019", titled.Years);
        Assert.Equal(["2019"], nextClause.Years.Order());
    }

    [Theory]
    [InlineData("By Tuesday evening, 6,850 people had been evacuated, Jonas Brekkestad told reporters at a 6pm briefing.")]
    [InlineData("Jonas Brekkestad said 6,850 people had been evacuated by the time of his 6pm briefing.")]
    [InlineData("At a briefing in Ostervik at 6pm, Jonas Brekkestad said 6,850 people had now been evacuated.")]
    public void Should_stamp_a_figure_with_the_clock_time_of_the_briefing_that_gave_it(string quote)
    {
        Assert.Equal("6pm", ClaimContext.Of(Number("evacuated", 6_850, quote)).Stamp);
    }

    [Fact]
    public void Should_stamp_a_crowd_gathered_before_dawn()
    {
        Assert.Equal("dawn", ClaimContext.Of(Number("attendance", 4_000, "Police said some 4,000 spectators had gathered on the dunes before dawn.", "about")).Stamp);
    }

    [Fact]
    public void Should_not_pair_runs_or_milestones_whose_sentences_say_little_alike()
    {
        var runs = ConflictFinder.Find(Story, [
            Article("a", Date("date.start", "2025-10-10", "Friday", "Hotelier Dagny Kress said her 28 rooms had been fully booked since Friday.")),
            Article("b", Date("date.start", "2025-10-11", "Saturday", "Okkervil, who has spent four dawns in a row in the control room, said: \"I've had about nine hours' sleep in my rooms since Saturday.\""))]);
        var milestones = ConflictFinder.Find(Story, [
            Article("a", Number("elapsed", 540, "Okkervil told the control room about nine minutes into the flight that the second stage was burning.", unit: "s", display: "about nine minutes")),
            Article("b", Number("elapsed", 3_240, "The tracking station picked up the first signal after the spacecraft separated from the upper stage 54 minutes into the flight.", unit: "s", display: "54 minutes"))]);

        Assert.Empty(runs);
        Assert.Empty(milestones);
    }

    [Fact]
    public void Should_date_a_figure_by_the_nearer_of_two_years_on_one_side()
    {
        var context = ClaimContext.Of(Ordinal("salon", 4, "fourth", "It won a silver medal at the fourth Valdane Salon in 1876 and was bought in 1923 by the shipowner Aksel Hallgren.") with { Display = "fourth" });

        Assert.Equal(["1876"], context.Years);
    }

    [Fact]
    public void Should_let_a_converted_band_meet_a_whole_number_within_its_rounding()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a", Number("distance", 38, "Oil from the tanker has now reached 38 kilometres of coastline, the coastguard said.", unit: "km")),
            Article("b", Number("distance", 38.624256, "Oil from the tanker has now reached 24 miles of coastline, the coastguard said.", "about", "km", display: "24 miles") with { Low = 38.1414528, High = 39.1070592 })]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_not_set_figures_against_each_other_when_one_article_reports_both_as_rivals()
    {
        var conflicts = ConflictFinder.Find(Story, [
            Article("a",
                Number("participants", 640, "The municipality said 640 volunteers had registered, while Clean Marsund said more than 1,500 people had signed up."),
                Number("person", 1_500, "The municipality said 640 volunteers had registered, while Clean Marsund said more than 1,500 people had signed up.", "atLeast", display: "more than 1,500")),
            Article("b", Number("participants", 640, "Some 640 volunteers had registered with the municipality by Wednesday, the mayor said.", "about", display: "Some 640")),
            Article("c", Number("participants", 1_500, "An army of 1,500 volunteers turned out with shovels, buckets and bin bags, the campaign group said."))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_read_a_figure_stamped_earlier_in_an_earlier_article_as_an_earlier_reading()
    {
        var flash = Number("attendance", 9_000, "Organisers said about 9,000 spectators had gathered in the finish area by midday.", "about", display: "about 9,000");
        var report = Number("attendance", 14_500, "Kovrin won in front of a crowd organisers put at 14,500 in the finish area.");
        var (early, late) = (new DateTimeOffset(2025, 12, 20, 13, 41, 0, TimeSpan.Zero), new DateTimeOffset(2025, 12, 20, 17, 5, 0, TimeSpan.Zero));

        var stampedFirst = ConflictFinder.Find(Story, [Published("a", early, flash), Published("b", late, report)]);
        var stampedLater = ConflictFinder.Find(Story, [Published("a", late, flash), Published("b", early, report)]);

        Assert.Empty(stampedFirst);
        Assert.Single(stampedLater);
    }
}
