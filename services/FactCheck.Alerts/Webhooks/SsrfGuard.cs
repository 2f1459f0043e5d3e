using System.Net;
using FactCheck.Platform.Security;

namespace FactCheck.Alerts.Webhooks;

/// <summary>
/// Webhook calls go through the shared SSRF guard (<see cref="InternalAddresses"/>) with redirects off;
/// hosts on the allow-list are exempt.
/// </summary>
public static class SsrfGuard
{
    public static SocketsHttpHandler CreateHandler(IReadOnlyCollection<string> allowedHosts) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = (context, ct) =>
            InternalAddresses.ConnectAsync(context.DnsEndPoint, IsAllowListed(context.DnsEndPoint.Host, allowedHosts), ct),
    };

    /// <summary>Whether a URL a subscriber gave names an internal address outright (names are checked when connecting).</summary>
    public static string? Refusal(Uri url, IReadOnlyCollection<string> allowedHosts)
    {
        if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            return "The webhook URL must be http or https.";
        if (IsAllowListed(url.IdnHost, allowedHosts))
            return null;
        if (url.IsLoopback || (IPAddress.TryParse(url.IdnHost, out var address) && InternalAddresses.IsInternal(address)))
            return $"The webhook URL points at an internal address ({url.Host}); only public endpoints may receive webhooks.";
        return null;
    }

    private static bool IsAllowListed(string host, IReadOnlyCollection<string> allowedHosts) =>
        allowedHosts.Contains(host.Trim('[', ']'), StringComparer.OrdinalIgnoreCase);
}
