using FactCheck.Contracts;
using FactCheck.Intake.Outbox;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Intake.Tests;

public sealed class OutboxTests : IDisposable
{
    private static readonly ArticleSubmission Article = new()
    {
        Outlet = "Wire",
        Url = "https://wire.example/storm",
        Body = "The storm killed at least 12 people in the coastal province on Monday, officials said.",
    };

    private readonly string _data = Directory.CreateTempSubdirectory("factcheck-outbox-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Should_publish_an_accepted_article_soon_after_commit_without_waiting_for_the_poll()
    {
        using var host = await IntakeHost.StartAsync(_data, ("Intake:OutboxPollSeconds", "300"));
        var harness = host.Services.GetRequiredService<ITestHarness>();

        var result = await host.SubmitAsync(Article);

        Assert.True(await host.PublishedAsync<ArticleAccepted>(m => m.ArticleId == result.ArticleId));
        await host.StopAsync();
    }

    [Theory]
    [InlineData(null, "Storm kills 12 in coastal province")]
    [InlineData("Given title", "Given title")]
    public async Task Should_take_a_plain_text_headline_as_the_title_unless_one_is_given(string? title, string expected)
    {
        using var host = await IntakeHost.StartAsync(_data);

        var result = await host.SubmitAsync(Article with { Title = title, Body = "Storm kills 12 in coastal province\n\n" + Article.Body });

        Assert.True(await host.PublishedAsync<ArticleAccepted>(m => m.ArticleId == result.ArticleId && m.Title == expected && !m.Text.Contains("Storm kills")));
        await host.StopAsync();
    }

    [Fact]
    public async Task Should_publish_exactly_once_after_a_restart_when_the_dispatcher_stopped_between_commit_and_publish()
    {
        Guid id;
        using (var crashed = await IntakeHost.StartAsync(_data))
        {
            await crashed.Services.GetServices<IHostedService>().OfType<OutboxDispatcher>().Single().StopAsync(CancellationToken.None);
            id = (await crashed.SubmitAsync(Article)).ArticleId;
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            Assert.Empty(crashed.Services.GetRequiredService<ITestHarness>().Published.Select<ArticleAccepted>());
        }

        using var restarted = await IntakeHost.StartAsync(_data);
        var harness = restarted.Services.GetRequiredService<ITestHarness>();
        Assert.True(await restarted.PublishedAsync<ArticleAccepted>());
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        var published = harness.Published.Select<ArticleAccepted>().ToList();
        var pending = await restarted.Services.GetRequiredService<OutboxRepository>().PendingCountAsync(CancellationToken.None);

        Assert.Equal(id, Assert.Single(published).Context.Message.ArticleId);
        Assert.Equal(0, pending);
        await restarted.StopAsync();
    }

    [Fact]
    public async Task Should_publish_nothing_new_when_the_same_article_is_submitted_again()
    {
        using var host = await IntakeHost.StartAsync(_data);
        var harness = host.Services.GetRequiredService<ITestHarness>();
        var first = await host.SubmitAsync(Article);
        Assert.True(await host.PublishedAsync<ArticleAccepted>());

        var second = await host.SubmitAsync(Article with { Url = null });
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.True(second.Duplicate);
        Assert.Single(harness.Published.Select<ArticleAccepted>());
        await host.StopAsync();
    }

    [Fact]
    public async Task Should_publish_a_changed_resubmission_of_the_same_url_as_a_new_version()
    {
        using var host = await IntakeHost.StartAsync(_data);
        var harness = host.Services.GetRequiredService<ITestHarness>();
        var first = await host.SubmitAsync(Article);

        var corrected = await host.SubmitAsync(Article with { Body = Article.Body!.Replace("12 people", "14 people") });
        Assert.True(await host.PublishedAsync<ArticleAccepted>(m => m.Version == 2));

        Assert.Equal(first.ArticleId, corrected.ArticleId);
        Assert.Equal(2, corrected.Version);
        Assert.False(corrected.Duplicate);
        Assert.Equal(2, harness.Published.Select<ArticleAccepted>().Count());
        await host.StopAsync();
    }

    [Fact]
    public async Task Should_answer_the_stored_version_when_an_earlier_text_of_a_url_is_submitted_again()
    {
        using var host = await IntakeHost.StartAsync(_data);
        var harness = host.Services.GetRequiredService<ITestHarness>();
        var first = await host.SubmitAsync(Article);
        await host.SubmitAsync(Article with { Body = Article.Body!.Replace("12 people", "14 people") });
        Assert.True(await host.PublishedAsync<ArticleAccepted>(m => m.Version == 2));

        var again = await host.SubmitAsync(Article);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal((first.ArticleId, 1, true), (again.ArticleId, again.Version, again.Duplicate));
        Assert.Equal(2, harness.Published.Select<ArticleAccepted>().Count());
        await host.StopAsync();
    }
}
