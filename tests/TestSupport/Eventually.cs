namespace FactCheck.Tests;

/// <summary>Waits for an asynchronous pipeline to reach a state, instead of sleeping a fixed time.</summary>
public static class Eventually
{
    /// <summary>Asks <paramref name="probe"/> until it answers non-null, for at most <paramref name="timeout"/> (60 s by default).</summary>
    public static async Task<T> PollAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null)
        where T : class
    {
        var limit = timeout ?? TimeSpan.FromSeconds(60);
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } value)
                return value;
            await Task.Delay(50);
        }

        throw new TimeoutException($"The pipeline did not reach the expected state within {limit.TotalSeconds:0} s.");
    }
}
