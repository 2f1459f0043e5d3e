namespace FactCheck.Tests;

/// <summary>The sample clusters, copied beside the test assembly from <c>deploy/samples</c>.</summary>
public static class Samples
{
    public static string Folder(string cluster) => Path.Combine(AppContext.BaseDirectory, "samples", cluster);

    public static string Read(string cluster, string doc) => File.ReadAllText(Path.Combine(Folder(cluster), doc));
}
