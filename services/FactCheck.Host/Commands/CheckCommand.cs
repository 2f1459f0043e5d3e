using System.CommandLine;
using FactCheck.Host.Output;

namespace FactCheck.Host.Commands;

public static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders of them (.txt, .html).", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "table, json or markdown.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "markdown");
        var command = new Command("check", "Run the pipeline over local articles and print stories and conflicts.") { paths, format };
        command.SetAction(async (result, ct) =>
        {
            var (files, error) = InputFiles.Resolve(result.GetValue(paths) ?? []);
            if (error is not null)
            {
                await Console.Error.WriteLineAsync($"factcheck check: {error}");
                return 2;
            }

            var stories = await LocalPipeline.RunAsync(files, Console.Error, ct);
            await Console.Out.WriteAsync(StoryFormatter.Format(stories, result.GetValue(format)!));
            return 0;
        });
        return command;
    }
}
