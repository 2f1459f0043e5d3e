using System.Security.Cryptography;
using System.Text;
using Dapper;
using FactCheck.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Platform.Security;

/// <summary>A stored API key: never the key itself, only its SHA-256 and the first characters to recognise it by.</summary>
public sealed record ApiKeyRecord
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public string Role { get; init; } = "";
    public string Prefix { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
}

/// <summary>Creates, finds and revokes API keys; the keys live in their own <c>security</c> database.</summary>
public sealed class ApiKeyStore([FromKeyedServices(ApiKeys.Schema)] ModuleDatabase database, TimeProvider clock)
{
    private const string KeyStart = "fck_";
    private const int PrefixLength = 12;

    /// <summary>
    /// How long "no key exists" is believed before the database is asked again: a key created by another process
    /// (<c>factcheck keys create</c>) is required by this one at most this long after. Keys are never deleted, so
    /// once one exists the answer stays yes without asking.
    /// </summary>
    public static readonly TimeSpan NoKeyRecheck = TimeSpan.FromSeconds(2);

    private volatile bool _anyKey;
    private long _noKeyUntilTicks;

    private const string Columns = "id AS Id, name AS Name, role AS Role, prefix AS Prefix, created_at AS CreatedAt, revoked_at AS RevokedAt";

    /// <summary>Creates a key and returns it in clear; this is the only time the clear key exists.</summary>
    public async Task<(ApiKeyRecord Record, string Key)> CreateAsync(string role, string? name, CancellationToken ct)
    {
        if (!ApiKeyRoles.IsKnown(role))
            throw new ArgumentException($"Unknown role '{role}'; use one of {string.Join(", ", ApiKeyRoles.All)}.", nameof(role));
        var key = KeyStart + Base64Url(RandomNumberGenerator.GetBytes(32));
        var record = new ApiKeyRecord
        {
            Id = Guid.NewGuid(),
            Name = string.IsNullOrWhiteSpace(name) ? role : name.Trim(),
            Role = role,
            Prefix = key[..PrefixLength],
            CreatedAt = clock.GetUtcNow(),
        };
        const string sql = """
            INSERT INTO api_keys (id, name, role, prefix, hash, created_at)
            VALUES (@Id, @Name, @Role, @Prefix, @Hash, @CreatedAt)
            """;
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { record.Id, record.Name, record.Role, record.Prefix, Hash = Hash(key), record.CreatedAt }, cancellationToken: ct));
        _anyKey = true;
        return (record, key);
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken ct)
    {
        const string sql = $"SELECT {Columns} FROM api_keys ORDER BY created_at";
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync<ApiKeyRecord>(new CommandDefinition(sql, cancellationToken: ct))).ToList();
    }

    /// <summary>Revokes the key with this id or prefix; returns how many keys were revoked (0 or 1).</summary>
    public async Task<int> RevokeAsync(string idOrPrefix, CancellationToken ct)
    {
        const string sql = """
            UPDATE api_keys SET revoked_at = @now
            WHERE revoked_at IS NULL AND (id = @idOrPrefix OR prefix = @idOrPrefix)
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { now = clock.GetUtcNow(), idOrPrefix = idOrPrefix.Trim() }, cancellationToken: ct));
    }

    /// <summary>The live (not revoked) key presented by a client, or null.</summary>
    public async Task<ApiKeyRecord?> FindActiveAsync(string key, CancellationToken ct)
    {
        const string sql = $"SELECT {Columns} FROM api_keys WHERE hash = @hash AND revoked_at IS NULL";
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ApiKeyRecord>(new CommandDefinition(sql, new { hash = Hash(key) }, cancellationToken: ct));
    }

    /// <summary>
    /// Whether any key was ever created. Revoked keys count: revoking the last key must not open the API again.
    /// Asked on every request while no key exists, so it is answered from memory (see <see cref="NoKeyRecheck"/>).
    /// </summary>
    public async Task<bool> AnyAsync(CancellationToken ct)
    {
        const string sql = "SELECT EXISTS (SELECT 1 FROM api_keys)";
        if (_anyKey)
            return true;
        var now = clock.GetUtcNow().UtcTicks;
        if (now < Volatile.Read(ref _noKeyUntilTicks))
            return false;
        await using var connection = await database.OpenAsync(ct);
        if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(sql, cancellationToken: ct)))
            return _anyKey = true;
        Volatile.Write(ref _noKeyUntilTicks, now + NoKeyRecheck.Ticks);
        return false;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
