using System.Text;
using System.Text.Json;
using FactCheck.Review;

namespace FactCheck.Host.Output;

/// <summary>Stories and conflicts as an editor reads them (table, Markdown) or as tools score them (JSON).</summary>
public static class StoryFormatter
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Format(IReadOnlyList<StoryView> stories, string format) => format switch
    {
        "json" => JsonSerializer.Serialize(new { stories }, Json) + "\n",
        "markdown" => Markdown(stories),
        _ => Table(stories),
    };

    private static string Table(IReadOnlyList<StoryView> stories)
    {
        var text = new StringBuilder();
        foreach (var story in stories)
        {
            text.AppendLine($"STORY  {story.Title}");
            text.AppendLine($"       {story.Articles.Count} articles: {string.Join(", ", story.Articles.Select(a => a.Doc == a.Outlet ? a.Doc : $"{a.Outlet} ({a.Doc})"))}");
            if (story.Conflicts.Count == 0)
                text.AppendLine("       no conflicts");
            foreach (var conflict in story.Conflicts)
            {
                text.AppendLine();
                text.AppendLine($"  [{conflict.Severity.ToUpperInvariant()}] {conflict.Kind} · {conflict.Slot}");
                text.AppendLine($"  {conflict.Summary}");
                foreach (var side in conflict.Sides)
                {
                    text.AppendLine($"    {side.Display}");
                    foreach (var source in side.Sources)
                        text.AppendLine($"      {source.Doc}: \"{Shorten(source.Quote)}\"");
                }
            }

            text.AppendLine();
        }

        if (stories.Count == 0)
            text.AppendLine("no stories");
        return text.ToString();
    }

    private static string Markdown(IReadOnlyList<StoryView> stories)
    {
        var text = new StringBuilder();
        foreach (var story in stories)
        {
            text.AppendLine($"## {Escape(story.Title)}");
            text.AppendLine();
            text.AppendLine($"Articles: {string.Join(", ", story.Articles.Select(a => Escape(a.Doc)))}");
            text.AppendLine();
            if (story.Conflicts.Count == 0)
                text.AppendLine("No conflicts.");
            foreach (var conflict in story.Conflicts)
            {
                text.AppendLine($"### {Escape(conflict.Slot)} ({conflict.Kind}, {conflict.Severity})");
                text.AppendLine();
                text.AppendLine(Escape(conflict.Summary));
                text.AppendLine();
                text.AppendLine("| value | source | quote |");
                text.AppendLine("| --- | --- | --- |");
                foreach (var side in conflict.Sides)
                {
                    foreach (var source in side.Sources)
                        text.AppendLine($"| {Escape(side.Display)} | {Escape(source.Outlet)} | {Escape(source.Quote)} |");
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    private static string Shorten(string quote) => quote.Length <= 160 ? quote : quote[..157] + "...";

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
