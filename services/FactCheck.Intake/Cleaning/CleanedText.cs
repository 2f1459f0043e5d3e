using FactCheck.Contracts;

namespace FactCheck.Intake.Cleaning;

/// <summary>The story text that survived cleaning, where each piece came from, and what was removed.</summary>
public sealed record CleanedText(string Text, IReadOnlyList<TextSegment> Segments, IReadOnlyList<string> Removed)
{
    /// <summary>The removed line that reads as the story's headline (see <see cref="TextCleaner"/>), if there is one.</summary>
    public string? Headline { get; init; }
}
