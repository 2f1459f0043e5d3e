namespace FactCheck.Intake;

/// <summary>Configuration section <c>Intake</c>.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>Largest request body accepted, in bytes (larger is 413).</summary>
    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>How often the outbox dispatcher looks for unpublished events besides being woken after each commit.</summary>
    public int OutboxPollSeconds { get; set; } = 5;
}
