using FactCheck.Contracts;
using FactCheck.Review.Consumers;
using FactCheck.Review.Data;
using FactCheck.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Review.Tests;

public sealed class StoryReadModelTests
{
    private static readonly Guid Story = Guid.NewGuid();

    private static ArticleCompared Compared(string doc, long revision, params Conflict[] conflicts) => new()
    {
        ArticleId = Guid.NewGuid(),
        StoryId = Story,
        StoryRevision = revision,
        StoryTitle = "Syria talks",
        Doc = doc,
        Outlet = doc,
        VoiceId = Guid.NewGuid(),
        Conflicts = conflicts,
    };

    private static Conflict Round() => new() { Id = Guid.NewGuid(), Kind = "ordinal", Slot = "round", Severity = "high", Summary = "Round: eighth vs sixth" };

    [Fact]
    public async Task Should_show_the_latest_revision_when_deliveries_arrive_out_of_order()
    {
        await using var host = await ModuleHost.StartAsync(b => b.AddReview(), bus => bus.AddConsumer<ArticleComparedConsumer>());
        var newer = Compared("b.txt", 2, Round());
        var older = Compared("a.txt", 1);

        await host.Harness.Bus.Publish(newer);
        Assert.True(await host.Harness.Consumed.Any<ArticleCompared>(x => x.Context.Message.StoryRevision == 2));
        await host.Harness.Bus.Publish(older);
        Assert.True(await host.Harness.Consumed.Any<ArticleCompared>(x => x.Context.Message.StoryRevision == 1));

        // The harness may report a message consumed a moment before the consumer's commit is visible.
        var views = host.Services.GetRequiredService<StoryViewRepository>();
        var story = await Eventually.PollAsync(async () => await views.FindAsync(Story, CancellationToken.None) is { Articles.Count: 2 } both ? both : null);

        Assert.Equal(["a.txt", "b.txt"], story.Articles.Select(a => a.Doc));
        Assert.Equal("round", Assert.Single(story.Conflicts).Slot);
    }

    [Fact]
    public async Task Should_keep_one_article_row_when_a_message_is_redelivered()
    {
        await using var host = await ModuleHost.StartAsync(b => b.AddReview(), bus => bus.AddConsumer<ArticleComparedConsumer>());
        var message = Compared("a.txt", 1);

        await host.Harness.Bus.Publish(message);
        await host.Harness.Bus.Publish(message);

        Assert.Equal(2, await host.Harness.Consumed.SelectAsync<ArticleCompared>().Take(2).CountAsync());
        Assert.Equal(1, await host.Services.GetRequiredService<StoryViewRepository>().ArticleCountAsync(CancellationToken.None));
    }
}
