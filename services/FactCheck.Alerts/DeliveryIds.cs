using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Alerts;

internal static class DeliveryIds
{
    /// <summary>The same event (type, conflict, content) always maps to the same delivery id.</summary>
    public static Guid For(string eventType, Guid conflictId, string payload) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{eventType}|{conflictId:N}|{payload}")).AsSpan(0, 16));
}
