using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using FactCheck.Integration.Tests.Support;
using FactCheck.Tests;

namespace FactCheck.Integration.Tests.Distributed;

[Collection(DistributedCollection.Name)]
public sealed class TraceTests
{
    /// <summary>Five processes start, export in batches and deliver a webhook: more than the default minute on a busy machine.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Should_carry_one_trace_id_from_intake_to_the_webhook_call_across_role_processes()
    {
        await using var otlp = await OtlpReceiver.StartAsync();
        await using var cluster = await Cluster.CreateAsync(new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp.Address.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["Alerts__SecretKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Alerts__AllowedHosts__0"] = "127.0.0.1",
            ["Alerts__PollInterval"] = "00:00:00.100",
        });
        await cluster.StartAsync("intake", "extraction", "comparison", "alerts", "review");
        using var alerts = new HttpClient { BaseAddress = cluster.Role("alerts").Address };
        (await alerts.PostAsJsonAsync("/api/subscriptions", new { url = new Uri(otlp.Address, "/hook") })).EnsureSuccessStatusCode();
        using var intake = new HttpClient { BaseAddress = cluster.Role("intake").Address };

        foreach (var file in Directory.EnumerateFiles(Samples.Folder("astana-talks"), "*.txt").Order())
        {
            var response = await intake.PostAsJsonAsync("/api/articles", new { outlet = Path.GetFileNameWithoutExtension(file), body = await File.ReadAllTextAsync(file) });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        var traceId = await Eventually.PollAsync(() => Task.FromResult(otlp.WebhookTraceParents.FirstOrDefault()?.Split('-')[1]), Patience);
        var trace = await Eventually.PollAsync(() =>
        {
            var spans = otlp.Spans.Where(s => s.TraceId == traceId).ToList();
            return Task.FromResult(spans.Any(s => s.Name == "webhook deliver") && spans.Select(s => s.Service).Distinct().Count() >= 5 ? spans : null);
        }, Patience);

        var names = trace.Select(s => s.Name).ToHashSet();
        Assert.Equal(["factcheck-alerts", "factcheck-comparison", "factcheck-extraction", "factcheck-intake", "factcheck-review"], trace.Select(s => s.Service).Distinct().Order());
        Assert.Contains("intake article", names);
        Assert.Contains("outbox publish", names);
        Assert.Contains("extract claims", names);
        Assert.Contains("compare article", names);
        Assert.Contains("alerts fan out", names);
        Assert.Contains(trace, s => s.Service == "factcheck-alerts" && s.Name == "webhook deliver");
    }

}
