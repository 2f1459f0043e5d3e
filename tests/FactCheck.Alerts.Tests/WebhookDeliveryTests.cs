using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using FactCheck.Alerts.Data;
using FactCheck.Alerts.Subscriptions;
using FactCheck.Platform.Data;
using FactCheck.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Alerts.Tests;

/// <summary>Subscriptions and deliveries end to end: HTTP API in, the bus event, a real receiver out.</summary>
public sealed class WebhookDeliveryTests
{
    [Fact]
    public async Task Should_deliver_a_conflict_that_the_standardwebhooks_library_verifies()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var alerts = await AlertsHost.StartAsync();
        var subscription = await alerts.SubscribeAsync(new { url = new Uri(receiver.BaseAddress, "/hook"), minSeverity = "medium" });
        var conflict = Conflicts.Detected();

        await alerts.Bus.Publish(conflict);
        var webhook = (await receiver.WaitForAsync(1)).Single();

        var secret = subscription.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret);
        var verified = await StandardWebhooksVerifier.VerifyAsync(secret, webhook);
        Assert.True(verified.Verified, verified.Output);
        Assert.Equal("verified conflict.detected", verified.Output);
        var body = JsonDocument.Parse(webhook.Body).RootElement;
        Assert.Equal(conflict.ConflictId, body.GetProperty("data").GetProperty("conflictId").GetGuid());
        var tampered = await StandardWebhooksVerifier.VerifyAsync(secret, webhook with { Body = webhook.Body.Replace("eighth", "ninth") });
        Assert.False(tampered.Verified, tampered.Output);
    }

    [Fact]
    public async Task Should_show_the_secret_once_and_keep_it_encrypted_at_rest()
    {
        await using var alerts = await AlertsHost.StartAsync();

        var created = await alerts.SubscribeAsync(new { url = "https://hooks.example.com/factcheck" });
        var id = created.GetProperty("id").GetGuid();
        var listed = await alerts.Http.GetStringAsync("/api/subscriptions");
        var cipher = await alerts.App.Services.GetRequiredService<SubscriptionRepository>().SecretCipherAsync(id, CancellationToken.None);

        var secret = created.GetProperty("secret").GetString()!;
        Assert.DoesNotContain(secret[6..], listed);
        Assert.DoesNotContain("whsec_", listed);
        Assert.NotNull(cipher);
        Assert.DoesNotContain(secret[6..], cipher);
    }

    [Fact]
    public async Task Should_not_deliver_below_the_minimum_severity_or_outside_the_kinds()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var alerts = await AlertsHost.StartAsync();
        await alerts.SubscribeAsync(new { url = new Uri(receiver.BaseAddress, "/hook"), minSeverity = "high", kinds = new[] { "number" } });

        await alerts.Bus.Publish(Conflicts.Detected(severity: "medium", kind: "number"));
        await alerts.Bus.Publish(Conflicts.Detected(severity: "high", kind: "ordinal"));
        await alerts.Bus.Publish(Conflicts.Detected(severity: "high", kind: "number"));
        var received = await receiver.WaitForAsync(1);
        await Task.Delay(500);

        var only = Assert.Single(receiver.Received);
        Assert.Equal("high", JsonDocument.Parse(only.Body).RootElement.GetProperty("data").GetProperty("conflict").GetProperty("severity").GetString());
        Assert.Equal("number", JsonDocument.Parse(received[0].Body).RootElement.GetProperty("data").GetProperty("conflict").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Should_retry_with_backoff_until_the_endpoint_recovers()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.AnswerWith(500, 503);
        await using var alerts = await AlertsHost.StartAsync();
        var id = (await alerts.SubscribeAsync(new { url = new Uri(receiver.BaseAddress, "/hook") })).GetProperty("id").GetGuid();

        await alerts.Bus.Publish(Conflicts.Detected());
        var log = await alerts.WaitForDeliveriesAsync(id, l => l.Count == 1 && l[0].GetProperty("status").GetString() == "delivered");

        Assert.Equal(3, log[0].GetProperty("attempts").GetInt32());
        var calls = (await receiver.WaitForAsync(3)).ToList();
        Assert.Single(calls.Select(c => c.Headers["webhook-id"]).Distinct());
        var attempts = (await alerts.Http.GetFromJsonAsync<JsonElement>($"/api/subscriptions/{id}/deliveries/{log[0].GetProperty("id").GetGuid()}/attempts"))
            .GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("attemptedAt").GetDateTimeOffset()).ToList();
        // Delays are lower bounds (a call never comes before it is due), so bounds hold on a busy machine
        // where comparing the two gaps directly would not: 200 ms then 400 ms, each less at most 20% jitter.
        Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromMilliseconds(160), "the first retry waits the first delay");
        Assert.True(attempts[2] - attempts[1] >= TimeSpan.FromMilliseconds(320), "the second retry waits twice as long");
    }

    [Fact]
    public async Task Should_disable_the_subscription_when_the_endpoint_answers_410()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.AnswerWith(410);
        await using var alerts = await AlertsHost.StartAsync();
        var id = (await alerts.SubscribeAsync(new { url = new Uri(receiver.BaseAddress, "/hook") })).GetProperty("id").GetGuid();

        await alerts.Bus.Publish(Conflicts.Detected());
        await alerts.WaitForDeliveriesAsync(id, l => l.Count == 1 && l[0].GetProperty("status").GetString() == "gone");
        await alerts.Bus.Publish(Conflicts.Detected());
        await Task.Delay(500);

        var subscription = await alerts.Http.GetFromJsonAsync<JsonElement>($"/api/subscriptions/{id}");
        Assert.Equal("disabled", subscription.GetProperty("status").GetString());
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task Should_send_a_delivery_again_when_asked_to_redeliver()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var alerts = await AlertsHost.StartAsync();
        var id = (await alerts.SubscribeAsync(new { url = new Uri(receiver.BaseAddress, "/hook") })).GetProperty("id").GetGuid();
        await alerts.Bus.Publish(Conflicts.Detected());
        var log = await alerts.WaitForDeliveriesAsync(id, l => l.Count == 1 && l[0].GetProperty("status").GetString() == "delivered");

        var response = await alerts.Http.PostAsync($"/api/subscriptions/{id}/deliveries/{log[0].GetProperty("id").GetGuid()}/redeliver", null);
        var calls = await receiver.WaitForAsync(2);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(calls[0].Body, calls[1].Body);
        Assert.Equal(calls[0].Headers["webhook-id"], calls[1].Headers["webhook-id"]);
    }

    [Fact]
    public async Task Should_post_a_slack_message_with_article_text_escaped_when_the_format_is_slack()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var alerts = await AlertsHost.StartAsync();
        await alerts.SubscribeAsync(new { url = new Uri(receiver.BaseAddress, "/slack"), format = "slack" });

        await alerts.Bus.Publish(Conflicts.Detected(storyTitle: "Talks <b>& more</b>"));
        var webhook = (await receiver.WaitForAsync(1)).Single();

        var text = JsonDocument.Parse(webhook.Body).RootElement.GetProperty("text").GetString()!;
        Assert.Contains("Talks &lt;b&gt;&amp; more&lt;/b&gt;", text);
        Assert.Contains("Round: eighth (3 voices) vs sixth (1 voice)", text);
    }

    [Fact]
    public async Task Should_deliver_the_resolution_of_a_delivered_conflict()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var alerts = await AlertsHost.StartAsync();
        await alerts.SubscribeAsync(new { url = new Uri(receiver.BaseAddress, "/hook"), minSeverity = "high" });
        var conflict = Conflicts.Detected();
        await alerts.Bus.Publish(conflict);
        await receiver.WaitForAsync(1);

        await alerts.Bus.Publish(new ConflictResolved { ConflictId = conflict.ConflictId, StoryId = conflict.StoryId, Reason = "dismissed by an editor", ResolvedAt = DateTimeOffset.UtcNow });
        var calls = await receiver.WaitForAsync(2);

        var resolution = JsonDocument.Parse(calls[1].Body).RootElement;
        Assert.Equal("conflict.resolved", resolution.GetProperty("type").GetString());
        Assert.Equal("round", resolution.GetProperty("data").GetProperty("slot").GetString());
    }

    [Fact]
    public async Task Should_deliver_story_updates_only_to_subscribers_that_ask_for_them()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var alerts = await AlertsHost.StartAsync();
        await alerts.SubscribeAsync(new { url = new Uri(receiver.BaseAddress, "/conflicts") });
        await alerts.SubscribeAsync(new { url = new Uri(receiver.BaseAddress, "/stories"), events = new[] { "story.updated" } });

        await alerts.Bus.Publish(new ArticleCompared { ArticleId = Guid.NewGuid(), StoryId = Guid.NewGuid(), StoryRevision = 3, StoryTitle = "Talks", Outlet = "Gulf Times" });
        var webhook = (await receiver.WaitForAsync(1)).Single();
        await Task.Delay(300);

        Assert.Single(receiver.Received);
        Assert.Equal("/stories", webhook.Path);
        Assert.Equal("story.updated", JsonDocument.Parse(webhook.Body).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Should_store_a_story_update_only_when_a_subscription_wants_it()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var alerts = await AlertsHost.StartAsync();
        var fanOut = alerts.App.Services.GetRequiredService<AlertFanOut>();
        await alerts.SubscribeAsync(new { url = new Uri(receiver.BaseAddress, "/conflicts") });

        await fanOut.StoryUpdatedAsync(new ArticleCompared { ArticleId = Guid.NewGuid(), StoryId = Guid.NewGuid(), StoryRevision = 1, Outlet = "Wire" }, DateTimeOffset.UtcNow, CancellationToken.None);
        var unwanted = await StoredEventsAsync(alerts);
        await alerts.SubscribeAsync(new { url = new Uri(receiver.BaseAddress, "/stories"), events = new[] { "story.updated" } });
        await fanOut.StoryUpdatedAsync(new ArticleCompared { ArticleId = Guid.NewGuid(), StoryId = Guid.NewGuid(), StoryRevision = 1, Outlet = "Wire" }, DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Equal(0, unwanted);
        Assert.Equal(1, await StoredEventsAsync(alerts));
    }

    private static async Task<long> StoredEventsAsync(AlertsHost alerts)
    {
        var database = alerts.App.Services.GetRequiredKeyedService<ModuleDatabase>(AlertsModule.Schema);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM deliveries");
    }

    [Fact]
    public async Task Should_deliver_a_story_update_when_an_editor_merges_a_story_away()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var alerts = await AlertsHost.StartAsync();
        await alerts.SubscribeAsync(new { url = new Uri(receiver.BaseAddress, "/stories"), events = new[] { "story.updated" } });
        var into = Guid.NewGuid();
        var merged = new StoryRevised { StoryId = Guid.NewGuid(), StoryRevision = 4, MergedInto = into, Reason = "merged by desk", RevisedAt = DateTimeOffset.UtcNow };

        await alerts.Bus.Publish(merged);
        await alerts.Bus.Publish(merged);
        var webhook = (await receiver.WaitForAsync(1)).Single();
        await Task.Delay(300);

        Assert.Single(receiver.Received);
        var data = JsonDocument.Parse(webhook.Body).RootElement.GetProperty("data");
        Assert.Equal(into, data.GetProperty("mergedInto").GetGuid());
        Assert.Equal("merged by desk", data.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Should_send_a_conflict_once_when_it_is_announced_again_later_with_the_same_content()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var alerts = await AlertsHost.StartAsync();
        await alerts.SubscribeAsync(new { url = new Uri(receiver.BaseAddress, "/hook") });
        var conflict = Conflicts.Detected();

        await alerts.Bus.Publish(conflict);
        await receiver.WaitForAsync(1);
        await alerts.Bus.Publish(conflict with { DetectedAt = conflict.DetectedAt.AddMinutes(5) });
        await alerts.Bus.Publish(conflict with { Conflict = conflict.Conflict with { Severity = "medium" } });
        await receiver.WaitForAsync(2);
        await Task.Delay(500);

        Assert.Equal(2, receiver.Received.Count);
    }
}
