namespace FactCheck.Intake;

/// <summary>Configuration section <c>Intake</c>.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>Largest request body accepted, in bytes (larger is 413).</summary>
    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;
}
