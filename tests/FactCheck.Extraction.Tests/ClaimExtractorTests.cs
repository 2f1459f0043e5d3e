using FactCheck.Extraction.Engine;

namespace FactCheck.Extraction.Tests;

public sealed class ClaimExtractorTests
{
    [Fact]
    public void Should_read_a_death_toll_with_its_lower_bound()
    {
        var claims = ClaimExtractor.Extract("The war has left more than 340,000 people dead, according to the Syrian Observatory for Human Rights.");

        var toll = Assert.Single(claims, c => c.Slot == "deaths");
        Assert.Equal(340_000, toll.Value);
        Assert.Equal(Bounds.AtLeast, toll.Bound);
        Assert.Equal(340_000, toll.Low);
        Assert.Null(toll.High);
        Assert.Equal("the Syrian Observatory for Human Rights", toll.Attribution);
    }

    [Fact]
    public void Should_read_an_ordinal_with_the_noun_it_orders()
    {
        var claims = ClaimExtractor.Extract("The eighth round of talks come after Russian leader Vladimir Putin ordered a withdrawal.");

        var round = Assert.Single(claims, c => c.Kind == ClaimKinds.Ordinal);
        Assert.Equal("round", round.Slot);
        Assert.Equal(8, round.Value);
    }

    [Fact]
    public void Should_not_count_years()
    {
        var claims = ClaimExtractor.Extract("Since the start of Syria's war in 2011, numerous diplomatic attempts have stumbled.");

        Assert.DoesNotContain(claims, c => c.Value == 2011);
    }
}
