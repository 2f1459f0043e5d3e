using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using FactCheck.Host.Commands;
using FactCheck.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FactCheck.EndToEnd.Tests;

/// <summary>API keys on real Kestrel, with keys made by the real `factcheck keys` command in the same data folder.</summary>
public sealed class ApiKeyTests : IAsyncLifetime
{
    private static readonly object Article = new { outlet = "Wire", body = "The storm killed at least 12 people in the coastal province on Monday, officials said." };

    private ServedApp _served = null!;
    private HttpClient _http = null!;
    private string _data = "";

    public async Task InitializeAsync()
    {
        _served = await ServedApp.StartAsync(
            ["--ApiKeys:PermitLimit=3", "--ApiKeys:WindowSeconds=30"],
            app => app.MapPost("/test/admin-only", () => Results.Ok()).RequireApiKey(ApiKeyRoles.Admin));
        _http = _served.Http;
        _data = _served.Data;
    }

    public async Task DisposeAsync() => await _served.DisposeAsync();

    [Fact]
    public async Task Should_accept_writes_without_a_key_when_no_key_was_ever_created()
    {
        var response = await _http.PostAsJsonAsync("/api/articles", Article);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_write_without_a_key_once_a_key_exists()
    {
        await KeysAsync("create", "--role", "ingest");

        var response = await _http.PostAsJsonAsync("/api/articles", Article);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_accept_a_write_with_a_created_key_in_either_header()
    {
        var key = (await KeysAsync("create", "--role", "ingest", "--name", "wire-bot")).Output.Trim();

        var viaHeader = await SendAsync("/api/articles", key, bearer: false);
        var viaBearer = await SendAsync("/api/articles", key, bearer: true);

        Assert.Equal(HttpStatusCode.Accepted, viaHeader.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, viaBearer.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_revoked_key_with_401()
    {
        var key = (await KeysAsync("create", "--role", "admin")).Output.Trim();
        var revoke = await KeysAsync("revoke", key[..12]);

        var response = await SendAsync("/api/articles", key, bearer: false);

        Assert.Equal(0, revoke.Exit);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("revoked", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_refuse_a_lower_role_with_403_and_admit_a_higher_one()
    {
        var ingest = (await KeysAsync("create", "--role", "ingest")).Output.Trim();
        var admin = (await KeysAsync("create", "--role", "admin")).Output.Trim();

        var refused = await SendAsync("/test/admin-only", ingest, bearer: false);
        var allowed = await SendAsync("/test/admin-only", admin, bearer: false);
        var adminIngests = await SendAsync("/api/articles", admin, bearer: false);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, adminIngests.StatusCode);
    }

    [Fact]
    public async Task Should_answer_429_with_retry_after_when_a_key_exceeds_its_rate_and_leave_other_keys_alone()
    {
        var busy = (await KeysAsync("create", "--role", "ingest")).Output.Trim();
        var quiet = (await KeysAsync("create", "--role", "ingest")).Output.Trim();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await SendAsync("/api/articles", busy, bearer: false);
            statuses.Add(last.StatusCode);
        }

        var other = await SendAsync("/api/articles", quiet, bearer: false);

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last.Headers.GetValues("Retry-After").Single()) is > 0 and <= 30);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    [Fact]
    public async Task Should_store_only_the_hash_and_prefix_of_a_key()
    {
        var key = (await KeysAsync("create", "--role", "editor", "--name", "desk")).Output.Trim();
        var list = await KeysAsync("list");

        var stored = Directory.EnumerateFiles(_data, "security.db*").SelectMany(File.ReadAllBytes).ToArray();

        Assert.StartsWith("fck_", key);
        Assert.True(key.Length >= 40);
        Assert.Contains(key[..12], list.Output);
        Assert.Contains("editor\tdesk", list.Output);
        Assert.DoesNotContain(key, list.Output);
        Assert.False(Contains(stored, Encoding.UTF8.GetBytes(key)));
        Assert.True(Contains(stored, Encoding.UTF8.GetBytes(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))))));
    }

    [Fact]
    public async Task Should_exit_non_zero_with_one_line_when_revoking_an_unknown_key()
    {
        var result = await KeysAsync("revoke", "fck_nosuchkey");

        Assert.Equal(1, result.Exit);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string key, bool bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(Article) };
        if (bearer)
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        else
            request.Headers.Add("X-Api-Key", key);
        return await _http.SendAsync(request);
    }

    private async Task<(int Exit, string Output, string Error)> KeysAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await FactCheckCommands.Create().Parse(["keys", .. args, $"--Database:DataDirectory={_data}"])
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });

        return (exit, output.ToString(), error.ToString());
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
