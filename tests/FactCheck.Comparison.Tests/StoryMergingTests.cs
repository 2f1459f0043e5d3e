using FactCheck.Comparison.Data;
using FactCheck.Comparison.Editing;
using FactCheck.Contracts;
using FactCheck.Platform.Data;
using FactCheck.Tests;
using Microsoft.Extensions.Logging.Abstractions;
using static FactCheck.Tests.StoryArticles;

namespace FactCheck.Comparison.Tests;

public sealed class StoryMergingTests : SqliteComparisonTests
{
    [Fact]
    public async Task Should_merge_two_stories_into_the_older_when_an_article_matches_both()
    {
        var comparison = Instance();
        var astana = await comparison.CompareAsync(Article("a1.txt", Astana, 340_000, TalksDay), CancellationToken.None);
        var moscow = await comparison.CompareAsync(Article("b1.txt", Moscow, 300_000, TalksDay.AddHours(2)), CancellationToken.None);
        var moscowConflict = await comparison.CompareAsync(Article("b2.txt", Moscow, 250_000, TalksDay.AddHours(3)), CancellationToken.None);

        var bridged = await comparison.CompareAsync(Article("c1.txt", Bridge, 340_000, TalksDay.AddHours(5)), CancellationToken.None);

        Assert.NotEqual(astana.Story.Id, moscow.Story.Id);
        Assert.Equal(astana.Story.Id, bridged.Story.Id);
        var merged = Assert.Single(bridged.Merged);
        Assert.Equal(moscow.Story.Id, merged.StoryId);
        Assert.Equal(astana.Story.Id, merged.MergedInto);
        Assert.Equal(moscowConflict.Conflicts.Select(c => c.Id), merged.ResolvedConflicts);
        var conflict = Assert.Single(bridged.Conflicts);
        Assert.Equal(["a1.txt", "b1.txt", "b2.txt", "c1.txt"], conflict.Sides.SelectMany(s => s.Sources).Select(s => s.Doc).Order());
        Assert.Equal(astana.Story.Id, (await StoryOfAsync(moscow.Article.ArticleId)));
        Assert.Empty(await ConflictsAsync(moscow.Story.Id));
    }

    [Fact]
    public async Task Should_announce_the_same_merge_again_when_the_bridging_message_is_redelivered()
    {
        var comparison = Instance();
        await comparison.CompareAsync(Article("a1.txt", Astana, 340_000, TalksDay), CancellationToken.None);
        await comparison.CompareAsync(Article("b1.txt", Moscow, 300_000, TalksDay), CancellationToken.None);
        await comparison.CompareAsync(Article("b2.txt", Moscow, 250_000, TalksDay), CancellationToken.None);
        var bridge = Article("c1.txt", Bridge, 340_000, TalksDay);
        var first = await comparison.CompareAsync(bridge, CancellationToken.None);

        var again = await comparison.CompareAsync(bridge, CancellationToken.None);

        Assert.Equal(first.Story.Id, again.Story.Id);
        Assert.Single(first.Merged);
        Assert.Equal(first.Merged, again.Merged, new MergedComparer());
        Assert.Equal(first.Conflicts.Select(c => c.Id), again.Announce.Select(c => c.Id));
    }

    [Fact]
    public async Task Should_keep_a_later_version_of_an_absorbed_article_in_the_merged_story()
    {
        var comparison = Instance();
        var astana = await comparison.CompareAsync(Article("a1.txt", Astana, 340_000, TalksDay), CancellationToken.None);
        var moscow = Article("b1.txt", Moscow, 300_000, TalksDay);
        await comparison.CompareAsync(moscow, CancellationToken.None);
        await comparison.CompareAsync(Article("c1.txt", Bridge, 340_000, TalksDay), CancellationToken.None);

        var corrected = await comparison.CompareAsync(Article("b1.txt", Moscow, 340_000, TalksDay) with { ArticleId = moscow.ArticleId, Version = 2 }, CancellationToken.None);

        Assert.Equal(astana.Story.Id, corrected.Story.Id);
        Assert.Empty(corrected.Conflicts);
    }

