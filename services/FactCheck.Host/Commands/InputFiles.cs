namespace FactCheck.Host.Commands;

/// <summary>Turns the paths a user typed into the article files to read, or a message saying what is wrong.</summary>
public static class InputFiles
{
    private static readonly HashSet<string> ArticleExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm", ".md" };

    public static (IReadOnlyList<InputFile> Files, string? Error) Resolve(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
            return ([], "give at least one article file or folder");
        var files = new List<InputFile>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(new InputFile(Path.GetFileName(path), path));
                continue;
            }

            if (!Directory.Exists(path))
                return ([], $"no such file or folder: {path}");
            var found = Directory.EnumerateFiles(path)
                .Where(f => ArticleExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(f => new InputFile(Path.GetFileName(f), f))
                .ToList();
            if (found.Count == 0)
                return ([], $"no article files (.txt, .html, .htm, .md) in folder: {path}");
            files.AddRange(found);
        }

        return (files, null);
    }
}
