using FactCheck.Comparison.Engine;

namespace FactCheck.Comparison.Tests;

public sealed class StoryFeaturesTests
{
    private const string Talks = """
        Syrian government and opposition delegations met in Astana, Kazakhstan, for talks brokered by Russia, Iran and Turkey.
        United Nations envoy Staffan de Mistura attended the negotiations on de-escalation zones and prisoner exchanges.
        """;

    private const string Quake = """
        A powerful earthquake struck Indonesia's Aceh province on Tuesday, flattening houses and triggering landslides.
        Officials in Bener Meriah district said rescuers were searching collapsed buildings for survivors.
        """;

    private static readonly DateTimeOffset Monday = new(2017, 12, 18, 9, 0, 0, TimeSpan.Zero);

    private static double Similarity(string a, DateTimeOffset? aAt, string b, DateTimeOffset? bAt) =>
        StoryFeatures.Similarity(StoryFeatures.Terms(null, a).All, aAt, StoryFeatures.Terms(null, b).All, bAt, _ => 1);

    [Fact]
    public void Should_match_two_reports_of_one_event_published_the_same_week()
    {
        var similarity = Similarity(Talks, Monday, Talks.Replace("met in", "gathered in"), Monday.AddDays(2));

        Assert.True(similarity >= StoryFeatures.MatchThreshold);
    }

    [Fact]
    public void Should_not_match_the_same_kind_of_event_months_apart()
    {
        var similarity = Similarity(Talks, Monday, Talks, Monday.AddDays(90));

        Assert.Equal(0, similarity);
    }

    [Fact]
    public void Should_not_match_different_events_on_shared_words_alone()
    {
        var similarity = Similarity(Talks, Monday, Quake, Monday);

        Assert.Equal(0, similarity);
    }

    [Fact]
    public void Should_not_match_two_events_whose_officials_share_only_a_title()
    {
        const string outbreak = """
            Health Minister Anna Kovac said the outbreak in the eastern districts had killed nine people and that further
            cases were expected. Regional authorities declared an emergency and called in the army.
            """;
        const string blast = """
            Labour Minister Piet Kovac said the explosion at the plant in the eastern districts had killed nine people.
            Regional authorities declared an emergency and the company called in investigators.
            """;

        var similarity = Similarity(outbreak, null, blast, null);

        Assert.Equal(0, similarity);
    }

    [Fact]
    public void Should_not_match_two_events_whose_bodies_share_only_the_common_nouns_of_their_names()
    {
        const string strike = """
            The Metalworkers' Union said tens of thousands had marched to the Parliament in the valley town against the pension
            law, and that deputies would vote on the reform next week while police held back protesters near the Chamber.
            """;
        const string vote = """
            The Green Agrarian Union said its deputies would vote against the government in the Parliament next week, after a
            protest in the valley town where police held back farmers outside the Chamber of Deputies.
            """;

        var similarity = Similarity(strike, null, vote, null);

        Assert.Equal(0, similarity);
    }

    [Fact]
    public void Should_not_match_two_events_that_share_only_continents_platforms_and_page_furniture()
    {
        const string cuts = """
            The Business desk of the Daily Courier heard analysts at the Nordic brokerage say the company would cut jobs in Europe
            and Asia as revenue fell in the quarter, the Morning bulletin said on Facebook; shares fell in early trading.
            """;
        const string results = """
            Freight group revenue fell in the quarter as demand in Europe and Asia slowed, the Business pages of the Daily
            Herald reported, and its Nordic division would cut jobs, the Morning bulletin said on Facebook; shares fell.
            """;

        var similarity = Similarity(cuts, null, results, null);

        Assert.Equal(0, similarity);
    }

    [Fact]
    public void Should_look_up_only_terms_rare_enough_to_bound_the_work()
    {
        var terms = StoryFeatures.Terms(null, Talks);
        var holding = terms.All.ToDictionary(t => t, t => t == "e:astana" ? 5L : 10_000L);

        var lookup = StoryPlacement.LookupTerms(terms, holding);

        Assert.Equal(["e:astana"], lookup);
    }

    [Fact]
    public void Should_post_only_terms_that_will_still_be_looked_up_once_the_article_is_counted()
    {
        var terms = StoryFeatures.Terms(null, Talks);
        var (fresh, nearlyCommon) = (terms.All[0], terms.All[1]);
        var holding = terms.All.ToDictionary(t => t, t => t == fresh ? 0L : t == nearlyCommon ? StoryPlacement.MaxPostings - 1 : StoryPlacement.MaxPostings);

        var posted = StoryPlacement.PostedTerms(terms, holding);

        Assert.Equal([fresh, nearlyCommon], posted);
        Assert.All(posted, t => Assert.Contains(t, StoryPlacement.LookupTerms(terms, holding.ToDictionary(h => h.Key, h => h.Value + 1))));
    }
}
