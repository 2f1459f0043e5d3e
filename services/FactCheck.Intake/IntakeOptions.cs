namespace FactCheck.Intake;

/// <summary>Configuration section <c>Intake</c>.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>Largest request body accepted, in bytes (larger is 413).</summary>
    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Most articles one <c>POST /api/articles/batch</c> may carry.</summary>
    public int MaxBatchCount { get; set; } = 100;

    /// <summary>Largest batch request body, in bytes.</summary>
    public long MaxBatchBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Publish outbox rows from this process. <c>factcheck ingest</c> on the in-memory bus turns it off:
    /// its events wait in the outbox for the next <c>serve</c> on the same data, which has consumers.
    /// </summary>
    public bool DispatchOutbox { get; set; } = true;

    /// <summary>How often the outbox dispatcher looks for unpublished events besides being woken after each commit.</summary>
    public int OutboxPollSeconds { get; set; } = 5;

    /// <summary>
    /// How long a batch of publishes may wait for the broker's confirms before the round is abandoned and
    /// the rows are published again: a publish caught by a broker crash may otherwise never complete.
    /// </summary>
    public int OutboxPublishTimeoutSeconds { get; set; } = 20;
}
