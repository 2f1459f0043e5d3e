using System.CommandLine;
using FactCheck.Host.Evaluation;
using FactCheck.Host.Output;

namespace FactCheck.Host.Commands;

public static class EvalCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A labeled cluster (folder with expected.json) or a folder of them." };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var minRecall = new Option<double>("--min-recall") { Description = "Exit 1 when total recall is below this (0 to 1)." };
        var minPrecision = new Option<double>("--min-precision") { Description = "Exit 1 when total precision is below this (0 to 1)." };
        var command = new Command("eval", "Run the pipeline over labeled clusters and score the conflicts it flags.") { folder, format, minRecall, minPrecision };
        command.SetAction(async (result, ct) =>
        {
            var (clusters, error) = Evaluation.Evaluation.Clusters(result.GetValue(folder)!);
            if (error is not null)
            {
                await Console.Error.WriteLineAsync($"factcheck eval: {error}");
                return 2;
            }

            var scores = new List<ClusterScore>();
            foreach (var cluster in clusters)
                scores.Add(await Evaluation.Evaluation.RunAsync(cluster, TextWriter.Null, ct));
            await Console.Out.WriteAsync(EvalFormatter.Format(scores, result.GetValue(format)!));
            var total = EvalFormatter.Sum(scores);
            return total.Recall < result.GetValue(minRecall) || total.Precision < result.GetValue(minPrecision) ? 1 : 0;
        });
        return command;
    }
}
