using System.Net;
using System.Net.Http.Json;
using FactCheck.Integration.Tests.Support;
using FactCheck.Tests;

namespace FactCheck.Integration.Tests.Distributed;

[Collection(DistributedCollection.Name)]
public sealed class RoleProcessTests
{
    [Fact]
    public async Task Should_show_the_sample_conflicts_when_every_role_runs_in_its_own_process_with_two_extractions_and_comparisons()
    {
        await using var cluster = await Cluster.CreateAsync();
        await cluster.StartAsync("intake", "extraction", "extraction", "comparison", "comparison", "alerts", "review");
        using var http = new HttpClient { BaseAddress = cluster.Role("intake").Address };

        foreach (var file in Directory.EnumerateFiles(Samples.Folder("astana-talks"), "*.txt").Order())
        {
            var response = await http.PostAsJsonAsync("/api/articles", new { outlet = Path.GetFileNameWithoutExtension(file), body = await File.ReadAllTextAsync(file) });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        var stories = await Eventually.PollAsync(async () =>
        {
            var current = await Cluster.StoriesAsync(cluster.Role("review"));
            return current.Length == 1 && current[0].GetProperty("articles").GetArrayLength() == 5 ? current : null;
        });
        var slots = stories[0].GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("slot").GetString()).ToList();
        Assert.Contains("round", slots);
        Assert.Contains("deaths", slots);
        Assert.Equal(2, await cluster.ConsumerCountAsync("article-accepted"));
        Assert.Equal([true, true], await cluster.ConsumersAsync("claims-extracted"));
        Assert.True(await cluster.ScalarAsync("SELECT COUNT(*) FROM alerts.deliveries") >= slots.Count);
    }

    [Fact]
    public async Task Should_refuse_unknown_roles_with_a_one_line_message()
    {
        var (exit, output) = await RoleProcess.RunAsync(new Dictionary<string, string>(), "serve", "--roles", "intake,billing");

        Assert.Equal(2, exit);
        Assert.Contains("Unknown role(s) billing", output);
    }

}
