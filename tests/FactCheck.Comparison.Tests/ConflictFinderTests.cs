using FactCheck.Comparison.Engine;
using FactCheck.Contracts;

namespace FactCheck.Comparison.Tests;

public sealed class ConflictFinderTests
{
    private static readonly Guid Story = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff");

    private static ArticleEvidence Article(string doc, params Claim[] claims) =>
        new(Guid.NewGuid(), doc, doc, null, 0, claims);

    private static Claim AtLeast(string slot, double value) =>
        new() { Kind = "number", Slot = slot, Value = value, Low = value, Bound = "atLeast", Display = $"more than {value}" };

    private static Claim Ordinal(string slot, double value) =>
        new() { Kind = "ordinal", Slot = slot, Value = value, Low = value, High = value, Display = $"#{value} {slot}" };

    [Fact]
    public void Should_flag_lower_bounds_that_differ_by_more_than_the_tolerance()
    {
        var conflicts = ConflictFinder.Find(Story, [Article("a", AtLeast("deaths", 340_000)), Article("b", AtLeast("deaths", 300_000))]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal("deaths", conflict.Slot);
        Assert.Equal(2, conflict.Sides.Count);
    }

    [Fact]
    public void Should_stay_quiet_when_sources_agree()
    {
        var conflicts = ConflictFinder.Find(Story, [Article("a", AtLeast("deaths", 340_000)), Article("b", AtLeast("deaths", 340_000))]);

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Should_flag_different_ordinals_and_keep_the_same_id_on_recomputation()
    {
        var articles = new[] { Article("a", Ordinal("round", 8)), Article("b", Ordinal("round", 6)) };

        var first = ConflictFinder.Find(Story, articles);
        var again = ConflictFinder.Find(Story, articles);

        Assert.Equal("high", Assert.Single(first).Severity);
        Assert.Equal(first[0].Id, again[0].Id);
    }
}
