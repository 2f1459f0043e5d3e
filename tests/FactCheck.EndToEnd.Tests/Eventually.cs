namespace FactCheck.EndToEnd.Tests;

internal static class Eventually
{
    /// <summary>Asks <paramref name="probe"/> until it answers (the pipeline is asynchronous), for at most 60 s.</summary>
    public static async Task<T> PollAsync<T>(Func<Task<T?>> probe) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } value)
                return value;
            await Task.Delay(50);
        }

        throw new TimeoutException("The pipeline did not reach the expected state within 60 s.");
    }
}
