namespace FactCheck.Platform.Security;

/// <summary>Configuration section <c>ApiKeys</c>.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "ApiKeys";

    /// <summary>Requests one key (or one anonymous client address) may make per window on protected endpoints.</summary>
    public int PermitLimit { get; set; } = 30000;

    /// <summary>Length of the rate-limit window, in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;
}
