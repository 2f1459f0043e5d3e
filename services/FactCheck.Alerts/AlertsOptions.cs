namespace FactCheck.Alerts;

/// <summary>Configuration section <c>Alerts</c>.</summary>
public sealed class AlertsOptions
{
    public const string Section = "Alerts";

    /// <summary>
    /// Hosts (names or addresses, as written in webhook URLs) that may resolve to loopback, private or
    /// link-local addresses; every other webhook target must be public.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>Base64 of 32 random bytes that encrypts webhook secrets at rest; required on PostgreSQL.</summary>
    public string? SecretKey { get; set; }

    /// <summary>Calls per delivery before it is given up (the last ones are hours apart).</summary>
    public int MaxAttempts { get; set; } = 12;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the delivery worker looks for due deliveries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Failed calls to one endpoint, within <see cref="BreakerSamplingDuration"/>, that open its circuit.</summary>
    public int BreakerMinimumThroughput { get; set; } = 5;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
