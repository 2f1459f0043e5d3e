namespace FactCheck.Integration.Tests.Support;

/// <summary>
/// The block subset of YAML the deployment files use (maps, sequences, plain/quoted/flow scalars, comments,
/// <c>---</c> documents) parsed into dictionaries, lists and strings. Anything else is a <see cref="FormatException"/>.
/// </summary>
public static class MiniYaml
{
    private sealed record Line(int Indent, string Text, int Number);

    public static IReadOnlyList<object?> ParseDocuments(string yaml)
    {
        var documents = new List<object?>();
        var current = new List<Line>();
        var number = 0;
        foreach (var raw in yaml.Split('\n'))
        {
            number++;
            var text = raw.TrimEnd('\r', ' ');
            if (text.Contains('\t'))
                throw new FormatException($"line {number}: tab in indentation");
            if (text.Trim() == "---")
            {
                documents.Add(ParseLines(current));
                current = [];
                continue;
            }

            if (text.TrimStart().Length == 0 || text.TrimStart().StartsWith('#'))
                continue;
            current.Add(new Line(text.Length - text.TrimStart().Length, text.TrimStart(), number));
        }

        documents.Add(ParseLines(current));
        return documents.Where(d => d is not null).ToList();
    }

    private static object? ParseLines(List<Line> lines)
    {
        if (lines.Count == 0)
            return null;
        var index = 0;
        var value = ParseBlock(lines, ref index, lines[0].Indent);
        if (index < lines.Count)
            throw new FormatException($"line {lines[index].Number}: unexpected indentation");
        return value;
    }

    private static object ParseBlock(List<Line> lines, ref int index, int indent)
    {
        if (lines[index].Text.StartsWith("- ", StringComparison.Ordinal) || lines[index].Text == "-")
            return ParseSequence(lines, ref index, indent);
        var map = new Dictionary<string, object?>();
        while (index < lines.Count && lines[index].Indent == indent && !lines[index].Text.StartsWith("- ", StringComparison.Ordinal))
        {
            var line = lines[index];
            var colon = KeySeparator(line.Text) ?? throw new FormatException($"line {line.Number}: expected 'key: value'");
            var key = Unquote(line.Text[..colon].Trim());
            var rest = line.Text[(colon + 1)..].Trim();
            index++;
            object? value;
            if (rest.Length > 0)
                value = Scalar(rest, line.Number);
            else if (index < lines.Count && (lines[index].Indent > indent || (lines[index].Indent == indent && lines[index].Text.StartsWith("- ", StringComparison.Ordinal))))
                value = ParseBlock(lines, ref index, lines[index].Indent);
            else
                value = null;
            if (!map.TryAdd(key, value))
                throw new FormatException($"line {line.Number}: duplicate key '{key}'");
        }

        if (index < lines.Count && lines[index].Indent > indent)
            throw new FormatException($"line {lines[index].Number}: unexpected indentation");
        return map;
    }

    private static List<object?> ParseSequence(List<Line> lines, ref int index, int indent)
    {
        var items = new List<object?>();
        while (index < lines.Count && lines[index].Indent == indent && lines[index].Text.StartsWith('-'))
        {
            var line = lines[index];
            var rest = line.Text[1..].TrimStart();
            if (rest.Length == 0)
            {
                index++;
                items.Add(ParseBlock(lines, ref index, lines[index].Indent));
            }
            else if (KeySeparator(rest) is not null && !rest.StartsWith('"') && !rest.StartsWith('['))
            {
                // "- key: value" opens a map whose other keys sit under the first one.
                lines[index] = new Line(indent + (line.Text.Length - rest.Length), rest, line.Number);
                items.Add(ParseBlock(lines, ref index, lines[index].Indent));
            }
            else
            {
                index++;
                items.Add(Scalar(rest, line.Number));
            }
        }

        return items;
    }

    private static int? KeySeparator(string text)
    {
        if (text.StartsWith('"') || text.StartsWith('\''))
        {
            var close = text.IndexOf(text[0], 1);
            return close > 0 && close + 1 < text.Length && text[close + 1] == ':' ? close + 1 : null;
        }

        var at = text.IndexOf(": ", StringComparison.Ordinal);
        if (at > 0)
            return at;
        return text.EndsWith(':') ? text.Length - 1 : null;
    }

    private static object Scalar(string text, int number)
    {
        if (text.StartsWith('[') != text.EndsWith(']'))
            throw new FormatException($"line {number}: unclosed flow sequence");
        if (text.StartsWith('['))
            return text[1..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Unquote).Cast<object?>().ToList();
        if ((text.StartsWith('"') || text.StartsWith('\'')) && (text.Length < 2 || text[^1] != text[0]))
            throw new FormatException($"line {number}: unclosed quote");
        return Unquote(text);
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && (text[0] == '"' || text[0] == '\'') && text[^1] == text[0] ? text[1..^1] : text;
}
