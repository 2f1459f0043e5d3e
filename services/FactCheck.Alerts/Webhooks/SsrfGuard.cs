using System.Net;
using System.Net.Sockets;

namespace FactCheck.Alerts.Webhooks;

/// <summary>Refused to connect a webhook to an address inside the network.</summary>
public sealed class BlockedAddressException(string message) : Exception(message);

/// <summary>
/// Keeps webhook calls off loopback, private, link-local (cloud metadata) and other internal addresses. The
/// check runs on the address the socket really connects to, after DNS, so a name that resolves (or
/// re-resolves) inward is refused too; hosts on the allow-list are exempt.
/// </summary>
public static class SsrfGuard
{
    public static SocketsHttpHandler CreateHandler(IReadOnlyCollection<string> allowedHosts) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowedHosts, ct),
    };

    /// <summary>Whether a URL a subscriber gave names an internal address outright (names are checked when connecting).</summary>
    public static string? Refusal(Uri url, IReadOnlyCollection<string> allowedHosts)
    {
        if (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            return "The webhook URL must be http or https.";
        if (IsAllowListed(url.IdnHost, allowedHosts))
            return null;
        if (url.IsLoopback || (IPAddress.TryParse(url.IdnHost, out var address) && IsInternal(address)))
            return $"The webhook URL points at an internal address ({url.Host}); only public endpoints may receive webhooks.";
        return null;
    }

    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address))
            return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return address.Equals(IPAddress.IPv6Any) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC; // fc00::/7 unique local, which holds fd00:ec2::254 (cloud metadata)
        }

        var v4 = address.GetAddressBytes();
        return v4[0] switch
        {
            0 or 10 or 127 => true,
            100 => v4[1] is >= 64 and < 128,           // 100.64.0.0/10 carrier-grade NAT
            169 => v4[1] == 254,                       // link-local, holds 169.254.169.254 metadata
            172 => v4[1] is >= 16 and < 32,
            192 => (v4[1] == 168) || (v4[1] == 0 && v4[2] == 0),
            198 => v4[1] is 18 or 19,                  // benchmarking range
            >= 224 => true,                            // multicast and reserved
            _ => false,
        };
    }

    private static bool IsAllowListed(string host, IReadOnlyCollection<string> allowedHosts) =>
        allowedHosts.Contains(host.Trim('[', ']'), StringComparer.OrdinalIgnoreCase);

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, IReadOnlyCollection<string> allowedHosts, CancellationToken ct)
    {
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var permitted = IsAllowListed(host, allowedHosts) ? addresses : addresses.Where(a => !IsInternal(a)).ToArray();
        if (permitted.Length == 0)
            throw new BlockedAddressException($"{host} resolves only to internal addresses ({string.Join(", ", addresses.Select(a => a.ToString()))}); not connecting.");

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted, endpoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
