namespace FactCheck.Alerts.Webhooks;

/// <summary>
/// When to call a failing endpoint again: exponential from the first delay, capped, with ±20% jitter so
/// endpoints that failed together are not retried together. With the defaults (10 s doubling to a 2 h cap,
/// 12 calls) a delivery is retried for about five hours.
/// </summary>
public static class RetrySchedule
{
    /// <param name="attempt">Calls made so far (1 after the first failure).</param>
    /// <param name="jitter">A number in [0, 1), from the caller's random source.</param>
    public static TimeSpan Delay(int attempt, TimeSpan first, TimeSpan max, double jitter)
    {
        var exponential = first.TotalSeconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        var capped = Math.Min(exponential, max.TotalSeconds);
        return TimeSpan.FromSeconds(capped * (0.8 + 0.4 * jitter));
    }
}
