namespace FactCheck.Intake.Feeds;

/// <summary>Configuration section <c>Intake:Feeds</c>.</summary>
public sealed class FeedOptions
{
    public const string Section = "Intake:Feeds";

    /// <summary>The RSS 2.0 / Atom feeds to poll.</summary>
    public List<FeedSource> Sources { get; set; } = [];

    public int PollSeconds { get; set; } = 300;

    /// <summary>Poll in the background. Turn off on all but one node when several run intake against one database.</summary>
    public bool BackgroundPolling { get; set; } = true;

    /// <summary>Time allowed for one attempt at one fetch.</summary>
    public int FetchTimeoutSeconds { get; set; } = 10;

    public int RetryAttempts { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    public int RetryDelayMilliseconds { get; set; } = 500;

    /// <summary>Failed attempts on one host (at half or more of its recent calls) that open its circuit.</summary>
    public int BreakerMinimumThroughput { get; set; } = 3;

    /// <summary>How long a host with an open circuit is left alone.</summary>
    public int BreakSeconds { get; set; } = 60;

    /// <summary>Largest feed or page read, in bytes.</summary>
    public long MaxResponseBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Allow fetching from loopback and private networks (tests, intranet feeds). Off: item links cannot reach internal services.</summary>
    public bool AllowPrivateAddresses { get; set; }
}

public sealed class FeedSource
{
    public string Url { get; set; } = "";

    /// <summary>Outlet for items whose page does not name one; default: the feed's title.</summary>
    public string? Outlet { get; set; }
}
