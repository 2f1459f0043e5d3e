using System.Net;
using FactCheck.Platform.Security;

namespace FactCheck.Intake.Feeds;

/// <summary>
/// Feed and page fetches go through the shared SSRF guard (<see cref="InternalAddresses"/>); redirects are
/// followed because every hop connects through the same check.
/// </summary>
public static class OutboundAddresses
{
    public static SocketsHttpHandler Handler(bool allowPrivate) => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = (context, ct) => InternalAddresses.ConnectAsync(context.DnsEndPoint, allowPrivate, ct),
    };
}
