using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Alerts.Subscriptions;

/// <summary>The key that protects webhook secrets is not configured; subscriptions cannot be created or signed.</summary>
public sealed class SecretKeyMissingException(string message) : Exception(message);

/// <summary>
/// Webhook secrets must be readable again to sign, so they cannot be hashed: they are encrypted with
/// AES-GCM under a key from configuration, bound to their subscription id. The key is read on first use, so
/// a process without one still runs everything but webhooks, and says why those fail.
/// </summary>
public sealed class SecretProtector(Func<byte[]> loadKey)
{
    private readonly Lazy<byte[]> _key = new(loadKey);

    public SecretProtector(byte[] key)
        : this(() => key)
    {
    }

    private const int NonceSize = 12;
    private const int TagSize = 16;

    public string Protect(Guid subscriptionId, string secret)
    {
        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key.Value, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), subscriptionId.ToByteArray());
        return Convert.ToBase64String(sealedBytes);
    }

    public string Unprotect(Guid subscriptionId, string cipher)
    {
        var sealedBytes = Convert.FromBase64String(cipher);
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key.Value, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain, subscriptionId.ToByteArray());
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>
    /// The configured key; on the embedded default without one, a key generated once and kept beside the
    /// SQLite files (owner-only), so a single-machine install works without setup.
    /// </summary>
    public static byte[] LoadKey(string? configured, string? localKeyFolder)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var key = Convert.FromBase64String(configured);
            return key.Length == 32 ? key : throw new SecretKeyMissingException("Alerts:SecretKey must be base64 of exactly 32 bytes.");
        }

        if (localKeyFolder is null)
            throw new SecretKeyMissingException("Alerts:SecretKey is not configured; on PostgreSQL it is required: set it to base64 of 32 random bytes (openssl rand -base64 32).");
        Directory.CreateDirectory(localKeyFolder);
        var path = Path.Combine(localKeyFolder, "alerts-secret.key");
        if (!File.Exists(path))
        {
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var stream = new FileStream(path, create);
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        }

        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }
}
