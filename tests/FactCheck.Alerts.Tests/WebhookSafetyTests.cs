using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FactCheck.Alerts.Webhooks;
using FactCheck.Platform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Alerts.Tests;

/// <summary>SSRF, redirects and the per-endpoint circuit breaker, against real sockets.</summary>
public sealed class WebhookSafetyTests
{
    [Theory]
    [InlineData("http://127.0.0.1:9/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.1.2.3/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("file:///etc/passwd")]
    public async Task Should_refuse_a_subscription_to_an_internal_address_without_the_allow_list(string url)
    {
        await using var alerts = await AlertsHost.StartAsync("--Alerts:AllowedHosts:0=hooks.example.com");

        var response = await alerts.Http.PostAsJsonAsync("/api/subscriptions", new { url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Should_not_connect_when_a_name_resolves_to_loopback()
    {
        await using var receiver = await Receiver.StartAsync();
        using var client = new HttpClient(SsrfGuard.CreateHandler(["127.0.0.1"]));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync($"http://localhost:{receiver.BaseAddress.Port}/hook", new StringContent("{}")));

        Assert.IsType<BlockedAddressException>(error.InnerException);
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task Should_connect_to_an_allow_listed_host()
    {
        await using var receiver = await Receiver.StartAsync();
        using var client = new HttpClient(SsrfGuard.CreateHandler(["localhost"]));

        var response = await client.PostAsync($"http://localhost:{receiver.BaseAddress.Port}/hook", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Should_not_follow_a_redirect_to_the_metadata_address()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var alerts = await AlertsHost.StartAsync();
        var id = (await alerts.SubscribeAsync(new { url = new Uri(receiver.BaseAddress, "/redirect") })).GetProperty("id").GetGuid();

        await alerts.Bus.Publish(Conflicts.Detected());
        var log = await alerts.WaitForDeliveriesAsync(id, l => l.Count == 1 && l[0].GetProperty("attempts").GetInt32() >= 1);

        Assert.Equal(302, log[0].GetProperty("lastStatusCode").GetInt32());
        Assert.Equal("pending", log[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Should_stop_calling_an_endpoint_whose_circuit_is_open()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.AnswerWith(500, 500, 500, 500, 500);
        await using var alerts = await AlertsHost.StartAsync("--Alerts:BreakerMinimumThroughput=2");
        var sender = alerts.App.Services.GetRequiredService<WebhookSender>();
        var url = new Uri(receiver.BaseAddress, "/hook");

        var results = new List<SendResult>();
        for (var i = 0; i < 4; i++)
            results.Add(await sender.SendAsync(url, "msg_1", "whsec_" + Convert.ToBase64String(new byte[32]), "{}", CancellationToken.None));

        Assert.Equal([500, 500], results.Take(2).Select(r => r.StatusCode!.Value));
        Assert.All(results.Skip(2), r => Assert.StartsWith("circuit open", r.Error));
        Assert.Equal(2, receiver.Received.Count);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.0.0.8", true)]
    [InlineData("172.20.1.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.100.100.200", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00:ec2::254", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("93.184.215.14", false)]
    [InlineData("172.32.0.1", false)]
    [InlineData("2606:4700::6810:84e5", false)]
    public void Should_classify_addresses_as_internal_or_public(string address, bool isInternal)
    {
        var parsed = IPAddress.Parse(address);

        var result = InternalAddresses.IsInternal(parsed);

        Assert.Equal(isInternal, result);
    }

    [Fact]
    public void Should_spread_retries_over_hours_with_growing_capped_delays()
    {
        var first = TimeSpan.FromSeconds(10);
        var max = TimeSpan.FromHours(2);

        var delays = Enumerable.Range(1, 11).Select(n => RetrySchedule.Delay(n, first, max, 0.5)).ToList();

        Assert.True(delays.Zip(delays.Skip(1)).All(p => p.Second >= p.First));
        Assert.Equal(max, delays[^1]);
        Assert.InRange(delays.Aggregate(TimeSpan.Zero, (a, b) => a + b).TotalHours, 3, 12);
        Assert.NotEqual(RetrySchedule.Delay(3, first, max, 0.0), RetrySchedule.Delay(3, first, max, 0.99));
    }

    [Fact]
    public void Should_sign_the_standard_webhooks_test_vector()
    {
        // The example from the Standard Webhooks specification's reference libraries.
        var signature = WebhookSigner.Sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Fact]
    public async Task Should_answer_an_unknown_subscription_with_a_problem()
    {
        await using var alerts = await AlertsHost.StartAsync();

        var response = await alerts.Http.GetAsync($"/api/subscriptions/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No subscription", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}