    [Theory]
    [InlineData(Quake, "2004-12-26", "2005-12-20")]
    [InlineData(Astana, "2017-05-04", "2017-09-14")]
    public async Task Should_not_merge_two_events_in_one_place_when_they_lie_months_apart(string text, string first, string second)
    {
        var comparison = Instance();
        var early = DateTimeOffset.Parse(first + "T08:00:00Z");
        var late = DateTimeOffset.Parse(second + "T08:00:00Z");
        var one = await comparison.CompareAsync(Article("q1.txt", text, 340_000, early), CancellationToken.None);
        var two = await comparison.CompareAsync(Article("q2.txt", text, 300_000, late), CancellationToken.None);

        var dated = await comparison.CompareAsync(Article("q3.txt", text, 300_000, late.AddDays(1)), CancellationToken.None);
        var undated = await comparison.CompareAsync(Article("q4.txt", text, 250_000, null), CancellationToken.None);

        Assert.NotEqual(one.Story.Id, two.Story.Id);
        Assert.Equal(two.Story.Id, dated.Story.Id);
        Assert.Empty(dated.Merged);
        Assert.Empty(undated.Merged);
        Assert.Equal(one.Story.Id, await StoryOfAsync(one.Article.ArticleId));
        Assert.Equal(two.Story.Id, await StoryOfAsync(two.Article.ArticleId));
    }

    [Fact]
    public async Task Should_merge_a_story_into_another_when_an_editor_asks_and_change_nothing_when_asked_again()
    {
        var comparison = Instance();
        var editor = new StoryEditor(new StoryRepository(Database()), TimeProvider.System);
        var astana = await comparison.CompareAsync(Article("a1.txt", Astana, 340_000, TalksDay), CancellationToken.None);
        var moscow = await comparison.CompareAsync(Article("b1.txt", Moscow, 300_000, TalksDay), CancellationToken.None);

        var edit = await editor.MergeAsync(moscow.Story.Id, astana.Story.Id, "desk", CancellationToken.None);
        var again = await editor.MergeAsync(moscow.Story.Id, astana.Story.Id, "desk", CancellationToken.None);

        var absorbed = edit.Stories.Single(s => s.StoryId == moscow.Story.Id);
        var live = edit.Stories.Single(s => s.StoryId == astana.Story.Id);
        Assert.Equal(astana.Story.Id, absorbed.MergedInto);
        Assert.Equal(new[] { astana.Article.ArticleId, moscow.Article.ArticleId }.Order(), live.ArticleIds.Order());
        var detected = Assert.Single(edit.Detected);
        Assert.Equal(Assert.Single(live.Conflicts).Id, detected.ConflictId);
        Assert.Equal(live.Conflicts.Select(c => c.Id), again.Stories.Single(s => s.StoryId == astana.Story.Id).Conflicts.Select(c => c.Id));
        Assert.Equal(astana.Story.Id, again.Stories.Single(s => s.StoryId == moscow.Story.Id).MergedInto);
    }

    [Fact]
    public async Task Should_move_an_article_to_a_new_story_and_keep_the_stories_apart_afterwards()
    {
        var comparison = Instance();
        var editor = new StoryEditor(new StoryRepository(Database()), TimeProvider.System);
        var astana = await comparison.CompareAsync(Article("a1.txt", Astana, 340_000, TalksDay), CancellationToken.None);
        var stray = await comparison.CompareAsync(Article("a2.txt", Astana, 300_000, TalksDay), CancellationToken.None);
        var raised = Assert.Single(stray.Conflicts);

        var edit = await editor.MoveAsync(stray.Article.ArticleId, null, newStory: true, "desk", CancellationToken.None);
        var newStory = edit.Stories.Single(s => s.StoryId != astana.Story.Id).StoryId;
        var bridged = await comparison.CompareAsync(Article("a3.txt", Astana, 340_000, TalksDay), CancellationToken.None);

        Assert.Equal([stray.Article.ArticleId], edit.Stories.Single(s => s.StoryId == newStory).ArticleIds);
        Assert.Empty(edit.Stories.Single(s => s.StoryId == astana.Story.Id).Conflicts);
        Assert.Equal(raised.Id, Assert.Single(edit.Resolved).ConflictId);
        Assert.Equal(newStory, await StoryOfAsync(stray.Article.ArticleId));
        Assert.Empty(bridged.Merged);
    }

