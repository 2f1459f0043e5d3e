using System.Text.Json;
using Dapper;

namespace FactCheck.Integration.Tests.Support;

/// <summary>Waits until the pipeline has settled and checks that nothing was lost, doubled or left behind.</summary>
public static class Outcome
{
    public static readonly string[] ConsumerQueues = ["article-accepted", "claims-extracted", "conflict-detected", "conflict-resolved", "article-compared"];

    /// <summary>Polls the review role until every accepted article is in a story (or the time is up) and returns the stories.</summary>
    public static async Task<JsonElement[]> WaitForAllAsync(Cluster cluster, RoleProcess review, IReadOnlyCollection<Guid> accepted, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var wanted = accepted.ToHashSet();
        while (true)
        {
            JsonElement[] stories;
            try
            {
                stories = await Cluster.StoriesAsync(review);
            }
            catch (HttpRequestException ex) when (ex.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && DateTime.UtcNow < deadline)
            {
                // Right after a database restart a read may meet a dead pooled connection: 503, try again.
                await Task.Delay(TimeSpan.FromSeconds(FactCheck.Platform.Data.StorageUnavailableHandler.RetryAfterSeconds));
                continue;
            }

            var seen = stories.SelectMany(s => s.GetProperty("articles").EnumerateArray()).Select(a => a.GetProperty("id").GetGuid()).ToHashSet();
            var missing = wanted.Count(id => !seen.Contains(id));
            if (missing == 0)
                return stories;
            if (DateTime.UtcNow > deadline)
            {
                var depths = await cluster.QueueDepthsAsync(ConsumerQueues.Concat(ConsumerQueues.Select(q => q + "_error")));
                var stages = await StagesReachedAsync(cluster, wanted.Where(id => !seen.Contains(id)).ToList());
                Assert.Fail($"{missing} of {wanted.Count} accepted articles never reached a story; of those {stages}; queues: " +
                    string.Join(", ", depths.Select(d => $"{d.Key}={d.Value}")) + "\n" + string.Join("\n", cluster.Roles.Select(r => $"--- {r.Roles}\n{r.Output}")));
            }

            await Task.Delay(500);
        }
    }

    /// <summary>How far the given articles got: still in intake's outbox, claims stored, placed in a story.</summary>
    private static async Task<string> StagesReachedAsync(Cluster cluster, List<Guid> articles)
    {
        const string sql = """
            SELECT
              (SELECT COUNT(*) FROM intake.outbox WHERE sent_at IS NULL),
              (SELECT COUNT(DISTINCT article_id) FROM extraction.extractions WHERE article_id = ANY(@ids)),
              (SELECT COUNT(DISTINCT article_id) FROM comparison.story_articles WHERE article_id = ANY(@ids))
            """;
        await using var db = await cluster.OpenDatabaseAsync();
        var (unsent, extracted, placed) = await db.QuerySingleAsync<(long, long, long)>(sql, new { ids = articles.Select(id => id.ToString()).ToArray() });
        return $"{extracted} have claims and {placed} are placed in comparison; intake's outbox holds {unsent} unsent";
    }

    /// <summary>Every accepted article has claims and exactly one story; no conflict stored or announced twice; queues empty.</summary>
    public static async Task AssertConsistentAsync(Cluster cluster, JsonElement[] stories, IReadOnlyCollection<Guid> accepted, int expectedStories, params string[] allowedErrorQueues)
    {
        var articles = stories.SelectMany(s => s.GetProperty("articles").EnumerateArray()).ToList();
        var ids = articles.Select(a => a.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(accepted, id => Assert.Contains(id, ids));
        Assert.All(articles, a => Assert.True(a.GetProperty("claimCount").GetInt32() > 0, $"{a.GetProperty("doc")} has no claims"));
        Assert.Equal(expectedStories, stories.Length);
        Assert.All(stories, s => Assert.NotEmpty(s.GetProperty("conflicts").EnumerateArray()));
        await WaitForDrainedQueuesAsync(cluster, TimeSpan.FromSeconds(60));

        await using var db = await cluster.OpenDatabaseAsync();
        var extracted = await db.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT article_id) FROM extraction.extractions");
        Assert.True(extracted >= accepted.Count, $"only {extracted} of {accepted.Count} articles have stored claims");
        var storedTwice = await db.ExecuteScalarAsync<long>("""
            SELECT COUNT(*) FROM (SELECT article_id FROM comparison.story_articles GROUP BY article_id HAVING COUNT(DISTINCT story_id) > 1) x
            """);
        Assert.Equal(0, storedTwice);
        // The same conflict with the same content announced again (whatever its timestamp) is a double alert.
        var announcedTwice = await db.QueryAsync<string>("""
            SELECT conflict_id FROM alerts.deliveries WHERE event_type = 'conflict.detected'
            GROUP BY conflict_id, (payload::jsonb -> 'conflict')::text HAVING COUNT(*) > 1
            """);
        Assert.Empty(announcedTwice);

        var depths = await cluster.QueueDepthsAsync(ConsumerQueues.Concat(ConsumerQueues.Select(q => q + "_error")).Except(allowedErrorQueues));
        Assert.All(depths, d => Assert.True(d.Value == 0, $"{d.Key} still holds {d.Value} message(s)"));
    }

    /// <summary>Waits until the consumer queues are empty (alerts and review may trail the stories a little).</summary>
    public static async Task WaitForDrainedQueuesAsync(Cluster cluster, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while ((await cluster.QueueDepthsAsync(ConsumerQueues)).Values.Any(d => d > 0) && DateTime.UtcNow < deadline)
            await Task.Delay(250);
    }
}
