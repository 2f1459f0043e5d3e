using FactCheck.Contracts;

namespace FactCheck.Alerts.Tests;

public static class Conflicts
{
    public static ConflictDetected Detected(string severity = "high", string kind = "ordinal", string storyTitle = "Syria peace talks in Astana") => new()
    {
        ConflictId = Guid.NewGuid(),
        StoryId = Guid.NewGuid(),
        StoryTitle = storyTitle,
        DetectedAt = DateTimeOffset.UtcNow,
        Conflict = new Conflict
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Slot = "round",
            Severity = severity,
            Summary = "Round: eighth (3 voices) vs sixth (1 voice)",
            Sides =
            [
                new ConflictSide { Value = "8", Display = "eighth", Sources = [new ConflictSource { Outlet = "Emirates Voice", Quote = "The eighth round of talks" }] },
                new ConflictSide { Value = "6", Display = "sixth", Sources = [new ConflictSource { Outlet = "Gulf Times", Quote = "the sixth round" }] },
            ],
        },
    };
}