    [Fact]
    public async Task Should_leave_an_emptied_story_as_a_redirect_when_its_last_article_moves()
    {
        var comparison = Instance();
        var editor = new StoryEditor(new StoryRepository(Database()), TimeProvider.System);
        var astana = await comparison.CompareAsync(Article("a1.txt", Astana, 340_000, TalksDay), CancellationToken.None);
        var moscow = await comparison.CompareAsync(Article("b1.txt", Moscow, 300_000, TalksDay), CancellationToken.None);

        var edit = await editor.MoveAsync(moscow.Article.ArticleId, astana.Story.Id, newStory: false, "desk", CancellationToken.None);

        Assert.Equal(astana.Story.Id, edit.Stories.Single(s => s.StoryId == moscow.Story.Id).MergedInto);
        Assert.Single(edit.Stories.Single(s => s.StoryId == astana.Story.Id).Conflicts);
        var refused = await Assert.ThrowsAsync<StoryEditException>(() =>
            editor.MoveAsync(astana.Article.ArticleId, moscow.Story.Id, newStory: false, "desk", CancellationToken.None));
        Assert.Equal(409, refused.StatusCode);
        Assert.Contains(astana.Story.Id.ToString(), refused.Message);
    }

    [Theory]
    [InlineData("self", 400)]
    [InlineData("unknown", 404)]
    [InlineData("merged", 409)]
    public async Task Should_refuse_a_merge_with_a_reason_when_it_cannot_be_done(string what, int status)
    {
        var comparison = Instance();
        var editor = new StoryEditor(new StoryRepository(Database()), TimeProvider.System);
        var astana = (await comparison.CompareAsync(Article("a1.txt", Astana, 340_000, TalksDay), CancellationToken.None)).Story.Id;
        var moscow = (await comparison.CompareAsync(Article("b1.txt", Moscow, 300_000, TalksDay), CancellationToken.None)).Story.Id;
        var quake = (await comparison.CompareAsync(Article("q1.txt", Quake, 300_000, TalksDay), CancellationToken.None)).Story.Id;
        await editor.MergeAsync(moscow, astana, "desk", CancellationToken.None);
        var (story, into) = what switch { "self" => (quake, quake), "unknown" => (quake, Guid.NewGuid()), _ => (quake, moscow) };

        var refused = await Assert.ThrowsAsync<StoryEditException>(() => editor.MergeAsync(story, into, "desk", CancellationToken.None));

        Assert.Equal(status, refused.StatusCode);
        Assert.Contains(into.ToString(), refused.Message);
        Assert.Equal(quake, await LiveStoryAsync(quake));
    }

    private async Task<Guid?> LiveStoryAsync(Guid storyId)
    {
        var repository = new StoryRepository(Database());
        await using var connection = await repository.OpenAsync(CancellationToken.None);
        await using var read = await connection.BeginTransactionAsync();
        var state = await new StoryMergeRepository().StateAsync(connection, read, storyId, CancellationToken.None);
        return state is { MergedInto: null } ? state.Id : null;
    }

    private async Task<IReadOnlyList<Conflict>> ConflictsAsync(Guid storyId)
    {
        var repository = new StoryRepository(Database());
        await using var connection = await repository.OpenAsync(CancellationToken.None);
        return await repository.ConflictsAsync(connection, null, storyId, CancellationToken.None);
    }

    private sealed class MergedComparer : IEqualityComparer<MergedStory>
    {
        public bool Equals(MergedStory? x, MergedStory? y) =>
            x!.StoryId == y!.StoryId && x.MergedInto == y.MergedInto && x.Reason == y.Reason && x.ResolvedConflicts.SequenceEqual(y.ResolvedConflicts);

        public int GetHashCode(MergedStory obj) => obj.StoryId.GetHashCode();
    }
}
