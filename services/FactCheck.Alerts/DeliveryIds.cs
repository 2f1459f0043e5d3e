using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Alerts;

internal static class DeliveryIds
{
    /// <summary>The same event (type, subject, identifying content) always maps to the same event id.</summary>
    public static Guid For(string eventType, Guid conflictId, string payload) =>
        FromText($"{eventType}|{conflictId:N}|{payload}");

    /// <summary>One event is owed to one subscription once.</summary>
    public static Guid For(Guid subscriptionId, Guid eventId) => FromText($"{subscriptionId:N}|{eventId:N}");

    private static Guid FromText(string text) => new(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
