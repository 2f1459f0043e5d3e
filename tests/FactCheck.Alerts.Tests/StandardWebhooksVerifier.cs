using System.Diagnostics;
using System.Text.Json;

namespace FactCheck.Alerts.Tests;

/// <summary>
/// Verifies a received webhook with the npm package <c>standardwebhooks</c> — an implementation
/// independent of ours — installed by <c>deploy/local/webhooks-start.sh</c>.
/// </summary>
public static class StandardWebhooksVerifier
{
    public static async Task<(bool Verified, string Output)> VerifyAsync(string secret, ReceivedWebhook webhook)
    {
        var script = Path.Combine(Folder(), "verify.js");
        var start = new ProcessStartInfo("node", [script])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Folder(),
        };
        using var node = Process.Start(start)!;
        var headers = webhook.Headers.Where(h => h.Key.StartsWith("webhook-", StringComparison.Ordinal)).ToDictionary();
        await node.StandardInput.WriteAsync(JsonSerializer.Serialize(new { secret, headers, body = webhook.Body }));
        node.StandardInput.Close();
        var output = await node.StandardOutput.ReadToEndAsync() + await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        return (node.ExitCode == 0, output.Trim());
    }

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "FactCheck.Alerts.Tests", "js");
            if (Directory.Exists(Path.Combine(candidate, "node_modules", "standardwebhooks")))
                return candidate;
        }

        throw new InvalidOperationException("The standardwebhooks npm package is not installed: run deploy/local/webhooks-start.sh (deploy/run-tests.sh does).");
    }
}
