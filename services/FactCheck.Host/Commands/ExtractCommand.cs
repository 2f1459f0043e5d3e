using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FactCheck.Contracts;
using FactCheck.Extraction;
using FactCheck.Host.Output;
using FactCheck.Intake.Cleaning;

namespace FactCheck.Host.Commands;

public static class ExtractCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("file") { Description = "An article file (.txt, .html), or - to read standard input." };
        var format = new Option<string>("--format") { Description = "json or table.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table");
        var raw = new Option<bool>("--no-clean") { Description = "Read every line, without dropping headlines and page furniture first." };
        var command = new Command("extract", "Print the claims of one article: figures, ordinals, dates and names, with what they are about.") { path, format, raw };
        command.SetAction(async (result, ct) =>
        {
            var file = result.GetValue(path)!;
            if (Problem(file) is { } problem)
            {
                await Console.Error.WriteLineAsync($"factcheck extract: {problem}");
                return 2;
            }

            var body = file == "-" ? await Console.In.ReadToEndAsync(ct) : await File.ReadAllTextAsync(file, ct);
            var claims = Extract(body, result.GetValue(raw));
            await Console.Out.WriteAsync(result.GetValue(format) == "table" ? Table(claims) : Json(claims));
            return 0;
        });
        return command;
    }

    /// <summary>What is wrong with the path the user gave, in one line; null when it can be read.</summary>
    public static string? Problem(string file) =>
        file == "-" || File.Exists(file) ? null
        : Directory.Exists(file) ? $"{file} is a folder; give one article file (or - for standard input)"
        : $"no such file: {file}";

    /// <summary>Cleans the article as intake does, so quotes and offsets point into what the user gave.</summary>
    public static IReadOnlyList<Claim> Extract(string body, bool raw)
    {
        var page = HtmlText.LooksLikeHtml(body) ? HtmlText.Extract(body) : null;
        var text = page?.Text ?? body;
        var cleaned = raw ? new CleanedText(text, [], []) : TextCleaner.Clean(text);
        if (page is not null && !raw)
            cleaned = cleaned with { Segments = page.ToSource(cleaned.Segments) };
        return ArticleClaims.From(new ArticleAccepted { Text = cleaned.Text, Segments = cleaned.Segments, Opening = text });
    }

    public static string Json(IReadOnlyList<Claim> claims) =>
        JsonSerializer.Serialize(new
        {
            claims = claims.Select(c => new
            {
                c.Kind, c.Slot, c.Value, c.Low, c.High, c.Unit, c.Bound, c.Text, c.Display, c.Quote, c.Start, c.End, c.Attribution, c.Subject,
            }),
        }, StoryFormatter.Json) + "\n";

    public static string Table(IReadOnlyList<Claim> claims)
    {
        var rows = claims.Select(c => new[]
        {
            c.Kind, c.Slot, c.Text ?? c.Value?.ToString("G6", CultureInfo.InvariantCulture) ?? "", c.Unit ?? "", c.Bound, c.Display,
            c.Subject ?? "", c.Attribution ?? "", $"{c.Start}-{c.End}",
        }).Prepend(["KIND", "SLOT", "VALUE", "UNIT", "BOUND", "AS WRITTEN", "SUBJECT", "ATTRIBUTION", "AT"]).ToList();
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => Math.Min(r[i].Length, 40))).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
            text.AppendLine(string.Join("  ", row.Select((cell, i) => (cell.Length > 40 ? cell[..39] + "…" : cell).PadRight(widths[i]))).TrimEnd());
        return text.ToString();
    }
}
