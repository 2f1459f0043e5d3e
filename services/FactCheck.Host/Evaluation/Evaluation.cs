using FactCheck.Host.Commands;

namespace FactCheck.Host.Evaluation;

/// <summary>The labeled clusters under a folder, each run through the local pipeline and scored.</summary>
public static class Evaluation
{
    public const string LabelsFile = "expected.json";

    /// <summary>The folder itself when it holds labels, otherwise its sub-folders that do; null with a message when there are none.</summary>
    public static (IReadOnlyList<string> Clusters, string? Error) Clusters(string folder)
    {
        if (!Directory.Exists(folder))
            return ([], $"no such folder: {folder}");
        if (File.Exists(Path.Combine(folder, LabelsFile)))
            return ([folder], null);
        var clusters = Directory.EnumerateDirectories(folder)
            .Where(d => File.Exists(Path.Combine(d, LabelsFile)))
            .Order(StringComparer.Ordinal)
            .ToList();
        return clusters.Count == 0 ? ([], $"no labeled clusters ({LabelsFile}) in folder: {folder}") : (clusters, null);
    }

    public static async Task<ClusterScore> RunAsync(string clusterFolder, TextWriter progress, CancellationToken ct)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(clusterFolder));
        var labels = ClusterLabels.Parse(await File.ReadAllTextAsync(Path.Combine(clusterFolder, LabelsFile), ct));
        var (files, error) = InputFiles.Resolve([clusterFolder]);
        if (error is not null)
            throw new InvalidOperationException($"{name}: {error}");

        await progress.WriteLineAsync($"eval {name}: {files.Count} articles");
        var stories = await LocalPipeline.RunAsync(files, progress, ct);
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
            documents[file.Doc] = await File.ReadAllTextAsync(file.Path, ct);
        return ClusterScorer.Score(name, labels, documents, stories.SelectMany(s => s.Conflicts).ToList());
    }
}
