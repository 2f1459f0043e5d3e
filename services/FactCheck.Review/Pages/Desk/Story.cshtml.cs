using FactCheck.Contracts;
using FactCheck.Review.Data;
using FactCheck.Review.Desk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FactCheck.Review.Pages.Desk;

public sealed class StoryModel(StoryViewRepository views, DeskRepository desk) : PageModel
{
    public StoryView Story { get; private set; } = null!;

    public IReadOnlyList<Conflict> Open { get; private set; } = [];

    public IReadOnlyList<(Conflict Conflict, Decision Decision)> Closed { get; private set; } = [];

    public ClaimMatrix Matrix { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Texts { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>Other stories, most recently updated first, to merge into or move an article to.</summary>
    public IReadOnlyList<StoryView> Others { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await views.FindAsync(id, ct) is not { } story)
            return await views.MergedIntoAsync(id, ct) is { } into ? LocalRedirectPermanent($"/desk/stories/{into}") : NotFound();
        var decisions = (await desk.DecisionsAsync(id, ct)).ToDictionary(d => d.ConflictId);

        Story = story;
        Open = story.Conflicts.Where(c => !decisions.ContainsKey(c.Id)).OrderBy(c => SeverityRank(c.Severity)).ToList();
        Closed = story.Conflicts.Where(c => decisions.ContainsKey(c.Id)).Select(c => (c, decisions[c.Id])).ToList();
        Matrix = ClaimMatrix.Build(story.Articles, await desk.ClaimsAsync(id, ct), Open);
        Texts = await desk.TextsAsync(id, ct);
        Others = (await views.ListAsync(ct)).Where(s => s.Id != id).Take(MaxOthers).ToList();
        return Page();
    }

    public const int MaxOthers = 50;

    public QuoteInContext Quote(ConflictSource source, string value) =>
        QuoteInContext.Cut(Texts.GetValueOrDefault(source.ArticleId), source.Quote, value);

    private static int SeverityRank(string severity) => severity switch { "high" => 0, "medium" => 1, _ => 2 };
}
