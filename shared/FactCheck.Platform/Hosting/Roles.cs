namespace FactCheck.Platform.Hosting;

/// <summary>The services a process can host; <c>Roles</c> in configuration (or <c>--roles</c>) picks a subset.</summary>
public static class Roles
{
    public const string Intake = "intake";
    public const string Extraction = "extraction";
    public const string Comparison = "comparison";
    public const string Alerts = "alerts";
    public const string Review = "review";

    public static readonly IReadOnlyList<string> All = [Intake, Extraction, Comparison, Alerts, Review];

    /// <summary>Parses "intake,extraction" (or "all"); unknown names are an error that lists the valid ones.</summary>
    public static IReadOnlySet<string> Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
            return All.ToHashSet();
        var roles = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => r.ToLowerInvariant())
            .ToHashSet();
        var unknown = roles.Except(All).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown role(s) {string.Join(", ", unknown)}; valid roles are {string.Join(", ", All)} or all.");
        return roles;
    }
}
