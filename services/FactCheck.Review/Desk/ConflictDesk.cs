using FactCheck.Contracts;
using FactCheck.Platform.Telemetry;
using FactCheck.Review.Data;
using MassTransit;

namespace FactCheck.Review.Desk;

/// <summary>A decision an editor must fix, with the sentence that says how.</summary>
public sealed class InvalidDecisionException(string message, int statusCode = 400) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}

/// <summary>Editors' verdicts: recorded once, counted, and announced as <c>ConflictResolved</c> so subscribers hear of them.</summary>
public sealed class ConflictDesk(StoryViewRepository views, DeskRepository desk, IPublishEndpoint publish, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Verdicts = ["confirmed", "dismissed"];

    public const int MaxNoteLength = 2000;

    public async Task<Decision> DecideAsync(Guid storyId, Guid conflictId, string? verdict, string? note, string editor, CancellationToken ct)
    {
        verdict = verdict?.Trim().ToLowerInvariant();
        if (verdict is null || !Verdicts.Contains(verdict))
            throw new InvalidDecisionException($"Unknown decision '{verdict}': use {string.Join(" or ", Verdicts)}.");
        if (note?.Length > MaxNoteLength)
            throw new InvalidDecisionException($"The note is {note.Length} characters long; keep it under {MaxNoteLength}.");
        var story = await views.FindAsync(storyId, ct) ?? throw new InvalidDecisionException($"No story has the id {storyId}.", 404);
        var conflict = story.Conflicts.FirstOrDefault(c => c.Id == conflictId)
            ?? throw new InvalidDecisionException($"Story {storyId} has no open conflict {conflictId}.", 404);

        var decision = new Decision
        {
            ConflictId = conflictId, StoryId = storyId, Verdict = verdict, Kind = conflict.Kind, Note = note?.Trim() ?? "",
            DecidedBy = editor, DecidedAt = clock.GetUtcNow(),
        };
        if (await desk.DecideAsync(decision, ct))
            FactCheckMetrics.EditorDecisions.Add(1, FactCheckMetrics.Tags(("decision", verdict), ("kind", conflict.Kind)));
        else
            decision = (await desk.DecisionsAsync(storyId, ct)).Single(d => d.ConflictId == conflictId);

        // Announced from the stored decision every time, so a retry after a lost publish heals it.
        await publish.Publish(new ConflictResolved
        {
            ConflictId = conflictId,
            StoryId = storyId,
            Reason = $"{decision.Verdict} by {decision.DecidedBy}" + (decision.Note.Length > 0 ? ": " + decision.Note : ""),
            ResolvedAt = decision.DecidedAt,
        }, ct);
        return decision;
    }
}
