using FactCheck.Contracts;
using FactCheck.Review.Data;
using FactCheck.Review.Desk;

namespace FactCheck.Review.Tests;

public sealed class ClaimMatrixTests
{
    private static readonly Guid Wire = Guid.NewGuid();
    private static readonly ArticleView CopyA = new(Guid.NewGuid(), "a.txt", "Gulf Times", null, null, null, 3, Wire);
    private static readonly ArticleView CopyB = new(Guid.NewGuid(), "b.txt", "Khaleej Times", null, null, null, 3, Wire);
    private static readonly ArticleView Own = new(Guid.NewGuid(), "c.txt", "Emirates Voice", null, null, null, 3, Guid.NewGuid());

    [Fact]
    public void Should_group_syndicated_copies_in_one_column_and_mark_both_sides_of_a_conflict()
    {
        var claims = new[]
        {
            Claim(CopyA, "round", "sixth round"), Claim(CopyB, "round", "sixth round"), Claim(Own, "round", "eighth round"),
            Claim(CopyA, "zone", "four"), Claim(Own, "zone", "four"),
        };
        var conflict = new Conflict
        {
            Slot = "round",
            Sides =
            [
                new ConflictSide { Display = "eighth", Sources = [new ConflictSource { ArticleId = Own.Id }] },
                new ConflictSide { Display = "sixth", Sources = [new ConflictSource { ArticleId = CopyA.Id }, new ConflictSource { ArticleId = CopyB.Id }] },
            ],
        };

        var matrix = ClaimMatrix.Build([CopyA, CopyB, Own], claims, [conflict]);

        Assert.Equal(2, matrix.Columns.Count);
        var wire = matrix.Columns.Single(c => c.VoiceId == Wire);
        Assert.Equal(["Gulf Times", "Khaleej Times"], wire.Outlets);
        Assert.Equal(["round", "zone"], matrix.Rows.Select(r => r.Slot));
        var round = matrix.Rows[0];
        Assert.True(round.InConflict);
        Assert.Equal([0, 1], round.Cells.Select(c => c.Side!.Value).Order());
        Assert.All(matrix.Rows[1].Cells, c => Assert.False(c.Disagrees));
    }

    [Fact]
    public void Should_leave_out_slots_only_one_voice_speaks_to()
    {
        var claims = new[] { Claim(Own, "deaths", "12"), Claim(CopyA, "round", "sixth"), Claim(Own, "round", "sixth") };

        var matrix = ClaimMatrix.Build([CopyA, Own], claims, []);

        Assert.Equal(["round"], matrix.Rows.Select(r => r.Slot));
    }

    [Fact]
    public void Should_cut_a_quote_around_its_value_with_context_on_both_sides()
    {
        const string text = "Delegations arrived on Thursday. The eighth round of talks began. Moscow has led the talks.";

        var cut = QuoteInContext.Cut(text, "The eighth round of talks began.", "eighth round");

        Assert.Equal("Delegations arrived on Thursday. ", cut.Before);
        Assert.Equal(("The ", "eighth round", " of talks began."), (cut.QuoteStart, cut.Value, cut.QuoteEnd));
        Assert.Equal(" Moscow has led the talks.", cut.After);
    }

    private static ClaimCell Claim(ArticleView article, string slot, string display) =>
        new() { ArticleId = article.Id, Slot = slot, Display = display, Kind = "ordinal" };
}
