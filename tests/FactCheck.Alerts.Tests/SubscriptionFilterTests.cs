using FactCheck.Alerts.Subscriptions;

namespace FactCheck.Alerts.Tests;

public sealed class SubscriptionFilterTests
{
    private static readonly Guid Story = Guid.NewGuid();

    private static readonly Subscription Subscription = new()
    {
        Id = Guid.NewGuid(), Url = "https://hooks.example.com/", MinSeverity = "medium", Events = "conflict.detected,conflict.resolved",
        Kinds = "number,ordinal", StoryId = Story, Outlet = "Gulf Times",
    };

    [Theory]
    [InlineData("conflict.detected", "high", "number", "Gulf Times", true)]
    [InlineData("conflict.detected", "medium", "ordinal", "gulf times", true)]
    [InlineData("conflict.detected", "low", "number", "Gulf Times", false)]
    [InlineData("conflict.detected", "high", "name", "Gulf Times", false)]
    [InlineData("conflict.detected", "high", "number", "Khaleej Times", false)]
    [InlineData("story.updated", null, null, "Gulf Times", false)]
    [InlineData("conflict.resolved", null, null, null, true)]
    public void Should_match_only_events_that_pass_every_filter(string type, string? severity, string? kind, string? outlet, bool expected)
    {
        var alert = new AlertEvent(Guid.NewGuid(), type, Story, severity, kind, outlet is null ? [] : [outlet], "{}");

        var matches = SubscriptionFilter.Matches(Subscription, alert);

        Assert.Equal(expected, matches);
    }

    [Fact]
    public void Should_not_match_another_story_or_a_disabled_subscription()
    {
        var alert = new AlertEvent(Guid.NewGuid(), "conflict.detected", Story, "high", "number", ["Gulf Times"], "{}");

        var otherStory = SubscriptionFilter.Matches(Subscription, alert with { StoryId = Guid.NewGuid() });
        var disabled = SubscriptionFilter.Matches(Subscription with { Status = "disabled" }, alert);

        Assert.False(otherStory);
        Assert.False(disabled);
    }

    [Theory]
    [InlineData("{\"url\":\"https://hooks.example.com/x\",\"minSeverity\":\"urgent\"}", "Unknown minSeverity 'urgent'")]
    [InlineData("{\"url\":\"https://hooks.example.com/x\",\"events\":[\"article.deleted\"]}", "Unknown event(s) article.deleted")]
    [InlineData("{\"url\":\"https://hooks.example.com/x\",\"format\":\"teams\"}", "Unknown format 'teams'")]
    [InlineData("{\"url\":\"not a url\"}", "Give 'url'")]
    public void Should_explain_what_is_wrong_with_a_subscription_request(string json, string message)
    {
        var request = System.Text.Json.JsonSerializer.Deserialize<SubscriptionRequest>(json, AlertFanOut.Json)!;

        var error = Assert.Throws<InvalidSubscriptionException>(() => SubscriptionService.Validate(request, []));

        Assert.StartsWith(message, error.Message);
    }
}
