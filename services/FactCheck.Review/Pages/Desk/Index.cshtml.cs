using FactCheck.Review.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Review.Pages.Desk;

public sealed record StorySummary(Guid Id, string Title, DateTimeOffset UpdatedAt, int Articles, int Voices, IReadOnlyList<(string Severity, int Count)> OpenBySeverity, int Closed);

public sealed class IndexModel(StoryViewRepository views, DeskRepository desk) : PageModel
{
    private static readonly string[] SeverityOrder = ["high", "medium", "low"];

    public IReadOnlyList<StorySummary> Stories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var decided = (await desk.DecisionsAsync(null, ct)).Select(d => d.ConflictId).ToHashSet();
        Stories = (await views.ListAsync(ct))
            .Select(s =>
            {
                var open = s.Conflicts.Where(c => !decided.Contains(c.Id)).ToList();
                var bySeverity = SeverityOrder.Select(sev => (sev, open.Count(c => c.Severity == sev))).Where(x => x.Item2 > 0).ToList();
                return new StorySummary(s.Id, s.Title, s.UpdatedAt, s.Articles.Count, s.Articles.Select(a => a.VoiceId).Distinct().Count(),
                    bySeverity, s.Conflicts.Count - open.Count);
            })
            .ToList();
    }
}
