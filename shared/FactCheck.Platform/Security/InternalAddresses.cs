using System.Net;
using System.Net.Sockets;

namespace FactCheck.Platform.Security;

/// <summary>Refused to connect an outbound call to an address inside the network.</summary>
public sealed class BlockedAddressException(string message) : Exception(message);

/// <summary>
/// The SSRF guard every outbound edge (feed fetches, webhooks) connects through: loopback, private,
/// link-local (cloud metadata) and other internal addresses are refused. The check runs on the address the
/// socket really connects to, after DNS, so neither a name that resolves inward nor a redirect slips past.
/// </summary>
public static class InternalAddresses
{
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

    /// <summary>
    /// A <c>SocketsHttpHandler.ConnectCallback</c> body: connects to the endpoint's permitted addresses, or throws
    /// <see cref="BlockedAddressException"/> (which the handler wraps in an <c>HttpRequestException</c>).
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowInternal, CancellationToken ct)
    {
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var permitted = allowInternal ? addresses : addresses.Where(a => !IsInternal(a)).ToArray();
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
