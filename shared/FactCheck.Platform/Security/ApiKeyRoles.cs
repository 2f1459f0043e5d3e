namespace FactCheck.Platform.Security;

/// <summary>
/// What an API key may do. Roles are ranked: <c>admin</c> may do what <c>editor</c> may, and
/// <c>editor</c> what <c>ingest</c> may.
/// </summary>
public static class ApiKeyRoles
{
    public const string Ingest = "ingest";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Ingest, Editor, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);

    /// <summary>Whether a key holding <paramref name="held"/> may act where <paramref name="required"/> is asked for.</summary>
    public static bool Satisfies(string held, string required) => IsKnown(held) && IsKnown(required) && Rank(held) >= Rank(required);

    private static int Rank(string role) => All.ToList().IndexOf(role);
}
